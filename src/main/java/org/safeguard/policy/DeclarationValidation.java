package org.safeguard.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;

/**
 * Turns a {@link DeclarationRequest} into an {@link EmergencyDeclaration}, collecting every problem with its field:
 * period sanity (from 2000 on, not more than a year ahead, end not before start, at most five years), each flag's
 * validity inside the declaration's period, a flag twice, and the extra-subsidy rule or price multiplier where the
 * flag needs one (plausible ranges: a fixed subsidy of 1 to 100,000 yuan, 0.01 to 12 times the standard, 1 to 24
 * months, a price multiplier above 1 and at most 10).
 */
final class DeclarationValidation {

    static final int MAX_FLAGS = 20;
    static final int MAX_YEARS = 5;
    private static final BigDecimal MAX_YUAN = new BigDecimal("100000");
    private static final BigDecimal MAX_MULTIPLE = new BigDecimal("12");
    private static final BigDecimal MAX_PRICE_MULTIPLIER = new BigDecimal("10");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final LocalDate today;

    private DeclarationValidation(LocalDate today) {
        this.today = today;
    }

    static EmergencyDeclaration validate(DeclarationRequest request, LocalDate today) {
        DeclarationValidation v = new DeclarationValidation(today);
        EmergencyDeclaration d = v.check(request);
        if (!v.problems.isEmpty()) {
            throw SafeguardException.invalid(v.problems);
        }
        return d;
    }

