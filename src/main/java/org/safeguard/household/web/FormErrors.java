package org.safeguard.household.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.MessageSource;

/**
 * The problems of one submitted form, translated, keyed by field path (e.g. {@code members[1].idNumber}),
 * for rendering beside each field and in the summary at the top. Templates ask it for DOM ids too, so
 * the summary links and {@code aria-describedby} always point at the right element.
 */
public final class FormErrors {

    /** One message; {@code domId} is the id of the field it belongs to (the summary links there), null for the form as a whole. */
    public record Item(String field, String domId, String message) {
    }

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<Item> items = new ArrayList<>();

    static FormErrors none() {
        return new FormErrors();
    }

    static FormErrors of(SafeguardException e, MessageSource messages, Locale locale) {
        FormErrors errors = new FormErrors();
        if (e.fieldProblems().isEmpty()) {
            errors.add(null, messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale));
        }
        for (FieldProblem p : e.fieldProblems()) {
            String message = messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale);
            errors.add(p.field(), message, context(p.field(), messages, locale) + message);
        }
        return errors;
    }

    /**
     * Where the problem is, for the summary at the top: "Member 2 · Resident ID number: ", since the same
     * field appears once per member. Beside the field itself the message stands alone.
     */
    private static String context(String field, MessageSource messages, Locale locale) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        Matcher member = MEMBER_FIELD.matcher(field);
        String prefix = "";
        String leaf = field;
        if (member.matches()) {
            prefix = messages.getMessage("household.form.member", new Object[] {Integer.parseInt(member.group(1)) + 1},
                    "", locale);
            leaf = member.group(2);
            if (leaf == null) {
                return prefix + messages.getMessage("common.colon", null, ": ", locale);
            }
            prefix += " · ";
        }
        String label = messages.getMessage("household.field." + leaf, null, null, locale);
        if (label == null) {
            return prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 3) + messages.getMessage("common.colon", null, ": ", locale);
        }
        return prefix + label + messages.getMessage("common.colon", null, ": ", locale);
    }

    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)\\](?:\\.(\\w+))?");

    void add(String field, String message) {
        add(field, message, message);
    }

    private void add(String field, String message, String summary) {
        String key = field == null ? "" : field;
        byField.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
        items.add(new Item(key, field == null ? null : domId(field), summary));
    }

    /** {@code members[1].idNumber} becomes {@code members1-idNumber}: valid in HTML ids and CSS selectors. */
    public String domId(String field) {
        return field.replace("[", "").replace("]", "").replace('.', '-');
    }

    public String errorId(String field) {
        return domId(field) + "-error";
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** All messages for the field joined in one sentence, or null when it has none. */
    public String message(String field) {
        List<String> messages = byField.get(field);
        return messages == null ? null : String.join(" ", messages);
    }

    /** Messages not tied to a field (e.g. a stale version). */
    public String general() {
        return message("");
    }

    public List<Item> all() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
