package org.safeguard.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-off lines (help paid once or in instalments for a case). Their never-twice key is payee + case reference +
 * instalment, enforced by the database (payroll_line_one_off_once); they stay out of the monthly key, so they never
 * block, or are blocked by, the monthly line of the same payee, benefit and month. Callers hold the transaction.
 */
@Repository
class OneOffLines {

    private final JdbcClient jdbc;
    private final LineComponentStore components;

    OneOffLines(JdbcClient jdbc, LineComponentStore components) {
        this.jdbc = jdbc;
        this.components = components;
    }

    /**
     * The region's one-off payroll of the benefit and month that still collects payments (GENERATING), locked. One-off
     * payrolls carry no open key: one can be closed and approved while the next collects.
     */
    Optional<UUID> collectingPayroll(String benefit, String region, YearMonth month) {
        return jdbc.sql("""
                select id from payroll where purpose = 'ONE_OFF' and state = 'GENERATING' and benefit = ?
                  and region_code = ? and pay_month = ? order by created_at fetch first 1 rows only for update""")
                .params(benefit, region, month.atDay(1)).query(UUID.class).optional();
    }

    void insertPayroll(UUID id, String benefit, String region, YearMonth month, String createdBy, Instant now) {
        jdbc.sql("""
                insert into payroll (id, benefit, region_code, pay_month, purpose, state, open_key, created_by, created_at)
                values (?, ?, ?, ?, 'ONE_OFF', 'GENERATING', null, ?, ?)""")
                .params(id, benefit, region, month.atDay(1), createdBy, PayrollStore.ts(now)).update();
    }

    /**
     * Inserts the line of one instalment. No ON CONFLICT here: a second submission of the same instalment (a double
     * click, two clerks at once) must fail with a duplicate key for the caller to report, not vanish silently.
     */
    void insert(UUID payrollId, String benefit, PayeeKind kind, YearMonth month, PayableLine line, String caseRef,
                int instalment) {
        LocalDate first = month.atDay(1);
        UUID lineId = components.newLineId();
        jdbc.sql("insert into payroll_line (" + PayrollStore.LINE_COLUMNS + ", payment_purpose, case_ref, instalment) "
                        + "values (?, ?, ?, ?, ?, ?, 'REGULAR', 1, ?, ?, ?, ?, ?, ?, null, 'ONE_OFF', ?, ?)")
                .params(lineId, payrollId, benefit, kind.name(), line.payeeId(), first, line.regionCode(), line.payeeName(),
                        line.bankName(), line.bankAccount(), line.amount(), line.changeReason(), caseRef, instalment)
                .update();
        components.insert(payrollId, java.util.Map.of(lineId, line.components()));
    }
}
