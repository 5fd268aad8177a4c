package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safeguard.policy.EmergencyOverlay;
import org.safeguard.policy.PolicyParameters;
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
        return parameters.resolve(region, date).integer(incomeUnstable
                ? BeneficiaryParameterDeclarations.REVIEW_INTERVAL_UNSTABLE_MONTHS
                : BeneficiaryParameterDeclarations.REVIEW_INTERVAL_STABLE_MONTHS);
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
            if (m.counted()) {
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
        return (int) facts.members().stream().filter(HouseholdFacts.Member::counted).count();
    }
}
