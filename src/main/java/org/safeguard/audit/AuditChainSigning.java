package org.safeguard.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A log written before heads were signed (or whose signature someone removed) gets its head signed at start by an
 * entry of its own, {@code AUDIT_CHAIN_SIGNING_STARTED}: an auditor sees in the log itself from when the head is
 * protected, and a signature that disappears later cannot pass unnoticed.
 */
@Component
@Order(0)
class AuditChainSigning implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final JdbcAuditTrail trail;
    private final TransactionTemplate tx;

    AuditChainSigning(JdbcClient jdbc, JdbcAuditTrail trail, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            boolean unsigned = jdbc.sql("""
                    select count(*) from audit_chain_head where id = 1 and last_seq > 0 and head_signature is null""")
                    .query(Long.class).single() > 0;
            if (unsigned) {
                trail.recordSigningUnsignedHead(AuditRecord.of("AUDIT_CHAIN_SIGNING_STARTED", "audit_chain_head", "1"));
            }
        });
    }
}
