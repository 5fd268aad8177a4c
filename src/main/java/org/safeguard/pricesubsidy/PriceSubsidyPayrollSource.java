package org.safeguard.pricesubsidy;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.payment.PayableLine;
import org.safeguard.payment.PayeeKind;
import org.safeguard.payment.PayrollSource;
import org.safeguard.shared.RegionCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The PRICE_SUBSIDY payroll: one line per covered person with a bank account, from the payee snapshot that
 * {@link PriceIssuance} builds. The set-based fast path pays the difference between what the person is owed for the
 * month and what earlier lines of the month already carry: nothing yet → a REGULAR line; less than owed (an index
 * correction raised the rate) → a TOPUP line with the next sequence; the full amount → no line. Re-running a chunk
 * or a whole payroll therefore never pays twice, and the database's never-twice constraint backs it.
 */
@Component
class PriceSubsidyPayrollSource implements PayrollSource {

    static final String BENEFIT = "PRICE_SUBSIDY";

    private static final String PAYEES = """
            from price_payee p
            where p.pay_month = :month and p.region_code like :regionPrefix and p.bank_account is not null""";

    // Per payee, what earlier lines of the month already pay, by index lookups on the never-twice constraint's index
    // (benefit, payee_kind, payee_id, pay_month, ...): linear in the chunk whatever the planner's statistics say.
    // The uncorrelated EXISTS runs once per chunk and skips the lookups when the chunk's payees have no lines yet.
    private static final String LINES = """
            select p.person_id as payee_id, p.region_code, p.payee_name, p.bank_name, p.bank_account,
              case when p.paid is null then p.amount else cast(0 as numeric(14, 2)) end as subsidy_amount,
              case when p.paid is null then cast(0 as numeric(14, 2)) else p.amount - p.paid end as topup_amount,
              case when p.paid is null then cast(null as varchar(200)) else 'PRICE_SUBSIDY_TOPUP' end as change_reason,
              case when p.paid is null then 'REGULAR' else 'TOPUP' end as line_kind,
              case when p.paid is null then 1 else coalesce(p.topups, 0) + 1 end as kind_seq
            from (
              select q.*,
                case when exists (select 1 from payment_line_v e where e.benefit = 'PRICE_SUBSIDY' and e.payee_kind = 'PERSON'
                                    and e.payee_id > :afterId and e.payee_id <= :lastId and e.pay_month = :month)
                  then (select sum(l.amount) from payment_line_v l
                        where l.benefit = 'PRICE_SUBSIDY' and l.payee_kind = 'PERSON' and l.payee_id = q.person_id
                          and l.pay_month = :month and l.line_kind in ('REGULAR', 'TOPUP')) end as paid,
                case when exists (select 1 from payment_line_v e where e.benefit = 'PRICE_SUBSIDY' and e.payee_kind = 'PERSON'
                                    and e.payee_id > :afterId and e.payee_id <= :lastId and e.pay_month = :month)
                  then (select max(l.kind_seq) from payment_line_v l
                        where l.benefit = 'PRICE_SUBSIDY' and l.payee_kind = 'PERSON' and l.payee_id = q.person_id
                          and l.pay_month = :month and l.line_kind = 'TOPUP') end as topups
              from price_payee q
              where q.pay_month = :month and q.region_code like :regionPrefix and q.bank_account is not null
                and q.person_id > :afterId and q.person_id <= :lastId
            ) p
            where p.amount - coalesce(p.paid, 0) > 0""";

    private final NamedParameterJdbcTemplate jdbc;

    PriceSubsidyPayrollSource(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String benefit() {
        return BENEFIT;
    }

    /** A regular line pays the subsidy; a top-up line (a correction raised the rate) the difference. */
    static final String SUBSIDY = "SUBSIDY", TOPUP = "TOPUP";

    @Override
    public List<String> componentCodes() {
        return List.of(SUBSIDY, TOPUP);
    }

    @Override
    public PayeeKind payeeKind() {
        return PayeeKind.PERSON;
    }

    @Override
    public long countPayees(RegionCode region, YearMonth month) {
        Long n = jdbc.queryForObject("select count(*) " + PAYEES, params(region, month), Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public List<UUID> payeeIdsAfter(RegionCode region, YearMonth month, UUID afterId, int limit) {
        return jdbc.queryForList("select p.person_id " + PAYEES + " and p.person_id > :afterId order by p.person_id limit " + limit,
                params(region, month).addValue("afterId", afterId), UUID.class);
    }

    @Override
    public List<PayableLine> linesFor(RegionCode region, YearMonth month, List<UUID> payeeIds) {
        // Only the fast path is used (it chooses REGULAR or TOPUP); this slow path answers the REGULAR lines only.
        if (payeeIds.isEmpty()) {
            return List.of();
        }
        java.util.Set<UUID> asked = new java.util.HashSet<>(payeeIds);
        return jdbc.query(LINES + " and p.paid is null", params(region, month).addValue("afterId", START)
                .addValue("lastId", payeeIds.get(payeeIds.size() - 1)), (rs, n) -> PayableLine.of(
                rs.getObject("payee_id", UUID.class), rs.getString("region_code"), rs.getString("payee_name"),
                rs.getString("bank_name"), rs.getString("bank_account"),
                org.safeguard.payment.LineComponents.of(SUBSIDY, rs.getBigDecimal("subsidy_amount")), null))
                .stream().filter(l -> asked.contains(l.payeeId())).toList();
    }

    @Override
    public Optional<String> chunkSelectSql() {
        return Optional.of(LINES);
    }

    @Override
    public boolean chunkSelectChoosesLineKind() {
        return true;
    }

    private static MapSqlParameterSource params(RegionCode region, YearMonth month) {
        return new MapSqlParameterSource("month", month.atDay(1)).addValue("regionPrefix", region.subtreePrefix() + "%");
    }

    /** The month comes from a triggered evaluation, which is the benefit's history; an empty month is still issued. */
    @Override
    public boolean pastMonthsNeedPayees() {
        return false;
    }
}
