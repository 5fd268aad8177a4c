package org.safeguard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An attacker who can write the audit tables, but does not hold the chain key, recomputes the chain after an edit or
 * cuts its tail and moves the head back: every hash fits again, and only the head's signature gives it away. Every
 * test puts the rows and the head back, so the chain stays intact for the other tests sharing the database.
 */
@SafeguardTest
class AuditChainHeadSignatureTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerification verification;
    @Autowired
    AuditChainSigning signing;

    @Test
    void aChainRecomputedAfterAnEditIsCaughtByTheHeadSignature() throws Exception {
        trail.record(AuditRecord.of("TEST_SIGNED_PREVIOUS", "TEST", "a"));
        trail.record(AuditRecord.of("TEST_SIGNED_LAST", "TEST", "b").detail("note", "original"));
        Map<String, Object> head = head();
        long seq = ((Number) head.get("last_seq")).longValue();
        AuditEntry last = entry(seq);
        AuditEntry forged = new AuditEntry(last.seq(), last.occurredAt(), last.username(), last.role(),
                last.actingRegion(), last.sourceIp(), last.action(), last.entityType(), last.entityId(), last.outcome(),
                "{\"note\":\"forged\"}", last.prevHash(), null);
        String forgedHash = AuditHashing.hash(forged);
        try {
            attacker().tamper(() -> {
                jdbc.update("update audit_entry set details = ?, hash = ? where seq = ?", forged.details(), forgedHash, seq);
                jdbc.update("update audit_chain_head set last_hash = ? where id = 1", forgedHash);
            });
            AuditVerification.Result result = verification.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.problem()).isEqualTo("HEAD_SIGNATURE_MISMATCH");
            assertThat(result.firstBrokenEntry()).isEqualTo(seq);

            // the next ordinary entry does not sign the forged head into validity
            trail.record(AuditRecord.of("TEST_AFTER_FORGERY", "TEST", "f"));
            assertThat(verification.verify().problem()).isEqualTo("HEAD_SIGNATURE_MISMATCH");
            attacker().tamper(() -> jdbc.update("delete from audit_entry where seq > ?", seq));
        } finally {
            attacker().tamper(() -> {
                jdbc.update("update audit_entry set details = ?, hash = ? where seq = ?", last.details(), last.hash(), seq);
                restoreHead(head);
            });
        }
        assertThat(verification.verify().valid()).isTrue();
    }

    @Test
    void aTailCutWithTheHeadMovedBackIsCaught() throws Exception {
        trail.record(AuditRecord.of("TEST_SIGNED_KEPT", "TEST", "c"));
        trail.record(AuditRecord.of("TEST_SIGNED_CUT", "TEST", "d"));
        Map<String, Object> head = head();
        long seq = ((Number) head.get("last_seq")).longValue();
        Map<String, Object> cut = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
        AuditEntry kept = entry(seq - 1);
        try {
            attacker().tamper(() -> {
                jdbc.update("delete from audit_entry where seq = ?", seq);
                jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq - 1, kept.hash());
            });
            AuditVerification.Result result = verification.verify();
            assertThat(result.problem()).isEqualTo("HEAD_SIGNATURE_MISMATCH");
            assertThat(result.firstBrokenEntry()).isEqualTo(seq - 1);
        } finally {
            attacker().tamper(() -> {
                jdbc.update("""
                        insert into audit_entry (seq, occurred_at, username, role, acting_region, source_ip, action,
                            entity_type, entity_id, outcome, details, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        cut.get("seq"), cut.get("occurred_at"), cut.get("username"), cut.get("role"),
                        cut.get("acting_region"), cut.get("source_ip"), cut.get("action"), cut.get("entity_type"),
                        cut.get("entity_id"), cut.get("outcome"), cut.get("details"), cut.get("prev_hash"), cut.get("hash"));
                restoreHead(head);
            });
        }
        assertThat(verification.verify().valid()).isTrue();
    }

    @Test
    void aRemovedSignatureIsReportedAndTheNextStartSignsTheHeadInTheOpen() throws Exception {
        trail.record(AuditRecord.of("TEST_SIGNED_BEFORE_REMOVAL", "TEST", "e"));
        jdbc.update("update audit_chain_head set head_signature = null where id = 1");
        assertThat(verification.verify().problem()).isEqualTo("HEAD_UNSIGNED");

        signing.run(null);

        assertThat(verification.verify().valid()).isTrue();
        assertThat(jdbc.queryForObject("select action from audit_entry where seq = (select last_seq from audit_chain_head)",
                String.class)).isEqualTo("AUDIT_CHAIN_SIGNING_STARTED");
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new AuditChainKey("too-short", "unused"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 characters");
    }

    @Test
    void withoutASecretTheKeyFileIsCreatedOnceAndThenReused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/audit-chain.key");
        String first = new AuditChainKey("", file.toString()).sign(7, "abc");
        assertThat(Files.readString(file).strip()).hasSize(64);
        assertThat(new AuditChainKey("", file.toString()).sign(7, "abc")).isEqualTo(first);
        assertThat(new AuditChainKey("", dir.resolve("other.key").toString()).sign(7, "abc")).isNotEqualTo(first);
    }

    private Map<String, Object> head() {
        return jdbc.queryForMap("select last_seq, last_hash, head_signature from audit_chain_head where id = 1");
    }

    private void restoreHead(Map<String, Object> head) {
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ?, head_signature = ? where id = 1",
                head.get("last_seq"), head.get("last_hash"), head.get("head_signature"));
    }

    private AuditEntry entry(long seq) {
        return jdbc.query("select * from audit_entry where seq = ?", AuditLog::map, seq).get(0);
    }



    private AuditAttacker attacker() {
        return new AuditAttacker(jdbc, dataSource);
    }
}
