package org.safeguard.application.web;

import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.FieldProblem;
import org.safeguard.application.ApplicationActionRefused;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.safeguard.application.ActionRequest;
import org.safeguard.application.FactsInput;
import org.safeguard.application.InvestigationMethod;
import org.safeguard.application.OverrideReason;
import org.safeguard.policy.AssetType;
import org.safeguard.policy.dibao.IncomeType;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * Reads the case page's action forms and the registration form into the use cases' requests, every value parsed
 * with its field name, and turns refusals back into messages beside their fields in the reader's language.
 */
@org.springframework.stereotype.Component
class ApplicationFormParsing {

    private final MessageSource messages;
    private final org.safeguard.region.RegionCatalog regions;

    ApplicationFormParsing(MessageSource messages, org.safeguard.region.RegionCatalog regions) {
        this.messages = messages;
        this.regions = regions;
    }

    ActionRequest parseAction(MultiValueMap<String, String> p, Map<String, String> errors, Locale locale) {
        LocalDate on = parseDate(p.getFirst("on"), "on", errors, locale);
        List<ActionRequest.SignatureInput> signatures = new ArrayList<>();
        for (String s : p.getOrDefault("signature", List.of())) {
            String[] parts = s.split(":");
            if (parts.length == 2) {
                try {
                    signatures.add(new ActionRequest.SignatureInput(UUID.fromString(parts[0]), parts[1]));
                } catch (IllegalArgumentException e) {
                    errors.put("signatures", message("validation.INVALID", locale));
                }
            }
        }
        ActionRequest.InvestigationInput investigation = null;
        if (blank(p.getFirst("method")) != null || blank(p.getFirst("investigators")) != null) {
            InvestigationMethod method = null;
            try {
                method = blank(p.getFirst("method")) == null ? null : InvestigationMethod.valueOf(p.getFirst("method"));
            } catch (IllegalArgumentException e) {
                errors.put("investigation.method", message("validation.INVALID", locale));
            }
            String names = p.getFirst("investigators") == null ? "" : p.getFirst("investigators");
            investigation = new ActionRequest.InvestigationInput(method, List.of(names.split("\\R|[,，、]")), p.getFirst("note"));
        }
        FactsInput facts = parseFacts(p, errors, locale);
        ActionRequest.VerificationInput verification = blank(p.getFirst("department")) == null && blank(p.getFirst("result")) == null
                ? null : new ActionRequest.VerificationInput(p.getFirst("department"), p.getFirst("result"), p.getFirst("note"));
        String missing = p.getFirst("missingMaterials");
        return new ActionRequest(on, p.getFirst("reason"), missing == null ? null : List.of(missing),
                signatures.isEmpty() ? null : signatures, investigation, facts, verification, p.getFirst("opinion"),
                parseMoney(p.getFirst("proposedAmount"), "proposedAmount", errors, locale), p.getFirst("noticeLocation"),
                parseMoney(p.getFirst("overrideAmount"), "overrideAmount", errors, locale),
                p.getOrDefault("material", List.of()).isEmpty() ? null : p.get("material"),
                "true".equals(p.getFirst("commitment")), p.getFirst("assignee"), overrideReason(p.getFirst("overrideReasonCode"), errors, locale),
                version(p.getFirst("version")));
    }

    /** The case version the form was rendered at; a missing one is refused by the action (428), a garbled one too. */
    private static Long version(String value) {
        try {
            return blank(value) == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    OverrideReason overrideReason(String value, Map<String, String> errors, Locale locale) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return OverrideReason.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put("overrideReasonCode", messages.getMessage("validation.INVALID_VALUE", null, locale));
            return null;
        }
    }

