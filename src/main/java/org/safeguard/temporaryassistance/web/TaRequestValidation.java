package org.safeguard.temporaryassistance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.temporaryassistance.AssistanceFacts;
import org.safeguard.temporaryassistance.AssistanceType;
import org.safeguard.temporaryassistance.Severity;
import org.safeguard.temporaryassistance.UrbanRural;

/** Turns a calculation request into calculator facts, collecting every problem with its field path. */
final class TaRequestValidation {

    static final int MAX_PERSONS = 50;
    static final int MAX_GRANTS = 100;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
    static final Pattern CAUSE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    static final String UNEMPLOYMENT_CAUSE = "UNEMPLOYMENT";

    record Valid(RegionCode region, AssistanceFacts facts, BigDecimal disposableIncome) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();

    static Valid validate(TemporaryAssistanceCalculationRequest request) {
        TaRequestValidation v = new TaRequestValidation();
        Valid valid = v.check(request);
        if (!v.problems.isEmpty()) {
            throw SafeguardException.invalid(v.problems);
        }
        return valid;
    }

    private Valid check(TemporaryAssistanceCalculationRequest r) {
        RegionCode region = null;
        if (r.regionCode() == null || r.regionCode().isBlank()) {
            problems.add(FieldProblem.of("regionCode", "REQUIRED"));
        } else if (!RegionCode.isWellFormed(r.regionCode().strip())) {
            problems.add(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        } else {
            region = RegionCode.of(r.regionCode().strip());
        }
        LocalDate requestDate = date(r.requestDate(), "requestDate", true);
        if (requestDate != null && (requestDate.getYear() < 2000 || requestDate.getYear() > 2100)) {
            problems.add(FieldProblem.of("requestDate", "INVALID"));
            requestDate = null;
        }
        AssistanceType type = enumValue(AssistanceType.class, r.type(), "type", true);
        boolean uninsured = type == AssistanceType.UNINSURED_UNEMPLOYED;
        boolean local = Boolean.TRUE.equals(r.localHukou());
        if (r.localHukou() == null && type != null && !uninsured) {
            problems.add(FieldProblem.of("localHukou", "REQUIRED"));
        }
        UrbanRural hukou = enumValue(UrbanRural.class, r.hukouType(), "hukouType", local && !uninsured);
        Severity severity = enumValue(Severity.class, r.severity(), "severity", type == AssistanceType.EMERGENCY);
        int persons = persons(r.persons(), type != null && !uninsured);
        String cause = cause(r.cause(), "cause", !uninsured);
        if (cause == null && uninsured) {
            cause = UNEMPLOYMENT_CAUSE;
        }
        BigDecimal requested = money(r.requestedAmount(), "requestedAmount", false);
        boolean expenditure = type == AssistanceType.EXPENDITURE;
        BigDecimal income = money(r.perCapitaIncome(), "perCapitaIncome", expenditure);
        BigDecimal expense = money(r.outOfPocketExpense(), "outOfPocketExpense", expenditure);
        BigDecimal disposable = money(r.previousYearDisposableIncome(), "previousYearDisposableIncome", false);
        if (disposable != null && disposable.signum() == 0) {
            problems.add(FieldProblem.of("previousYearDisposableIncome", "TOO_SMALL"));
        }
        AssistanceFacts.Unemployment unemployment = unemployment(r.unemployment(), uninsured);
        List<AssistanceFacts.Grant> grants = grants(r.previousGrants(), requestDate);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Valid(region, new AssistanceFacts(requestDate, type, hukou, local, severity, persons, cause, requested,
                income, expense, unemployment, grants), disposable);
    }

    private int persons(Integer persons, boolean required) {
        if (persons == null) {
            if (required) {
                problems.add(FieldProblem.of("persons", "REQUIRED"));
            }
            return 1;
        }
        if (persons < 1 || persons > MAX_PERSONS) {
            problems.add(FieldProblem.of("persons", persons < 1 ? "TOO_SMALL" : "TOO_LARGE"));
        }
        return persons;
    }

    private AssistanceFacts.Unemployment unemployment(TemporaryAssistanceCalculationRequest.UnemploymentRequest u, boolean required) {
        if (u == null) {
            if (required) {
                problems.add(FieldProblem.of("unemployment", "REQUIRED"));
            }
            return null;
        }
        Integer months = u.monthsWithoutIncome();
        if (months == null) {
            problems.add(FieldProblem.of("unemployment.monthsWithoutIncome", "REQUIRED"));
            return null;
        }
        if (months < 0 || months > 240) {
            problems.add(FieldProblem.of("unemployment.monthsWithoutIncome", months < 0 ? "TOO_SMALL" : "TOO_LARGE"));
            return null;
        }
        return new AssistanceFacts.Unemployment(months, Boolean.TRUE.equals(u.unemploymentInsurance()),
                Boolean.TRUE.equals(u.inDibao()));
    }

    private List<AssistanceFacts.Grant> grants(List<TemporaryAssistanceCalculationRequest.GrantRequest> requests, LocalDate requestDate) {
        List<AssistanceFacts.Grant> grants = new ArrayList<>();
        if (requests == null) {
            return grants;
        }
        if (requests.size() > MAX_GRANTS) {
            problems.add(FieldProblem.of("previousGrants", "TOO_LARGE"));
            return grants;
        }
        for (int i = 0; i < requests.size(); i++) {
            String path = "previousGrants[" + i + "]";
            var g = requests.get(i);
            if (g == null) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
                continue;
            }
            String cause = cause(g.cause(), path + ".cause", true);
            LocalDate date = date(g.date(), path + ".date", true);
            if (date != null && requestDate != null && date.isAfter(requestDate)) {
                problems.add(new FieldProblem(path + ".date", "GRANT_AFTER_REQUEST_DATE",
                        "temporaryassistance.validation.GRANT_AFTER_REQUEST_DATE", List.of()));
                date = null;
            }
            String grantRegion = g.regionCode() == null || g.regionCode().isBlank() ? null : g.regionCode().strip();
            if (grantRegion != null && !RegionCode.isWellFormed(grantRegion)) {
                problems.add(FieldProblem.of(path + ".regionCode", "INVALID_REGION_CODE"));
            }
            if (cause != null && date != null) {
                grants.add(new AssistanceFacts.Grant(cause, date, grantRegion));
            }
        }
        return grants;
    }

    private String cause(String text, String path, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
            }
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!CAUSE.matcher(code).matches()) {
            problems.add(new FieldProblem(path, "INVALID_FORMAT", "temporaryassistance.validation.CAUSE_FORMAT", List.of()));
            return null;
        }
        return code;
    }

    private LocalDate date(String text, String path, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
            }
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
            problems.add(new FieldProblem(path, "INVALID_FORMAT", "temporaryassistance.validation.MONEY_SCALE", List.of()));
            return null;
        }
        return amount;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String text, String path, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(path, "REQUIRED"));
            }
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
