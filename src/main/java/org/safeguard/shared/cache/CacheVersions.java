package org.safeguard.shared.cache;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cross-node invalidation of in-memory caches through the shared database: a writer {@link #bump bumps} the cache's
 * version row in the same transaction as its change (so the new version is visible exactly when the change is), and
 * each node's {@link Watch} reads the row at most once per {@code safeguard.cache.version-check} and reports a move.
 * A node sees another node's change within that interval; its own changes it drops at once, as before.
 */
@Component
public class CacheVersions {

    private final JdbcClient jdbc;
    private final Duration checkEvery;

    CacheVersions(JdbcClient jdbc, @Value("${safeguard.cache.version-check:2s}") Duration checkEvery) {
        this.jdbc = jdbc;
        this.checkEvery = checkEvery;
    }

    /** Moves the cache's version; call inside the transaction that changes the cached data. */
    public void bump(String cache) {
        int n = jdbc.sql("update cache_version set version = version + 1 where name = ?").param(cache).update();
        if (n == 0) {
            throw new IllegalStateException("no cache_version row for cache " + cache + " (add it in a migration)");
        }
    }

    /** A watch over one cache's version for one in-memory copy. */
    public Watch watch(String cache) {
        return new Watch(cache);
    }

    long current(String cache) {
        return jdbc.sql("select version from cache_version where name = ?").param(cache).query(Long.class).optional()
                .orElse(0L);
    }

    /** Remembers the version the copy was built from; thread-safe, and cheap between checks. */
    public final class Watch {

        private final String cache;
        private volatile long seen = Long.MIN_VALUE;
        private volatile long nextCheck = System.nanoTime();

        private Watch(String cache) {
            this.cache = cache;
        }

        /** True when the version moved since the last check (the caller then drops its copy). */
        public boolean moved() {
            long now = System.nanoTime();
            if (now - nextCheck < 0) {
                return false;
            }
            nextCheck = now + checkEvery.toNanos();
            long version = current(cache);
            if (version == seen) {
                return false;
            }
            seen = version;
            return true;
        }
    }
}
