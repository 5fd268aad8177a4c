package org.safeguard.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcAuditTrail implements AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentStaff currentStaff;

    private final AuditChainKey chainKey;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock, CurrentStaff currentStaff, AuditChainKey chainKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentStaff = currentStaff;
        this.chainKey = chainKey;
    }

    /**
     * Takes what the entry says now (time, actor, source address) but appends it when the caller's transaction is
     * about to commit: the chain head's row lock, which serialises every append of every node, is then held only
     * for the append and the commit, not for the rest of a long transaction (a payroll chunk, a daily job over a
     * caseload), so logins and casework that audit never wait for a big job. The entry still commits or rolls back
     * with the caller's change.
     */
    @Override
    @Transactional
    public void record(AuditRecord record) {
        PendingAppends.of(this).add(pending(record));
    }

    /** Appends at once and signs the head even if it has no signature yet: only for {@link AuditChainSigning}. */
    void recordSigningUnsignedHead(AuditRecord record) {
        append(List.of(pending(record)), true);
    }

    private AuditEntry pending(AuditRecord record) {
        StaffPrincipal actor = currentStaff.find().orElse(null);
        String username = record.actingUsername() != null ? record.actingUsername()
                : actor != null ? actor.username() : "system";
        // Stored precision is microseconds on both databases; hash what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String details = record.details().isEmpty() ? null : JSON.writeValueAsString(record.details());
        return new AuditEntry(0, now, username,
                actor == null ? null : actor.role().name(),
                actor == null ? null : actor.homeRegion().value(),
                currentStaff.sourceAddress().orElse(null),
                record.action(), record.entityType(), record.entityId(), record.outcome().name(), details,
                null, null);
    }

    /** Appends the transaction's entries in order under one short hold of the head lock. */
    void append(List<AuditEntry> entries) {
        append(entries, false);
    }

    /**
     * @param adoptUnsigned sign a head that has no signature yet (the start of signing, {@link AuditChainSigning});
     *                      otherwise only a head whose signature is right is signed again after the append, so that
     *                      a head moved without the key stays unsigned or wrongly signed, and is never laundered by
     *                      the next ordinary entry.
     */
    void append(List<AuditEntry> entries, boolean adoptUnsigned) {
        // Locking the head row serialises appends: each entry sees the committed previous hash.
        Map<String, Object> head = jdbc.sql("""
                select last_seq, last_hash, head_signature from audit_chain_head where id = 1 for update""")
                .query().singleRow();
        long seq = ((Number) head.get("last_seq")).longValue();
        String prevHash = (String) head.get("last_hash");
        String signature = (String) head.get("head_signature");
        boolean authentic = seq == 0 || (signature == null ? adoptUnsigned : chainKey.verifies(signature, seq, prevHash));
        for (AuditEntry p : entries) {
            seq++;
            AuditEntry entry = new AuditEntry(seq, p.occurredAt(), p.username(), p.role(), p.actingRegion(),
                    p.sourceIp(), p.action(), p.entityType(), p.entityId(), p.outcome(), p.details(), prevHash, null);
            String hash = AuditHashing.hash(entry);
            jdbc.sql("""
                    insert into audit_entry (seq, occurred_at, username, role, acting_region, source_ip, action,
                        entity_type, entity_id, outcome, details, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(seq, java.time.OffsetDateTime.ofInstant(entry.occurredAt(), java.time.ZoneOffset.UTC),
                            entry.username(), entry.role(), entry.actingRegion(), entry.sourceIp(), entry.action(),
                            entry.entityType(), entry.entityId(), entry.outcome(), entry.details(), prevHash, hash)
                    .update();
            prevHash = hash;
        }
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ?, head_signature = ? where id = 1")
                .params(seq, prevHash, authentic ? chainKey.sign(seq, prevHash) : signature).update();
    }

    /**
     * The entries recorded in the current transaction, kept by a synchronization of that transaction (so a
     * REQUIRES_NEW transaction inside it, whose synchronizations are separate, has its own).
     */
    private static final class PendingAppends implements TransactionSynchronization {

        private final JdbcAuditTrail trail;
        private final List<AuditEntry> entries = new ArrayList<>();

        private PendingAppends(JdbcAuditTrail trail) {
            this.trail = trail;
        }

        static PendingAppends of(JdbcAuditTrail trail) {
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                if (s instanceof PendingAppends p && p.trail == trail) {
                    return p;
                }
            }
            PendingAppends p = new PendingAppends(trail);
            TransactionSynchronizationManager.registerSynchronization(p);
            return p;
        }

        private boolean flushed;

        void add(AuditEntry entry) {
            if (flushed) {
                // recorded by a beforeCommit callback that ran after ours: append now, still in this transaction
                trail.append(List.of(entry));
            } else {
                entries.add(entry);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flushed = true;
            if (!entries.isEmpty()) {
                trail.append(List.copyOf(entries));
                entries.clear();
            }
        }

        @Override
        public int getOrder() {
            // after every other beforeCommit work, which may itself audit
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
