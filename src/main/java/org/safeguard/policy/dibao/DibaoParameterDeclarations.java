package org.safeguard.policy.dibao;

import java.time.LocalDate;
import java.util.List;

import org.safeguard.policy.ParameterDeclarations;
import org.safeguard.policy.ParameterDefinition;
import org.safeguard.policy.ParameterDefinition.Kind;
import org.safeguard.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * The dibao calculator's parameters. Standards have no default and may be set only by a province or a prefecture
 * (domain.md §13 "dibao_std_month", §16). The 2021 rules' deductions and the residents' pension exclusion are
 * effective-dated defaults, so a 2020 reference date is calculated under the 2012 rules (§2.2, §3.8).
 */
@Component
public class DibaoParameterDeclarations implements ParameterDeclarations {

    static final String MODULE = "policy.dibao";
    /** The 2021 rules (民发〔2021〕57号) apply from this date. */
    static final LocalDate RULES_2021 = LocalDate.of(2021, 7, 1);

    public static final ParameterDefinition DIBAO_STANDARD_URBAN = standard("DIBAO_STANDARD_URBAN", "城市低保标准", "Urban dibao standard");
    public static final ParameterDefinition DIBAO_STANDARD_RURAL = standard("DIBAO_STANDARD_RURAL", "农村低保标准", "Rural dibao standard");

    public static final ParameterDefinition INCOME_REFERENCE_MONTHS = ParameterDefinition.of(MODULE, "INCOME_REFERENCE_MONTHS", Kind.INTEGER)
            .unit("months").defaultValue("6").range("1", "36").source("domain.md §2.2, §16 item 2")
            .label("收入计算期（月）", "Income reference period").build();

    public static final ParameterDefinition DIBAO_EDGE_MULTIPLE = ParameterDefinition.of(MODULE, "DIBAO_EDGE_MULTIPLE", Kind.DECIMAL)
            .unit("× standard").defaultValue("1.5").range("1", "5").scale(2).source("domain.md §16 item 6")
            .label("低保边缘倍数", "Dibao-edge multiple").build();

    public static final ParameterDefinition SUPPLEMENT_LARGER_ONLY = ParameterDefinition.of(MODULE, "SUPPLEMENT_LARGER_ONLY", Kind.BOOLEAN)
            .defaultValue("false").source("domain.md §16 item 5")
            .label("分类施保只取较高一项", "Larger supplement only").build();

    public static final ParameterDefinition EMPLOYMENT_COST_DEDUCTIBLE = ParameterDefinition.of(MODULE, "EMPLOYMENT_COST_DEDUCTIBLE", Kind.BOOLEAN)
            .levels(RegionLevel.PROVINCE, RegionLevel.PREFECTURE)
            .defaultValue("false").defaultFrom(RULES_2021, "true").source("domain.md §2.2, §3.8")
            .label("扣减必要就业成本", "Employment costs deducted").build();

    public static final ParameterDefinition RIGID_EXPENSE_DEDUCTIBLE = ParameterDefinition.of(MODULE, "RIGID_EXPENSE_DEDUCTIBLE", Kind.BOOLEAN)
            .levels(RegionLevel.PROVINCE, RegionLevel.PREFECTURE)
            .defaultValue("false").defaultFrom(RULES_2021, "true").source("domain.md §2.2, §3.8")
            .label("扣减刚性支出", "Rigid expenses deducted").build();

    public static final ParameterDefinition RESIDENT_PENSION_EXCLUDED = ParameterDefinition.of(MODULE, "RESIDENT_PENSION_EXCLUDED", Kind.BOOLEAN)
            .levels(RegionLevel.PROVINCE, RegionLevel.PREFECTURE)
            .defaultValue("false").defaultFrom(LocalDate.of(2021, 1, 1), "true").defaultFrom(LocalDate.of(2026, 1, 1), "false")
            .source("domain.md §2.2 (14th Five-Year Plan period)")
            .label("城乡居民基础养老金不计入收入", "Residents' basic pension excluded").build();

