package org.safeguard.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeguard.policy.NewParameterVersion;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tiered payment and the minimum benefit as a region sets them (issue 9 item 6): the prefecture switches Wuhan to
 * tiers in 2085 with a standard of 1,000, and Hongshan county sets a minimum of 450 per person. Dates in 2085 keep
 * these versions away from every other test.
 */
@SafeguardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DibaoTieredPaymentTest {

    private static final RegionCode WUHAN = RegionCode.of("420100000000");
    private static final RegionCode HONGSHAN = RegionCode.of("420111000000");
    private static final RegionCode HONGSHAN_COMMUNITY = RegionCode.of("420111008005");
    private static final RegionCode JIANGAN_COMMUNITY = RegionCode.of("420102010006");
    private static final LocalDate FROM = LocalDate.parse("2085-01-01");
    private static final LocalDate TO = LocalDate.parse("2085-12-31");
    private static final LocalDate MARCH = LocalDate.parse("2085-03-01");

    @Autowired
    PolicyParameters parameters;
    @Autowired
    DibaoCalculation calculation;

    @BeforeAll
    void regionSetsTiers() {
        record(WUHAN, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN, "1000");
        record(WUHAN, DibaoParameterDeclarations.TIERED_PAYMENT, "true");
        record(HONGSHAN, DibaoParameterDeclarations.MIN_BENEFIT_PER_PERSON, "450");
    }

    private void record(RegionCode region, org.safeguard.policy.ParameterDefinition p, String value) {
        parameters.record(new NewParameterVersion(region, p, FROM, TO, value, null, null, "tiered payment test", false));
    }

    /** One adult of 55 (no age supplement) with {@code sixMonths} of wages over the reference period. */
    private static HouseholdFacts single(String sixMonths) {
        return new HouseholdFacts(HukouType.URBAN, List.of(new HouseholdFacts.Member("A", LocalDate.parse("2030-01-01"),
                true, null, null, false, List.of(new HouseholdFacts.Income(IncomeType.WAGE, new BigDecimal(sixMonths))))),
                List.of(), List.of());
    }

    @Test
    void theTierOfThePerCapitaIncomePaysItsShareOfTheStandardPerPerson() {
        // per-capita 4,200 / 6 = 700: below 1.00 x 1,000 but not below 0.60 x 1,000, so tier 3 pays 0.40 x 1,000.
        DibaoResult result = calculation.calculate(JIANGAN_COMMUNITY, MARCH, single("4200"), null);

        assertThat(result.monthlyAmount()).isEqualByComparingTo("400");
        assertThat(result.trace()).anySatisfy(step -> assertThat(step.key()).isEqualTo("amount.tier"));
    }

    @Test
    void aCountysMinimumRaisesATierBelowIt() {
        DibaoResult result = calculation.calculate(HONGSHAN_COMMUNITY, MARCH, single("4200"), null);

        assertThat(result.monthlyAmount()).isEqualByComparingTo("450");
        assertThat(result.trace()).anySatisfy(step -> assertThat(step.key()).isEqualTo("amount.minimum"));
    }

    @Test
    void theLowestTierPaysTheWholeStandard() {
        // per-capita 600 / 6 = 100: below 0.30 x 1,000.
        assertThat(calculation.calculate(JIANGAN_COMMUNITY, MARCH, single("600"), null).monthlyAmount())
                .isEqualByComparingTo("1000");
    }

    @Test
    void onlyAProvinceOrPrefectureMaySwitchToTiers() {
        assertThatThrownBy(() -> record(HONGSHAN, DibaoParameterDeclarations.TIERED_PAYMENT, "true"))
                .isInstanceOfSatisfying(SafeguardException.class,
                        e -> assertThat(e.code().name()).isEqualTo("PARAMETER_LEVEL_NOT_ALLOWED"));
    }
}
