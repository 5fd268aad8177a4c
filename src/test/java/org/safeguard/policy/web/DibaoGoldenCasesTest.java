package org.safeguard.policy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguard.policy.DemoPolicy;
import org.safeguard.policy.ParameterResolver;
import org.safeguard.policy.dibao.DibaoCalculator;
import org.safeguard.policy.dibao.DibaoParameters;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.policy.dibao.Reason;

/** Every golden case through the pure calculator, with parameters resolved from the demo data (no Spring, no database). */
class DibaoGoldenCasesTest {

    private static final ParameterResolver DEMO = new ParameterResolver(DemoPolicy.asStored());

    static Stream<GoldenCase> cases() {
        return GoldenCase.all();
    }

    @Test
    void thereAreAtLeastFortyReadableCases() {
        List<GoldenCase> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all).allSatisfy(c -> assertThat(c.description()).as(c.file()).hasSizeBetween(20, 300));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goldenCase(GoldenCase golden) {
        var valid = DibaoRequestValidation.validate(golden.request());
        DibaoParameters parameters = DibaoParameters.from(DEMO.resolve(ParameterResolver.ancestryByCode(valid.region()),
                valid.referenceDate())).with(valid.overrides());
        GoldenCase.Expected expected = golden.expected();
        if (expected.error() != null) {
            assertThat(expected.error()).isEqualTo("NO_STANDARD");
            assertThatThrownBy(() -> DibaoCalculator.calculate(valid.household(), parameters, valid.referenceDate()))
                    .isInstanceOf(DibaoCalculator.MissingStandard.class);
            return;
        }
        DibaoResult result = DibaoCalculator.calculate(valid.household(), parameters, valid.referenceDate());
        assertMatches(golden, summary(result));
        DibaoResult untraced = DibaoCalculator.calculate(valid.household(), parameters, valid.referenceDate(), false);
        assertThat(summary(untraced)).as("same answer without a trace").isEqualTo(summary(result));
        assertThat(result.trace()).as("trace").isNotEmpty();
        assertThat(result.trace().get(0).key()).startsWith("standard");
    }

    /** The answer in the golden files' terms, so the pure and the API tests compare the same things. */
    static GoldenCase.Expected summary(DibaoResult r) {
        List<String> reasons = new ArrayList<>();
        for (Reason reason : r.reasons()) {
            reasons.add(reason.rule() == null ? reason.code() : reason.code() + ":" + reason.rule());
        }
        return new GoldenCase.Expected(null, r.outcome().name(), r.countedMembers(),
                r.perCapitaIncome() == null ? null : r.perCapitaIncome().toPlainString(),
                DibaoCalculationResponse.money(r.standard()),
                new GoldenCase.Source(r.standardSource().regionCode().value(), r.standardSource().effectiveFrom().toString()),
                r.supplements().stream().map(s -> new GoldenCase.Supplement(s.memberRef(), s.category().name(),
                        DibaoCalculationResponse.money(s.amount()))).toList(),
                r.monthlyAmount().toPlainString(), reasons);
    }

    static void assertMatches(GoldenCase golden, GoldenCase.Expected actual) {
        GoldenCase.Expected e = golden.expected();
        String as = golden.toString();
        assertThat(actual.outcome()).as(as + ": outcome").isEqualTo(e.outcome());
        assertThat(actual.monthlyAmount()).as(as + ": monthlyAmount").isEqualTo(e.monthlyAmount());
        assertThat(actual.reasons()).as(as + ": reasons").isEqualTo(e.reasons());
        if (e.countedMembers() != null) assertThat(actual.countedMembers()).as(as + ": countedMembers").isEqualTo(e.countedMembers());
        assertThat(actual.perCapitaIncome()).as(as + ": perCapitaIncome").isEqualTo(e.perCapitaIncome());
        if (e.standard() != null) assertThat(actual.standard()).as(as + ": standard").isEqualTo(e.standard());
        if (e.standardSource() != null) assertThat(actual.standardSource()).as(as + ": standardSource").isEqualTo(e.standardSource());
        if (e.supplements() != null) assertThat(actual.supplements()).as(as + ": supplements").isEqualTo(e.supplements());
    }
}
