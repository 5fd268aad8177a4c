package org.safeguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdExpressionTest {

    private static final Map<String, BigDecimal> VALUES = Map.of(
            "dibaoStandardMonthly", new BigDecimal("780.00"),
            "dibaoStandardYearly", new BigDecimal("9360.00"),
            "countedMembers", new BigDecimal("3"));

    private static BigDecimal eval(String expression) {
        return ThresholdExpression.parse(expression).evaluate(VALUES::get);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "24 * dibaoStandardMonthly; 18720",
            "0; 0",
            "1; 1",
            "2 * dibaoStandardYearly / 12; 1560",
            "1 + 2 * 3; 7",
            "(1 + 2) * 3; 9",
            "10 - 4 - 3; 3",
            "100 / 4 / 5; 5",
            "-5 + 10; 5",
            "-(2 + 3) * 2; -10",
            "1.5 * dibaoStandardMonthly; 1170",
            "  3\t*\t countedMembers  ; 9",
            "0.1 + 0.2; 0.3",
            "dibaoStandardMonthly * countedMembers * 6; 14040"})
    void evaluatesInExactDecimalArithmetic(String expression, String expected) {
        assertThat(eval(expression)).isEqualByComparingTo(expected);
    }

    @Test
    void divisionThatDoesNotTerminateKeeps34SignificantDigits() {
        assertThat(eval("10 / 3").toPlainString()).isEqualTo("3.333333333333333333333333333333333");
    }

    @Test
    void reportsTheNamesItReads() {
        assertThat(ThresholdExpression.parse("2 * dibaoStandardMonthly + countedMembers").names())
                .containsExactly("dibaoStandardMonthly", "countedMembers");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "24 * dibaoStandard; UNKNOWN_NAME; 5",
            "salary; UNKNOWN_NAME; 0",
            "''; EMPTY; 0",
            "'   '; EMPTY; 0",
            "1 +; UNEXPECTED_END; 3",
            "(1 + 2; UNBALANCED; 6",
            "1 + 2); UNEXPECTED; 5",
            "2 ** 3; UNEXPECTED; 3",
            "1..2; BAD_NUMBER; 2",
            "1.; BAD_NUMBER; 2",
            "3x; BAD_NUMBER; 1",
            "1 2; UNEXPECTED; 2",
            "2 ^ 3; UNEXPECTED; 2",
            "1e5; BAD_NUMBER; 1",
            "dibaoStandardMonthly(); NOT_ALLOWED; 20",
            "java.lang.Runtime; NOT_ALLOWED; 4",
            "countedMembers.getClass; NOT_ALLOWED; 14",
            "'\"a\"'; UNEXPECTED; 0",
            "'1; 2'; UNEXPECTED; 1"})
    void refusesAnythingElseWithACodeAndAPosition(String expression, String code, int position) {
        assertThatThrownBy(() -> ThresholdExpression.parse(expression))
                .isInstanceOfSatisfying(ThresholdExpression.InvalidExpression.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.position()).isEqualTo(position);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "T(java.lang.Runtime).getRuntime().exec('id')",
            "new java.io.File('/')",
            "${jndi:ldap://x}",
            "#{1+1}",
            "1; drop table region",
            "Math.max(1, 2)",
            "max(1, 2)",
            "1 < 2",
            "1 == 1",
            "a = 1",
            "1 % 2",
            "'text'",
            "１２",
            "0x10"})
    void refusesScriptsCallsAndOtherSyntax(String expression) {
        assertThatThrownBy(() -> ThresholdExpression.parse(expression)).isInstanceOf(ThresholdExpression.InvalidExpression.class);
    }

    @Test
    void refusesOverlongAndOverDeepExpressions() {
        assertThatThrownBy(() -> ThresholdExpression.parse("1+".repeat(100) + "1"))
                .isInstanceOfSatisfying(ThresholdExpression.InvalidExpression.class, e -> assertThat(e.code()).isEqualTo("TOO_LONG"));
        assertThatThrownBy(() -> ThresholdExpression.parse("(".repeat(30) + "1" + ")".repeat(30)))
                .isInstanceOfSatisfying(ThresholdExpression.InvalidExpression.class, e -> assertThat(e.code()).isEqualTo("TOO_DEEP"));
    }

    @Test
    void namesCanBeLimitedToAGivenSet() {
        assertThatThrownBy(() -> ThresholdExpression.parse("countedMembers", Set.of("dibaoStandardMonthly")))
                .isInstanceOf(ThresholdExpression.InvalidExpression.class);
        assertThat(ThresholdExpression.parse("x * 2", Set.of("x")).evaluate(n -> BigDecimal.TEN)).isEqualByComparingTo("20");
    }

    @Test
    void divisionByZeroAndMissingValuesFailClearlyAtEvaluation() {
        assertThatThrownBy(() -> eval("1 / (countedMembers - 3)"))
                .isInstanceOf(ThresholdExpression.EvaluationFailed.class).hasMessageContaining("division by zero");
        assertThatThrownBy(() -> eval("dibaoStandardUrbanMonthly"))
                .isInstanceOf(ThresholdExpression.EvaluationFailed.class).hasMessageContaining("dibaoStandardUrbanMonthly");
    }

    @Test
    void randomGarbageIsEitherParsedOrRefusedNeverAnotherException() {
        Random random = new Random(42);
        String alphabet = "0123456789.+-*/() abcdMS_;'\"${}#%^=<>!,";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(25);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                ThresholdExpression e = ThresholdExpression.parse(s.toString(), Set.of("a", "b", "MS_"));
                try {
                    e.evaluate(n -> BigDecimal.ONE);
                } catch (ThresholdExpression.EvaluationFailed ok) {
                    // division by zero is a clear failure, not a crash
                }
            } catch (ThresholdExpression.InvalidExpression ok) {
                assertThat(ok.position()).isBetween(0, s.length());
            }
        }
    }

    @Test
    void equalityIsBySource() {
        assertThat(ThresholdExpression.parse(" 24 * dibaoStandardMonthly ")).isEqualTo(ThresholdExpression.parse("24 * dibaoStandardMonthly"));
        assertThat(ThresholdExpression.parse("1").source()).isEqualTo("1");
    }
}
