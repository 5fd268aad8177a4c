package org.safeguard.specialhardship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguard.policy.dibao.DibaoCalculator;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.specialhardship.SpecialHardshipResult.Step;
import org.safeguard.specialhardship.SpecialHardshipTypes.CareTier;
import org.safeguard.specialhardship.SpecialHardshipTypes.Condition;
import org.safeguard.specialhardship.SpecialHardshipTypes.DisabilityCategory;
import org.safeguard.specialhardship.SpecialHardshipTypes.SupporterStatus;

/**
 * Special-hardship recognition and support exactly as domain.md §16 item 10: a pure function (no Spring, no database,
 * no clock). The means test is the dibao calculator's, for a household of one, on the person's counted income.
 */
public final class SpecialHardshipCalculator {

    /** The mid-2020 notice: minors are persons under 18, not 16, from this reference date. */
    static final LocalDate MINOR_UNDER_18_FROM = LocalDate.of(2020, 7, 29);
    private static final Set<SupporterStatus> ALWAYS_UNABLE = EnumSet.of(SupporterStatus.SPECIAL_HARDSHIP,
            SupporterStatus.NO_CIVIL_CAPACITY, SupporterStatus.MISSING, SupporterStatus.IN_PRISON);

    private SpecialHardshipCalculator() {
    }

    public static SpecialHardshipResult calculate(SpecialHardshipFacts person, SpecialHardshipParameters p) {
        List<Step> trace = new ArrayList<>();
        LocalDate date = person.referenceDate();
        int age = Period.between(person.birthDate(), date).getYears();
        List<Condition> failed = new ArrayList<>();
        if (!noWorkAbility(person, age, trace)) {
            failed.add(Condition.WORK_ABILITY);
        }
        DibaoResult means = meansTest(person, p);
        trace.add(Step.of(means.eligible() ? "means.pass" : "means.fail", means.perCapitaIncome(), means.standard(),
                person.hukouType()));
        means.reasons().stream().filter(r -> r.rule() != null)
                .forEach(r -> trace.add(Step.of("means.asset", r.rule())));
        if (!means.eligible()) {
            failed.add(Condition.MEANS_OF_LIVING);
        }
        if (!noAbleSupporter(person, trace)) {
            failed.add(Condition.SUPPORTER);
        }
        BigDecimal basic = p.basicMultiple().multiply(means.standard()).setScale(0, RoundingMode.HALF_UP);
        trace.add(Step.of("basic", p.basicMultiple(), means.standard(), basic));
        int unmet = person.adl() == null ? 0 : person.adl().unmet();
        CareTier tier = unmet == 0 ? CareTier.SELF_CARE : unmet <= 3 ? CareTier.PARTIAL : CareTier.FULL;
        trace.add(Step.of(person.adl() == null ? "care.notAssessed" : "care.tier", unmet, tier));
        BigDecimal care = careStandard(tier, basic, p, trace);
        boolean eligible = failed.isEmpty();
        BigDecimal monthly = eligible ? basic.add(care) : BigDecimal.ZERO;
        trace.add(eligible ? Step.of("result.eligible", basic, care, monthly) : Step.of("result.notEligible", failed.size()));
        return new SpecialHardshipResult(eligible, failed, age, means.perCapitaIncome(), means.standard(), basic, tier,
                care, monthly, trace);
    }

    private static boolean noWorkAbility(SpecialHardshipFacts person, int age, List<Step> trace) {
        int minorLimit = person.referenceDate().isBefore(MINOR_UNDER_18_FROM) ? 16 : 18;
        if (age >= 60) {
            trace.add(Step.of("work.elderly", age));
            return true;
        }
        if (age < minorLimit) {
            trace.add(Step.of("work.minor", age, minorLimit));
            return true;
        }
        if (disabilityRemovesWorkAbility(person.disabilityCategory(), person.disabilityGrade())) {
            trace.add(Step.of("work.disability", person.disabilityCategory(), person.disabilityGrade()));
            return true;
        }
        trace.add(Step.of("work.fail", age, minorLimit));
        return false;
    }

    static boolean disabilityRemovesWorkAbility(DisabilityCategory category, Integer grade) {
        if (category == null || grade == null) {
            return false;
        }
        return switch (category) {
            case INTELLECTUAL, MENTAL -> grade <= 3;
            case LIMB, MULTIPLE -> grade <= 2;
            case VISUAL -> grade == 1;
            case HEARING, SPEECH -> false;
        };
    }

    /** The dibao income and asset test for a household of one, on the income special hardship counts. */
    private static DibaoResult meansTest(SpecialHardshipFacts person, SpecialHardshipParameters p) {
        List<HouseholdFacts.Income> counted = person.incomes().stream().filter(i -> i.type().counted())
                .map(i -> new HouseholdFacts.Income(IncomeType.valueOf(i.type().name()), i.amount())).toList();
        HouseholdFacts alone = new HouseholdFacts(person.hukouType(), List.of(new HouseholdFacts.Member("P",
                person.birthDate(), true, null, null, false, counted)), person.assets(), List.of());
        return DibaoCalculator.calculate(alone, p.dibao(), person.referenceDate(), false);
    }

    private static boolean noAbleSupporter(SpecialHardshipFacts person, List<Step> trace) {
        if (person.supporters().isEmpty()) {
            trace.add(Step.of("supporter.none"));
            return true;
        }
        boolean allUnable = true;
        for (SpecialHardshipFacts.Supporter s : person.supporters()) {
            int age = Period.between(s.birthDate(), person.referenceDate()).getYears();
            boolean lowMeans = s.status().contains(SupporterStatus.LOW_INCOME_AND_ASSETS);
            boolean unable = s.status().stream().anyMatch(ALWAYS_UNABLE::contains)
                    || s.status().contains(SupporterStatus.DIBAO) && age >= 60
                    || age >= 70 && lowMeans
                    || lowMeans && (s.status().contains(SupporterStatus.SEVERE_DISABILITY)
                    || s.status().contains(SupporterStatus.INTELLECTUAL_MENTAL_GRADE3));
            trace.add(Step.of(unable ? "supporter.unable" : "supporter.able", s.relationship(), age,
                    s.status().isEmpty() ? "-" : s.status().stream().map(Enum::name).sorted().toList().toString()));
            allUnable &= unable;
        }
        return allUnable;
    }

    private static BigDecimal careStandard(CareTier tier, BigDecimal basic, SpecialHardshipParameters p, List<Step> trace) {
        BigDecimal fixed = p.fixed().get(tier);
        if (fixed != null) {
            BigDecimal care = fixed.setScale(0, RoundingMode.HALF_UP);
            trace.add(Step.of("care.fixed", tier, care));
            return care;
        }
        BigDecimal share = p.shares().get(tier);
        BigDecimal base = p.minimumWage() != null ? p.minimumWage() : basic;
        BigDecimal care = share.multiply(base).setScale(0, RoundingMode.HALF_UP);
        trace.add(Step.of(p.minimumWage() != null ? "care.minimumWage" : "care.share", tier, share, base, care));
        return care;
    }
}
