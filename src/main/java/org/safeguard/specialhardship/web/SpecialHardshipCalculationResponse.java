package org.safeguard.specialhardship.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.safeguard.specialhardship.SpecialHardshipResult;

/** The calculator's answer as JSON; amounts are decimal strings in yuan. */
record SpecialHardshipCalculationResponse(boolean eligible, List<String> reasons, List<String> reasonMessages, int age,
                                          String perCapitaIncome, String dibaoStandard, String basicLivingStandard,
                                          String careTier, String careStandard, String monthlyAmount,
                                          List<TraceLine> trace) {

    record TraceLine(String key, List<String> args, String text) {
    }

    static SpecialHardshipCalculationResponse of(SpecialHardshipResult r, MessageSource messages, Locale locale) {
        List<TraceLine> trace = r.trace().stream().map(s -> {
            Object[] args = s.args().stream().map(a -> argument(a, messages, locale)).toArray();
            return new TraceLine(s.key(), s.args().stream().map(a -> a == null ? "" : plain(a)).toList(),
                    messages.getMessage("specialhardship.trace." + s.key(), args, s.key(), locale));
        }).toList();
        return new SpecialHardshipCalculationResponse(r.eligible(), r.reasons().stream().map(Enum::name).toList(),
                r.reasons().stream().map(c -> messages.getMessage("specialhardship.reason." + c.name(), null, c.name(), locale)).toList(),
                r.age(), money(r.perCapitaIncome()), money(r.dibaoStandard()), r.basicLivingStandard().toPlainString(),
                r.careTier().name(), r.careStandard().toPlainString(), r.monthlyAmount().toPlainString(), trace);
    }

    private static String plain(Object a) {
        return a instanceof BigDecimal d ? d.toPlainString() : a.toString();
    }

    private static Object argument(Object a, MessageSource messages, Locale locale) {
        if (a instanceof Enum<?> e) {
            return messages.getMessage("specialhardship.enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(),
                    null, e.name(), locale);
        }
        if (a instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (a instanceof LocalDate d) {
            return d.toString();
        }
        return a == null ? "" : a.toString();
    }

    static String money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() <= 2 ? amount.setScale(2) : stripped).toPlainString();
    }
}
