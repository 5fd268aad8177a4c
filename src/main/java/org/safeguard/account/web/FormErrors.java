package org.safeguard.account.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safeguard.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/** Field problems in the shape the templates need: a message beside each field and a summary list. */
final class FormErrors {

    record Item(String field, String domId, String message) {
    }

    private FormErrors() {
    }

    static void addTo(Model model, List<FieldProblem> problems, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String field = p.field() == null || p.field().isEmpty() ? "form" : p.field();
            byField.putIfAbsent(field, messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale));
        }
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("errors", byField.entrySet().stream()
                .map(e -> new Item(e.getKey(), e.getKey(), e.getValue())).toList());
    }
}
