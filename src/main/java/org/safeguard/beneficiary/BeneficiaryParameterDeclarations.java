package org.safeguard.beneficiary;

import java.time.LocalDate;
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
    /** The 2021 rules (民发〔2021〕57号 Art.31) apply from this date; before, the 2012 measures (Art.33). */
    static final LocalDate RULES_2021 = LocalDate.of(2021, 7, 1);

    /** Unstable income and members able to work: 2012 urban monthly, 2021 every six months. */
    public static final ParameterDefinition REVIEW_INTERVAL_UNSTABLE_MONTHS = ParameterDefinition.of(MODULE,
                    "REVIEW_INTERVAL_UNSTABLE_MONTHS", Kind.INTEGER).unit("months").defaultValue("1").defaultFrom(RULES_2021, "6")
            .range("1", "24").source("domain.md §3.7, §13 review interval (2012 Art.33 urban monthly; 2021 Art.31)")
            .label("复核周期（收入不稳定）", "Review interval (unstable income)").build();
    /** The same for rural households: 2012 quarterly, 2021 every six months. */
    public static final ParameterDefinition REVIEW_INTERVAL_UNSTABLE_RURAL_MONTHS = ParameterDefinition.of(MODULE,
                    "REVIEW_INTERVAL_UNSTABLE_RURAL_MONTHS", Kind.INTEGER).unit("months").defaultValue("3").defaultFrom(RULES_2021, "6")
            .range("1", "24").source("domain.md §3.7, §13 review interval (2012 Art.33 rural quarterly; 2021 Art.31)")
            .label("复核周期（农村收入不稳定）", "Review interval (rural, unstable income)").build();
    public static final ParameterDefinition TAPERED_EXIT_MONTHS = months("TAPERED_EXIT_MONTHS", "6",
            "domain.md §13 tapered exit, §16 item 12", "渐退期（月）", "Tapered exit");

    private static ParameterDefinition months(String name, String defaultValue, String source, String zh, String en) {
        return ParameterDefinition.of(MODULE, name, Kind.INTEGER).unit("months").defaultValue(defaultValue)
                .range("1", "24").source(source).label(zh, en).build();
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(REVIEW_INTERVAL_STABLE_MONTHS, REVIEW_INTERVAL_UNSTABLE_MONTHS, REVIEW_INTERVAL_UNSTABLE_RURAL_MONTHS,
                TAPERED_EXIT_MONTHS);
    }
}
