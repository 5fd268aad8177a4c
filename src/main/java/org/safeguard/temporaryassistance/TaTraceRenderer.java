package org.safeguard.temporaryassistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders temporary-assistance trace steps and reason codes in the reader's language
 * (i18n/temporaryassistance*.properties): an enum argument by {@code temporaryassistance.enum.<Type>.<NAME>} (a
 * tier-table enum by its name), amounts as plain decimals, dates as ISO dates.
 */
@Component
public class TaTraceRenderer {

    private final MessageSource messages;

    TaTraceRenderer(MessageSource messages) {
        this.messages = messages;
    }

    public String render(TaTraceStep step, Locale locale) {
        Object[] args = step.args().stream().map(a -> argument(a, locale)).toArray();
        return messages.getMessage("temporaryassistance.trace." + step.key(), args, step.key(), locale);
    }

    public String reason(String code, Locale locale) {
        return messages.getMessage("temporaryassistance.reason." + code, null, code, locale);
    }

    public String label(Enum<?> e, Locale locale) {
        return messages.getMessage("temporaryassistance.enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(),
                null, e.name(), locale);
    }

    private Object argument(Object a, Locale locale) {
        if (a instanceof Enum<?> e) {
            return label(e, locale);
        }
        if (a instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        if (a instanceof LocalDate d) {
            return d.toString();
        }
        return a == null ? "" : a.toString();
    }
}
