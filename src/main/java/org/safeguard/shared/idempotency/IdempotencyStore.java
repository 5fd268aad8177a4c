package org.safeguard.shared.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotency_key} table. Each call is its own short statement outside any business transaction: the
 * claim must be visible to a concurrent repeat at once, and the stored result must survive whatever the endpoint's
 * own transaction did.
 */
@Component
class IdempotencyStore {

    /** A key's row: the first request's fingerprint and, once it finished, its result. */
    record Entry(String requestHash, Integer status, String contentType, String body) {
        boolean finished() {
            return status != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the key for this request; empty when claimed, else the row another request holds. */
    Optional<Entry> claim(String username, String key, String requestHash) {
        try {
            jdbc.sql("insert into idempotency_key (username, idem_key, request_hash, created_at) values (?, ?, ?, ?)")
                    .params(username, key, requestHash, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            return find(username, key).or(() -> claim(username, key, requestHash));
        }
    }

    Optional<Entry> find(String username, String key) {
        return jdbc.sql("select request_hash, status, content_type, body from idempotency_key where username = ? and idem_key = ?")
                .params(username, key)
                .query((rs, i) -> new Entry(rs.getString("request_hash"), (Integer) rs.getObject("status", Integer.class),
                        rs.getString("content_type"), rs.getString("body")))
                .optional();
    }

    void complete(String username, String key, int status, String contentType, String body) {
        jdbc.sql("update idempotency_key set status = ?, content_type = ?, body = ? where username = ? and idem_key = ?")
                .params(status, contentType, body, username, key).update();
    }

    /** Frees the key after a failure the client may retry (a 5xx, an exception). */
    void release(String username, String key) {
        jdbc.sql("delete from idempotency_key where username = ? and idem_key = ? and status is null")
                .params(username, key).update();
    }

    /** Deletes keys older than the retention; returns how many. */
    int expire(Duration retention) {
        Instant before = clock.instant().minus(retention);
        return jdbc.sql("delete from idempotency_key where created_at < ?")
                .param(OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).update();
    }
}
