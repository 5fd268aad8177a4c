package org.safeguard.application;

import static org.safeguard.application.ApplicationParameterDeclarations.*;

import java.time.LocalDate;

import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.ResolvedPolicy;
import org.safeguard.policy.WorkingDayCalendar;
import org.safeguard.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Due dates in working days of the region's calendar (domain.md §3.6, §16 item 8): "within N working days of D"
 * ends on the N-th working day after D; a public notice runs 7 calendar days from the day after posting. The
 * overall clock runs from submission, 30 (extended 45) working days, and stops while the applicant's missing
 * materials are awaited: the overall due date moves by the paused working days.
 */
@Component
class ApplicationDeadlines {

    /** 2012 Art.: the county decides within 3 working days after its publicity ends without objection. */
    static final int COUNTY_DECISION_AFTER_PUBLICITY_WORKING_DAYS = 3;

    private final PolicyParameters parameters;
    private final WorkingDayCalendar calendar;

    ApplicationDeadlines(PolicyParameters parameters, WorkingDayCalendar calendar) {
        this.parameters = parameters;
        this.calendar = calendar;
    }

    ResolvedPolicy policy(String region, LocalDate date) {
        return parameters.resolve(RegionCode.of(region), date);
    }

    Procedure procedureFor(String region, LocalDate acceptanceDate) {
        return Procedure.on(acceptanceDate, policy(region, acceptanceDate).date(PROCEDURE_SWITCH_DATE));
    }

    LocalDate plusWorkingDays(String region, LocalDate date, int n) {
        return calendar.addWorkingDays(RegionCode.of(region), date, n);
    }

    int workingDaysBetween(String region, LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(RegionCode.of(region), from, to);
    }

    /** The overall due date, or null while the clock is paused. */
    LocalDate overallDue(String region, LocalDate submittedOn, boolean extended, int pausedWorkingDays, boolean paused) {
        if (paused) {
            return null;
        }
        ResolvedPolicy p = policy(region, submittedOn);
        int limit = p.integer(extended ? OVERALL_LIMIT_EXTENDED_WORKING_DAYS : OVERALL_LIMIT_WORKING_DAYS);
        return plusWorkingDays(region, submittedOn, limit + pausedWorkingDays);
    }

    /** The last day of a public notice posted on the date. */
    LocalDate noticeEnds(String region, LocalDate postedOn) {
        return postedOn.plusDays(policy(region, postedOn).integer(PUBLIC_NOTICE_DAYS));
    }

    /** The due date of the step the application has just entered on {@code on}; the overall one where no step limit exists. */
    LocalDate stepDue(ApplicationRow r, ApplicationState state, LocalDate on, LocalDate overallDue) {
        if (state.isFinal() || state == ApplicationState.MATERIALS_INCOMPLETE || state == ApplicationState.DRAFT) {
            return null;
        }
        ResolvedPolicy p = policy(r.regionCode(), r.acceptedOn() != null ? r.acceptedOn() : on);
        String region = r.regionCode();
        boolean old = r.procedure() == Procedure.P2012;
        return switch (state) {
            case ACCEPTED -> plusWorkingDays(region, on, p.integer(old ? INVESTIGATION_WORKING_DAYS_2012
                    : INVESTIGATION_START_WORKING_DAYS));
            case INVESTIGATING -> old && r.acceptedOn() != null
                    ? plusWorkingDays(region, r.acceptedOn(), p.integer(INVESTIGATION_WORKING_DAYS_2012))
                    : overallDue;
            case DEMOCRATIC_APPRAISAL -> plusWorkingDays(region, on, p.integer(DEMOCRATIC_APPRAISAL_WORKING_DAYS_2012));
            case TOWNSHIP_PUBLICITY -> plusWorkingDays(region, noticeEnds(region, on), 1);
            case COUNTY_PUBLICITY -> plusWorkingDays(region, noticeEnds(region, on), COUNTY_DECISION_AFTER_PUBLICITY_WORKING_DAYS);
            case COUNTY_REVIEW, TOWNSHIP_CONFIRMATION -> plusWorkingDays(region, on, p.integer(old
                    ? COUNTY_REVIEW_WORKING_DAYS_2012 : COUNTY_REVIEW_WORKING_DAYS_2021));
            default -> overallDue;
        };
    }

    LocalDate rejectionNoticeDue(String region, LocalDate decidedOn) {
        return plusWorkingDays(region, decidedOn, policy(region, decidedOn).integer(REJECTION_NOTICE_WORKING_DAYS));
    }

    LocalDate verificationDue(String region, LocalDate requestedOn) {
        return plusWorkingDays(region, requestedOn, policy(region, requestedOn).integer(VERIFICATION_START_WORKING_DAYS));
    }

    /**
     * 2012 county spot check: the n-th case (0-based) the county receives is picked when ceil((n+1)·p/100) exceeds
     * ceil(n·p/100), so at every moment at least p % of the county's cases have been picked, deterministically.
     */
    boolean spotChecked(String region, LocalDate on, long casesBefore) {
        return picked(casesBefore, policy(region, on).integer(COUNTY_SPOT_CHECK_PERCENT_2012));
    }

    static boolean picked(long casesBefore, int percent) {
        return ceilDiv((casesBefore + 1) * percent, 100) > ceilDiv(casesBefore * percent, 100);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
