package org.safeguard.policy;

/** The tier of a declaration for 分区分级 (refine policy by region and tier, domain.md §1.1). */
public enum EmergencyLevel {
    HIGH, MEDIUM, LOW
}
