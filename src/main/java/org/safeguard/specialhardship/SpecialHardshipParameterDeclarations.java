package org.safeguard.specialhardship;

import java.util.List;

import org.safeguard.policy.ParameterDeclarations;
import org.safeguard.policy.ParameterDefinition;
import org.safeguard.policy.ParameterDefinition.Kind;
import org.safeguard.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * The special-hardship parameters (domain.md §16 item 10, §5.3): the basic living standard as a multiple of the dibao
 * standard, and the care standard of each tier as a share of the basic living standard (illustrative defaults), or,
 * where a region sets them, as a share of the local minimum wage or as fixed amounts.
 */
@Component
public class SpecialHardshipParameterDeclarations implements ParameterDeclarations {

    static final String MODULE = "specialhardship";
    private static final RegionLevel[] SETTERS = {RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY};

    public static final ParameterDefinition BASIC_LIVING_MULTIPLE = ParameterDefinition.of(MODULE,
                    "SPECIAL_HARDSHIP_BASIC_LIVING_MULTIPLE", Kind.DECIMAL)
            .unit("× dibao standard").defaultValue("1.3").range("1", "5").scale(2)
            .levels(SETTERS[0], SETTERS[1]).source("domain.md §5.3, §16 item 10 (at least 1.3 × the dibao standard)")
            .label("特困人员基本生活标准（低保标准的倍数）", "Basic living standard (× dibao standard)").build();

    public static final ParameterDefinition CARE_SHARE_SELF_CARE = share("SELF_CARE", "0.10", "生活自理");
    public static final ParameterDefinition CARE_SHARE_PARTIAL = share("PARTIAL", "0.30", "部分失能");
    public static final ParameterDefinition CARE_SHARE_FULL = share("FULL", "0.60", "完全失能");

    /** When set, the care shares apply to this monthly minimum wage instead of the basic living standard. */
    public static final ParameterDefinition MINIMUM_WAGE_MONTHLY = ParameterDefinition.of(MODULE,
                    "SPECIAL_HARDSHIP_CARE_MINIMUM_WAGE", Kind.MONEY)
            .unit("yuan/month").levels(SETTERS[0], SETTERS[1], SETTERS[2]).range("1", "100000")
            .source("domain.md §5.3 (care standard as a fraction of the local minimum wage, e.g. Changsha)")
            .label("照料护理标准所依据的月最低工资", "Minimum wage the care standard is based on").build();

    public static final ParameterDefinition CARE_FIXED_SELF_CARE = fixed("SELF_CARE", "生活自理");
    public static final ParameterDefinition CARE_FIXED_PARTIAL = fixed("PARTIAL", "部分失能");
    public static final ParameterDefinition CARE_FIXED_FULL = fixed("FULL", "完全失能");

    private static ParameterDefinition share(String tier, String value, String zh) {
        return ParameterDefinition.of(MODULE, "SPECIAL_HARDSHIP_CARE_SHARE_" + tier, Kind.DECIMAL)
                .unit("× basic living standard (or minimum wage)").defaultValue(value).range("0", "2").scale(2)
                .levels(SETTERS[0], SETTERS[1], SETTERS[2])
                .source("domain.md §16 item 10 (10 % / 30 % / 60 %, illustrative until a region sets its own)")
                .label("照料护理标准比例：" + zh, "Care standard share: " + tier).build();
    }

    private static ParameterDefinition fixed(String tier, String zh) {
        return ParameterDefinition.of(MODULE, "SPECIAL_HARDSHIP_CARE_FIXED_" + tier, Kind.MONEY)
                .unit("yuan/month").range("0", "100000").levels(SETTERS[0], SETTERS[1], SETTERS[2])
                .source("domain.md §5.3 (a region may set care amounts as fixed values)")
                .label("照料护理标准定额：" + zh, "Care standard, fixed amount: " + tier).build();
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(BASIC_LIVING_MULTIPLE, CARE_SHARE_SELF_CARE, CARE_SHARE_PARTIAL, CARE_SHARE_FULL,
                MINIMUM_WAGE_MONTHLY, CARE_FIXED_SELF_CARE, CARE_FIXED_PARTIAL, CARE_FIXED_FULL);
    }
}
