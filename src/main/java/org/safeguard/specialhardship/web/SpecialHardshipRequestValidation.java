package org.safeguard.specialhardship.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguard.policy.AssetType;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.specialhardship.SpecialHardshipFacts;
import org.safeguard.specialhardship.SpecialHardshipTypes.DisabilityCategory;
import org.safeguard.specialhardship.SpecialHardshipTypes.IncomeType;
import org.safeguard.specialhardship.SpecialHardshipTypes.Relationship;
import org.safeguard.specialhardship.SpecialHardshipTypes.SupporterStatus;

/** Turns a request into calculator input, collecting every problem with its field path. */
final class SpecialHardshipRequestValidation {

    static final int MAX_ITEMS = 50;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    record Valid(RegionCode region, SpecialHardshipFacts facts) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();

    static Valid validate(SpecialHardshipCalculationRequest request) {
        SpecialHardshipRequestValidation v = new SpecialHardshipRequestValidation();
        Valid valid = v.check(request);
        if (!v.problems.isEmpty()) {
            throw SafeguardException.invalid(v.problems);
        }
        return valid;
    }

    private Valid check(SpecialHardshipCalculationRequest r) {
        RegionCode region = null;
        if (r.regionCode() == null || r.regionCode().isBlank()) {
            problems.add(FieldProblem.of("regionCode", "REQUIRED"));
        } else if (!RegionCode.isWellFormed(r.regionCode())) {
            problems.add(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        } else {
            region = RegionCode.of(r.regionCode());
        }
        LocalDate date = date(r.referenceDate(), "referenceDate");
        HukouType hukou = enumValue(HukouType.class, r.hukouType(), "hukouType");
        var p = r.person();
        if (p == null) {
            problems.add(FieldProblem.of("person", "REQUIRED"));
            return null;
        }
        LocalDate birth = date(p.birthDate(), "person.birthDate");
        if (birth != null && date != null && birth.isAfter(date)) {
            problems.add(FieldProblem.of("person.birthDate", "AFTER_REFERENCE_DATE"));
        }
        DisabilityCategory category = p.disabilityCategory() == null || p.disabilityCategory().isBlank() ? null
                : enumValue(DisabilityCategory.class, p.disabilityCategory(), "person.disabilityCategory");
        Integer grade = p.disabilityGrade();
        if (grade != null && (grade < 1 || grade > 4)) {
            problems.add(FieldProblem.of("person.disabilityGrade", grade < 1 ? "TOO_SMALL" : "TOO_LARGE"));
        }
        if ((category == null) != (grade == null) && problems.stream().noneMatch(x -> x.field().startsWith("person.disability"))) {
            problems.add(FieldProblem.of(category == null ? "person.disabilityCategory" : "person.disabilityGrade", "REQUIRED"));
        }
        List<SpecialHardshipFacts.Income> incomes = new ArrayList<>();
        List<SpecialHardshipCalculationRequest.IncomeRequest> incomeRequests = p.incomes() == null ? List.of() : p.incomes();
        if (incomeRequests.size() > MAX_ITEMS) {
            problems.add(FieldProblem.of("person.incomes", "TOO_LARGE"));
        }
        for (int i = 0; i < incomeRequests.size() && i < MAX_ITEMS; i++) {
            String path = "person.incomes[" + i + "]";
            var in = incomeRequests.get(i);
            if (in == null) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
                continue;
            }
            IncomeType type = enumValue(IncomeType.class, in.type(), path + ".type");
            BigDecimal amount = money(in.amount(), path + ".amount");
            if (type != null && amount != null) {
                incomes.add(new SpecialHardshipFacts.Income(type, amount));
            }
        }
        List<HouseholdFacts.Asset> assets = assets(p.assets());
        List<SpecialHardshipFacts.Supporter> supporters = supporters(r.supporters(), date);
        var a = r.adl();
        SpecialHardshipFacts.Adl adl = a == null ? null : new SpecialHardshipFacts.Adl(a.eating(), a.dressing(),
                a.transferring(), a.toileting(), a.walkingIndoors(), a.bathing());
        if (!problems.isEmpty()) {
            return null;
        }
        return new Valid(region, new SpecialHardshipFacts(date, hukou, birth, category, grade, incomes, assets, supporters, adl));
    }

