package org.safeguard.audit;

/** Appends to the audit log within the caller's transaction. */
public interface AuditTrail {

    void record(AuditRecord record);
}
