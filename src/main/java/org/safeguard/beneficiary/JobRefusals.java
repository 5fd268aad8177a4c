package org.safeguard.beneficiary;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job refusal (domain.md §3.7; S12 Art.34): a member able to work who refuses, three times in a row and without good
 * reason, suitable jobs offered by HR & social security loses that person's share: from the month after the third
 * refusal the member is no longer counted, recalculated by the one calculator (the rest of the household keeps its
 * share). A refusal with good reason breaks the run. While exits are suspended, or during a taper (amount frozen), or
 * when the member is the only one counted (a stop needs a review with written reasons), a work item asks a
 * caseworker instead.
 */
@Service
public class JobRefusals {

    public record Refusal(String memberRef, LocalDate offeredOn, boolean goodReason, String note) {
    }

    /** The run of refusals without good reason, and the month the share is removed from (null if it is not). */
    public record Result(int consecutive, YearMonth shareRemovedFrom) {
    }

    static final int LIMIT = 3;

    private final BeneficiaryAccess access;
    private final BeneficiaryStore store;
    private final EntitlementProjection projection;
    private final DibaoAmounts amounts;
    private final DibaoWorkItems workItems;
    private final BenefitLifecycle lifecycle;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    JobRefusals(BeneficiaryAccess access, BeneficiaryStore store, EntitlementProjection projection, DibaoAmounts amounts,
                DibaoWorkItems workItems, BenefitLifecycle lifecycle, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.store = store;
        this.projection = projection;
        this.amounts = amounts;
        this.workItems = workItems;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Result record(UUID householdId, Refusal r) {
        return record(householdId, r, LocalDate.now(clock));
    }

    @Transactional
    Result record(UUID householdId, Refusal r, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.memberRef() == null || r.memberRef().isBlank()) problems.add(FieldProblem.of("memberRef", "REQUIRED"));
        if (r.offeredOn() == null) problems.add(FieldProblem.of("offeredOn", "REQUIRED"));
        if (r.note() == null || r.note().isBlank()) problems.add(FieldProblem.of("note", "REQUIRED"));
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        BeneficiaryStore.BeneficiaryRow b = access.lockVisible(householdId);
        if (b.state() == BenefitState.TERMINATED) {
            throw new BenefitActionRefused(b.state(), BenefitAction.REPORT_CHANGE, BenefitTransitions.allowed(b.state()));
        }
        Instant now = clock.instant();
        jdbc.sql("""
                insert into dibao_job_refusal (household_id, member_ref, offered_on, good_reason, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""").params(householdId, r.memberRef(), r.offeredOn(), r.goodReason(),
                r.note().strip(), lifecycle.actor(), Timestamp.from(now)).update();
        List<Boolean> newestFirst = jdbc.sql("""
                select good_reason from dibao_job_refusal where household_id = ? and member_ref = ?
                order by offered_on desc, id desc""").params(householdId, r.memberRef()).query(Boolean.class).list();
        int run = 0;
        while (run < newestFirst.size() && !newestFirst.get(run)) {
            run++;
        }
        audit.record(AuditRecord.of("DIBAO_JOB_REFUSAL_RECORDED", "dibao_beneficiary", householdId)
                .detail("member", r.memberRef()).detail("goodReason", r.goodReason()).detail("consecutive", run));
        if (run != LIMIT) {
            return new Result(run, null);
        }
        YearMonth effective = YearMonth.from(today).plusMonths(1);
        HouseholdFacts facts = FactsJson.read(store.inForce(householdId, effective).orElseThrow().factsJson());
        List<HouseholdFacts.Member> counted = facts.members().stream().filter(HouseholdFacts.Member::counted).toList();
        HouseholdFacts.Member member = counted.stream().filter(m -> m.ref().equals(r.memberRef())).findFirst().orElse(null);
        String why = "member " + r.memberRef() + " refused " + LIMIT + " suitable jobs in a row without good reason";
        if (member == null) {
            return new Result(run, null);
        }
        if (counted.size() == 1 || b.state() == BenefitState.TAPER
                || amounts.exitsSuspended(RegionCode.of(b.regionCode()), today)) {
            workItems.raise(householdId, DibaoWorkItems.Kind.JOB_REFUSAL, r.memberRef() + "@" + r.offeredOn(), why
                    + ": decide the reduction or stop (" + (counted.size() == 1 ? "the only counted member"
                    : b.state() == BenefitState.TAPER ? "amount frozen in taper" : "exits suspended") + ").", null);
            return new Result(run, null);
        }
        List<HouseholdFacts.Member> members = new ArrayList<>();
        for (HouseholdFacts.Member m : facts.members()) {
            members.add(m != member ? m : new HouseholdFacts.Member(m.ref(), m.birthDate(), false, "JOB_REFUSAL",
                    m.disabilityGrade(), m.seriousIllness(), m.incomes()));
        }
        HouseholdFacts after = new HouseholdFacts(facts.hukouType(), members, facts.assets(), facts.deductions(),
                facts.singlePersonRef());
        projection.project(b, effective, after, "JOB_REFUSAL: " + why, lifecycle.actor(), now);
        audit.record(AuditRecord.of("DIBAO_JOB_REFUSAL_SHARE_REMOVED", "dibao_beneficiary", householdId)
                .detail("member", r.memberRef()).detail("effectiveMonth", effective.toString()));
        return new Result(run, effective);
    }
}
