package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A line's amount is the exact sum of its components, in fen, never rounded on the way. */
class PayableLineTest {

    private static PayableLine line(BigDecimal amount, LineComponents components) {
        return new PayableLine(UUID.randomUUID(), "420106006001", "张伟", "银行", "6222021234567890", amount, components, null);
    }

    @Test
    void componentsThatDoNotSumToTheAmountAreRefused() {
        LineComponents components = LineComponents.of("BASE", new BigDecimal("500"), "SUPPLEMENT",
                new BigDecimal("50.5"), "TAPER", new BigDecimal("-100"), "ARREARS", new BigDecimal("30.25"), "RECOVERY",
                new BigDecimal("-10"), "ADJUSTMENT", null);
        assertThat(line(new BigDecimal("470.75"), components).amount()).isEqualByComparingTo("470.75");
        assertThatThrownBy(() -> line(new BigDecimal("470.74"), components)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineWithNothingToPayOrAFractionOfAFenIsRefused() {
        assertThatThrownBy(() -> line(BigDecimal.ZERO, LineComponents.base(BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineComponents.base(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void sumsOfManyGeneratedComponentsAreExact() {
        Random random = new Random(2020);
        for (int i = 0; i < 10_000; i++) {
            long[] fen = new long[6];
            long total = 0;
            for (int c = 0; c < 6; c++) {
                fen[c] = random.nextInt(100_000) - (c == 2 || c == 4 ? 50_000 : 0);
                total += fen[c];
            }
            if (total <= 0) {
                continue;
            }
            LineComponents components = LineComponents.of("C1", BigDecimal.valueOf(fen[0], 2),
                    "C2", BigDecimal.valueOf(fen[1], 2), "C3", BigDecimal.valueOf(fen[2], 2), "C4",
                    BigDecimal.valueOf(fen[3], 2), "C5", BigDecimal.valueOf(fen[4], 2), "C6", BigDecimal.valueOf(fen[5], 2));
            PayableLine line = PayableLine.of(UUID.randomUUID(), "420106006001", "张伟", null, "6222021234567890",
                    components, null);
            assertThat(line.amount()).isEqualTo(BigDecimal.valueOf(total, 2));
        }
    }

    @Test
    void onlyNonZeroPartsAreKeptAndMalformedCodesAreRefused() {
        LineComponents components = LineComponents.of("BASE", new BigDecimal("620"), "TAPER", BigDecimal.ZERO,
                "ARREARS", new BigDecimal("-0.00"));
        assertThat(components.parts()).containsOnlyKeys("BASE");
        assertThat(components.amount("TAPER")).isEqualByComparingTo("0");
        assertThat(components.json()).containsEntry("BASE", "620.00");
        assertThatThrownBy(() -> LineComponents.of("base; drop", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNeverShowsTheAccountOrName() {
        PayableLine line = line(new BigDecimal("1.00"), LineComponents.base(BigDecimal.ONE));
        assertThat(line.toString()).doesNotContain("6222021234567890").doesNotContain("张伟");
    }
}
