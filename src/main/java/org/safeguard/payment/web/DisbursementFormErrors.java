package org.safeguard.payment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safeguard.shared.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * The translated problems of the window form, by field path (e.g. {@code items[1].quantity}), for the message beside
 * each field and the summary at the top, whose links point at the field's DOM id (the same shape as the household
 * module's form errors, which the payment module may not reach into).
 */
public final class DisbursementFormErrors {

    public record Item(String field, String domId, String message) {
    }

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<Item> items = new ArrayList<>();

    static DisbursementFormErrors none() {
        return new DisbursementFormErrors();
    }

    static DisbursementFormErrors of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        DisbursementFormErrors errors = new DisbursementFormErrors();
        for (FieldProblem p : problems) {
            String message = messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale);
            String leaf = p.field().replaceAll("^items\\[\\d+\\]\\.", "item.");
            String label = messages.getMessage("payment.disbursement.field." + leaf, null, p.field(), locale);
            errors.byField.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(message);
            errors.items.add(new Item(p.field(), errors.domId(p.field()),
                    label + messages.getMessage("common.colon", null, ": ", locale) + message));
        }
        return errors;
    }

    static DisbursementFormErrors general(String message) {
        DisbursementFormErrors errors = new DisbursementFormErrors();
        errors.byField.put("", List.of(message));
        errors.items.add(new Item("", null, message));
        return errors;
    }

    public String domId(String field) {
        return field.replace("[", "").replace("]", "").replace('.', '-');
    }

    public String errorId(String field) {
        return domId(field) + "-error";
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        List<String> messages = byField.get(field);
        return messages == null ? null : String.join(" ", messages);
    }

    public List<Item> all() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
