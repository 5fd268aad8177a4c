package org.safeguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.beneficiary.BeneficiaryParameterDeclarations;
import org.safeguard.policy.dibao.DibaoCalculation;
import org.safeguard.policy.dibao.DibaoParameterDeclarations;
import org.safeguard.policy.dibao.DibaoParameters;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parameter store, calendar and emergency declarations on the real database. Versions written here are
 * for Hongshan district (420111) from 2030 on, so they cannot change what other tests see.
 */
@SafeguardTest
class PolicyStoreTest {

    private static final RegionCode HONGSHAN = RegionCode.of("420111000000");
    private static final RegionCode HONGSHAN_COMMUNITY = RegionCode.of("420111008005");
    private static final RegionCode WUHAN = RegionCode.of("420100000000");
    private static final RegionCode WUCHANG_COMMUNITY = RegionCode.of("420106006001");
    private static final RegionCode DAYE_VILLAGE = RegionCode.of("420281102200");

    @Autowired
    PolicyParameters parameters;
    @Autowired
    DibaoCalculation calculation;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    EmergencyDeclarations emergencies;
    @Autowired
    EmergencyOverlay overlay;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void theDemoParametersAreLoadedAndResolvedDownTheTree() {
        ResolvedPolicy policy = parameters.resolve(WUCHANG_COMMUNITY, LocalDate.parse("2020-08-01"));
        assertThat(policy.money(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN)).contains(new BigDecimal("780.00"));
        assertThat(policy.source(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN).regionCode()).isEqualTo(WUHAN);
        assertThat(policy.source(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN).illustrative()).isTrue();
        assertThat(policy.assetRules()).isEqualTo(DemoPolicy.assetRules());
        assertThat(policy.supplements()).isEqualTo(DemoPolicy.wuhanSupplements());
        assertThat(parameters.resolve(DAYE_VILLAGE, LocalDate.parse("2021-07-01")).money(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL))
                .contains(new BigDecimal("530.00"));
    }