    /** Pay by tiers (分档, 2021 Art.23) instead of the actual gap; off unless a province or prefecture sets it. */
    public static final ParameterDefinition TIERED_PAYMENT = ParameterDefinition.of(MODULE, "DIBAO_TIERED_PAYMENT", Kind.BOOLEAN)
            .levels(RegionLevel.PROVINCE, RegionLevel.PREFECTURE).defaultValue("false")
            .source("domain.md §3.5 (2021 Art.23), §13 benefit formula")
            .label("按档发放低保金", "Tiered payment").build();

    public static final ParameterDefinition TIER_1_INCOME_BELOW = tierBound(1, "0.30");
    public static final ParameterDefinition TIER_1_SHARE = tierShare(1, "1.00");
    public static final ParameterDefinition TIER_2_INCOME_BELOW = tierBound(2, "0.60");
    public static final ParameterDefinition TIER_2_SHARE = tierShare(2, "0.70");
    public static final ParameterDefinition TIER_3_INCOME_BELOW = tierBound(3, "1.00");
    public static final ParameterDefinition TIER_3_SHARE = tierShare(3, "0.40");

    /** The smallest base amount per counted member (supplements on top); no minimum unless a region sets one. */
    public static final ParameterDefinition MIN_BENEFIT_PER_PERSON = ParameterDefinition.of(MODULE, "DIBAO_MIN_BENEFIT_PER_PERSON", Kind.MONEY)
            .unit("yuan/person/month").levels(RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY)
            .range("0", "100000").source("domain.md §3.5 (min_benefit_per_person, regional; no national minimum)")
            .label("每人最低保障金额", "Minimum benefit per person").build();

    private static ParameterDefinition tierBound(int tier, String defaultShare) {
        return ParameterDefinition.of(MODULE, "DIBAO_TIER_" + tier + "_INCOME_BELOW", Kind.DECIMAL)
                .unit("× standard").levels(RegionLevel.PROVINCE, RegionLevel.PREFECTURE).defaultValue(defaultShare)
                .range("0", "1").scale(2).source("domain.md §3.5 (分档, local)")
                .label("第" + tier + "档：人均收入低于标准的倍数", "Tier " + tier + ": per-capita income below × standard").build();
    }

    private static ParameterDefinition tierShare(int tier, String defaultShare) {
        return ParameterDefinition.of(MODULE, "DIBAO_TIER_" + tier + "_SHARE", Kind.DECIMAL)
                .unit("× standard per person").levels(RegionLevel.PROVINCE, RegionLevel.PREFECTURE).defaultValue(defaultShare)
                .range("0", "1").scale(2).source("domain.md §3.5 (分档, local)")
                .label("第" + tier + "档：每人发放标准的倍数", "Tier " + tier + ": paid per person × standard").build();
    }

    private static ParameterDefinition standard(String name, String zh, String en) {
        return ParameterDefinition.of(MODULE, name, Kind.MONEY).unit("yuan/month")
                .levels(RegionLevel.PROVINCE, RegionLevel.PREFECTURE).range("1", "100000")
                .source("domain.md §13 dibao_std_month, §16 item 3").label(zh, en).build();
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(DIBAO_STANDARD_URBAN, DIBAO_STANDARD_RURAL, INCOME_REFERENCE_MONTHS, DIBAO_EDGE_MULTIPLE,
                SUPPLEMENT_LARGER_ONLY, EMPLOYMENT_COST_DEDUCTIBLE, RIGID_EXPENSE_DEDUCTIBLE, RESIDENT_PENSION_EXCLUDED,
                TIERED_PAYMENT, TIER_1_INCOME_BELOW, TIER_1_SHARE, TIER_2_INCOME_BELOW, TIER_2_SHARE, TIER_3_INCOME_BELOW,
                TIER_3_SHARE, MIN_BENEFIT_PER_PERSON);
    }
}