    private EmergencyDeclaration check(DeclarationRequest r) {
        RegionCode region = null;
        if (blank(r.regionCode())) {
            problem("regionCode", "REQUIRED");
        } else if (!RegionCode.isWellFormed(r.regionCode().strip())) {
            problem("regionCode", "INVALID_REGION_CODE");
        } else {
            region = RegionCode.of(r.regionCode().strip());
        }
        EmergencyLevel level = enumValue(EmergencyLevel.class, r.level(), "level", true);
        LocalDate start = date(r.startDate(), "startDate", true);
        LocalDate end = date(r.endDate(), "endDate", false);
        if (start != null && start.isAfter(today.plusYears(1))) {
            local("startDate", "DATE_TOO_FAR_AHEAD");
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                local("endDate", "END_BEFORE_START");
            } else if (end.isAfter(start.plusYears(MAX_YEARS))) {
                local("endDate", "PERIOD_TOO_LONG", MAX_YEARS);
            }
        }
        String reason = r.reason() == null ? "" : r.reason().strip();
        if (reason.isEmpty()) {
            problem("reason", "REQUIRED");
        } else if (reason.length() > 300) {
            problem("reason", "LENGTH", 1, 300);
        }
        List<DeclaredFlag> flags = flags(r.flags(), start, end);
        if (!problems.isEmpty()) {
            return null;
        }
        return new EmergencyDeclaration(region, level, start, end, reason, flags);
    }

    private List<DeclaredFlag> flags(List<DeclarationRequest.Flag> given, LocalDate start, LocalDate end) {
        if (given.isEmpty()) {
            local("flags", "FLAGS_REQUIRED");
            return List.of();
        }
        if (given.size() > MAX_FLAGS) {
            local("flags", "TOO_MANY_FLAGS", MAX_FLAGS);
            return List.of();
        }
        Set<EmergencyFlag> seen = EnumSet.noneOf(EmergencyFlag.class);
        List<DeclaredFlag> flags = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "flags[" + i + "]";
            DeclarationRequest.Flag g = given.get(i);
            if (g == null) {
                problem(at + ".flag", "REQUIRED");
                continue;
            }
            EmergencyFlag flag = enumValue(EmergencyFlag.class, g.flag(), at + ".flag", true);
            LocalDate from = date(g.validFrom(), at + ".validFrom", false);
            LocalDate to = date(g.validTo(), at + ".validTo", false);
            if (start != null && from != null && (from.isBefore(start) || (end != null && from.isAfter(end)))) {
                local(at + ".validFrom", "OUTSIDE_DECLARATION_PERIOD");
            }
            if (start != null && to != null && (to.isBefore(start) || (end != null && to.isAfter(end)))) {
                local(at + ".validTo", "OUTSIDE_DECLARATION_PERIOD");
            } else if (from != null && to != null && to.isBefore(from)) {
                local(at + ".validTo", "END_BEFORE_START");
            }
            if (flag == null) {
                continue;
            }
            if (!seen.add(flag) && !flag.repeatable()) {
                local(at + ".flag", "DUPLICATE_FLAG");
            }
            ExtraSubsidyRule rule = rule(flag, g.extraSubsidy(), at + ".extraSubsidy");
            BigDecimal multiplier = multiplier(flag, g.multiplier(), at + ".multiplier");
            if (problems.isEmpty()) {
                flags.add(new DeclaredFlag(flag, from, to, rule, multiplier));
            }
        }
        return flags;
    }

    private ExtraSubsidyRule rule(EmergencyFlag flag, DeclarationRequest.ExtraSubsidy s, String at) {
        if (flag != EmergencyFlag.EXTRA_LIVING_SUBSIDY) {
            if (s != null) {
                local(at, "NOT_FOR_THIS_FLAG");
            }
            return null;
        }
        if (s == null) {
            problem(at, "REQUIRED");
            return null;
        }
        Set<ExtraSubsidyRule.TargetGroup> groups = EnumSet.noneOf(ExtraSubsidyRule.TargetGroup.class);
        if (s.targetGroups() == null || s.targetGroups().isEmpty()) {
            problem(at + ".targetGroups", "REQUIRED");
        } else {
            for (String g : s.targetGroups()) {
                ExtraSubsidyRule.TargetGroup group = enumValue(ExtraSubsidyRule.TargetGroup.class, g, at + ".targetGroups", true);
                if (group != null) {
                    groups.add(group);
                }
            }
        }
        ExtraSubsidyRule.AmountType type = enumValue(ExtraSubsidyRule.AmountType.class, s.amountType(), at + ".amountType", true);
        BigDecimal amount = null;
        if (type == ExtraSubsidyRule.AmountType.EXTRA_MONTH) {
            if (!blank(s.amount())) {
                local(at + ".amount", "NOT_FOR_THIS_FLAG");
            }
        } else if (type != null) {
            amount = decimal(s.amount(), at + ".amount", type == ExtraSubsidyRule.AmountType.FIXED_YUAN ? BigDecimal.ONE
                    : new BigDecimal("0.01"), type == ExtraSubsidyRule.AmountType.FIXED_YUAN ? MAX_YUAN : MAX_MULTIPLE);
        }
        Integer months = null;
        if (!blank(s.months())) {
            try {
                months = Integer.valueOf(s.months().strip());
                if (months < 1 || months > 24) {
                    local(at + ".months", "OUT_OF_RANGE", 1, 24);
                }
            } catch (NumberFormatException e) {
                problem(at + ".months", "INVALID_FORMAT");
            }
        }
        if (groups.isEmpty() || type == null || (type != ExtraSubsidyRule.AmountType.EXTRA_MONTH && amount == null)) {
            return null;
        }
        return new ExtraSubsidyRule(groups, type, amount, Boolean.TRUE.equals(s.inKindAllowed()), months);
    }

    private BigDecimal multiplier(EmergencyFlag flag, String text, String at) {
        if (flag != EmergencyFlag.PRICE_SUBSIDY_OVERRIDE) {
            if (!blank(text)) {
                local(at, "NOT_FOR_THIS_FLAG");
            }
            return null;
        }
        BigDecimal m = decimal(text, at, new BigDecimal("1.01"), MAX_PRICE_MULTIPLIER);
        return m;
    }

    private BigDecimal decimal(String text, String field, BigDecimal min, BigDecimal max) {
        if (blank(text)) {
            problem(field, "REQUIRED");
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(text.strip());
            if (v.scale() > 2) {
                local(field, "MONEY_SCALE");
            } else if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
                local(field, "OUT_OF_RANGE", min.toPlainString(), max.toPlainString());
            } else {
                return v.setScale(2);
            }
        } catch (NumberFormatException e) {
            problem(field, "INVALID_FORMAT");
        }
        return null;
    }

    private LocalDate date(String text, String field, boolean required) {
        if (blank(text)) {
            if (required) {
                problem(field, "REQUIRED");
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                local(field, "DATE_OUT_OF_RANGE");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problem(field, "INVALID_FORMAT");
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, boolean required) {
        if (blank(text)) {
            if (required) {
                problem(field, "REQUIRED");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            problem(field, "UNKNOWN_VALUE");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A problem with a shared message (validation bundle). */
    private void problem(String field, String code, Object... args) {
        problems.add(FieldProblem.of(field, code, args));
    }

    /** A problem whose message lives in the policy bundle. */
    private void local(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, "policy.validation." + code, List.of(args)));
    }
}
