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
 * regular entitlement of each month (the parts whose codes the caller names) in lines of payrolls that were not cancelled (a
 * cancelled payroll's lines are deleted); arrears and recoveries belong to the months they correct, not to the
 * month whose line carried them. No scope check: callers pass payees they already hold.
 */
@Service
@Transactional(readOnly = true)
public class PaidAmounts {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;
    private final LineComponentStore components;

    PaidAmounts(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named,
                LineComponentStore components) {
        this.jdbc = jdbc;
        this.named = named;
        this.components = components;
    }

    /**
     * Month → amount paid in the parts with these codes (the benefit's regular entitlement, e.g. DIBAO's BASE,
     * SUPPLEMENT and TAPER), for the months from {@code from} on that have a regular or top-up line.
     */
    public Map<YearMonth, BigDecimal> regularAmountsPaid(String benefit, PayeeKind kind, UUID payeeId, YearMonth from,
                                                         java.util.Collection<String> codes) {
        Map<YearMonth, BigDecimal> paid = new TreeMap<>();
        if (codes.isEmpty()) {
            return paid;
        }
        named.query("""
                select l.pay_month, sum(case when c.code in (:codes) then c.amount else 0 end) as paid
                from payroll_line l left join payroll_line_component c on c.payroll_id = l.payroll_id and c.line_id = l.id
                where l.benefit = :benefit and l.payee_kind = :kind and l.payee_id = :payee and l.pay_month >= :from
                  and l.line_kind in ('REGULAR', 'TOPUP')
                group by l.pay_month""", new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("codes", codes)
                        .addValue("benefit", benefit).addValue("kind", kind.name()).addValue("payee", payeeId)
                        .addValue("from", from.atDay(1)),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> paid.put(
                        YearMonth.from(rs.getObject("pay_month", LocalDate.class)), rs.getBigDecimal("paid")));
        return paid;
    }

    /** One line paid to the payee: its month, kind, amount and components, status and the reason for any change. */
    public record PaidLine(YearMonth month, String lineKind, BigDecimal amount, LineComponents components, String status,
                           String changeReason) {

        /** The part with this code (zero when the line has none). */
        public BigDecimal part(String code) {
            return components.amount(code);
        }
    }

    /** The payee's lines for the benefit, newest month first, at most {@code limit}: a payment history. */
    public java.util.List<PaidLine> history(String benefit, PayeeKind kind, UUID payeeId, int limit) {
        record Row(UUID payrollId, UUID lineId, YearMonth month, String lineKind, BigDecimal amount, String status,
                   String reason) {
        }
        var rows = jdbc.sql("""
                select * from payroll_line where benefit = ? and payee_kind = ? and payee_id = ?
                order by pay_month desc, line_kind, kind_seq fetch first %d rows only""".formatted(Math.max(1, Math.min(limit, 500))))
                .params(benefit, kind.name(), payeeId)
                .query((rs, i) -> new Row(rs.getObject("payroll_id", UUID.class), rs.getObject("id", UUID.class),
                        YearMonth.from(rs.getObject("pay_month", LocalDate.class)), rs.getString("line_kind"),
                        rs.getBigDecimal("amount"), rs.getString("status"), rs.getString("change_reason"))).list();
        return rows.stream().map(r -> new PaidLine(r.month(), r.lineKind(), r.amount(),
                components.forLine(r.payrollId(), benefit, r.lineId()), r.status(), r.reason())).toList();
    }
}
