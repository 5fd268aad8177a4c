package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.safeguard.shared.RegionCode;

/**
 * The price-subsidy rules as code (domain.md §6.5, §16 item 9): one pure function that the evaluation, the
 * issuance, the page and the API all call. Triggered when the general index (CPI, or SCPI where that is the basis)
 * reaches the CPI threshold or the food index reaches the food threshold; rate = the largest triggered rise;
 * amount = standard in force on the first day of the index month × rate × multiplier, rounded half-up to whole
 * yuan once, raised to the region's minimum if it sets one. A month that triggers nothing stops the mechanism.
 */
public final class PriceSubsidyCalculator {

    private PriceSubsidyCalculator() {
    }

    /** "The N-th working day after D" for a region: {@code WorkingDayCalendar::addWorkingDays} or {@code WorkingDays::addWorkingDays}. */
    @FunctionalInterface
    public interface WorkingDayAdder {
        LocalDate addWorkingDays(RegionCode region, LocalDate date, int n);
    }

    /**
     * @param index      the index in force for the month, or null when none is published yet
     * @param groups     the groups asked about (empty = "is the month triggered", no amount)
     * @param urbanRural which standard (null = the standard of the preferred group, urban if none is given)
     * @param standardUrban the urban dibao standard on the first day of the month (null if unknown)
     */
    public static PriceSubsidyResult calculate(RegionCode region, YearMonth month, PriceIndex index, Mechanism mechanism,
                                               Collection<CoveredGroup> groups, UrbanRural urbanRural,
                                               BigDecimal standardUrban, BigDecimal standardRural, WorkingDayAdder workingDays) {
        List<PriceTraceStep> trace = new ArrayList<>();
        Set<CoveredGroup> coveredGroups = new TreeSet<>(mechanism.groups());
        trace.add(PriceTraceStep.of("thresholds", month.toString(), mechanism.cpiTrigger(), mechanism.foodTrigger(),
                mechanism.indexBasis().name(), mechanism.thresholdSource()));
        if (index == null) {
            trace.add(PriceTraceStep.of("noIndex", month.toString()));
            return new PriceSubsidyResult(region.value(), month, false, false, List.of(), BigDecimal.ZERO, mechanism.multiplier(),
                    coveredGroups, false, null, urbanRural, null, BigDecimal.ZERO, null, mechanism, null, trace);
        }
        trace.add(PriceTraceStep.of("index", index.regionCode(), index.cpiYoy(), index.foodYoy(),
                index.scpiYoy() == null ? "-" : index.scpiYoy(), index.publishedOn()));

        List<String> triggering = new ArrayList<>();
        BigDecimal rate = BigDecimal.ZERO;
        boolean scpiBasis = mechanism.indexBasis() == IndexBasis.SCPI && index.scpiYoy() != null;
        BigDecimal general = scpiBasis ? index.scpiYoy() : index.cpiYoy();
        String generalName = scpiBasis ? "SCPI" : "CPI";
        if (general.compareTo(mechanism.cpiTrigger()) >= 0) {
            triggering.add(generalName);
            rate = rate.max(general);
            trace.add(PriceTraceStep.of("indexTriggered", generalName, general, mechanism.cpiTrigger()));
        } else {
            trace.add(PriceTraceStep.of("indexBelow", generalName, general, mechanism.cpiTrigger()));
        }
        if (index.foodYoy().compareTo(mechanism.foodTrigger()) >= 0) {
            triggering.add("FOOD");
            rate = rate.max(index.foodYoy());
            trace.add(PriceTraceStep.of("indexTriggered", "FOOD", index.foodYoy(), mechanism.foodTrigger()));
        } else {
            trace.add(PriceTraceStep.of("indexBelow", "FOOD", index.foodYoy(), mechanism.foodTrigger()));
        }
        boolean triggered = !triggering.isEmpty();
        LocalDate dueBy = null;
        if (!triggered) {
            trace.add(PriceTraceStep.of("stopped", month.toString()));
        } else {
            trace.add(PriceTraceStep.of("rate", rate));
            trace.add(PriceTraceStep.of("multiplier", mechanism.multiplier()));
            dueBy = dueBy(region, index.publishedOn(), mechanism, workingDays);
            if (mechanism.deadlineRule() == DeadlineRule.WORKING_DAYS) {
                trace.add(PriceTraceStep.of("deadlineWorkingDays", index.publishedOn(), mechanism.deadlineDays(), dueBy));
            } else {
                trace.add(PriceTraceStep.of("deadlineSameMonth", index.publishedOn(), dueBy));
            }
        }
        trace.add(PriceTraceStep.of("groups", coveredGroups));

        CoveredGroup paidAs = groups.stream().filter(coveredGroups::contains)
                .min(Comparator.comparingInt(g -> PayeeSelection.rank(g, urbanRural == null ? UrbanRural.URBAN : urbanRural)))
                .orElse(null);
        boolean covered = paidAs != null;
        if (groups.isEmpty()) {
            return new PriceSubsidyResult(region.value(), month, true, triggered, triggering, rate, mechanism.multiplier(),
                    coveredGroups, false, null, urbanRural, null, BigDecimal.ZERO, dueBy, mechanism, index, trace);
        }
        if (!covered) {
            trace.add(PriceTraceStep.of("notCovered", new TreeSet<>(groups)));
        } else if (groups.size() > 1) {
            trace.add(PriceTraceStep.of("paidOnce", paidAs));
        }
        UrbanRural which = urbanRural == null ? UrbanRural.URBAN : urbanRural;
        BigDecimal standard = which == UrbanRural.URBAN ? standardUrban : standardRural;
        BigDecimal amount = BigDecimal.ZERO;
        if (triggered && covered) {
            if (standard == null) {
                trace.add(PriceTraceStep.of("noStandard", which, month.atDay(1)));
                trace.add(PriceTraceStep.of("resultNothing", amount));
                return new PriceSubsidyResult(region.value(), month, true, triggered, triggering, rate, mechanism.multiplier(),
                        coveredGroups, covered, paidAs, which, null, amount, dueBy, mechanism, index, trace);
            }
            BigDecimal exact = standard.multiply(rate).multiply(mechanism.multiplier()).movePointLeft(2);
            amount = exact.setScale(0, RoundingMode.HALF_UP);
            trace.add(PriceTraceStep.of("amount", which, month.atDay(1), standard, rate, mechanism.multiplier(),
                    exact.stripTrailingZeros().toPlainString(), amount));
            if (mechanism.minAmount() != null && amount.compareTo(mechanism.minAmount()) < 0) {
                amount = mechanism.minAmount().setScale(0, RoundingMode.HALF_UP);
                trace.add(PriceTraceStep.of("minimum", mechanism.minAmount(), amount));
            }
        }
        trace.add(PriceTraceStep.of(amount.signum() > 0 ? "resultPaid" : "resultNothing", amount));
        return new PriceSubsidyResult(region.value(), month, true, triggered, triggering, rate, mechanism.multiplier(),
                coveredGroups, covered, paidAs, which, standard, amount, dueBy, mechanism, index, trace);
    }

    /** The payment deadline: N working days after publication, or the last day of the month of publication. */
    public static LocalDate dueBy(RegionCode region, LocalDate publishedOn, Mechanism mechanism, WorkingDayAdder workingDays) {
        if (mechanism.deadlineRule() == DeadlineRule.WORKING_DAYS) {
            int days = mechanism.deadlineDays() == null ? 20 : mechanism.deadlineDays();
            return workingDays.addWorkingDays(region, publishedOn, days);
        }
        return YearMonth.from(publishedOn).atEndOfMonth();
    }
}
