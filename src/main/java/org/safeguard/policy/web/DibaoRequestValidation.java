package org.safeguard.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.safeguard.policy.AssetType;
import org.safeguard.policy.dibao.DeductionType;
import org.safeguard.policy.dibao.DibaoParameters;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;

/** Turns a request into calculator input, collecting every problem with its field path. */
final class DibaoRequestValidation {

    static final int MAX_MEMBERS = 30;
    static final int MAX_ITEMS = 50;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    record Valid(RegionCode region, LocalDate referenceDate, HouseholdFacts household, DibaoParameters.Overrides overrides) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();

    static Valid validate(DibaoCalculationRequest request) {
        DibaoRequestValidation v = new DibaoRequestValidation();
        Valid valid = v.check(request);
        if (!v.problems.isEmpty()) {
            throw SafeguardException.invalid(v.problems);
        }
        return valid;
    }

    private Valid check(DibaoCalculationRequest r) {
        RegionCode region = null;
        if (r.regionCode() == null || r.regionCode().isBlank()) {
            problems.add(FieldProblem.of("regionCode", "REQUIRED"));
        } else if (!RegionCode.isWellFormed(r.regionCode())) {
            problems.add(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        } else {
            region = RegionCode.of(r.regionCode());
        }
        LocalDate referenceDate = date(r.referenceDate(), "referenceDate");
        if (referenceDate != null && (referenceDate.getYear() < 2000 || referenceDate.getYear() > 2100)) {
            problems.add(FieldProblem.of("referenceDate", "INVALID"));
            referenceDate = null;
        }
        HukouType hukou = enumValue(HukouType.class, r.hukouType(), "hukouType");
        List<HouseholdFacts.Member> members = members(r.members(), referenceDate);
        Set<String> refs = new HashSet<>();
        members.forEach(m -> refs.add(m.ref()));
        List<HouseholdFacts.Asset> assets = assets(r.assets(), refs);
        List<HouseholdFacts.Deduction> deductions = new ArrayList<>();
        List<DibaoCalculationRequest.DeductionRequest> deductionRequests = r.deductions() == null ? List.of() : r.deductions();
        if (deductionRequests.size() > MAX_ITEMS) {
            problems.add(FieldProblem.of("deductions", "TOO_LARGE"));
        }
        for (int i = 0; i < deductionRequests.size() && i < MAX_ITEMS; i++) {
            String path = "deductions[" + i + "]";
            var d = deductionRequests.get(i);
            if (d == null) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
                continue;
            }
            DeductionType type = enumValue(DeductionType.class, d.type(), path + ".type");
            BigDecimal amount = money(d.amount(), path + ".amount", true);
            if (type != null && amount != null) {
                deductions.add(new HouseholdFacts.Deduction(type, amount));
            }
        }
        DibaoParameters.Overrides overrides = new DibaoOverridesValidation(problems).overrides(r.parameterOverrides());
        String single = r.singlePersonRef() == null || r.singlePersonRef().isBlank() ? null : r.singlePersonRef().strip();
        if (single != null && !refs.contains(single)) {
            problems.add(new FieldProblem("singlePersonRef", "UNKNOWN_MEMBER_REF", "policy.validation.UNKNOWN_MEMBER_REF", List.of()));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Valid(region, referenceDate, new HouseholdFacts(hukou, members, assets, deductions, single), overrides);
    }

    private List<HouseholdFacts.Member> members(List<DibaoCalculationRequest.MemberRequest> requests, LocalDate referenceDate) {
        List<HouseholdFacts.Member> members = new ArrayList<>();
        if (requests == null || requests.isEmpty()) {
            problems.add(FieldProblem.of("members", "MEMBERS_REQUIRED"));
            return members;
        }
        if (requests.size() > MAX_MEMBERS) {
            problems.add(FieldProblem.of("members", "TOO_LARGE"));
            return members;
        }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            String path = "members[" + i + "]";
            var m = requests.get(i);
            if (m == null) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
                continue;
            }
            int before = problems.size();
            String ref = m.ref() == null ? null : m.ref().strip();
            if (ref == null || ref.isEmpty()) {
                problems.add(FieldProblem.of(path + ".ref", "REQUIRED"));
            } else if (ref.length() > 40) {
                problems.add(FieldProblem.of(path + ".ref", "LENGTH", 1, 40));
            } else if (!refs.add(ref)) {
                problems.add(new FieldProblem(path + ".ref", "DUPLICATE_REF", "policy.validation.DUPLICATE_REF", List.of()));
            }
            LocalDate birth = date(m.birthDate(), path + ".birthDate");
            if (birth != null && referenceDate != null && birth.isAfter(referenceDate)) {
                problems.add(new FieldProblem(path + ".birthDate", "BORN_AFTER_REFERENCE_DATE",
                        "policy.validation.BORN_AFTER_REFERENCE_DATE", List.of()));
            }
            if (m.counted() == null) {
                problems.add(FieldProblem.of(path + ".counted", "REQUIRED"));
            }
            if (m.exclusionReason() != null && m.exclusionReason().length() > 100) {
                problems.add(FieldProblem.of(path + ".exclusionReason", "LENGTH", 0, 100));
            }
            if (m.disabilityGrade() != null && (m.disabilityGrade() < 1 || m.disabilityGrade() > 4)) {
                problems.add(FieldProblem.of(path + ".disabilityGrade", "DISABILITY_GRADE_RANGE"));
            }
            List<HouseholdFacts.Income> incomes = new ArrayList<>();
            List<DibaoCalculationRequest.IncomeRequest> incomeRequests = m.incomes() == null ? List.of() : m.incomes();
            if (incomeRequests.size() > MAX_ITEMS) {
                problems.add(FieldProblem.of(path + ".incomes", "TOO_LARGE"));
            }
            for (int j = 0; j < incomeRequests.size() && j < MAX_ITEMS; j++) {
                String incomePath = path + ".incomes[" + j + "]";
                var income = incomeRequests.get(j);
                if (income == null) {
                    problems.add(FieldProblem.of(incomePath, "REQUIRED"));
                    continue;
                }
                IncomeType type = enumValue(IncomeType.class, income.type(), incomePath + ".type");
                BigDecimal amount = money(income.amount(), incomePath + ".amount", true);
                if (type != null && amount != null) {
                    incomes.add(new HouseholdFacts.Income(type, amount));
                }
            }
            if (problems.size() == before) {
                members.add(new HouseholdFacts.Member(ref, birth, m.counted(), m.exclusionReason(), m.disabilityGrade(),
                        Boolean.TRUE.equals(m.seriousIllness()), incomes));
            }
        }
        return members;
    }

    private List<HouseholdFacts.Asset> assets(List<DibaoCalculationRequest.AssetRequest> requests, Set<String> refs) {
        List<HouseholdFacts.Asset> assets = new ArrayList<>();
        if (requests == null) {
            return assets;
        }
        if (requests.size() > MAX_ITEMS) {
            problems.add(FieldProblem.of("assets", "TOO_LARGE"));
            return assets;
        }
        for (int i = 0; i < requests.size(); i++) {
            String path = "assets[" + i + "]";
            var a = requests.get(i);
            if (a == null) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
                continue;
            }
            int before = problems.size();
            AssetType type = enumValue(AssetType.class, a.type(), path + ".type");
            BigDecimal value = null;
            if (type != null && type.financial()) {
                value = money(a.value(), path + ".value", true);
            } else if (a.value() != null) {
                value = money(a.value(), path + ".value", false);
            }
            int count = a.count() == null ? 1 : a.count();
            if (count < 0 || count > 1000) {
                problems.add(FieldProblem.of(path + ".count", count < 0 ? "TOO_SMALL" : "TOO_LARGE"));
            }
            String owner = a.ownerRef() == null || a.ownerRef().isBlank() ? null : a.ownerRef().strip();
            if (owner != null && !refs.contains(owner)) {
                problems.add(new FieldProblem(path + ".ownerRef", "UNKNOWN_MEMBER_REF", "policy.validation.UNKNOWN_MEMBER_REF", List.of()));
            }
            if (problems.size() == before) {
                assets.add(new HouseholdFacts.Asset(type, value, count, owner));
            }
        }
        return assets;
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

    private BigDecimal money(BigDecimal amount, String path, boolean required) {
        return money(problems, amount, path, required);
    }

    static BigDecimal money(List<FieldProblem> problems, BigDecimal amount, String path, boolean required) {
        if (amount == null) {
            if (required) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
            }
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
