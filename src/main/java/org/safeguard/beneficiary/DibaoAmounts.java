package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safeguard.policy.EmergencyOverlay;
import org.safeguard.policy.ParameterSource;
import org.safeguard.policy.PolicyParameterDeclarations;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.ResolvedPolicy;
import org.safeguard.policy.dibao.DibaoParameterDeclarations;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.DibaoCalculation;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The beneficiary module's window on policy: amounts come from {@link DibaoCalculation} only; this class splits the
 * calculator's rounded amount into the payroll's base and supplement components and reads the review intervals.
 */
@Component
class DibaoAmounts {

    /** A monthly amount and its components (base + supplement = amount, whole yuan). */
    record Split(BigDecimal amount, BigDecimal base, BigDecimal supplement, DibaoResult result) {
    }

    private final DibaoCalculation calculation;
    private final PolicyParameters parameters;
    private final EmergencyOverlay emergencies;

    DibaoAmounts(DibaoCalculation calculation, PolicyParameters parameters, EmergencyOverlay emergencies) {
        this.calculation = calculation;
        this.parameters = parameters;
        this.emergencies = emergencies;
    }

    DibaoResult calculate(RegionCode region, LocalDate referenceDate, HouseholdFacts facts) {
        return calculation.calculate(region, referenceDate, facts, null, false);
    }

    /**
     * The amount for month {@code m} (domain.md §16 items 3 and 5): the calculator's result from the facts on record
     * and the parameters in force on the first day of the month. A member reaches an age in the month of the
     * birthday, so an age-based supplement is paid from that month: ages are counted as if each member were born on
     * the first day of the birth month (the facts on record keep the real date).
     */
    Split splitForMonth(RegionCode region, YearMonth m, HouseholdFacts facts) {
        return split(calculate(region, m.atDay(1), agesReachedInTheMonth(facts)));
    }

    static HouseholdFacts agesReachedInTheMonth(HouseholdFacts facts) {
        List<HouseholdFacts.Member> members = new ArrayList<>();
        for (HouseholdFacts.Member m : facts.members()) {
            members.add(m.birthDate().getDayOfMonth() == 1 ? m : new HouseholdFacts.Member(m.ref(),
                    m.birthDate().withDayOfMonth(1), m.counted(), m.exclusionReason(), m.disabilityGrade(),
                    m.seriousIllness(), m.incomes()));
        }
        return new HouseholdFacts(facts.hukouType(), members, facts.assets(), facts.deductions(),
                facts.singlePersonRef());
    }

    /** The month a member reaches an age from which a supplement applies (the calculator's age rule: 70). */
    static List<YearMonth> ageMonths(HouseholdFacts facts) {
        List<YearMonth> months = new ArrayList<>();
        for (HouseholdFacts.Member m : facts.members()) {
            if (m.counted()) {
                months.add(YearMonth.from(m.birthDate().plusYears(AGE_SUPPLEMENT_FROM)));
            }
        }
        return months;
    }

    static final int AGE_SUPPLEMENT_FROM = 70;

    /**
     * The versions the calculator resolved for the household on the date, as {@code NAME#id@effective-from}: the
     * standard of its hukou type and every other dibao parameter a region set (defaults are named as DEFAULT).
     */
    String parameterVersions(RegionCode region, LocalDate date, HukouType hukou) {
        ResolvedPolicy policy = parameters.resolve(region, date);
        java.util.TreeMap<String, String> named = new java.util.TreeMap<>();
        policy.all().forEach((definition, resolved) -> {
            boolean standard = definition.equals(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN)
                    || definition.equals(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL);
            boolean own = standard ? definition.equals(hukou == HukouType.RURAL
                    ? DibaoParameterDeclarations.DIBAO_STANDARD_RURAL : DibaoParameterDeclarations.DIBAO_STANDARD_URBAN)
                    : definition.module().contains("dibao") || definition.equals(PolicyParameterDeclarations.SUPPLEMENTS)
                    || definition.equals(PolicyParameterDeclarations.ASSET_RULES);
            ParameterSource source = resolved.source();
            if (own && source != null && source.kind() == ParameterSource.Kind.REGION) {
                named.put(definition.name(), definition.name() + "#" + source.versionId() + "@" + source.effectiveFrom());
            }
        });
        return named.isEmpty() ? "DEFAULTS" : String.join("; ", named.values());
    }

