package org.safeguard.payment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** The component codes each benefit declares ({@link PaymentComponentCodes}), for validation and display order. */
@Component
public class ComponentCatalog {

    private final Map<String, Set<String>> byBenefit = new TreeMap<>();

    ComponentCatalog(List<PaymentComponentCodes> contributors) {
        for (PaymentComponentCodes c : contributors) {
            Set<String> codes = byBenefit.computeIfAbsent(c.benefit(), b -> new LinkedHashSet<>());
            codes.addAll(c.componentCodes());
            if (codes.size() > PaymentComponentCodes.MAX_CODES) {
                throw new IllegalStateException("benefit " + c.benefit() + " declares more than "
                        + PaymentComponentCodes.MAX_CODES + " component codes");
            }
            // Validates the codes' shape with the rule the lines use.
            codes.forEach(code -> LineComponents.of(code, java.math.BigDecimal.ONE));
        }
    }

    /** The benefit's declared codes in order; empty when the benefit declares none (any well-formed code is taken). */
    public List<String> codes(String benefit) {
        Set<String> codes = benefit == null ? null : byBenefit.get(benefit);
        return codes == null ? List.of() : List.copyOf(codes);
    }

    /** The first code of the components that the benefit does not declare, if any. */
    Optional<String> undeclared(String benefit, LineComponents components) {
        Set<String> codes = byBenefit.get(benefit);
        if (codes == null) {
            return Optional.empty();
        }
        return components.parts().keySet().stream().filter(code -> !codes.contains(code)).findFirst();
    }

    /** The components in the benefit's declared order (undeclared codes last, alphabetically). */
    LineComponents ordered(String benefit, Map<String, java.math.BigDecimal> parts) {
        List<String> order = codes(benefit);
        List<String> keys = new ArrayList<>(parts.keySet());
        keys.sort(Comparator.comparingInt((String k) -> order.indexOf(k) < 0 ? Integer.MAX_VALUE : order.indexOf(k))
                .thenComparing(Comparator.naturalOrder()));
        Map<String, java.math.BigDecimal> sorted = new LinkedHashMap<>();
        keys.forEach(k -> sorted.put(k, parts.get(k)));
        return new LineComponents(sorted);
    }
}
