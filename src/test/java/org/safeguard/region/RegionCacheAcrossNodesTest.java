package org.safeguard.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
        // several version checks (200 ms apart in tests) pass, and without a bump the cached copy stands
        org.awaitility.Awaitility.await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3))
                .until(() -> original.equals(catalog.find(CHUCAI).orElseThrow().nameEn()));
        assertThat(catalog.find(CHUCAI).orElseThrow().nameEn())
                .as("without a bump the cached copy stands: the cache really is a cache").isEqualTo(original);

        tx.executeWithoutResult(s -> versions.bump(RegionCatalog.CACHE));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(catalog.find(CHUCAI).orElseThrow().nameEn()).isEqualTo("Renamed elsewhere"));
    }
}
