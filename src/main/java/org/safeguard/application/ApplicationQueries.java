package org.safeguard.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.account.StaffLookup;
import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberView;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.Masking;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Region-scoped reads: one application (404 outside the caller's subtree), its timeline, work queues and counts. */
@Service
@Transactional(readOnly = true)
public class ApplicationQueries {

    /** Work-queue filters; all optional. {@code mine}: created by or assigned to the caller. */
    public record Filter(ApplicationState state, boolean overdue, String regionCode, boolean mine, boolean openOnly,
                         int page, int size) {
    }

    /** {@code total} is exact up to {@link #COUNT_CAP}; {@code more} says there are more than that. */
    public record Page(List<ApplicationView> items, long total, boolean more, int page, int size) {
    }

    public static final long COUNT_CAP = 10_000;

    /** The public-notice and decision-notice content; names masked. */
    public record Notice(ApplicationView application, String applicantNameMasked, String regionCode, int householdSize) {
    }

    private final ApplicationStore store;
    private final HouseholdQueries households;
    private final ApplicationFacts facts;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final StaffLookup staffLookup;
    private final DibaoCasework casework;

    ApplicationQueries(ApplicationStore store, HouseholdQueries households, ApplicationFacts facts,
                       CurrentStaff currentStaff, Clock clock, StaffLookup staffLookup, DibaoCasework casework) {
        this.casework = casework;
        this.store = store;
        this.households = households;
        this.facts = facts;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.staffLookup = staffLookup;
    }

    public ApplicationView find(UUID id) {
        ApplicationRow r = visible(id);
        return view(r, households.find(r.householdId()), true);
    }

    public List<TransitionView> transitions(UUID id) {
        visible(id);
        return casework.transitions(id);
    }

    /** The calculator's result on the acceptance date, once income facts are recorded; empty before. */
    public Optional<DibaoResult> calculation(UUID id) {
        ApplicationRow r = visible(id);
        if (r.factsJson() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(facts.calculate(r, households.find(r.householdId())));
        } catch (SafeguardException e) {
            return Optional.empty();
        }
    }

    /** The decision snapshot (JSON) of a decided application. */
    public Optional<String> decisionSnapshot(UUID id) {
        return Optional.ofNullable(visible(id).decisionSnapshot());
    }

    /** The household's registry members (names masked), for forms that name members. */
    public List<Member> members(UUID id) {
        ApplicationRow r = visible(id);
        LocalDate adultOn = r.submittedOn().minusYears(18);
        return households.find(r.householdId()).members().stream().map(m -> new Member(m.personId(), Masking.name(m.name()),
                m.relationship().name(), m.birthDate() == null || !m.birthDate().isAfter(adultOn), m.counted())).toList();
    }

    public record Member(UUID personId, String nameMasked, String relationship, boolean adult, boolean counted) {
    }

    public Page list(Filter filter) {
        StaffPrincipal staff = currentStaff.get();
        String pattern = staff.scopeLikePattern();
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            String code = filter.regionCode().trim();
            if (!RegionCode.isWellFormed(code)) {
                throw SafeguardException.invalid(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
            }
            RegionCode region = RegionCode.of(code);
            if (!staff.canSee(region)) {
                throw SafeguardException.notFound("region");
            }
            pattern = region.subtreePrefix() + "%";
        }
        int size = Math.min(Math.max(filter.size() <= 0 ? 50 : filter.size(), 1), 200);
        int page = Math.max(filter.page(), 0);
        LocalDate overdueOn = filter.overdue() ? LocalDate.now(clock) : null;
        String user = filter.mine() ? staff.username() : null;
        List<ApplicationView> items = store.list(pattern, filter.state(), overdueOn, user, filter.openOnly(), staff.username(), page * size, size)
                .stream().map(r -> view(r, null, false)).toList();
        long total = store.count(pattern, filter.state(), overdueOn, user, filter.openOnly(), staff.username(), COUNT_CAP);
        return new Page(items, Math.min(total, COUNT_CAP), total > COUNT_CAP, page, size);
    }

    /** Applications in the caller's subtree: overdue now (open cases, and rejection notices not served in time), and with a step due in the coming 7 days (today included). */
    public DueCounts dueCounts(StaffPrincipal staff) {
        LocalDate today = LocalDate.now(clock);
        String pattern = staff.scopeLikePattern();
        return new DueCounts(store.count(pattern, null, today, null, false), store.countDue(pattern, today, today.plusDays(6)));
    }

    public record DueCounts(long overdue, long dueThisWeek) {
    }

    /** Staff the case can be reassigned to: enabled, home region covering the case, able to take the current step. */
    public List<StaffLookup.Staff> assignees(UUID id) {
        ApplicationRow r = visible(id);
        return staffLookup.covering(RegionCode.of(r.regionCode())).stream()
                .filter(s -> DibaoApplications.canTakeStep(r, s.role())).toList();
    }

    public Notice notice(UUID id) {
        ApplicationRow r = visible(id);
        HouseholdView h = households.find(r.householdId());
        ApplicationView v = view(r, h, true);
        return new Notice(v, v.applicantNameMasked(), r.regionCode(), h.members().size());
    }

    ApplicationRow visible(UUID id) {
        StaffPrincipal staff = currentStaff.get();
        return store.find(id).filter(a -> staff.canSee(RegionCode.of(a.regionCode())))
                .orElseThrow(() -> SafeguardException.notFound("application"));
    }

    /** {@code h} null (work queues): the applicant's masked name and the household size as registered. */
    private ApplicationView view(ApplicationRow r, HouseholdView h, boolean detail) {
        StaffPrincipal staff = currentStaff.get();
        LocalDate today = LocalDate.now(clock);
        String applicantMasked = h == null ? r.applicantNameMasked() : h.members().stream()
                .filter(m -> m.personId().equals(r.applicantPersonId())).map(MemberView::name).map(Masking::name)
                .findFirst().orElse(r.applicantNameMasked());
        int size = h == null ? r.householdSize() : h.members().size();
        boolean overdue = !r.state().isFinal() && (r.stateDueOn() != null && r.stateDueOn().isBefore(today)
                || r.overallDueOn() != null && r.overallDueOn().isBefore(today)) || r.noticeOverdue(today);
        List<ApplicationAction> allowed = ProcedureDefinitions.allowed(r.procedure(), r.state()).stream()
                .filter(rule -> staff.may(rule.permission())).map(ProcedureDefinitions.Rule::action).toList();
        return new ApplicationView(r.id(), r.householdId(), r.regionCode(), r.procedure(), r.channel(), r.state(),
                applicantMasked, size, r.nearRelativeOfStaff(), r.complaint(), r.submittedOn(),
                r.acceptedOn(), r.materialsMissing() == null ? List.of() : List.of(r.materialsMissing().split("\n")),
                r.materialsNoticeOn(), r.pausedSince() != null, r.pausedWorkingDays(), r.extended(), r.extensionReason(),
                r.stateEnteredOn(), r.stateDueOn(), r.overallDueOn(), overdue, r.verificationRequestedOn(),
                r.verificationDueOn(), r.investigationMethod(),
                r.investigators() == null ? List.of() : List.of(r.investigators().split("、")), r.investigatedOn(),
                r.investigationNote(), detail ? facts.fromJson(r.factsJson()) : null, r.appraisalNote(), r.opinion(),
                r.proposedAmount(), r.noticePostedOn(), r.noticeEndsOn(), r.noticeLocation(), r.devolved(), r.spotCheck(),
                r.visitRequired(), r.reviewVisitOn(), r.reviewVisitNote(), r.overrideAmount(), r.overrideReason(),
                r.overrideProposedBy(), r.overrideConfirmedBy(), r.decidedAmount(), r.decidedOn(), r.decidedBy(),
                r.decisionReasons(), r.rejectionNoticeDueOn(), r.createdBy(), r.assignedTo(),
                detail ? store.signatures(r.id()) : List.of(), detail ? store.verifications(r.id()) : List.of(),
                detail ? store.objections(r.id()) : List.of(), allowed,
                detail ? store.materials(r.id()) : List.of(), r.noticeServedOn(), r.noticeServedBy(),
                detail ? casework.version(r.id()) : null);
    }
}
