package org.safeguard.beneficiary;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.payment.LineComponents;
import org.safeguard.payment.PayableLine;
import org.safeguard.payment.PayeeKind;
import org.safeguard.payment.PayrollSource;
import org.safeguard.shared.RegionCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The DIBAO payroll: one line per household paid in the month (first month reached, last month not passed), with the
 * entitlement in force for that month, the taper as its own component, and the arrears or recoveries booked for
 * months already paid that earlier lines have not settled yet. A recovery never takes a line below one yuan (the
 * line table wants a positive amount, and a line is the record of what was settled); the rest carries forward.
 * <p>
 * The payee name and bank account are the registry's current ones, read from its published view
 * {@code registry_household_payee_v} (the set-based path must stay one statement per chunk at a million households,
 * so it joins the registry's read model rather than calling it per row); a household without a bank account or
 * without a head is left out of the payroll and listed by {@link #exceptions}.
 */
@Component
class DibaoPayrollSource implements PayrollSource {

    static final String BENEFIT = "DIBAO";

    /** The DIBAO component codes (labels: payment.component.* in the beneficiary messages). */
    static final String BASE = "BASE", SUPPLEMENT = "SUPPLEMENT", TAPER = "TAPER", ARREARS = "ARREARS",
            RECOVERY = "RECOVERY", ADJUSTMENT = "ADJUSTMENT";
    static final List<String> CODES = List.of(BASE, SUPPLEMENT, TAPER, ARREARS, RECOVERY, ADJUSTMENT);

    /** The parts that pay a month's entitlement itself (arrears and recoveries correct other months). */
    static final List<String> REGULAR_CODES = List.of(BASE, SUPPLEMENT, TAPER);

    /** Households paid in :month within the subtree (the payee ids the payroll pages through). */
    private static final String PAID_IN_MONTH = """
            b.region_code like :regionPrefix and b.first_month <= :month and (b.last_month is null or b.last_month >= :month)""";

    private static final String LINES_TEMPLATE = """
            select b.household_id as payee_id, b.region_code, h.head_name as payee_name, h.bank_name, h.bank_account,
              e.base_amount, e.supplement_amount, e.taper_amount,
              case when o.outstanding > 0 then o.outstanding else 0 end as arrears_amount,
              case when o.outstanding < 0
                then greatest(o.outstanding, 1 - (e.base_amount + e.supplement_amount + e.taper_amount)) else 0 end as recovery_amount,
              0 as adjustment_amount,
              case when e.from_month = :month then e.reason
                when o.outstanding <> 0 then 'RETROACTIVE_ADJUSTMENT' end as change_reason
            from dibao_beneficiary b
            join registry_household_payee_v h on h.household_id = b.household_id
            join dibao_entitlement e on e.household_id = b.household_id and e.from_month <= :month
              and not exists (select 1 from dibao_entitlement e2 where e2.household_id = e.household_id
                and e2.from_month <= :month and (e2.from_month > e.from_month or (e2.from_month = e.from_month and e2.id > e.id)))
            left join (
              select a.household_id, sum(a.amount) - coalesce((select sum(l.amount)
                  from payment_line_component_v l where l.benefit = 'DIBAO' and l.payee_kind = 'HOUSEHOLD'
                  and l.payee_id = a.household_id and l.pay_month < :month and l.code in ('ARREARS', 'RECOVERY')), 0)
                as outstanding
              from dibao_adjustment a where {ids:a} and a.for_month < :month
              group by a.household_id) o on o.household_id = b.household_id
            where {ids:b} and %s
              and h.bank_account is not null and h.head_name is not null and e.base_amount + e.supplement_amount + e.taper_amount > 0
            """.formatted(PAID_IN_MONTH);

    /**
     * The chunk's SELECT: payees in the keyset range (afterId, lastId]. The entitlement is joined by equality only: a
     * range condition on it as well made PostgreSQL scan the chunk's entitlements once per household.
     */
    private static final String LINES = LINES_TEMPLATE
            .replace("{ids:a}", "a.household_id > :afterId and a.household_id <= :lastId")
            .replace("{ids:b}", "b.household_id > :afterId and b.household_id <= :lastId");

    /** The same SELECT for a list of payees. */
    private static final String LINES_OF = LINES_TEMPLATE
            .replace("{ids:a}", "a.household_id in (:ids)").replace("{ids:b}", "b.household_id in (:ids)");

    private final NamedParameterJdbcTemplate jdbc;

    DibaoPayrollSource(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String benefit() {
        return BENEFIT;
    }

    @Override
    public List<String> componentCodes() {
        return CODES;
    }

    @Override
    public PayeeKind payeeKind() {
        return PayeeKind.HOUSEHOLD;
    }

    private static MapSqlParameterSource params(RegionCode region, YearMonth month) {
        return new MapSqlParameterSource("regionPrefix", region.subtreePrefix() + "%").addValue("month", month.atDay(1))
                .addValue("region", region.value());
    }

    @Override
    public long countPayees(RegionCode region, YearMonth month) {
        Long n = jdbc.queryForObject("select count(*) from dibao_beneficiary b where " + PAID_IN_MONTH, params(region, month),
                Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public List<UUID> payeeIdsAfter(RegionCode region, YearMonth month, UUID afterId, int limit) {
        return jdbc.queryForList("select b.household_id from dibao_beneficiary b where b.household_id > :afterId and "
                        + PAID_IN_MONTH + " order by b.household_id fetch first " + limit + " rows only",
                params(region, month).addValue("afterId", afterId), UUID.class);
    }

    @Override
    public List<PayableLine> linesFor(RegionCode region, YearMonth month, List<UUID> payeeIds) {
        if (payeeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(LINES_OF, params(region, month).addValue("ids", payeeIds), (rs, i) ->
                PayableLine.of(rs.getObject("payee_id", UUID.class), rs.getString("region_code"), rs.getString("payee_name"),
                        rs.getString("bank_name"), rs.getString("bank_account"), LineComponents.of(
                                BASE, rs.getBigDecimal("base_amount"), SUPPLEMENT, rs.getBigDecimal("supplement_amount"),
                                TAPER, rs.getBigDecimal("taper_amount"), ARREARS, rs.getBigDecimal("arrears_amount"),
                                RECOVERY, rs.getBigDecimal("recovery_amount"), ADJUSTMENT,
                                rs.getBigDecimal("adjustment_amount")),
                        rs.getString("change_reason")));
    }

    /** The line a household would get for the month (a preview; empty when it would get none). */
    Optional<PayableLine> preview(UUID householdId, String regionCode, YearMonth month) {
        return linesFor(RegionCode.of(regionCode), month, List.of(householdId)).stream().findFirst();
    }

    @Override
    public Optional<String> chunkSelectSql() {
        return Optional.of(LINES);
    }

    /** A household paid in the month that the payroll leaves out, and why. */
    record PayrollException(UUID householdId, String regionCode, String problem) {
    }

    /** Households paid in the month that get no line: no bank account on the registry, or no head to name as payee. */
    List<PayrollException> exceptions(RegionCode region, YearMonth month, int limit) {
        return jdbc.query("""
                select b.household_id, b.region_code,
                  case when h.bank_account is null then 'NO_BANK_ACCOUNT' else 'NO_HEAD' end as problem
                from dibao_beneficiary b join registry_household_payee_v h on h.household_id = b.household_id
                where %s and (h.bank_account is null or h.head_person_id is null)
                order by b.household_id fetch first %d rows only""".formatted(PAID_IN_MONTH, limit), params(region, month),
                (rs, i) -> new PayrollException(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
    }
}