    /**
     * The calculator's amount with its supplement share: the supplements rounded half-up to whole yuan (never more
     * than the amount), the rest is base. The total is the calculator's, rounded once by it.
     */
    Split split(RegionCode region, LocalDate referenceDate, HouseholdFacts facts) {
        return split(calculate(region, referenceDate, facts));
    }

    static Split split(DibaoResult result) {
        BigDecimal amount = result.monthlyAmount().setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal supplements = BigDecimal.ZERO;
        for (DibaoResult.MemberSupplement s : result.supplements()) {
            supplements = supplements.add(s.amount());
        }
        BigDecimal supplement = supplements.setScale(0, RoundingMode.HALF_UP).min(amount).max(BigDecimal.ZERO).setScale(2);
        return new Split(amount, amount.subtract(supplement), supplement, result);
    }

    /** An amount decided by hand: all base. */
    static Split overridden(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        return new Split(a, a, BigDecimal.ZERO.setScale(2), null);
    }

    int reviewIntervalMonths(RegionCode region, LocalDate date, boolean incomeUnstable) {
        return reviewIntervalMonths(region, date, incomeUnstable, HukouType.URBAN);
    }

    /** The review schedule of the rulebook in force on the date (2012: urban monthly, rural quarterly if unstable). */
    int reviewIntervalMonths(RegionCode region, LocalDate date, boolean incomeUnstable, HukouType hukou) {
        return parameters.resolve(region, date).integer(!incomeUnstable
                ? BeneficiaryParameterDeclarations.REVIEW_INTERVAL_STABLE_MONTHS : hukou == HukouType.RURAL
                ? BeneficiaryParameterDeclarations.REVIEW_INTERVAL_UNSTABLE_RURAL_MONTHS
                : BeneficiaryParameterDeclarations.REVIEW_INTERVAL_UNSTABLE_MONTHS);
    }

    int taperMonths(RegionCode region, LocalDate date) {
        return parameters.resolve(region, date).integer(BeneficiaryParameterDeclarations.TAPERED_EXIT_MONTHS);
    }

    boolean exitsSuspended(RegionCode region, LocalDate date) {
        return emergencies.flagsFor(region, date).exitsSuspended();
    }

    String declarations(RegionCode region, LocalDate date) {
        return emergencies.flagsFor(region, date).declarationIds().toString();
    }

    boolean reviewsExtended(RegionCode region, LocalDate date) {
        return emergencies.flagsFor(region, date).periodicReviewsExtended();
    }

    /** The counted members' registry ids (facts refs that are UUIDs). */
    static List<UUID> covered(HouseholdFacts facts) {
        List<UUID> ids = new ArrayList<>();
        for (HouseholdFacts.Member m : facts.members()) {
            // a single-person household (单人户) covers the member who applied alone, not the whole family
            if (m.counted() && (facts.singlePersonRef() == null || facts.singlePersonRef().equals(m.ref()))) {
                try {
                    ids.add(UUID.fromString(m.ref()));
                } catch (IllegalArgumentException notARegistryId) {
                    // A fact set built outside the registry (e.g. a migrated legacy case) may use other references.
                }
            }
        }
        return ids;
    }

    static int countedMembers(HouseholdFacts facts) {
        return (int) facts.members().stream().filter(HouseholdFacts.Member::counted)
                .filter(m -> facts.singlePersonRef() == null || facts.singlePersonRef().equals(m.ref())).count();
    }
}