    /** Income rows {@code income.<personId>.<n>.type/amount} and asset rows {@code asset.<n>.type/value/count/owner}. */
    FactsInput parseFacts(MultiValueMap<String, String> p, Map<String, String> errors, Locale locale) {
        if (!"true".equals(p.getFirst("facts"))) {
            return null;
        }
        Map<UUID, List<FactsInput.IncomeItem>> incomes = new LinkedHashMap<>();
        List<FactsInput.AssetItem> assets = new ArrayList<>();
        for (String key : p.keySet()) {
            String[] k = key.split("\\.");
            if (k.length == 4 && k[0].equals("income") && k[3].equals("type") && blank(p.getFirst(key)) != null) {
                String base = "income." + k[1] + "." + k[2];
                try {
                    UUID person = UUID.fromString(k[1]);
                    BigDecimal amount = parseMoney(p.getFirst(base + ".amount"), base + ".amount", errors, locale);
                    incomes.computeIfAbsent(person, x -> new ArrayList<>()).add(new FactsInput.IncomeItem(
                            IncomeType.valueOf(p.getFirst(key)), amount == null ? BigDecimal.ZERO : amount));
                } catch (IllegalArgumentException e) {
                    errors.put(base + ".type", message("validation.INVALID", locale));
                }
            }
            if (k.length == 3 && k[0].equals("asset") && k[2].equals("type") && blank(p.getFirst(key)) != null) {
                String base = "asset." + k[1];
                try {
                    String owner = blank(p.getFirst(base + ".owner"));
                    String count = blank(p.getFirst(base + ".count"));
                    assets.add(new FactsInput.AssetItem(AssetType.valueOf(p.getFirst(key)),
                            parseMoney(p.getFirst(base + ".value"), base + ".value", errors, locale),
                            count == null ? 1 : Integer.valueOf(count), owner == null ? null : UUID.fromString(owner)));
                } catch (IllegalArgumentException e) {
                    errors.put(base + ".type", message("validation.INVALID", locale));
                }
            }
        }
        List<FactsInput.MemberIncome> members = incomes.entrySet().stream()
                .map(e -> new FactsInput.MemberIncome(e.getKey(), e.getValue())).toList();
        UUID single = null;
        String singleText = blank(p.getFirst("singlePersonId"));
        if (singleText != null) {
            try {
                single = UUID.fromString(singleText);
            } catch (IllegalArgumentException e) {
                errors.put("facts.singlePersonId", message("validation.INVALID", locale));
            }
        }
        return new FactsInput(members, assets, List.of(), single);
    }

    LocalDate parseDate(String value, String field, Map<String, String> errors, Locale locale) {
        try {
            return blank(value) == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, message("validation.INVALID_FORMAT", locale));
            return null;
        }
    }

    BigDecimal parseMoney(String value, String field, Map<String, String> errors, Locale locale) {
        try {
            return blank(value) == null ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            errors.put(field, message("validation.INVALID_FORMAT", locale));
            return null;
        }
    }

    UUID parseUuid(String value, String field, Map<String, String> errors) {
        try {
            return blank(value) == null ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            errors.put(field, messages.getMessage("validation.INVALID_FORMAT", null, "INVALID_FORMAT", org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            return null;
        }
    }

    String refusal(ApplicationActionRefused r, Locale locale) {
        String text = messages.getMessage(r.messageKey(), new Object[] {message("application.action." + r.action().name(), locale),
                message("application.state." + r.state().name(), locale), ""}, locale);
        if (!r.failed().isEmpty()) {
            text = message("application.error.summary", locale) + " " + String.join("; ",
                    r.failed().stream().map(f -> message("application.precondition." + f.name(), locale)).toList());
        }
        return text;
    }

    Map<String, String> fieldErrors(SafeguardException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.fieldProblems()) {
            errors.put(p.field(), messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale));
        }
        return errors;
    }

    String describe(SafeguardException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale);
    }

    Map<String, String> regionNames(List<String> codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String c : codes) {
            names.computeIfAbsent(c, k -> regions.find(k).map(r -> r.name(locale)).orElse(k));
        }
        return names;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
