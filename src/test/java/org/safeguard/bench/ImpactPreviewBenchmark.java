package org.safeguard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguard.policy.ImpactPreview;
import org.safeguard.policy.ParameterProposals;
import org.safeguard.policy.ProposalRequest;
import org.safeguard.policy.ProposalView;
import org.safeguard.policy.dibao.ActiveDibaoCaseload;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.RegionLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Impact preview of a change of Wuhan's urban standard over the active dibao caseload of Wuhan, through the preview
 * service (both calculations per household, per-region resolution, storing the result). By default the caseload is
 * {@link GeneratedCaseload} ({@code bench.households}, 1–6 members); {@code -Dbench.caseload=application} uses the
 * application's own {@link ActiveDibaoCaseload} bean (the beneficiary module's, against a seeded database) instead.
 * Run with bench/impact-preview.sh.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=0"})
@WithUserDetails("policy")
class ImpactPreviewBenchmark {

    private static final int HOUSEHOLDS = Integer.getInteger("bench.households", 1_000_000);
    private static final RegionCode WUHAN = RegionCode.of("420100000000");

    @TestConfiguration
    static class GeneratedCaseloadConfiguration {
        @Bean
        @Primary
        @ConditionalOnProperty(name = "bench.caseload", havingValue = "generated", matchIfMissing = true)
        ActiveDibaoCaseload generatedCaseload(RegionCatalog regions) {
            return new GeneratedCaseload(HOUSEHOLDS, () -> regions.subtree(WUHAN).stream()
                    .filter(r -> r.level() == RegionLevel.COMMUNITY).map(Region::code).toList(), 2020);
        }
    }

    @Autowired
    ParameterProposals proposals;
    @Autowired
    ImpactPreview preview;
    @Autowired
    ActiveDibaoCaseload caseload;

    @Test
    void previewOfAStandardChangeOverTheWholeCaseload() {
        System.out.printf("caseload: %s%n", caseload.getClass().getSimpleName());
        if (caseload instanceof GeneratedCaseload) {
            AtomicLong count = new AtomicLong();
            long g0 = System.nanoTime();
            caseload.forEachActive(WUHAN, java.time.YearMonth.now(), h -> count.incrementAndGet());
            System.out.printf("generating alone: %d households in %.1f s%n", count.get(), (System.nanoTime() - g0) / 1e9);
        }
        ProposalView proposal = proposals.propose(new ProposalRequest(WUHAN.value(), "2021-07-01", "benchmark",
                List.of(new ProposalRequest.Change("DIBAO_STANDARD_URBAN", "860"))));
        long t0 = System.nanoTime();
        ProposalView done = preview.run(proposal.id());
        double seconds = (System.nanoTime() - t0) / 1e9;
        var total = done.preview().total();
        System.out.printf("impact preview: %d households in %.1f s, %,.0f households/s%n", total.households(), seconds,
                total.households() / seconds);
        System.out.printf("impact preview: changed %d, gained %d, lost %d, monthly cost %s -> %s (delta %s)%n", total.changed(),
                total.gained(), total.lost(), total.currentMonthlyCost(), total.proposedMonthlyCost(), total.monthlyCostDelta());
        assertThat(total.households()).isPositive();
    }
}
