package org.safeguard.audit;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain from the first entry. Reports the first entry whose hash, link or sequence
 * number does not fit: an edited row breaks its own hash, a deleted row breaks the next row's
 * link, and a truncated tail no longer matches the chain head. A chain recomputed after an edit, or cut short with
 * its head moved back, fits together again; but its head no longer carries the signature that only the key outside
 * the database can make.
 */
@Service
public class AuditVerification {

    public record Result(boolean valid, long checkedEntries, Long firstBrokenEntry, String problem) {
    }

    private static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;

    private final AuditChainKey chainKey;

    AuditVerification(JdbcClient jdbc, AuditChainKey chainKey) {
        this.jdbc = jdbc;
        this.chainKey = chainKey;
    }

    @Transactional(readOnly = true)
    public Result verify() {
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(GENESIS);
        AtomicLong expectedSeq = new AtomicLong(1);
        AtomicReference<Result> broken = new AtomicReference<>();
        jdbc.sql("select * from audit_entry order by seq").withFetchSize(1000).query(rs -> {
            if (broken.get() != null) {
                return;
            }
            AuditEntry e = AuditLog.map(rs, 0);
            String problem = null;
            if (e.seq() != expectedSeq.get()) {
                problem = "SEQUENCE_GAP";
            } else if (!e.prevHash().equals(previous.get())) {
                problem = "LINK_BROKEN";
            } else if (!AuditHashing.hash(e).equals(e.hash())) {
                problem = "HASH_MISMATCH";
            }
            if (problem != null) {
                broken.set(new Result(false, checked.get(), e.seq(), problem));
                return;
            }
            checked.incrementAndGet();
            previous.set(e.hash());
            expectedSeq.incrementAndGet();
        });
        if (broken.get() != null) {
            return broken.get();
        }
        Map<String, Object> head = jdbc.sql("select last_seq, last_hash, head_signature from audit_chain_head where id = 1")
                .query().singleRow();
        long lastSeq = ((Number) head.get("last_seq")).longValue();
        if (lastSeq != checked.get() || !previous.get().equals(head.get("last_hash"))) {
            return new Result(false, checked.get(), checked.get() + 1, "TAIL_TRUNCATED");
        }
        String signature = (String) head.get("head_signature");
        if (signature == null && lastSeq > 0) {
            return new Result(false, checked.get(), lastSeq, "HEAD_UNSIGNED");
        }
        if (signature != null && !chainKey.verifies(signature, lastSeq, previous.get())) {
            return new Result(false, checked.get(), lastSeq, "HEAD_SIGNATURE_MISMATCH");
        }
        return new Result(true, checked.get(), null, null);
    }
}
