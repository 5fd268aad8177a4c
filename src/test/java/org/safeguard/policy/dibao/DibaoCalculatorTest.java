package org.safeguard.policy.dibao;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.safeguard.policy.DemoPolicy;
import org.safeguard.policy.ParameterResolver;
import org.safeguard.shared.RegionCode;

/** Properties of the calculator beyond the golden cases, over many generated households. */
class DibaoCalculatorTest {

    private static final LocalDate DATE = LocalDate.of(2020, 8, 1);
    private static final DibaoParameters WUHAN = DibaoParameters.from(new ParameterResolver(DemoPolicy.asStored())
            .resolve(ParameterResolver.ancestryByCode(RegionCode.of("420106006001")), DATE));

    @Test
    void ageMatchesPeriodBetweenIncludingLeapDayBirthdays() {
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(40_000));
            LocalDate reference = birth.plusDays(random.nextInt(40_000));
            var member = new HouseholdFacts.Member("A", birth, true, null, null, false, List.of());
            assertThat(DibaoCalculator.age(member, reference)).isEqualTo(Period.between(birth, reference).getYears());
        }
        var leap = new HouseholdFacts.Member("A", LocalDate.of(1948, 2, 29), true, null, null, false, List.of());
        assertThat(DibaoCalculator.age(leap, LocalDate.of(2018, 2, 28))).isEqualTo(69);
        assertThat(DibaoCalculator.age(leap, LocalDate.of(2018, 3, 1))).isEqualTo(70);
    }

    @Test
    void generatedHouseholdsObeyTheRulesInvariants() {
        Random random = new Random(2020);
        for (int i = 0; i < 20_000; i++) {
            int size = 1 + random.nextInt(6);
            List<HouseholdFacts.Member> members = new java.util.ArrayList<>();
            for (int m = 0; m < size; m++) {
                members.add(new HouseholdFacts.Member("M" + m, LocalDate.of(1930 + random.nextInt(85), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        random.nextInt(8) > 0, null, random.nextInt(6) == 0 ? 1 + random.nextInt(4) : null, random.nextInt(10) == 0,
                        List.of(new HouseholdFacts.Income(IncomeType.values()[random.nextInt(IncomeType.values().length)],
                                BigDecimal.valueOf(random.nextInt(2_000_000), 2)))));
            }
            var household = new HouseholdFacts(random.nextBoolean() ? HukouType.URBAN : HukouType.RURAL, members, List.of(), List.of());
            DibaoResult r = DibaoCalculator.calculate(household, WUHAN, DATE);
            assertThat(r.monthlyAmount().scale()).isZero();
            assertThat(r.monthlyAmount().signum()).isGreaterThanOrEqualTo(0);
            if (r.eligible()) {
                BigDecimal supplements = r.supplements().stream().map(DibaoResult.MemberSupplement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal withoutRounding = r.standard().multiply(BigDecimal.valueOf(r.countedMembers()))
                        .subtract(r.netIncome().divide(BigDecimal.valueOf(r.months()), 10, java.math.RoundingMode.HALF_UP))
                        .add(supplements);
                assertThat(r.monthlyAmount().subtract(withoutRounding).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
                assertThat(r.supplements().stream().map(DibaoResult.MemberSupplement::memberRef).distinct().count())
                        .as("larger only: at most one supplement per member").isEqualTo(r.supplements().size());
            } else {
                assertThat(r.monthlyAmount()).isEqualByComparingTo("0");
                assertThat(r.supplements()).isEmpty();
                assertThat(r.reasons()).isNotEmpty();
            }
            assertThat(r.trace().get(r.trace().size() - 1).key()).startsWith("result.");
            assertThat(DibaoCalculator.calculate(household, WUHAN, DATE, false).monthlyAmount()).isEqualTo(r.monthlyAmount());
        }
    }

    @Test
    void withoutLargerOnlyAMemberGetsEverySupplementTheyQualifyFor() {
        var member = new HouseholdFacts.Member("A", LocalDate.of(1940, 1, 1), true, null, 1, true, List.of());
        var household = new HouseholdFacts(HukouType.URBAN, List.of(member), List.of(), List.of());
        DibaoParameters all = WUHAN.with(new DibaoParameters.Overrides(null, null, null, null, false, null, null));
        DibaoResult r = DibaoCalculator.calculate(household, all, DATE);
        assertThat(r.supplements()).hasSize(3);
        // 780 + 156 + 156 + 78
        assertThat(r.monthlyAmount()).isEqualByComparingTo("1170");
        assertThat(DibaoCalculator.calculate(household, WUHAN, DATE).monthlyAmount()).isEqualByComparingTo("936");
    }

    @Test
    void aLongerReferencePeriodDividesByMoreMonths() {
        var member = new HouseholdFacts.Member("A", LocalDate.of(1980, 1, 1), true, null, null, false,
                List.of(new HouseholdFacts.Income(IncomeType.WAGE, new BigDecimal("2400"))));
        var household = new HouseholdFacts(HukouType.URBAN, List.of(member), List.of(), List.of());
        DibaoResult twelve = DibaoCalculator.calculate(household, WUHAN.with(new DibaoParameters.Overrides(null, null, 12, null, null, null, null)), DATE);
        assertThat(twelve.perCapitaIncome()).isEqualByComparingTo("200.00");
        assertThat(twelve.monthlyAmount()).isEqualByComparingTo("580");
    }
}
