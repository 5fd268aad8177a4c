package org.safeguard.temporaryassistance;

import java.util.List;

import org.safeguard.policy.ParameterDeclarations;
import org.safeguard.policy.ParameterDefinition;
import org.safeguard.policy.ParameterDefinition.Kind;
import org.springframework.stereotype.Component;

/**
 * The temporary-assistance parameters with Safeguard's defaults (domain.md §16 item 11, §13 "Temporary assistance
 * standards", §4.3). The base standards have no default: unset, S is the dibao standard of the place of hardship.
 * The previous year's disposable income has no default either (a local statistic): a region must set it, or the
 * calculator is given it as a "what if".
 */
@Component
public class TemporaryAssistanceParameterDeclarations implements ParameterDeclarations {

    static final String MODULE = "temporaryassistance";
    private static final String ITEM_11 = "domain.md §16 item 11";

    public static final ParameterDefinition BASE_URBAN = base("TEMP_ASSIST_BASE_URBAN", "临时救助基准（城市，未设则为城市低保标准）",
            "Temporary assistance base S, urban (unset: the urban dibao standard)");
    public static final ParameterDefinition BASE_RURAL = base("TEMP_ASSIST_BASE_RURAL", "临时救助基准（农村，未设则为农村低保标准）",
            "Temporary assistance base S, rural (unset: the rural dibao standard)");
    public static final ParameterDefinition MONTHS_GENERAL = months("TEMP_ASSIST_EMERGENCY_MONTHS_GENERAL", "1",
            "急难型月数（一般）", "Emergency months (general)");
    public static final ParameterDefinition MONTHS_SERIOUS = months("TEMP_ASSIST_EMERGENCY_MONTHS_SERIOUS", "2",
            "急难型月数（较重）", "Emergency months (serious)");
    public static final ParameterDefinition MONTHS_SEVERE = months("TEMP_ASSIST_EMERGENCY_MONTHS_SEVERE", "3",
            "急难型月数（严重）", "Emergency months (severe)");
    public static final ParameterDefinition EXPENDITURE_MONTHS = months("TEMP_ASSIST_EXPENDITURE_MONTHS", "6",
            "支出型上限（S × 人数的月数）", "Expenditure cap (months of S × members)");
    public static final ParameterDefinition DISPOSABLE_INCOME_URBAN = income("TEMP_ASSIST_DISPOSABLE_INCOME_URBAN",
            "上年城镇居民人均可支配收入", "Previous year's urban per-capita disposable income");
    public static final ParameterDefinition DISPOSABLE_INCOME_RURAL = income("TEMP_ASSIST_DISPOSABLE_INCOME_RURAL",
            "上年农村居民人均可支配收入", "Previous year's rural per-capita disposable income");
    public static final ParameterDefinition TOWNSHIP_MULTIPLE = multiple("TEMP_ASSIST_TOWNSHIP_LIMIT_MULTIPLE", "3",
            "乡镇审批额度（S × 人数的倍数）", "Township limit (multiple of S × persons)");
    public static final ParameterDefinition COUNTY_MULTIPLE = multiple("TEMP_ASSIST_COUNTY_LIMIT_MULTIPLE", "10",
            "县级审批额度（S × 人数的倍数）", "County limit (multiple of S × persons)");
    public static final ParameterDefinition REPEAT_WINDOW_MONTHS = ParameterDefinition.of(MODULE, "TEMP_ASSIST_REPEAT_WINDOW_MONTHS", Kind.INTEGER)
            .unit("months").defaultValue("12").range("1", "60").source(ITEM_11 + " Frequency")
            .label("同一事由救助间隔（月）", "Same-cause window (months)").build();
    public static final ParameterDefinition REPEAT_MAX_GRANTS = ParameterDefinition.of(MODULE, "TEMP_ASSIST_REPEAT_MAX_GRANTS", Kind.INTEGER)
            .unit("grants").defaultValue("1").range("1", "12").source(ITEM_11 + " Frequency")
            .label("间隔内同一事由最多救助次数", "Same-cause grants allowed in the window").build();
    public static final ParameterDefinition UNINSURED_FROM = ParameterDefinition.of(MODULE, "TEMP_ASSIST_UNINSURED_FROM", Kind.DATE)
            .defaultValue("2020-07-29").source(ITEM_11 + " Uninsured unemployed; §4.1")
            .label("未参保失业人员一次性救助起始日", "Uninsured unemployed one-off: first day").build();
    public static final ParameterDefinition UNINSURED_TO = ParameterDefinition.of(MODULE, "TEMP_ASSIST_UNINSURED_TO", Kind.DATE)
            .defaultValue("2021-12-31").source(ITEM_11 + " Uninsured unemployed")
            .label("未参保失业人员一次性救助截止日", "Uninsured unemployed one-off: last day").build();
    public static final ParameterDefinition UNINSURED_MULTIPLE = multiple("TEMP_ASSIST_UNINSURED_MULTIPLE", "3",
            "未参保失业人员一次性救助（城市 S 的倍数）", "Uninsured unemployed one-off (multiple of the urban S)");
    public static final ParameterDefinition UNINSURED_NO_INCOME_MONTHS = ParameterDefinition.of(MODULE,
                    "TEMP_ASSIST_UNINSURED_NO_INCOME_MONTHS", Kind.INTEGER)
            .unit("months").defaultValue("3").range("1", "24").source(ITEM_11 + " Uninsured unemployed; §4.1")
            .label("未参保失业人员连续无收入月数", "Uninsured unemployed: consecutive months without income").build();
    public static final ParameterDefinition TIERS = ParameterDefinition.of(MODULE, "TEMP_ASSIST_TIERS", Kind.TIERS)
            .defaultValue("").source("domain.md §4.3 分类分档; issue 10 item 4")
            .label("分类分档标准（类型,档次,计算基础,数值,按人/按户,下限,上限）",
                    "Tier table (type,tier,basis,value,PERSON|HOUSEHOLD,min,max)").build();

