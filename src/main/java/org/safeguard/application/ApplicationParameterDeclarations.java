package org.safeguard.application;

import java.util.List;

import org.safeguard.policy.ParameterDeclarations;
import org.safeguard.policy.ParameterDefinition;
import org.safeguard.policy.ParameterDefinition.Kind;
import org.springframework.stereotype.Component;

/** The procedure's switch date and time limits (domain.md §3.6, §13, §16 items 7–8), read by {@link ApplicationDeadlines}. */
@Component
public class ApplicationParameterDeclarations implements ParameterDeclarations {

    static final String MODULE = "application";

    public static final ParameterDefinition PROCEDURE_SWITCH_DATE = ParameterDefinition.of(MODULE, "PROCEDURE_SWITCH_DATE", Kind.DATE)
            .unit("date").defaultValue("2021-07-01").source("domain.md §3.6, §16 item 7")
            .label("2021年审核确认办法施行日", "Switch to the 2021 procedure").build();
    /** 2021 Art.5: a residence-permit holder may apply where they live, in places that allow it. */
    public static final ParameterDefinition RESIDENCE_PERMIT_APPLICATIONS = ParameterDefinition.of(MODULE, "RESIDENCE_PERMIT_APPLICATIONS", Kind.BOOLEAN)
            .levels(org.safeguard.shared.RegionLevel.PROVINCE, org.safeguard.shared.RegionLevel.PREFECTURE)
            .defaultValue("false").defaultFrom(java.time.LocalDate.of(2021, 7, 1), "true")
            .source("domain.md §3.3 (2021 Art.5; S16 #4)")
            .label("持居住证可在居住地申请", "Residence-permit holders may apply where they live").build();
    public static final ParameterDefinition OVERALL_LIMIT_WORKING_DAYS = workingDays("OVERALL_LIMIT_WORKING_DAYS", "30",
            "domain.md §13 overall limit, §16 item 7", "总办理时限", "Overall time limit");
    public static final ParameterDefinition OVERALL_LIMIT_EXTENDED_WORKING_DAYS = workingDays("OVERALL_LIMIT_EXTENDED_WORKING_DAYS", "45",
            "domain.md §13 overall limit, §16 item 7", "延长后的总办理时限", "Extended overall time limit");
    public static final ParameterDefinition INVESTIGATION_START_WORKING_DAYS = workingDays("INVESTIGATION_START_WORKING_DAYS", "3",
            "domain.md §13 investigation start (2021)", "开始调查时限", "Investigation start");
    public static final ParameterDefinition INVESTIGATION_WORKING_DAYS_2012 = workingDays("INVESTIGATION_WORKING_DAYS_2012", "10",
            "domain.md §13 investigation completion (2012)", "调查完成时限（2012）", "Investigation (2012)");
    public static final ParameterDefinition DEMOCRATIC_APPRAISAL_WORKING_DAYS_2012 = workingDays("DEMOCRATIC_APPRAISAL_WORKING_DAYS_2012", "5",
            "domain.md §13 democratic appraisal (2012)", "民主评议时限（2012）", "Democratic appraisal (2012)");
    public static final ParameterDefinition VERIFICATION_START_WORKING_DAYS = workingDays("VERIFICATION_START_WORKING_DAYS", "3",
            "domain.md §13 verification start", "开始核对时限", "Verification start");
    public static final ParameterDefinition PUBLIC_NOTICE_DAYS = ParameterDefinition.of(MODULE, "PUBLIC_NOTICE_DAYS", Kind.INTEGER)
            .unit("days").defaultValue("7").range("1", "30").source("domain.md §13 publicity period, §16 item 8")
            .label("公示期（日）", "Public notice period").build();
    public static final ParameterDefinition COUNTY_REVIEW_WORKING_DAYS_2012 = workingDays("COUNTY_REVIEW_WORKING_DAYS_2012", "5",
            "domain.md §13 county review", "县级审核时限（2012）", "County review (2012)");
    public static final ParameterDefinition COUNTY_REVIEW_WORKING_DAYS_2021 = workingDays("COUNTY_REVIEW_WORKING_DAYS_2021", "10",
            "domain.md §13 county review", "县级审核确认时限（2021）", "County review (2021)");
    public static final ParameterDefinition COUNTY_SPOT_CHECK_PERCENT_2012 = ParameterDefinition.of(MODULE, "COUNTY_SPOT_CHECK_PERCENT_2012", Kind.INTEGER)
            .unit("%").defaultValue("30").range("30", "100").source("domain.md §13 county spot-check (2012)")
            .label("县级入户抽查比例（2012）", "County spot-check share (2012)").build();
    public static final ParameterDefinition REJECTION_NOTICE_WORKING_DAYS = workingDays("REJECTION_NOTICE_WORKING_DAYS", "3",
            "domain.md §13 rejection notice", "不予批准告知时限", "Rejection notice");

    /** Issue 15 item 6: an amount decided by hand above this multiple needs a named reason and is flagged to finance. */
    public static final ParameterDefinition OVERRIDE_PLAUSIBLE_MULTIPLE = ParameterDefinition.of(MODULE, "OVERRIDE_PLAUSIBLE_MULTIPLE", Kind.DECIMAL)
            .unit("×").defaultValue("2").range("1", "10").source("Safeguard default (issue 15 item 6); domain.md §3.5 decision")
            .label("人工核定金额的合理倍数上限", "Plausible multiple for an amount decided by hand").build();

    private static ParameterDefinition workingDays(String name, String defaultValue, String source, String zh, String en) {
        return ParameterDefinition.of(MODULE, name, Kind.INTEGER).unit("working days").defaultValue(defaultValue)
                .range("1", "90").source(source).label(zh, en).build();
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(PROCEDURE_SWITCH_DATE, OVERALL_LIMIT_WORKING_DAYS, OVERALL_LIMIT_EXTENDED_WORKING_DAYS,
                INVESTIGATION_START_WORKING_DAYS, INVESTIGATION_WORKING_DAYS_2012, DEMOCRATIC_APPRAISAL_WORKING_DAYS_2012,
                VERIFICATION_START_WORKING_DAYS, PUBLIC_NOTICE_DAYS, COUNTY_REVIEW_WORKING_DAYS_2012,
                COUNTY_REVIEW_WORKING_DAYS_2021, COUNTY_SPOT_CHECK_PERCENT_2012, REJECTION_NOTICE_WORKING_DAYS,
                OVERRIDE_PLAUSIBLE_MULTIPLE, RESIDENCE_PERMIT_APPLICATIONS);
    }
}
