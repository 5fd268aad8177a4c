package org.safeguard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A long transaction that audits early (a payroll chunk, a daily job over the caseload) must not hold the audit
 * chain's append lock until it commits: a short transaction that audits meanwhile (a login, a casework action)
 * completes at once, both entries land in the chain, and the chain still verifies.
 */
@SafeguardTest
class AuditAppendLockTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditLog log;
    @Autowired
    AuditVerification verification;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aShortAuditedTransactionDoesNotWaitForALongOneThatAuditedFirst() throws Exception {
        String longId = "long-" + UUID.randomUUID();
        String shortId = "short-" + UUID.randomUUID();
        CountDownLatch longAudited = new CountDownLatch(1);
        CountDownLatch shortDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> longJob = pool.submit(() -> tx.executeWithoutResult(s -> {
                audit.record(AuditRecord.of("TEST_LONG_JOB", "TEST", longId));
                longAudited.countDown();
                try {
                    // the rest of the long transaction: it may not end before the short one is done
                    shortDone.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(longAudited.await(10, TimeUnit.SECONDS)).isTrue();

            Future<?> shortJob = pool.submit(() -> {
                tx.executeWithoutResult(s -> audit.record(AuditRecord.of("TEST_SHORT_ACTION", "TEST", shortId)));
                shortDone.countDown();
            });
            assertThat(shortDone.await(5, TimeUnit.SECONDS))
                    .as("the short transaction's audit waited for the long transaction's commit").isTrue();
            shortJob.get(5, TimeUnit.SECONDS);
            longJob.get(20, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        List<AuditEntry> shortEntries = log.forEntity("TEST", shortId);
        List<AuditEntry> longEntries = log.forEntity("TEST", longId);
        assertThat(shortEntries).hasSize(1);
        assertThat(longEntries).hasSize(1);
        assertThat(longEntries.get(0).seq()).as("appended at commit, after the short one").isGreaterThan(shortEntries.get(0).seq());
        assertThat(verification.verify().valid()).isTrue();
    }

    @Test
    void anEntryRolledBackWithItsTransactionNeverReachesTheChain() {
        String id = "rolled-back-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            audit.record(AuditRecord.of("TEST_ROLLED_BACK", "TEST", id));
            s.setRollbackOnly();
        });
        assertThat(log.forEntity("TEST", id)).isEmpty();
        assertThat(verification.verify().valid()).isTrue();
    }
}
