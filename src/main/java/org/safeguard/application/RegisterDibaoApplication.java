package org.safeguard.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberView;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a dibao application (as a draft or submitted) and opens its case on the kernel. Refused when the
 * household already has an open application, and when it still receives dibao: a household in the caseload changes
 * its benefit through a change report or a review, never through a second application (domain.md §3.7). A household
 * whose benefit was terminated may apply again; its approval enrols it for a new benefit period.
 */
@Service
public class RegisterDibaoApplication {

    private final ApplicationStore store;
    private final HouseholdQueries households;
    private final ApplicationDeadlines deadlines;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final DibaoCasework casework;
    private final ObjectProvider<DibaoCaseloadStatus> caseloadStatus;

    RegisterDibaoApplication(ApplicationStore store, HouseholdQueries households, ApplicationDeadlines deadlines,
                             CurrentStaff currentStaff, Clock clock, DibaoCasework casework,
                             ObjectProvider<DibaoCaseloadStatus> caseloadStatus) {
        this.store = store;
        this.households = households;
        this.deadlines = deadlines;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.casework = casework;
        this.caseloadStatus = caseloadStatus;
    }

    @Transactional
    public UUID register(NewApplication n) {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.may(Permission.APPLICATION_WRITE)) {
            throw SafeguardException.forbidden();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (n.householdId() == null) {
            problems.add(FieldProblem.of("householdId", "REQUIRED"));
        }
        if (n.channel() == null) {
            problems.add(FieldProblem.of("channel", "REQUIRED"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate submittedOn = n.submittedOn() == null ? today : n.submittedOn();
        if (submittedOn.isAfter(today)) {
            problems.add(FieldProblem.of("submittedOn", "IN_FUTURE"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        HouseholdView household;
        try {
            household = households.find(n.householdId());
        } catch (SafeguardException e) {
            throw SafeguardException.invalid(FieldProblem.of("householdId", "UNKNOWN_HOUSEHOLD"));
        }
        UUID applicant = n.applicantPersonId() != null ? n.applicantPersonId()
                : (household.head() != null ? household.head() : household.members().get(0)).personId();
        String applicantName = household.members().stream().filter(m -> m.personId().equals(applicant))
                .map(MemberView::name).map(org.safeguard.shared.Masking::name).findFirst()
                .orElseThrow(() -> SafeguardException.invalid(FieldProblem.of("applicantPersonId", "NOT_A_MEMBER")));
        if (store.hasOpenApplication(household.id())) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "application.problem.openApplication");
        }
        DibaoCaseloadStatus status = caseloadStatus.getIfAvailable();
        if (status != null && status.receivesDibao(household.id())) {
            throw SafeguardException.conflict(ProblemCode.DIBAO_ALREADY_ACTIVE, "application.problem.dibaoAlreadyActive");
        }
        String region = household.regionCode();
        UUID id = UUID.randomUUID();
        Procedure procedure = deadlines.procedureFor(region, submittedOn);
        Jurisdiction.Decision jurisdiction = Jurisdiction.judge(region, household.members(), procedure,
                n.byResidencePermit(), deadlines.policy(region, submittedOn)
                        .bool(ApplicationParameterDeclarations.RESIDENCE_PERMIT_APPLICATIONS));
        if (!jurisdiction.allowed()) {
            throw SafeguardException.invalid(new FieldProblem(n.byResidencePermit() ? "residencePermit" : "householdId",
                    jurisdiction.refusal(), "validation." + jurisdiction.refusal(), List.of(procedure.name())));
        }
        boolean draft = n.asDraft();
        ApplicationState initial = draft ? ApplicationState.DRAFT : ApplicationState.SUBMITTED;
        LocalDate overall = draft ? null : deadlines.overallDue(region, submittedOn, false, 0, false);
        ApplicationRow row = new ApplicationRow(id, household.id(), region, procedure, n.channel(), initial,
                applicant, applicantName, household.members().size(), n.nearRelative(), false, submittedOn, null, null, null, null, 0, false, null,
                submittedOn, overall, overall, null, null, null, null, null, null, null, null, null, null, null, null, null,
                false, false, null, null, null, null, null, null, null, null, null, null, null, null, null,
                staff.username(), staff.username(), null, null, null);
        try {
            store.insert(row, clock.instant());
        } catch (DuplicateKeyException e) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "application.problem.openApplication");
        }
        store.insertMaterials(id, DibaoMaterials.DEFAULT);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("household", household.id().toString());
        details.put("region", region);
        details.put("channel", n.channel().name());
        details.put("procedure", procedure.name());
        details.put("nearRelativeOfStaff", n.nearRelative());
        details.put("submittedOn", submittedOn.toString());
        details.put("draft", draft);
        details.put("jurisdiction", jurisdiction.basis().name());
        casework.open(row, staff.username(), overall, details);
        return id;
    }

}
