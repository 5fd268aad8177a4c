package org.safeguard.payment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies bank return rows to payroll lines, for the request and for the job alike: a row changes its line only when
 * the line is still PENDING and no return was ever recorded for it, and the recording is a bank_return_line row whose
 * key is the line, so that a line is settled by a return once however often a file is applied or a job is re-run.
 * The caller holds the payroll's row lock and its transaction; the reserve-fund top-ups paid by these rows are booked
 * in it too ({@link ReserveFunds#bookPaidTopups()}, once per top-up by its own key).
 */
@Component
class BankReturnLines {

    /** What a slice of rows did: lines settled PAID or FAILED now, rows whose line was already settled. */
    record Applied(int paid, int failed, int already) {
        Applied plus(Applied other) {
            return new Applied(paid + other.paid, failed + other.failed, already + other.already);
        }
    }

    /** The rows applied at once: one statement's id list, and one transaction of a job. */
    static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate template;
    private final PayrollStore payrolls;
    private final ReserveFunds reserveFunds;
    private final Clock clock;

    BankReturnLines(NamedParameterJdbcTemplate named, JdbcTemplate template, PayrollStore payrolls,
                    ReserveFunds reserveFunds, Clock clock) {
        this.named = named;
        this.template = template;
        this.payrolls = payrolls;
        this.reserveFunds = reserveFunds;
        this.clock = clock;
    }

    /** Applies the rows (checked already, at most {@link #CHUNK}) of one payroll; uploadId null for a request. */
    Applied apply(PayrollStore.PayrollRow payroll, List<BankReturnFile.Row> rows, UUID uploadId) {
        if (rows.isEmpty()) {
            return new Applied(0, 0, 0);
        }
        Set<UUID> open = new HashSet<>(named.queryForList("""
                        select l.id from payroll_line l where l.payroll_id = :payroll and l.status = 'PENDING' and l.id in (:ids)
                          and not exists (select 1 from bank_return_line r where r.line_id = l.id)""",
                new MapSqlParameterSource("payroll", payroll.id()).addValue("ids",
                        rows.stream().map(BankReturnFile.Row::lineId).toList()), UUID.class));
        List<Object[]> records = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int paid = 0;
        int failed = 0;
        var now = PayrollStore.ts(clock.instant());
        for (BankReturnFile.Row row : rows) {
            if (!open.remove(row.lineId())) {
                continue;
            }
            records.add(new Object[]{row.lineId(), payroll.id(), uploadId, row.status(), now});
            updates.add(new Object[]{row.status(), row.reason(), row.lineId(), payroll.id()});
            if ("PAID".equals(row.status())) {
                paid++;
            } else {
                failed++;
            }
        }
        // the key refuses a second result for a line (DuplicateKeyException rolls the caller's transaction back)
        template.batchUpdate("insert into bank_return_line (line_id, payroll_id, upload_id, status, applied_at) "
                + "values (?, ?, ?, ?, ?)", records);
        payrolls.setLineResults(updates);
        if (ReserveFunds.BENEFIT.equals(payroll.benefit())) {
            // A reserve-fund top-up reaches the ledger when the bank reports its line paid, in this transaction.
            reserveFunds.bookPaidTopups();
        }
        return new Applied(paid, failed, rows.size() - paid - failed);
    }
}
