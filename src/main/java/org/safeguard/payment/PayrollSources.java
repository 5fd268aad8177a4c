package org.safeguard.payment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** The registered {@link PayrollSource} beans by benefit code; two sources for one benefit stop the start. */
@Component
public class PayrollSources {

    private final Map<String, PayrollSource> byBenefit = new TreeMap<>();

    PayrollSources(List<PayrollSource> sources) {
        for (PayrollSource source : sources) {
            PayrollSource previous = byBenefit.put(source.benefit(), source);
            if (previous != null) {
                throw new IllegalStateException("two payroll sources for benefit " + source.benefit());
            }
        }
    }

    public Optional<PayrollSource> find(String benefit) {
        return Optional.ofNullable(benefit == null ? null : byBenefit.get(benefit));
    }

    PayrollSource get(String benefit) {
        return find(benefit).orElseThrow(() -> new IllegalStateException("no payroll source for " + benefit));
    }

    public Set<String> benefits() {
        return byBenefit.keySet();
    }
}
