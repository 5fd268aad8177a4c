package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders price-subsidy trace steps in the reader's language (i18n/pricesubsidy*.properties). */
@Component
public class PriceTraceRenderer {

    private final MessageSource messages;

    PriceTraceRenderer(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> render(List<PriceTraceStep> trace, Locale locale) {
        return trace.stream().map(s -> render(s, locale)).toList();
    }

    public String render(PriceTraceStep step, Locale locale) {
        Object[] args = step.args().stream().map(a -> argument(a, locale)).toArray();
        return messages.getMessage("pricesubsidy.trace." + step.key(), args, step.key(), locale);
    }

    public String group(CoveredGroup g, Locale locale) {
        return messages.getMessage("pricesubsidy.group." + g.name(), null, g.name(), locale);
    }

    private Object argument(Object a, Locale locale) {
        if (a instanceof CoveredGroup g) {
            return group(g, locale);
        }
        if (a instanceof Collection<?> c) {
            if (c.isEmpty()) {
                return messages.getMessage("pricesubsidy.none", null, "-", locale);
            }
            return c.stream().map(x -> String.valueOf(argument(x, locale))).collect(Collectors.joining(locale.getLanguage().equals("zh") ? "、" : ", "));
        }
        if (a instanceof Enum<?> e) {
            return messages.getMessage("pricesubsidy.enum." + e.name(), null, e.name(), locale);
        }
        if (a instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (a instanceof LocalDate d) {
            return d.toString();
        }
        if ("000000000000".equals(a)) {
            return messages.getMessage("pricesubsidy.national", null, "national", locale);
        }
        return a == null ? "" : a.toString();
    }
}
