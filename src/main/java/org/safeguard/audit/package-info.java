/**
 * The append-only, hash-chained audit trail. Other modules record through {@link org.safeguard.audit.AuditTrail}
 * inside their own transaction, so a write and its audit entry commit or roll back together.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.safeguard.audit;
