package org.safeguard.beneficiary.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.beneficiary.BenefitState;
import org.safeguard.beneficiary.BeneficiaryQueries;
import org.safeguard.beneficiary.ManageDibaoBenefit;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.shared.web.Versions;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dibao/beneficiaries")
@Tag(name = "Dibao beneficiaries", description = "The dibao caseload: entitlements, payments, change reports, reviews and the exits queued while an emergency suspends them")
class BeneficiaryApiController {

    /** {@code memberRef}: for a death, who died (the facts' member reference); may be left out for the only member. */
    record ChangeReportRequest(ManageDibaoBenefit.ChangeKind kind, LocalDate occurredOn, String note, Integer version,
                               String memberRef) {
    }

    record ReviewRequest(String reason, Integer version) {
    }

    record OutcomeRequest(HouseholdFacts facts, String reason, Boolean membersFoundWork, Boolean incomeUnstable, Integer version) {
    }

    record QueuedDecisionRequest(Boolean execute, String note, Integer version) {
    }

    record StateResponse(UUID householdId, BenefitState state) {
    }

    private final BeneficiaryQueries queries;
    private final ManageDibaoBenefit management;

    BeneficiaryApiController(BeneficiaryQueries queries, ManageDibaoBenefit management) {
        this.queries = queries;
        this.management = management;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('BENEFICIARY_READ')")
    @Operation(summary = "Households in the caseload within the caller's region (or a region of it), soonest review first; "
            + "filter ALL, DUE_FOR_REVIEW, IN_TAPER or QUEUED")
    List<BeneficiaryQueries.Summary> list(@RequestParam(required = false) String regionCode,
                                          @RequestParam(defaultValue = "ALL") BeneficiaryQueries.Filter filter,
                                          @RequestParam(defaultValue = "200") int limit) {
        return queries.list(regionCode, filter, limit);
    }

    @GetMapping("/payroll-exceptions")
    @PreAuthorize("hasAuthority('BENEFICIARY_READ')")
    @Operation(summary = "Households paid in the month that the DIBAO payroll leaves out (no bank account, no head)")
    List<BeneficiaryQueries.PayrollGap> exceptions(@RequestParam(required = false) String regionCode,
                                                   @RequestParam YearMonth month) {
        return queries.payrollExceptions(regionCode, month);
    }

    @GetMapping("/{householdId}")
    @PreAuthorize("hasAuthority('BENEFICIARY_READ')")
    @Operation(summary = "One household's dibao: amount and components, entitlement history, payments, adjustments, "
            + "transitions, change reports, queued decisions and the actions allowed now")
    ResponseEntity<BeneficiaryQueries.Detail> find(@PathVariable UUID householdId) {
        BeneficiaryQueries.Detail d = queries.find(householdId);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).eTag(String.valueOf(d.version())).body(d);
    }

    @PostMapping("/{householdId}/change-reports")
    @PreAuthorize("hasAuthority('BENEFICIARY_WRITE')")
    @Operation(summary = "Record a reported change (income, members, death, assets); a death opens a review")
    StateResponse report(@PathVariable UUID householdId, @RequestBody ChangeReportRequest request,
                         @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return new StateResponse(householdId, management.atVersion(householdId, Versions.ofInt(request.version(), ifMatch),
                () -> management.reportChange(householdId, request.kind(), request.occurredOn(), request.note(),
                        request.memberRef())));
    }

    @PostMapping("/{householdId}/reviews")
    @PreAuthorize("hasAuthority('BENEFICIARY_WRITE')")
    @Operation(summary = "Start a review (periodic, after a change report, or ad hoc)")
    StateResponse startReview(@PathVariable UUID householdId, @RequestBody(required = false) ReviewRequest request,
                              @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ReviewRequest in = request == null ? new ReviewRequest(null, null) : request;
        return new StateResponse(householdId, management.atVersion(householdId, Versions.ofInt(in.version(), ifMatch),
                () -> management.startReview(householdId, in.reason())));
    }

    @PostMapping("/{householdId}/review-outcome")
    @PreAuthorize("hasAuthority('BENEFICIARY_DECIDE')")
    @Operation(summary = "Decide a review: the amount is recalculated from the facts; increase, decrease, stop or tapered "
            + "exit take effect next month; decreases and exits are queued while exits are suspended")
    ManageDibaoBenefit.OutcomeResult outcome(@PathVariable UUID householdId, @RequestBody OutcomeRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return management.atVersion(householdId, Versions.ofInt(request.version(), ifMatch),
                () -> management.recordOutcome(householdId, new ManageDibaoBenefit.Outcome(request.facts(), request.reason(),
                        Boolean.TRUE.equals(request.membersFoundWork()), request.incomeUnstable())));
    }

    @PostMapping("/{householdId}/queued-decision")
    @PreAuthorize("hasAuthority('BENEFICIARY_DECIDE')")
    @Operation(summary = "Execute or dismiss a decrease or exit queued during an exit suspension (after it has ended)")
    ManageDibaoBenefit.OutcomeResult decideQueued(@PathVariable UUID householdId, @RequestBody QueuedDecisionRequest request,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return management.atVersion(householdId, Versions.ofInt(request.version(), ifMatch),
                () -> management.decideQueued(householdId, Boolean.TRUE.equals(request.execute()), request.note()));
    }
}
