package org.safeguard.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcAuditTrail implements AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentStaff currentStaff;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock, CurrentStaff currentStaff) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    @Override
    @Transactional
    public void record(AuditRecord record) {
        // Locking the head row serialises appends: each entry sees the committed previous hash.
        Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query().singleRow();
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String prevHash = (String) head.get("last_hash");
        StaffPrincipal actor = currentStaff.find().orElse(null);
        String username = record.actingUsername() != null ? record.actingUsername()
                : actor != null ? actor.username() : "system";
        // Stored precision is microseconds on both databases; hash what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String details = record.details().isEmpty() ? null : JSON.writeValueAsString(record.details());
        AuditEntry entry = new AuditEntry(seq, now, username,
                actor == null ? null : actor.role().name(),
                actor == null ? null : actor.homeRegion().value(),
                currentStaff.sourceAddress().orElse(null),
                record.action(), record.entityType(), record.entityId(), record.outcome().name(), details,
                prevHash, null);
        String hash = AuditHashing.hash(entry);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, username, role, acting_region, source_ip, action,
                    entity_type, entity_id, outcome, details, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC), entry.username(), entry.role(),
                        entry.actingRegion(), entry.sourceIp(), entry.action(), entry.entityType(), entry.entityId(),
                        entry.outcome(), entry.details(), prevHash, hash)
                .update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
    }
}