    private List<HouseholdFacts.Asset> assets(List<SpecialHardshipCalculationRequest.AssetRequest> requests) {
        List<HouseholdFacts.Asset> assets = new ArrayList<>();
        List<SpecialHardshipCalculationRequest.AssetRequest> list = requests == null ? List.of() : requests;
        if (list.size() > MAX_ITEMS) {
            problems.add(FieldProblem.of("person.assets", "TOO_LARGE"));
        }
        for (int i = 0; i < list.size() && i < MAX_ITEMS; i++) {
            String path = "person.assets[" + i + "]";
            var in = list.get(i);
            if (in == null) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
                continue;
            }
            AssetType type = enumValue(AssetType.class, in.type(), path + ".type");
            BigDecimal value = in.value() == null ? null : money(in.value(), path + ".value");
            int count = in.count() == null ? 1 : in.count();
            if (count < 0) {
                problems.add(FieldProblem.of(path + ".count", "TOO_SMALL"));
            }
            if (type != null) {
                assets.add(new HouseholdFacts.Asset(type, value, count, null));
            }
        }
        return assets;
    }

    private List<SpecialHardshipFacts.Supporter> supporters(List<SpecialHardshipCalculationRequest.SupporterRequest> requests,
                                                            LocalDate date) {
        List<SpecialHardshipFacts.Supporter> supporters = new ArrayList<>();
        List<SpecialHardshipCalculationRequest.SupporterRequest> list = requests == null ? List.of() : requests;
        if (list.size() > MAX_ITEMS) {
            problems.add(FieldProblem.of("supporters", "TOO_LARGE"));
        }
        for (int i = 0; i < list.size() && i < MAX_ITEMS; i++) {
            String path = "supporters[" + i + "]";
            var s = list.get(i);
            if (s == null) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
                continue;
            }
            Relationship relationship = enumValue(Relationship.class, s.relationship(), path + ".relationship");
            LocalDate birth = date(s.birthDate(), path + ".birthDate");
            if (birth != null && date != null && birth.isAfter(date)) {
                problems.add(FieldProblem.of(path + ".birthDate", "AFTER_REFERENCE_DATE"));
            }
            Set<SupporterStatus> status = EnumSet.noneOf(SupporterStatus.class);
            List<String> given = s.status() == null ? List.of() : s.status();
            for (int j = 0; j < given.size() && j < MAX_ITEMS; j++) {
                SupporterStatus st = enumValue(SupporterStatus.class, given.get(j), path + ".status[" + j + "]");
                if (st != null) {
                    status.add(st);
                }
            }
            if (relationship != null && birth != null) {
                supporters.add(new SpecialHardshipFacts.Supporter(relationship, birth, status));
            }
        }
        return supporters;
    }

    private BigDecimal money(BigDecimal amount, String path) {
        if (amount == null) {
            problems.add(FieldProblem.of(path, "REQUIRED"));
            return null;
        }
        if (amount.signum() < 0) {
            problems.add(FieldProblem.of(path, "TOO_SMALL"));
            return null;
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(FieldProblem.of(path, "TOO_LARGE"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(path, "INVALID_FORMAT", "policy.validation.MONEY_SCALE", List.of()));
            return null;
        }
        return amount;
    }

    private LocalDate date(String text, String path) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(path, "REQUIRED"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(path, "INVALID_FORMAT"));
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String text, String path) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(path, "REQUIRED"));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(path, "UNKNOWN_VALUE"));
            return null;
        }
    }
}
