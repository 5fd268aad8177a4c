package org.safeguard.account;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address, as token buckets: each failure takes a token, tokens come back over the
 * window. Per account the lockout protects the password; per address this protects the accounts, because an
 * attacker who may fail five times per account could otherwise lock every account of the bureau.
 * Kept in memory per node: a cluster of n nodes allows at most n times the limit, which still bounds the attack.
 */
@Component
class ClientThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final Duration window;

    ClientThrottle(AccountSettings settings) {
        this.capacity = Math.max(1, settings.failuresPerClient());
        this.window = settings.failureWindow();
    }

    /** True while the address has used up its failures; its next attempts are not checked at all. */
    boolean blocked(String address) {
        Bucket bucket = buckets.get(address);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    void failed(String address) {
        if (buckets.size() >= MAX_ADDRESSES) {
            buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= capacity);
        }
        buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build()).tryConsume(1);
    }

    long retryAfterMinutes() {
        return Math.max(1, window.toMinutes() / capacity);
    }
}
