package org.safeguard.goodfaith;

import java.time.Clock;
import java.time.LocalDate;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.PlainText;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the re-check of a simplified decision found, once, by a county reviewer of the region, at the version
 * the reviewer saw. A correction or a stop needs a note saying what was corrected; the benefit itself is changed
 * through its own module (a review or a stop), and the note says which.
 */
@Service
public class RecordCorrectionOutcome {

    static final int NOTE_LIMIT = 500;

    private final GoodFaithStore store;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    RecordCorrectionOutcome(GoodFaithStore store, CurrentStaff currentStaff, AuditTrail audit, Clock clock) {
        this.store = store;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public GoodFaithView record(long id, CorrectionOutcome outcome, String note, int version) {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.may(Permission.GOOD_FAITH_CORRECT)) {
            throw SafeguardException.forbidden();
        }
        GoodFaithStore.Row row = store.find(id).filter(r -> staff.canSee(RegionCode.of(r.regionCode())))
                .orElseThrow(() -> SafeguardException.notFound("good-faith record"));
        String text = note == null || note.isBlank() ? null : note.strip();
        if (outcome == null) {
            throw SafeguardException.invalid(FieldProblem.of("outcome", "REQUIRED"));
        }
        if (text == null && outcome.needsNote()) {
            throw SafeguardException.invalid(FieldProblem.of("note", "REQUIRED"));
        }
        if (text != null && text.length() > NOTE_LIMIT) {
            throw SafeguardException.invalid(FieldProblem.of("note", "TOO_LONG", NOTE_LIMIT));
        }
        if (text != null && !PlainText.isClean(text)) {
            throw SafeguardException.invalid(FieldProblem.of("note", "CONTROL_CHARACTER"));
        }
        if (row.correctionFrom() == null) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "goodfaith.problem.notOpen");
        }
        if (row.outcome() != null) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "goodfaith.problem.alreadyRecorded");
        }
        if (row.version() != version) {
            throw SafeguardException.conflict(ProblemCode.STALE_VERSION, "problem.staleVersion");
        }
        LocalDate today = LocalDate.now(clock);
        if (!store.recordOutcome(id, version, outcome, text, staff.username(), today)) {
            throw SafeguardException.conflict(ProblemCode.STALE_VERSION, "problem.staleVersion");
        }
        GoodFaithView view = store.find(id).orElseThrow().view(today);
        audit.record(AuditRecord.of("GOOD_FAITH_OUTCOME", "good_faith_record", id).detail("outcome", outcome.name())
                .detail("case", row.caseId().toString()).detail("dueOn", String.valueOf(row.correctionDueOn()))
                .detail("status", view.status().name()));
        return view;
    }
}
