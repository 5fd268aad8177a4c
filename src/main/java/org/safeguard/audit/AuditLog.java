package org.safeguard.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: filtered browsing and the history of one entity. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** {@code purpose}: the purpose recorded with a reveal of personal data (a code such as COURT_OR_POLICE_REQUEST). */
    public record Filter(String username, String entityType, String entityId, String action, Instant from, Instant to,
                         int page, int size, String purpose) {
        public Filter {
            page = Math.max(0, page);
            size = size <= 0 ? 50 : Math.min(size, 200);
            if (purpose != null && !purpose.matches("[A-Z][A-Z_]{0,63}")) {
                throw SafeguardException.invalid(FieldProblem.of("purpose", "INVALID_FORMAT"));
            }
        }

        public Filter(String username, String entityType, String entityId, String action, Instant from, Instant to,
                      int page, int size) {
            this(username, entityType, entityId, action, from, to, page, size, null);
        }
    }

    public record Page(List<AuditEntry> items, int page, int size, boolean hasNext) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> forEntity(String entityType, String entityId) {
        return jdbc.sql("select * from audit_entry where entity_type = ? and entity_id = ? order by seq desc")
                .params(entityType, entityId).query(AuditLog::map).list();
    }

    /** One entry, if it exists and the scope may see it (same rule as {@link #browse}). */
    public Optional<AuditEntry> find(long seq, String scopePattern, boolean includeUnscoped) {
        return jdbc.sql("select * from audit_entry where seq = ? and (acting_region like ?"
                        + (includeUnscoped ? " or acting_region is null)" : ")"))
                .params(seq, scopePattern).query(AuditLog::map).optional();
    }

    /**
     * Entries visible to a member whose subtree is {@code scopePattern}: those recorded by staff acting
     * inside it. Entries without a region (system, failed logins) are shown only to province-wide scopes.
     */
    public Page browse(Filter f, String scopePattern, boolean includeUnscoped) {
        StringBuilder sql = new StringBuilder("select * from audit_entry where (acting_region like ?");
        List<Object> params = new ArrayList<>();
        params.add(scopePattern);
        sql.append(includeUnscoped ? " or acting_region is null)" : ")");
        if (f.username() != null) { sql.append(" and username = ?"); params.add(f.username()); }
        if (f.entityType() != null) { sql.append(" and entity_type = ?"); params.add(f.entityType()); }
        if (f.entityId() != null) { sql.append(" and entity_id = ?"); params.add(f.entityId()); }
        if (f.action() != null) { sql.append(" and action = ?"); params.add(f.action()); }
        // details are the JSON the trail wrote, keys in a fixed form; the code pattern leaves no wildcard to escape
        if (f.purpose() != null) { sql.append(" and details like ?"); params.add("%\"purpose\":\"" + f.purpose() + "\"%"); }
        if (f.from() != null) { sql.append(" and occurred_at >= ?"); params.add(OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC)); }
        if (f.to() != null) { sql.append(" and occurred_at < ?"); params.add(OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC)); }
        sql.append(" order by seq desc limit ? offset ?");
        params.add(f.size() + 1);
        params.add((long) f.page() * f.size());
        List<AuditEntry> rows = jdbc.sql(sql.toString()).params(params).query(AuditLog::map).list();
        boolean hasNext = rows.size() > f.size();
        return new Page(hasNext ? rows.subList(0, f.size()) : rows, f.page(), f.size(), hasNext);
    }

    static AuditEntry map(ResultSet rs, int i) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), rs.getString("role"), rs.getString("acting_region"), rs.getString("source_ip"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("outcome"),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
