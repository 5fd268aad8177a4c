package org.safeguard.temporaryassistance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.safeguard.policy.ParameterSource;
import org.safeguard.temporaryassistance.TaTraceRenderer;
import org.safeguard.temporaryassistance.TaTraceStep;
import org.safeguard.temporaryassistance.TemporaryAssistanceResult;

/**
 * The calculator's answer as JSON (issue 10 item 5): money as decimal strings in yuan; {@code suggestedAmount} whole
 * yuan; {@code reasons} the stable codes, {@code reasonMessages} the same with a readable message.
 */
record TemporaryAssistanceCalculationResponse(boolean allowed, List<String> reasons, List<ReasonLine> reasonMessages,
                                              String type, String urbanRural, String standard, Source standardSource,
                                              boolean standardIsDibaoStandard, int persons, String expenditureLine,
                                              String tier, String suggestedAmount, String townshipLimit, String countyLimit,
                                              String approvalLevel, String approvalFor, boolean helpFirstAllowed,
                                              List<TraceLine> trace) {

    record Source(String kind, String regionCode, LocalDate effectiveFrom, boolean illustrative) {
    }

    record ReasonLine(String code, String message) {
    }

    record TraceLine(String key, List<String> args, String text) {
    }

    static TemporaryAssistanceCalculationResponse of(TemporaryAssistanceResult r, TaTraceRenderer renderer, Locale locale) {
        ParameterSource s = r.standardSource();
        List<TraceLine> trace = r.trace().stream().map(step -> new TraceLine(step.key(),
                step.args().stream().map(TemporaryAssistanceCalculationResponse::arg).toList(), renderer.render(step, locale))).toList();
        return new TemporaryAssistanceCalculationResponse(r.allowed(), r.reasons(),
                r.reasons().stream().map(c -> new ReasonLine(c, renderer.reason(c, locale))).toList(),
                r.type().name(), r.urbanRural().name(), money(r.standard()),
                s == null ? null : new Source(s.kind().name(), s.regionCode() == null ? null : s.regionCode().value(),
                        s.effectiveFrom(), s.illustrative()),
                r.standardFromDibao(), r.persons(), r.expenditureLine() == null ? null : money(r.expenditureLine()), r.tier(),
                r.suggestedAmount().toPlainString(), money(r.townshipLimit()), money(r.countyLimit()),
                r.approvalLevel() == null ? null : r.approvalLevel().name(), r.approvalFor().name(), r.helpFirstAllowed(), trace);
    }

    /** Yuan with at least two decimals; more only when the exact value needs them (never rounded here). */
    static String money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() <= 2 ? amount.setScale(2) : stripped).toPlainString();
    }

    private static String arg(Object a) {
        if (a instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return a == null ? "" : a.toString();
    }
}
