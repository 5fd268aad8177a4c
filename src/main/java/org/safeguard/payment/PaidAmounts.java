package org.safeguard.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a payee has been paid per month for a benefit, for modules that book arrears and recoveries. Counts the
 * regular entitlement of each month (base + supplement + taper) in lines of payrolls that were not cancelled (a
 * cancelled payroll's lines are deleted); arrears and recoveries belong to the months they correct, not to the
 * month whose line carried them. No scope check: callers pass payees they already hold.
 */
@Service
@Transactional(readOnly = true)
public class PaidAmounts {

    private final JdbcClient jdbc;

    PaidAmounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Month → regular amount paid, for the months from {@code from} on that have a line. */
    public Map<YearMonth, BigDecimal> regularAmountsPaid(String benefit, PayeeKind kind, UUID payeeId, YearMonth from) {
        Map<YearMonth, BigDecimal> paid = new TreeMap<>();
        jdbc.sql("""
                select pay_month, sum(base_amount + supplement_amount + taper_amount) as paid from payroll_line
                where benefit = ? and payee_kind = ? and payee_id = ? and pay_month >= ? and line_kind in ('REGULAR', 'TOPUP')
                group by pay_month""").params(benefit, kind.name(), payeeId, from.atDay(1))
                .query(rs -> {
                    paid.put(YearMonth.from(rs.getObject("pay_month", LocalDate.class)), rs.getBigDecimal("paid"));
                });
        return paid;
    }

    /** One line paid to the payee: its month, kind, amount and components, status and the reason for any change. */
    public record PaidLine(YearMonth month, String lineKind, BigDecimal amount, BigDecimal base, BigDecimal supplement,
                           BigDecimal taper, BigDecimal arrears, BigDecimal recovery, String status, String changeReason) {
    }

    /** The payee's lines for the benefit, newest month first, at most {@code limit}: a payment history. */
    public java.util.List<PaidLine> history(String benefit, PayeeKind kind, UUID payeeId, int limit) {
        return jdbc.sql("""
                select * from payroll_line where benefit = ? and payee_kind = ? and payee_id = ?
                order by pay_month desc, line_kind, kind_seq fetch first %d rows only""".formatted(Math.max(1, Math.min(limit, 500))))
                .params(benefit, kind.name(), payeeId)
                .query((rs, i) -> new PaidLine(YearMonth.from(rs.getObject("pay_month", LocalDate.class)), rs.getString("line_kind"),
                        rs.getBigDecimal("amount"), rs.getBigDecimal("base_amount"), rs.getBigDecimal("supplement_amount"),
                        rs.getBigDecimal("taper_amount"), rs.getBigDecimal("arrears_amount"), rs.getBigDecimal("recovery_amount"),
                        rs.getString("status"), rs.getString("change_reason"))).list();
    }
}
