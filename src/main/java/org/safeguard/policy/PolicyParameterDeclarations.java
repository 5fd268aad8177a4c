package org.safeguard.policy;

import java.util.List;

import org.safeguard.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * The list parameters the policy module stores in tables of their own: the dibao asset rules and the classified
 * supplements. Asset rules may be set only by a province or a prefecture (domain.md §16, §2.3).
 */
@Component
public class PolicyParameterDeclarations implements ParameterDeclarations {

    public static final ParameterDefinition ASSET_RULES = ParameterDefinition.of("policy", "ASSET_RULES",
                    ParameterDefinition.Kind.ASSET_RULES)
            .levels(RegionLevel.PROVINCE, RegionLevel.PREFECTURE).defaultValue("").source("domain.md §2.3, §16 item 4")
            .label("资产认定规则", "Asset rules").build();

    public static final ParameterDefinition SUPPLEMENTS = ParameterDefinition.of("policy", "SUPPLEMENTS",
                    ParameterDefinition.Kind.SUPPLEMENTS)
            .defaultValue("").source("domain.md §3.5, §16 item 5").label("分类施保", "Classified supplements").build();

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(ASSET_RULES, SUPPLEMENTS);
    }
}
