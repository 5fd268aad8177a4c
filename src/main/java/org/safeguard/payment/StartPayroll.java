package org.safeguard.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates a payroll for a benefit, region and month with its generation job, and starts the job once that is
 * committed. One open payroll per benefit, region, month and purpose; a later one for the same month only adds the
 * lines that are still missing (the never-twice constraint skips the rest).
 */
@Service
public class StartPayroll {

    public record Request(String regionCode, YearMonth month, String benefit, LocalDate dueDate) {
    }

    private final PayrollStore store;
    private final PayrollJobStore jobStore;
    private final PayrollSources sources;
    private final PayrollLifecycle lifecycle;
    private final PayrollAccess access;
    private final PayrollQueries queries;
    private final RegionCatalog regions;
    private final PayrollJobs jobs;
    private final java.time.Clock clock;
    /** How far ahead a payroll may be prepared: next month by default (domain.md §5: paid monthly, prepared ahead). */
    private final int monthsAhead;
    /** No benefit Safeguard pays has a history before this month; earlier months are typing errors (0000-01). */
    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    StartPayroll(PayrollStore store, PayrollJobStore jobStore, PayrollSources sources, PayrollLifecycle lifecycle, PayrollAccess access,
                 PayrollQueries queries, RegionCatalog regions, PayrollJobs jobs, java.time.Clock clock,
                 @Value("${safeguard.payroll.months-ahead:1}") int monthsAhead) {
        this.monthsAhead = monthsAhead;
        this.store = store;
        this.jobStore = jobStore;
        this.sources = sources;
        this.lifecycle = lifecycle;
        this.access = access;
        this.queries = queries;
        this.regions = regions;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Transactional
    public PayrollView start(Request request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.regionCode() == null || request.regionCode().isBlank()) {
            problems.add(FieldProblem.of("regionCode", "REQUIRED"));
        } else if (!RegionCode.isWellFormed(request.regionCode())) {
            problems.add(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        }
        YearMonth latest = YearMonth.now(clock).plusMonths(monthsAhead);
        if (request.month() == null) {
            problems.add(FieldProblem.of("month", "REQUIRED"));
        } else if (request.month().isBefore(EARLIEST)) {
            problems.add(FieldProblem.of("month", "PAYROLL_MONTH_OUTSIDE_HISTORY", EARLIEST.toString()));
        } else if (request.month().isAfter(latest)) {
            problems.add(FieldProblem.of("month", "PAYROLL_MONTH_TOO_FAR_AHEAD", latest.toString()));
        }
        if (request.benefit() == null || request.benefit().isBlank()) {
            problems.add(FieldProblem.of("benefit", "REQUIRED"));
        } else if (sources.find(request.benefit()).isEmpty()) {
            problems.add(FieldProblem.of("benefit", "PAYROLL_BENEFIT_UNKNOWN"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        RegionCode region = RegionCode.of(request.regionCode());
        if (!access.staff().canSee(region) || !regions.exists(region.value())) {
            throw SafeguardException.notFound("region");
        }
        store.openPayroll(request.benefit(), region.value(), request.month(), "REGULAR").ifPresent(existing -> {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payroll.problem.alreadyOpen", existing.toString());
        });
        UUID id = UUID.randomUUID();
        PayrollSource source = sources.get(request.benefit());
        long payees = source.countPayees(region, request.month());
        if (payees == 0 && source.pastMonthsNeedPayees() && request.month().isBefore(YearMonth.now(clock))) {
            // a past month in which nobody received the benefit lies outside its history: there is nothing to pay
            throw SafeguardException.invalid(FieldProblem.of("month", "PAYROLL_MONTH_OUTSIDE_HISTORY", request.month().toString()));
        }
        try {
            store.insertPayroll(id, request.benefit(), region.value(), request.month(), "REGULAR", request.dueDate(),
                    access.staff().username(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payroll.problem.alreadyOpen", "-");
        }
        jobStore.insertJob(id, payees, clock.instant());
        PayrollStore.PayrollRow row = store.find(id).orElseThrow();
        lifecycle.created(row, Map.of("payees", payees));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jobs.submit(id);
            }
        });
        return queries.view(row);
    }
}
