package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguard.policy.PolicyChangeApproved;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo caseload (only with demo data on, once): in each demo region (Wuhan, Daye) a few households of the demo
 * population are migrated from a "legacy roll" as recipients since 2020-01, and their entitlements follow the demo
 * standard rises (booked like approved parameter changes, with negative demo proposal ids). In Wuhan one household is
 * under review, one is in tapered exit, and one had a stop decided in March 2020 that the Wuhan declaration queued:
 * it waits on the queue page. Runs after the demo population (@Order 0) and the demo policy (@Order 10).
 */
@Component
class DemoCaseload {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCaseload.class);

    static final String ROLL = "DEMO legacy roll 2019";

    /** Communities the demo users work in: Chucai (worker, community), Jiangma (worker2), Hepu village (ruralworker). */
    private static final List<String> COMMUNITIES = List.of("420106006001", "420102010006", "420281102200");

    private final JdbcClient jdbc;
    private final EnrolDibaoHousehold enrolment;
    private final RetroactiveAdjustments adjustments;
    private final ManageDibaoBenefit management;
    private final BenefitLifecycle lifecycle;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean demoEnabled;

    DemoCaseload(JdbcClient jdbc, EnrolDibaoHousehold enrolment, RetroactiveAdjustments adjustments,
                 ManageDibaoBenefit management, BenefitLifecycle lifecycle, PlatformTransactionManager transactions,
                 Clock clock, @Value("${safeguard.demo.enabled:false}") boolean demoEnabled) {
        this.jdbc = jdbc;
        this.enrolment = enrolment;
        this.adjustments = adjustments;
        this.management = management;
        this.lifecycle = lifecycle;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.demoEnabled = demoEnabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void load() {
        if (!demoEnabled || jdbc.sql("select count(*) from dibao_beneficiary where source_ref like ?").param(ROLL + "%")
                .query(Long.class).single() > 0) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> loadCaseload());
        } catch (RuntimeException e) {
            // Demo data must never stop the application; the caseload simply stays empty.
            log.warn("Demo dibao caseload skipped: {}", e.getClass().getSimpleName());
        }
    }

    private void loadCaseload() {
        List<UUID> wuhan = new ArrayList<>();
        int n = 0;
        for (String community : COMMUNITIES) {
            List<UUID> households = jdbc.sql("""
                    select h.household_id from registry_household_payee_v h
                    where h.region_code = ? and h.bank_account is not null and h.head_person_id is not null
                      and not exists (select 1 from dibao_beneficiary b where b.household_id = h.household_id)
                    order by h.household_id fetch first 5 rows only""").param(community).query(UUID.class).list();
            for (UUID household : households) {
                enrolment.migrate(new EnrolDibaoHousehold.Migration(household, ROLL, "R" + (1000 + n++),
                        LocalDate.of(2019, 12, 15), YearMonth.of(2020, 1), facts(household, "1200"), null, false));
                if (community.startsWith("4201")) {
                    wuhan.add(household);
                }
            }
        }
        if (n == 0) {
            return;
        }
        // The demo standards rose on 2020-07-01 and 2021-07-01 in both regions: entitlements follow.
        long id = -1;
        for (String region : List.of("420100000000", "420200000000")) {
            for (LocalDate from : List.of(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 7, 1))) {
                adjustments.apply(new PolicyChangeApproved(id--, region, Set.of("DIBAO_STANDARD_URBAN",
                        "DIBAO_STANDARD_RURAL"), from, "demo", "demo"));
            }
        }
        if (wuhan.size() >= 3) {
            UUID underReview = wuhan.get(0);
            lifecycle.apply(underReview, BenefitState.ACTIVE, BenefitAction.START_REVIEW, "demo: periodic review");

            UUID taper = wuhan.get(1);
            lifecycle.apply(taper, BenefitState.ACTIVE, BenefitAction.START_REVIEW, "demo: income change reported");
            management.recordOutcome(taper, new ManageDibaoBenefit.Outcome(facts(taper, "30000"),
                    "demo: two members found work; income above the standard", true, null), LocalDate.now(clock));

            UUID queued = wuhan.get(2);
            lifecycle.apply(queued, BenefitState.ACTIVE, BenefitAction.START_REVIEW, "demo: review in March 2020");
            management.recordOutcome(queued, new ManageDibaoBenefit.Outcome(facts(queued, "30000"),
                    "demo: income above the standard", false, null), LocalDate.of(2020, 3, 10));
        }
        log.info("Loaded the demo dibao caseload: {} households migrated from the {}", n, ROLL);
    }

    /** The registry's members as assessed facts, with the given income of the head over six months. */
    private HouseholdFacts facts(UUID household, String headIncome) {
        String hukou = jdbc.sql("select hukou_type from registry_household_payee_v where household_id = ?").param(household)
                .query(String.class).single();
        List<HouseholdFacts.Member> members = jdbc.sql("""
                select person_id, relationship, counted, exclusion_reason, birth_date, disability_grade, serious_illness
                from registry_member_v where household_id = ? order by relationship <> 'HEAD', person_id""")
                .param(household)
                .query((rs, i) -> new HouseholdFacts.Member(rs.getString("person_id"), rs.getObject("birth_date", LocalDate.class),
                        rs.getBoolean("counted"), rs.getString("exclusion_reason"),
                        (Integer) rs.getObject("disability_grade", Integer.class), rs.getBoolean("serious_illness"),
                        "HEAD".equals(rs.getString("relationship"))
                                ? List.of(new HouseholdFacts.Income(IncomeType.WAGE, new BigDecimal(headIncome))) : List.of()))
                .list();
        return new HouseholdFacts(HukouType.valueOf(hukou), members, List.of(), List.of());
    }
}
