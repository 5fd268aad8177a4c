package org.safeguard.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The parts of a payment, each in yuan with two decimals: the regular amount, classified supplements, a taper
 * (negative while a household exits gradually), arrears and recoveries from retroactive changes, and any other
 * adjustment. A line's amount is always their sum; the database checks it too.
 */
public record LineComponents(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal base,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supplement,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taper,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal arrears,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal recovery,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal adjustment) {

    public LineComponents {
        base = money(base);
        supplement = money(supplement);
        taper = money(taper);
        arrears = money(arrears);
        recovery = money(recovery);
        adjustment = money(adjustment);
    }

    public static LineComponents base(BigDecimal base) {
        return new LineComponents(base, null, null, null, null, null);
    }

    public BigDecimal total() {
        return base.add(supplement).add(taper).add(arrears).add(recovery).add(adjustment);
    }

    private static BigDecimal money(BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        // Exact: an amount with more than two decimals is a programming error, not something to round away.
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
