package org.safeguard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tampering as an attacker with database access would do it. On PostgreSQL that attacker must first
 * disable the append-only trigger. Every test puts the row back, so the chain stays intact for the
 * other tests sharing the database.
 */
@SafeguardTest
class AuditChainTamperingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerification verification;



    /** Appends two entries of our own and returns the seq of the first, so it has a successor. */
    private long freshEntryWithSuccessor() {
        trail.record(AuditRecord.of("TEST_TAMPER_TARGET", "TEST", "a").detail("note", "original"));
        long seq = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
        trail.record(AuditRecord.of("TEST_TAMPER_NEXT", "TEST", "b"));
        return seq;
    }

    @Test
    void theApiReportsAnIntactChain() throws Exception {
        trail.record(AuditRecord.of("TEST_INTACT", "TEST", "c"));
        long total = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        mvc.perform(get("/api/v1/audit/verification").with(httpBasic("auditor", DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checkedEntries").value(total))
                .andExpect(jsonPath("$.firstBrokenEntry").doesNotExist());
    }

    @Test
    void anEditedRowIsReportedAsTheFirstBrokenEntry() throws Exception {
        long seq = freshEntryWithSuccessor();
        String original = jdbc.queryForObject("select details from audit_entry where seq = ?", String.class, seq);
        try {
            attacker().tamper(() -> jdbc.update("update audit_entry set details = ? where seq = ?", "{\"note\":\"forged\"}", seq));
            mvc.perform(get("/api/v1/audit/verification").with(httpBasic("auditor", DemoAccounts.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBrokenEntry").value(seq))
                    .andExpect(jsonPath("$.problem").value("HASH_MISMATCH"))
                    .andExpect(jsonPath("$.checkedEntries").value(seq - 1));
        } finally {
            attacker().tamper(() -> jdbc.update("update audit_entry set details = ? where seq = ?", original, seq));
        }
        assertThat(verification.verify().valid()).isTrue();
    }

    @Test
    void aDeletedRowBreaksTheChainAtItsSuccessor() throws Exception {
        long seq = freshEntryWithSuccessor();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
        try {
            attacker().tamper(() -> jdbc.update("delete from audit_entry where seq = ?", seq));
            mvc.perform(get("/api/v1/audit/verification").with(httpBasic("auditor", DemoAccounts.PASSWORD)))
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBrokenEntry").value(seq + 1))
                    .andExpect(jsonPath("$.problem").value("SEQUENCE_GAP"));
        } finally {
            jdbc.update("""
                    insert into audit_entry (seq, occurred_at, username, role, acting_region, source_ip, action,
                        entity_type, entity_id, outcome, details, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row.get("seq"), row.get("occurred_at"), row.get("username"), row.get("role"), row.get("acting_region"),
                    row.get("source_ip"), row.get("action"), row.get("entity_type"), row.get("entity_id"),
                    row.get("outcome"), row.get("details"), row.get("prev_hash"), row.get("hash"));
        }
        assertThat(verification.verify().valid()).isTrue();
    }

    @Test
    void onPostgresqlTheTriggerRefusesUpdateAndDelete() throws Exception {
        assumeTrue(attacker().postgres(), "PostgreSQL only: the append-only trigger exists there; on H2 the hash chain is the guard");
        long seq = freshEntryWithSuccessor();
        assertThatThrownBy(() -> jdbc.update("update audit_entry set details = '{}' where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where seq = ?", Long.class, seq)).isEqualTo(1);
        assertThat(verification.verify().valid()).isTrue();
    }

    private AuditAttacker attacker() {
        return new AuditAttacker(jdbc, dataSource);
    }
}
