package org.safeguard.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened, to what. Details must already be masked: this type never sees a full ID number,
 * phone or bank account.
 */
public final class AuditRecord {

    private final String action;
    private final String entityType;
    private final String entityId;
    private Outcome outcome = Outcome.SUCCESS;
    private String actingUsername;
    private final Map<String, Object> details = new LinkedHashMap<>();

    private AuditRecord(String action, String entityType, String entityId) {
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public static AuditRecord of(String action, String entityType, Object entityId) {
        return new AuditRecord(action, entityType, entityId == null ? null : entityId.toString());
    }

    public AuditRecord detail(String key, Object value) {
        details.put(key, value);
        return this;
    }

    public AuditRecord outcome(Outcome outcome) {
        this.outcome = outcome;
        return this;
    }

    /** For events before anyone is authenticated, e.g. a failed login. */
    public AuditRecord actingAs(String username) {
        this.actingUsername = username;
        return this;
    }

    public String action() { return action; }
    public String entityType() { return entityType; }
    public String entityId() { return entityId; }
    public Outcome outcome() { return outcome; }
    public String actingUsername() { return actingUsername; }
    public Map<String, Object> details() { return details; }

    public enum Outcome { SUCCESS, FAILURE, DENIED }
}
