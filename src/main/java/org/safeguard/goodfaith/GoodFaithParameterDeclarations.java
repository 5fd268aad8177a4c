package org.safeguard.goodfaith;

import java.util.List;

import org.safeguard.policy.ParameterDeclarations;
import org.safeguard.policy.ParameterDefinition;
import org.safeguard.policy.ParameterDefinition.Kind;
import org.springframework.stereotype.Component;

/** How long the re-check of a simplified decision may take once its declaration has ended. */
@Component
public class GoodFaithParameterDeclarations implements ParameterDeclarations {

    public static final ParameterDefinition CORRECTION_WORKING_DAYS = ParameterDefinition.of("goodfaith",
                    "GOOD_FAITH_CORRECTION_WORKING_DAYS", Kind.INTEGER)
            .unit("working days").defaultValue("60").range("1", "250")
            .source("domain.md §12 (post-epidemic correction workflow); issue 9 item 8 default")
            .label("紧急程序决定的事后纠错时限", "Time to re-check a simplified decision").build();

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(CORRECTION_WORKING_DAYS);
    }
}
