package org.safeguard.audit;

import java.time.Instant;

/** One stored audit row, as auditors browse it. */
public record AuditEntry(long seq, Instant occurredAt, String username, String role, String actingRegion,
                         String sourceIp, String action, String entityType, String entityId, String outcome,
                         String details, String prevHash, String hash) {

    /** The canonical form the hash is computed over; field order and separators are part of the format. */
    String canonicalForm() {
        return String.join("\u001f",
                Long.toString(seq), occurredAt.toString(), username, nz(role), nz(actingRegion), nz(sourceIp),
                action, nz(entityType), nz(entityId), outcome, nz(details), prevHash);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