    @Test
    void aNewVersionSupersedesFromItsStartAndHistoryIsKept() {
        // Standards are set by a prefecture: Wuhan, bounded to 2030 so that no other test's dates see them.
        LocalDate end = LocalDate.parse("2030-12-31");
        long first = parameters.record(new NewParameterVersion(WUHAN, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN,
                LocalDate.parse("2030-01-01"), end, "900", null, null, "test", false));
        long second = parameters.record(new NewParameterVersion(WUHAN, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN,
                LocalDate.parse("2030-07-01"), end, "950.50", null, null, "test", false));

        assertThat(parameters.resolve(HONGSHAN_COMMUNITY, LocalDate.parse("2029-12-31")).source(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN).versionId())
                .isNotIn(first, second);
        assertThat(parameters.resolve(HONGSHAN_COMMUNITY, LocalDate.parse("2030-06-30")).money(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN))
                .contains(new BigDecimal("900.00"));
        ResolvedPolicy july = parameters.resolve(HONGSHAN_COMMUNITY, LocalDate.parse("2030-07-01"));
        assertThat(july.money(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN)).contains(new BigDecimal("950.50"));
        assertThat(july.source(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN).versionId()).isEqualTo(second);
        assertThat(july.money(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL)).as("the rural standard is still Wuhan's")
                .contains(new BigDecimal("660.00"));
        assertThat(parameters.history(WUHAN)).extracting(ParameterVersion::id).contains(first, second);
        assertThat(parameters.resolve(HONGSHAN_COMMUNITY, LocalDate.parse("2031-01-01")).money(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN))
                .as("after the bounded versions Wuhan's open-ended 2021 standard is in force again").contains(new BigDecimal("820.00"));
        assertThat(jdbc.sql("select value_money from policy_parameter_version where id = ?").param(second)
                .query(BigDecimal.class).single()).isEqualByComparingTo("950.50");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'POLICY_PARAMETER_RECORDED' and entity_id = ?")
                .param(String.valueOf(second)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void assetRulesAndSupplementsRoundTripThroughTheDatabase() {
        List<AssetRule> rules = List.of(new AssetRule("MONEY_TOTAL", EnumSet.of(AssetType.DEPOSIT, AssetType.DEBT_OWED),
                AssetRule.Measure.TOTAL_VALUE, AssetRule.Comparison.LT,
                ThresholdExpression.parse("6 * dibaoStandardYearly + 0.5 * countedMembers"), Set.of()));
        List<Supplement> supplements = List.of(new Supplement(SupplementCategory.AGE_70_PLUS, Supplement.AmountType.FIXED,
                new BigDecimal("55.5")));
        // Asset rules are set by a prefecture (Wuhan, for 2031 only); supplements by any region (Hongshan).
        LocalDate from = LocalDate.parse("2031-01-01");
        LocalDate to = LocalDate.parse("2031-12-31");
        parameters.record(new NewParameterVersion(WUHAN, PolicyParameterDeclarations.ASSET_RULES, from, to, null, rules, null, "test", false));
        parameters.record(new NewParameterVersion(HONGSHAN, PolicyParameterDeclarations.SUPPLEMENTS, from, to, null, null, supplements, "test", false));
        ResolvedPolicy policy = parameters.resolve(HONGSHAN_COMMUNITY, LocalDate.parse("2031-02-01"));
        assertThat(policy.assetRules()).isEqualTo(rules);
        assertThat(policy.supplements()).isEqualTo(supplements);

        var household = new HouseholdFacts(HukouType.URBAN, List.of(new HouseholdFacts.Member("A", LocalDate.parse("1950-01-01"),
                true, null, null, false, List.of(new HouseholdFacts.Income(IncomeType.WAGE, new BigDecimal("600"))))),
                List.of(new HouseholdFacts.Asset(AssetType.VEHICLE, null, 2, null)), List.of());
        var result = calculation.calculate(HONGSHAN_COMMUNITY, LocalDate.parse("2031-02-01"), household, DibaoParameters.Overrides.NONE);
        assertThat(result.eligible()).as("Wuhan's own rules replace Hubei's: a car no longer fails").isTrue();
        // Wuhan 820 (from 2021-07-01) - 100 + 55.5 fixed supplement = 775.5 -> 776
        assertThat(result.monthlyAmount()).isEqualByComparingTo("776");
    }

    @Test
    void invalidVersionsAreRefusedWithFieldProblems() {
        assertThatThrownBy(() -> parameters.record(NewParameterVersion.scalar(WUHAN, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN,
                LocalDate.parse("2032-01-01"), "12.345", null)))
                .isInstanceOfSatisfying(SafeguardException.class, e -> assertThat(e.fieldProblems()).extracting(p -> p.field())
                        .containsExactly("value"));
        assertThatThrownBy(() -> parameters.record(NewParameterVersion.scalar(RegionCode.of("110000000000"),
                BeneficiaryParameterDeclarations.TAPERED_EXIT_MONTHS, LocalDate.parse("2032-01-01"), "6", null)))
                .isInstanceOfSatisfying(SafeguardException.class, e -> assertThat(e.fieldProblems()).extracting(p -> p.code())
                        .containsExactly("UNKNOWN_REGION"));
        assertThatThrownBy(() -> parameters.record(new NewParameterVersion(HONGSHAN, BeneficiaryParameterDeclarations.TAPERED_EXIT_MONTHS,
                LocalDate.parse("2032-01-01"), LocalDate.parse("2031-01-01"), "6", null, null, null, false)))
                .isInstanceOfSatisfying(SafeguardException.class, e -> assertThat(e.fieldProblems()).extracting(p -> p.field())
                        .containsExactly("effectiveTo"));
    }

    @Test
    void noStandardOnTheDateIsAValidationProblemOnTheReferenceDate() {
        var household = new HouseholdFacts(HukouType.RURAL, List.of(new HouseholdFacts.Member("A", LocalDate.parse("1970-01-01"),
                true, null, null, false, List.of())), List.of(), List.of());
        assertThatThrownBy(() -> calculation.calculate(DAYE_VILLAGE, LocalDate.parse("2019-06-30"), household, DibaoParameters.Overrides.NONE))
                .isInstanceOfSatisfying(SafeguardException.class, e -> assertThat(e.fieldProblems()).extracting(p -> p.code())
                        .containsExactly("NO_STANDARD"));
    }

    @Test
    void theCalendarIsLoadedWithHubeisExtension() {
        assertThat(jdbc.sql("select count(*) from calendar_day").query(Long.class).single()).isEqualTo(285);
        assertThat(calendar.isWorkingDay(WUCHANG_COMMUNITY, LocalDate.parse("2020-02-10"))).isFalse();
        assertThat(calendar.isWorkingDay(RegionCode.of("110000000000"), LocalDate.parse("2020-02-10"))).isTrue();
        assertThat(calendar.addWorkingDays(DAYE_VILLAGE, LocalDate.parse("2020-01-23"), 3)).isEqualTo(LocalDate.parse("2020-02-18"));
        assertThat(calendar.workingDaysBetween(WUCHANG_COMMUNITY, LocalDate.parse("2020-01-23"), LocalDate.parse("2020-02-14"))).isEqualTo(1);
    }

    @Test
    void wuhansDeclarationAppliesToItsSubtreeDuringItsPeriodOnly() {
        EmergencyFlags during = overlay.flagsFor(WUCHANG_COMMUNITY, LocalDate.parse("2020-04-08"));
        assertThat(during.remoteInvestigationAllowed()).isTrue();
        assertThat(during.exitsSuspended()).isTrue();
        assertThat(during.approvalDevolvedToTownship()).isTrue();
        assertThat(during.periodicReviewsExtended()).isTrue();
        assertThat(overlay.flagsFor(WUCHANG_COMMUNITY, LocalDate.parse("2020-01-22")).any()).isFalse();
        assertThat(overlay.flagsFor(WUCHANG_COMMUNITY, LocalDate.parse("2020-04-09")).any()).isFalse();
        assertThat(overlay.flagsFor(DAYE_VILLAGE, LocalDate.parse("2020-02-01")).any()).as("Daye is not in Wuhan").isFalse();
        assertThat(emergencies.list(null, null, null, null, EmergencyFixtures.CHECKER))
                .extracting(v -> v.declaration().regionCode()).contains(WUHAN);
    }

    @Test
    void flagsOfSeveralDeclarationsCombine() {
        long id = EmergencyFixtures.approved(emergencies, "420111008000", LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"),
                EmergencyFlag.EXITS_SUSPENDED);
        EmergencyFixtures.approved(emergencies, HONGSHAN.value(), LocalDate.parse("2018-02-01"), LocalDate.parse("2018-02-28"),
                EmergencyFlag.REMOTE_INVESTIGATION);
        EmergencyFlags both = overlay.flagsFor(HONGSHAN_COMMUNITY, LocalDate.parse("2018-02-15"));
        assertThat(both.exitsSuspended()).isTrue();
        assertThat(both.remoteInvestigationAllowed()).isTrue();
        assertThat(both.approvalDevolvedToTownship()).isFalse();
        assertThat(both.declarationIds()).hasSize(2).contains(id);
        assertThat(overlay.flagsFor(HONGSHAN_COMMUNITY, LocalDate.parse("2018-03-01")).remoteInvestigationAllowed()).isFalse();
        assertThat(overlay.flagsFor(RegionCode.of("420111001030"), LocalDate.parse("2018-01-15")).any())
                .as("a sibling township is not covered").isFalse();
    }

    @Test
    void theDatabaseNoLongerListsParameterNamesSoAnotherModulesMoneyParameterIsStored() {
        // In a transaction that is rolled back: the table is append-only, and no module declares this name.
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            int inserted = jdbc.sql("""
                    insert into policy_parameter_version (region_code, parameter, effective_from, value_money, recorded_at, recorded_by)
                    values ('420111000000', 'TEMPORARY_ASSISTANCE_DAILY_TEST', date '2031-01-01', 300.00, current_timestamp, 'test')""")
                    .update();
            assertThat(inserted).isEqualTo(1);
            tx.setRollbackOnly();
        });
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThatThrownBy(() -> jdbc.sql("""
                    insert into policy_parameter_version (region_code, parameter, effective_from, value_money, recorded_at, recorded_by)
                    values ('420111000000', 'TEMPORARY_ASSISTANCE_DAILY_TEST', date '2031-02-01', -1, current_timestamp, 'test')""")
                    .update()).as("amounts stay non-negative").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
            tx.setRollbackOnly();
        });
    }
}
