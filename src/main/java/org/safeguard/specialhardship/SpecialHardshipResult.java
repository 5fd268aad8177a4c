package org.safeguard.specialhardship;

import java.math.BigDecimal;
import java.util.List;

import org.safeguard.specialhardship.SpecialHardshipTypes.CareTier;
import org.safeguard.specialhardship.SpecialHardshipTypes.Condition;

/**
 * The calculator's answer. {@code reasons} are the conditions that fail; amounts are whole yuan (rounded half-up
 * once each, §16 item 1); {@code monthlyAmount} is zero unless eligible. {@code perCapitaIncome} is the person's own
 * monthly income as counted for special hardship, shown to the fen.
 */
public record SpecialHardshipResult(boolean eligible, List<Condition> reasons, int age, BigDecimal perCapitaIncome,
                                    BigDecimal dibaoStandard, BigDecimal basicLivingStandard, CareTier careTier,
                                    BigDecimal careStandard, BigDecimal monthlyAmount, List<Step> trace) {

    /** One step of the explanation: a key ({@code specialhardship.trace.<key>}) and its arguments. */
    public record Step(String key, List<Object> args) {
        static Step of(String key, Object... args) {
            return new Step(key, java.util.Arrays.asList(args));
        }
    }
}
