package org.safeguard.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.RegionLevel;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Component;

/**
 * Every rule a household or member must satisfy before it is stored, with the offending field named
 * (e.g. {@code members[1].idNumber}). Shared by the API, the forms and the bulk import, so all three
 * accept and refuse exactly the same input. Scope (is the region the caller's?) is checked by the
 * use cases, not here.
 */
@Component
public class HouseholdValidation {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{8,30}");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{L}·•.\\- ]{1,50}");

    private final RegionCatalog regions;
    private final Clock clock;

    HouseholdValidation(RegionCatalog regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    public ValidHousehold validate(HouseholdDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        ValidHousehold valid = check(draft, problems);
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        return valid;
    }

    /** Collects every problem; returns the valid household only when there are none. */
    public ValidHousehold check(HouseholdDraft draft, List<FieldProblem> problems) {
        int before = problems.size();
        RegionCode region = householdRegion(draft.regionCode(), problems);
        HukouType hukou = enumValue(HukouType.class, draft.hukouType(), "hukouType", true, problems);
        String address = trimmed(draft.address());
        if (address == null) {
            problems.add(FieldProblem.of("address", "REQUIRED"));
        } else if (address.length() > 300) {
            problems.add(FieldProblem.of("address", "LENGTH", 1, 300));
        }
        String bank = trimmed(draft.bankAccount());
        if (bank != null) {
            bank = bank.replace(" ", "");
            if (!BANK_ACCOUNT.matcher(bank).matches()) {
                problems.add(FieldProblem.of("bankAccount", "BANK_ACCOUNT_FORMAT"));
            }
        }
        String bankName = trimmed(draft.bankName());
        if (bankName != null && bankName.length() > 100) {
            problems.add(FieldProblem.of("bankName", "LENGTH", 1, 100));
        }
        List<ValidMember> members = checkMembers(draft.members(), problems);
        return problems.size() > before ? null
                : new ValidHousehold(region, hukou, address, bank, bankName, members);
    }

    private List<ValidMember> checkMembers(List<MemberDraft> drafts, List<FieldProblem> problems) {
        if (drafts.isEmpty()) {
            problems.add(FieldProblem.of("members", "MEMBERS_REQUIRED"));
            return List.of();
        }
        List<ValidMember> members = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int heads = 0;
        for (int i = 0; i < drafts.size(); i++) {
            String path = "members[" + i + "]";
            MemberDraft draft = drafts.get(i);
            if (draft == null) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
                continue;
            }
            List<FieldProblem> memberProblems = new ArrayList<>();
            ValidMember member = checkMember(draft, memberProblems);
            memberProblems.forEach(p -> problems.add(p.under(path)));
            if (member != null) {
                Integer earlier = seen.putIfAbsent(member.idNumber().value(), i);
                if (earlier != null) {
                    problems.add(FieldProblem.of(path + ".idNumber", "DUPLICATE_MEMBER", earlier + 1));
                }
                if (member.relationship() == Relationship.HEAD) {
                    heads++;
                }
                members.add(member);
            }
        }
        if (members.size() == drafts.size() && heads != 1) {
            problems.add(FieldProblem.of("members", heads == 0 ? "HEAD_REQUIRED" : "ONE_HEAD_ONLY"));
        }
        return members;
    }

    /** Validates one member; field names in the problems are relative to the member. */
    public ValidMember checkMember(MemberDraft draft, List<FieldProblem> problems) {
        int before = problems.size();
        ResidentIdNumber.Check id = ResidentIdNumber.check(draft.idNumber(), LocalDate.now(clock));
        if (!id.valid()) {
            problems.add(FieldProblem.of("idNumber", id.problemCode()));
        }
        String name = trimmed(draft.name());
        if (name == null) {
            problems.add(FieldProblem.of("name", "REQUIRED"));
        } else if (!NAME.matcher(name).matches()) {
            problems.add(FieldProblem.of("name", "NAME_FORMAT"));
        }
        Relationship relationship = enumValue(Relationship.class, draft.relationship(), "relationship", true, problems);
        boolean coResiding = draft.coResiding() == null || draft.coResiding();
        ExclusionReason exclusion = enumValue(ExclusionReason.class, draft.exclusionReason(), "exclusionReason", false, problems);
        boolean counted = draft.counted() == null ? exclusion == null : draft.counted();
        if (!counted && exclusion == null && draft.exclusionReason() == null) {
            problems.add(FieldProblem.of("exclusionReason", "EXCLUSION_REASON_REQUIRED"));
        }
        if (counted && exclusion != null) {
            problems.add(FieldProblem.of("exclusionReason", "EXCLUSION_REASON_ONLY_WHEN_NOT_COUNTED"));
        }
        if (relationship == Relationship.HEAD && !counted) {
            problems.add(FieldProblem.of("counted", "HEAD_MUST_BE_COUNTED"));
        }
        String phone = trimmed(draft.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(FieldProblem.of("phone", "PHONE_FORMAT"));
        }
        DisabilityCategory category = enumValue(DisabilityCategory.class, draft.disabilityCategory(), "disabilityCategory", false, problems);
        Integer grade = draft.disabilityGrade();
        if (grade != null && (grade < 1 || grade > 4)) {
            problems.add(FieldProblem.of("disabilityGrade", "DISABILITY_GRADE_RANGE"));
        } else if ((trimmed(draft.disabilityCategory()) != null) != (grade != null)) {
            problems.add(FieldProblem.of(grade == null ? "disabilityGrade" : "disabilityCategory", "DISABILITY_PAIR"));
        }
        LabourAbility labour = enumValue(LabourAbility.class, draft.labourAbility(), "labourAbility", false, problems);
        EmploymentStatus employment = enumValue(EmploymentStatus.class, draft.employmentStatus(), "employmentStatus", false, problems);
        Schooling schooling = enumValue(Schooling.class, draft.schooling(), "schooling", false, problems);
        RegionCode hukouRegion = null;
        String hukouRaw = trimmed(draft.hukouRegionCode());
        if (hukouRaw != null) {
            if (!regions.exists(hukouRaw)) {
                problems.add(FieldProblem.of("hukouRegionCode", "UNKNOWN_REGION"));
            } else {
                hukouRegion = RegionCode.of(hukouRaw);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new ValidMember(id.number(), name, relationship, coResiding, counted, exclusion, phone, category, grade,
                Boolean.TRUE.equals(draft.seriousIllness()), labour, employment, schooling, hukouRegion);
    }

    private RegionCode householdRegion(String raw, List<FieldProblem> problems) {
        String code = trimmed(raw);
        if (code == null) {
            problems.add(FieldProblem.of("regionCode", "REQUIRED"));
            return null;
        }
        Region region = regions.find(code).orElse(null);
        if (region == null) {
            problems.add(FieldProblem.of("regionCode", "UNKNOWN_REGION"));
            return null;
        }
        if (region.level() != RegionLevel.COMMUNITY) {
            problems.add(FieldProblem.of("regionCode", "REGION_NOT_COMMUNITY"));
            return null;
        }
        return region.code();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field, boolean required, List<FieldProblem> problems) {
        String value = trimmed(raw);
        if (value == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "REQUIRED"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "UNKNOWN_VALUE"));
            return null;
        }
    }

    static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

}
