package org.safeguard.pricesubsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.payment.PayrollView;
import org.safeguard.payment.StartPayroll;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the PRICE_SUBSIDY payroll of a region and index month, in one transaction: check the deciding evaluation
 * triggered; compute the per-person amount of every region in the subtree with the calculator (urban and rural);
 * snapshot the covered persons set-based (dibao caseload as of the index month plus the imported lists valid that
 * month, covered groups only, one row per person: urban group first, then the order of {@link CoveredGroup}); and
 * start the payroll through the payment module with the due date from the deadline rule. Persons without a bank
 * account stay in the snapshot as exceptions and are not paid. After an index correction a new issuance of the
 * same month (once the earlier payroll is exported) pays top-ups only.
 */
@Service
public class PriceIssuance {

    public record Started(UUID issuanceId, PayrollView payroll, long payees, long exceptions, LocalDate dueBy) {
    }

    public record Exception(String regionCode, String groupCode, String payeeName, String reason) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PriceEvaluations evaluations;
    private final PriceSubsidies subsidies;
    private final RegionCatalog regions;
    private final StartPayroll startPayroll;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    PriceIssuance(NamedParameterJdbcTemplate jdbc, PriceEvaluations evaluations, PriceSubsidies subsidies,
                  RegionCatalog regions, StartPayroll startPayroll, AuditTrail audit, CurrentStaff currentStaff, Clock clock) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.subsidies = subsidies;
        this.regions = regions;
        this.startPayroll = startPayroll;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @Transactional
    public Started start(String regionCode, YearMonth month) {
        if (month == null) {
            throw SafeguardException.invalid(FieldProblem.of("month", "REQUIRED"));
        }
        RegionCode region = evaluations.visible(regionCode);
        if (!regions.exists(region.value())) {
            throw SafeguardException.notFound("region");
        }
        Evaluation evaluation = evaluations.deciding(region.value(), month)
                .orElseThrow(() -> SafeguardException.invalid(FieldProblem.of("month", "PRICE_NO_EVALUATION")));
        if (!evaluation.triggered()) {
            throw SafeguardException.invalid(FieldProblem.of("month", "PRICE_NOT_TRIGGERED"));
        }
        String prefix = region.subtreePrefix() + "%";
        MapSqlParameterSource p = new MapSqlParameterSource("month", month.atDay(1)).addValue("prefix", prefix);
        buildAmounts(region, month, evaluation, p);
        buildPayees(evaluation.coveredGroups(), p);
        analyze();
        Long payees = jdbc.queryForObject("select count(*) from price_payee where pay_month = :month and region_code like :prefix"
                + " and bank_account is not null", p, Long.class);
        Long exceptions = jdbc.queryForObject("select count(*) from price_payee where pay_month = :month and region_code like :prefix"
                + " and bank_account is null", p, Long.class);
        PayrollView payroll = startPayroll.start(new StartPayroll.Request(region.value(), month,
                PriceSubsidyPayrollSource.BENEFIT, evaluation.dueBy()));
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into price_issuance (id, region_code, index_month, evaluation_id, payroll_id, due_by, payees, exceptions,
                  started_by, started_at) values (:id, :region, :month, :evaluation, :payroll, :due, :payees, :exceptions, :by, :at)""",
                new MapSqlParameterSource("id", id).addValue("region", region.value()).addValue("month", month.atDay(1))
                        .addValue("evaluation", evaluation.id()).addValue("payroll", payroll.id()).addValue("due", evaluation.dueBy())
                        .addValue("payees", payees).addValue("exceptions", exceptions)
                        .addValue("by", currentStaff.get().username()).addValue("at", PriceStore.ts(clock.instant())));
        audit.record(AuditRecord.of("PRICE_SUBSIDY_ISSUANCE_STARTED", "price_issuance", id).detail("region", region.value())
                .detail("month", month.toString()).detail("evaluation", evaluation.id()).detail("payroll", payroll.id())
                .detail("payees", payees).detail("exceptions", exceptions).detail("ratePercent", evaluation.ratePercent().toPlainString())
                .detail("multiplier", evaluation.multiplier().toPlainString()).detail("indexId", evaluation.indexId()));
        return new Started(id, payroll, payees == null ? 0 : payees, exceptions == null ? 0 : exceptions, evaluation.dueBy());
    }

    /** Covered persons without a bank account in the last snapshot of the region and month (masked names). */
    @Transactional(readOnly = true)
    public List<Exception> exceptions(String regionCode, YearMonth month) {
        RegionCode region = evaluations.visible(regionCode);
        return jdbc.query("""
                select region_code, group_code, payee_name from price_payee
                where pay_month = :month and region_code like :prefix and bank_account is null order by region_code, person_id""",
                new MapSqlParameterSource("month", month.atDay(1)).addValue("prefix", region.subtreePrefix() + "%"),
                (rs, n) -> new Exception(rs.getString(1), rs.getString(2),
                        org.safeguard.shared.Masking.name(rs.getString(3)), "NO_BANK_ACCOUNT"));
    }

    /** Issuances started for a region's subtree, newest first. */
    @Transactional(readOnly = true)
    public List<IssuanceView> list(String regionCode) {
        RegionCode region = evaluations.visible(regionCode);
        return jdbc.query("""
                select * from price_issuance where region_code like :prefix order by started_at desc limit 100""",
                new MapSqlParameterSource("prefix", region.subtreePrefix() + "%"), (rs, n) -> new IssuanceView(
                        rs.getObject("id", UUID.class), rs.getString("region_code"),
                        YearMonth.from(rs.getObject("index_month", LocalDate.class)), rs.getLong("evaluation_id"),
                        rs.getObject("payroll_id", UUID.class), rs.getObject("due_by", LocalDate.class), rs.getLong("payees"),
                        rs.getLong("exceptions"), rs.getString("started_by")));
    }

    public record IssuanceView(UUID id, String regionCode, YearMonth month, long evaluationId, UUID payrollId, LocalDate dueBy,
                               long payees, long exceptions, String startedBy) {
    }

    private void buildAmounts(RegionCode region, YearMonth month, Evaluation evaluation, MapSqlParameterSource p) {
        jdbc.update("delete from price_amount where pay_month = :month and region_code like :prefix", p);
        List<MapSqlParameterSource> rows = new ArrayList<>();
        Set<CoveredGroup> any = Set.of(CoveredGroup.DIBAO);
        for (Region r : regions.subtree(region)) {
            for (UrbanRural ur : UrbanRural.values()) {
                PriceSubsidyResult result = subsidies.calculate(r.code().value(), month, any, ur);
                if (result.amount().signum() > 0) {
                    rows.add(new MapSqlParameterSource("month", month.atDay(1)).addValue("region", r.code().value())
                            .addValue("ur", ur.name()).addValue("amount", result.amount().setScale(2))
                            .addValue("evaluation", evaluation.id()));
                }
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into price_amount (pay_month, region_code, urban_rural, amount, evaluation_id) "
                    + "values (:month, :region, :ur, :amount, :evaluation)", rows.toArray(new MapSqlParameterSource[0]));
        }
    }

    private void buildPayees(Set<CoveredGroup> groups, MapSqlParameterSource p) {
        jdbc.update("delete from price_payee where pay_month = :month and region_code like :prefix", p);
        String rank = groups.stream().map(g -> "when '" + g.name() + "' then " + g.ordinal())
                .collect(Collectors.joining(" ", "case c.group_code ", " else 99 end"));
        List<String> imported = groups.stream().filter(CoveredGroup::imported).map(Enum::name).toList();
        String dibao = groups.contains(CoveredGroup.DIBAO) ? """
                select d.person_id, d.region_code, 'DIBAO' as group_code, d.urban_rural, ps.name as payee_name,
                  h.bank_name, h.bank_account
                from price_dibao_person d
                join registry_person_v ps on ps.person_id = d.person_id
                left join registry_household_payee_v h on h.household_id = d.household_id
                where d.region_code like :prefix and d.from_month <= :month and (d.to_month is null or d.to_month >= :month)
                """ : null;
        String lists = imported.isEmpty() ? null : """
                select m.person_id, m.region_code, m.group_code, m.urban_rural, m.name as payee_name, m.bank_name, m.bank_account
                from price_group_member m
                where m.region_code like :prefix and m.valid_from <= :month and m.valid_to >= :month and m.group_code in (:groups)
                """;
        String union = dibao == null ? lists : lists == null ? dibao : dibao + " union all " + lists;
        if (union == null) {
            return;
        }
        String sql = """
                insert into price_payee (pay_month, person_id, region_code, group_code, urban_rural, payee_name, bank_name,
                  bank_account, amount, evaluation_id)
                select :month, r.person_id, r.region_code, r.group_code, r.urban_rural, r.payee_name,
                  case when r.bank_account is null then r.any_bank_name else r.bank_name end,
                  coalesce(r.bank_account, r.any_account), a.amount, a.evaluation_id
                from (
                  select c.*, row_number() over (partition by c.person_id
                           order by case when c.urban_rural = 'URBAN' then 0 else 1 end, %s, c.region_code) as rn,
                         max(c.bank_account) over (partition by c.person_id) as any_account,
                         max(c.bank_name) over (partition by c.person_id) as any_bank_name
                  from (%s) c
                ) r
                join price_amount a on a.pay_month = :month and a.region_code = r.region_code and a.urban_rural = r.urban_rural
                where r.rn = 1""".formatted(rank, union);
        jdbc.update(sql, new MapSqlParameterSource(p.getValues()).addValue("groups", imported.isEmpty() ? List.of("-") : imported));
    }

    /** Fresh statistics for the snapshot just built, so the payroll's chunk queries are planned for its real size. */
    private void analyze() {
        String product = jdbc.getJdbcTemplate().execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            jdbc.getJdbcTemplate().queryForList("select safeguard_analyze('price_payee')");
        }
    }
}