    private static ParameterDefinition base(String name, String zh, String en) {
        return ParameterDefinition.of(MODULE, name, Kind.MONEY).unit("yuan/month").range("1", "100000")
                .source(ITEM_11 + " Base S").label(zh, en).build();
    }

    private static ParameterDefinition months(String name, String defaultValue, String zh, String en) {
        return ParameterDefinition.of(MODULE, name, Kind.INTEGER).unit("months").defaultValue(defaultValue).range("1", "36")
                .source(ITEM_11).label(zh, en).build();
    }

    private static ParameterDefinition income(String name, String zh, String en) {
        return ParameterDefinition.of(MODULE, name, Kind.MONEY).unit("yuan/year").range("1", "10000000")
                .source(ITEM_11 + " Expenditure type").label(zh, en).build();
    }

    private static ParameterDefinition multiple(String name, String defaultValue, String zh, String en) {
        return ParameterDefinition.of(MODULE, name, Kind.DECIMAL).unit("× S").defaultValue(defaultValue).range("0", "100")
                .scale(2).source(ITEM_11 + " Approval level / amounts").label(zh, en).build();
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(BASE_URBAN, BASE_RURAL, MONTHS_GENERAL, MONTHS_SERIOUS, MONTHS_SEVERE, EXPENDITURE_MONTHS,
                DISPOSABLE_INCOME_URBAN, DISPOSABLE_INCOME_RURAL, TOWNSHIP_MULTIPLE, COUNTY_MULTIPLE,
                REPEAT_WINDOW_MONTHS, REPEAT_MAX_GRANTS, UNINSURED_FROM, UNINSURED_TO, UNINSURED_MULTIPLE,
                UNINSURED_NO_INCOME_MONTHS, TIERS);
    }
}
