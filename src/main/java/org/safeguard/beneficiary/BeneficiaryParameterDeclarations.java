package org.safeguard.beneficiary;

import java.util.List;

import org.safeguard.policy.ParameterDeclarations;
import org.safeguard.policy.ParameterDefinition;
import org.safeguard.policy.ParameterDefinition.Kind;
import org.springframework.stereotype.Component;

/** Review intervals and the tapered exit of the dibao caseload (domain.md §3.7, §13, §16 item 12). */
@Component
public class BeneficiaryParameterDeclarations implements ParameterDeclarations {

    static final String MODULE = "beneficiary";

    public static final ParameterDefinition REVIEW_INTERVAL_STABLE_MONTHS = months("REVIEW_INTERVAL_STABLE_MONTHS", "12",
            "domain.md §3.7, §13 review interval", "复核周期（收入稳定）", "Review interval (stable income)");
    public static final ParameterDefinition REVIEW_INTERVAL_UNSTABLE_MONTHS = months("REVIEW_INTERVAL_UNSTABLE_MONTHS", "6",
            "domain.md §3.7, §13 review interval", "复核周期（收入不稳定）", "Review interval (unstable income)");
    public static final ParameterDefinition TAPERED_EXIT_MONTHS = months("TAPERED_EXIT_MONTHS", "6",
            "domain.md §13 tapered exit, §16 item 12", "渐退期（月）", "Tapered exit");

    private static ParameterDefinition months(String name, String defaultValue, String source, String zh, String en) {
        return ParameterDefinition.of(MODULE, name, Kind.INTEGER).unit("months").defaultValue(defaultValue)
                .range("1", "24").source(source).label(zh, en).build();
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(REVIEW_INTERVAL_STABLE_MONTHS, REVIEW_INTERVAL_UNSTABLE_MONTHS, TAPERED_EXIT_MONTHS);
    }
}
