package org.safeguard.application;

/**
 * The named reasons for an amount decided by hand above the plausibility limit ({@link OverridePlausibility}); the free
 * text reason of the override still says what happened in the case.
 */
public enum OverrideReason {
    /** Large ongoing medical costs of a member (重病医疗支出). */
    MEDICAL_COSTS,
    /** Care of a member with a severe disability (重度残疾照护). */
    SEVERE_DISABILITY_CARE,
    /** A disaster or accident that destroyed the household's means (灾害或意外事故). */
    DISASTER_OR_ACCIDENT,
    /** Decided collectively by the county civil-affairs bureau, minutes on file (县级民政部门集体研究决定). */
    COUNTY_COLLECTIVE_DECISION
}
