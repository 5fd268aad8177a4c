package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.safeguard.payment.PayrollQueries;
import org.safeguard.payment.PayrollState;
import org.safeguard.payment.PayrollView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "standard or subsidy" view of a region: per index month the deciding evaluation (indices against thresholds,
 * triggered or stopped), the amount paid that month, and the longest run of consecutive triggered months. Six or more
 * in a row signals that a sustained rise should be met with a higher dibao standard rather than more subsidies.
 */
@Service
@Transactional(readOnly = true)
public class PriceDashboard {

    public static final int SUSTAINED_MONTHS = 6;

    public record Month(YearMonth month, Evaluation evaluation, BigDecimal paid) {
    }

    public record View(String regionCode, List<Month> months, int longestRun, YearMonth runStart, YearMonth runEnd,
                       boolean sustained) {
    }

    private final PriceEvaluations evaluations;
    private final PriceStore store;
    private final PayrollQueries payrolls;

    PriceDashboard(PriceEvaluations evaluations, PriceStore store, PayrollQueries payrolls) {
        this.evaluations = evaluations;
        this.store = store;
        this.payrolls = payrolls;
    }

    public View view(String regionCode) {
        evaluations.visible(regionCode);
        TreeMap<YearMonth, Boolean> months = new TreeMap<>();
        store.currentIndices().forEach(i -> months.put(i.month(), true));
        Map<YearMonth, BigDecimal> paid = new TreeMap<>();
        for (PayrollView p : payrolls.list(regionCode, null, PriceSubsidyPayrollSource.BENEFIT)) {
            if (p.state() != PayrollState.CANCELLED) {
                paid.merge(p.month(), p.totalAmount(), BigDecimal::add);
            }
        }
        List<Month> out = new ArrayList<>();
        int run = 0;
        int longest = 0;
        YearMonth start = null;
        YearMonth bestStart = null;
        YearMonth bestEnd = null;
        for (YearMonth m : months.keySet()) {
            Optional<Evaluation> e = evaluations.deciding(regionCode, m);
            if (e.isEmpty()) {
                continue;
            }
            out.add(new Month(m, e.get(), paid.getOrDefault(m, BigDecimal.ZERO)));
            if (e.get().triggered()) {
                if (run == 0) {
                    start = m;
                }
                run++;
                if (run > longest) {
                    longest = run;
                    bestStart = start;
                    bestEnd = m;
                }
            } else {
                run = 0;
            }
        }
        return new View(regionCode, out, longest, bestStart, bestEnd, longest >= SUSTAINED_MONTHS);
    }
}
