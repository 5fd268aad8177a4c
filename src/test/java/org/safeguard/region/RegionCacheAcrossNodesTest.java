package org.safeguard.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.cache.CacheVersions;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another node changes the region tree in the shared database (simulated here by writing the rows directly, as that
 * node's transaction would): this node keeps its cached copy until the change bumps the cache version, and drops it
 * within the version-check interval once it does.
 */
@SafeguardTest
class RegionCacheAcrossNodesTest {

    private static final RegionCode CHUCAI = RegionCode.of("420106006001");

    @Autowired
    RegionCatalog catalog;
    @Autowired
    CacheVersions versions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private String original;

    @AfterEach
    void restore() {
        if (original != null) {
            tx.executeWithoutResult(s -> {
                jdbc.update("update region set name_en = ? where code = ?", original, CHUCAI.value());
                versions.bump(RegionCatalog.CACHE);
            });
        }
    }

    @Test
    void aRenameOnAnotherNodeReachesThisNodesCacheOnlyThroughTheVersionBump() throws Exception {
        original = catalog.find(CHUCAI).orElseThrow().nameEn();

        jdbc.update("update region set name_en = ? where code = ?", "Renamed elsewhere", CHUCAI.value());
        Thread.sleep(600);
        assertThat(catalog.find(CHUCAI).orElseThrow().nameEn())
                .as("without a bump the cached copy stands: the cache really is a cache").isEqualTo(original);

        tx.executeWithoutResult(s -> versions.bump(RegionCatalog.CACHE));
        assertThat(eventually(() -> catalog.find(CHUCAI).orElseThrow().nameEn(), "Renamed elsewhere",
                Duration.ofSeconds(5))).isEqualTo("Renamed elsewhere");
    }

    private static <T> T eventually(Supplier<T> read, T wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        T value = read.get();
        while (!wanted.equals(value) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            value = read.get();
        }
        return value;
    }
}
