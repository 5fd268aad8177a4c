package org.safeguard.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safeguard.policy.ParameterSource;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.policy.dibao.TraceRenderer;
import org.safeguard.policy.dibao.TraceStep;

/** The calculator's answer as JSON; every amount is a decimal string in yuan. */
record DibaoCalculationResponse(String outcome, boolean eligible, boolean edge, LocalDate referenceDate, String hukouType,
                                int countedMembers, List<String> countedMemberRefs, int incomeReferenceMonths,
                                String countedIncome, String deductions, String netIncome, String perCapitaIncome,
                                String standard, Source standardSource, String edgeThreshold, List<SupplementLine> supplements,
                                String monthlyAmount, List<ReasonLine> reasons, List<TraceLine> trace) {

    record Source(String kind, String regionCode, LocalDate effectiveFrom, Long versionId, boolean illustrative) {
    }

    record SupplementLine(String memberRef, String category, String amount) {
    }

    record ReasonLine(String code, String rule, String message) {
    }

    record TraceLine(String key, List<String> args, String text) {
    }

    static DibaoCalculationResponse of(DibaoResult r, TraceRenderer renderer, Locale locale) {
        ParameterSource s = r.standardSource();
        List<TraceLine> trace = new ArrayList<>();
        for (TraceStep step : r.trace()) {
            trace.add(new TraceLine(step.key(), step.args().stream().map(DibaoCalculationResponse::arg).toList(),
                    renderer.render(step, locale)));
        }
        return new DibaoCalculationResponse(r.outcome().name(), r.eligible(), r.edge(), r.referenceDate(), r.hukouType().name(),
                r.countedMembers(), r.countedRefs(), r.months(), money(r.countedIncome()), money(r.deductions()),
                money(r.netIncome()), r.perCapitaIncome() == null ? null : money(r.perCapitaIncome()), money(r.standard()),
                new Source(s.kind().name(), s.regionCode() == null ? null : s.regionCode().value(), s.effectiveFrom(),
                        s.versionId(), s.illustrative()),
                money(r.edgeThreshold()),
                r.supplements().stream().map(x -> new SupplementLine(x.memberRef(), x.category().name(), money(x.amount()))).toList(),
                r.monthlyAmount().toPlainString(),
                r.reasons().stream().map(x -> new ReasonLine(x.code(), x.rule(), renderer.render(x, locale))).toList(),
                trace);
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
