package org.safeguard.policy.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders trace steps and reasons in the reader's language from i18n/policy*.properties: an enum argument
 * is shown by its own message ({@code policy.enum.<Type>.<NAME>}), amounts as plain decimals, dates as ISO dates.
 */
@Component
public class TraceRenderer {

    private final MessageSource messages;

    TraceRenderer(MessageSource messages) {
        this.messages = messages;
    }

    public String render(TraceStep step, Locale locale) {
        List<Object> args = step.args();
        if (step.key().startsWith("asset.") && !args.isEmpty() && args.get(0) instanceof String rule) {
            args = new ArrayList<>(args);
            args.set(0, messages.getMessage("policy.assetRule." + rule, null, rule, locale));
        }
        return messages.getMessage("policy.trace." + step.key(), arguments(args, locale), step.key(), locale);
    }

    public String render(Reason reason, Locale locale) {
        List<Object> args = new ArrayList<>();
        args.add(reason.rule() == null ? "" : messages.getMessage("policy.assetRule." + reason.rule(), null, reason.rule(), locale));
        args.addAll(reason.args());
        return messages.getMessage("policy.reason." + reason.code(), arguments(args, locale), reason.code(), locale);
    }

    /** Plain decimals; a long quotient (e.g. from a division in a threshold) is shown to 16 significant digits. */
    static String plain(BigDecimal d) {
        return d.precision() > 16 ? d.round(java.math.MathContext.DECIMAL64).stripTrailingZeros().toPlainString() : d.toPlainString();
    }

    private Object[] arguments(List<Object> args, Locale locale) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object a = args.get(i);
            if (a instanceof Enum<?> e) {
                String key = "policy.enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
                out[i] = messages.getMessage(key, null, e.name(), locale);
            } else if (a instanceof BigDecimal d) {
                out[i] = plain(d);
            } else if (a instanceof LocalDate d) {
                out[i] = d.toString();
            } else {
                out[i] = a == null ? "" : a.toString();
            }
        }
        return out;
    }
}
