package org.safeguard.payment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.Masking;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Institution payees (PayeeKind.INSTITUTION): a care home or other organisation registered once by its unified social
 * credit code, with the bank account it is paid to. A one-off or monthly line whose payee is an institution pays
 * that registered name and account. Outside the caller's region an institution does not exist for them (404).
 */
@Service
public class Institutions {

    public record Request(String creditCode, String name, String regionCode, String bankName, String bankAccount) {
    }

    /** An institution with its account masked (the full account reaches only the bank file). */
    public record View(UUID id, String creditCode, String name, String regionCode, String bankName,
                       String bankAccountMasked) {
    }

    /** The full record, for the payment module's own lines. */
    record Payee(UUID id, String name, String regionCode, String bankName, String bankAccount) {
        @Override
        public String toString() {
            return "Payee[" + id + "]";
        }
    }

    private final PayrollAccess access;
    private final JdbcClient jdbc;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final Clock clock;

    Institutions(PayrollAccess access, JdbcClient jdbc, RegionCatalog regions, AuditTrail audit, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public View register(Request r) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = r.creditCode() == null ? null : r.creditCode().trim().toUpperCase(Locale.ROOT);
        if (code == null || code.isEmpty()) {
            problems.add(FieldProblem.of("creditCode", "REQUIRED"));
        } else if (!UnifiedSocialCreditCode.isValid(code)) {
            problems.add(FieldProblem.of("creditCode", "CREDIT_CODE_INVALID"));
        }
        if (r.name() == null || r.name().isBlank()) {
            problems.add(FieldProblem.of("name", "REQUIRED"));
        } else if (r.name().trim().length() > 100) {
            problems.add(FieldProblem.of("name", "TOO_LONG"));
        }
        if (r.bankAccount() == null || r.bankAccount().isBlank()) {
            problems.add(FieldProblem.of("bankAccount", "REQUIRED"));
        } else if (!r.bankAccount().trim().matches("\\d{8,30}")) {
            problems.add(FieldProblem.of("bankAccount", "BANK_ACCOUNT_FORMAT"));
        }
        if (r.regionCode() == null || !RegionCode.isWellFormed(r.regionCode())) {
            problems.add(FieldProblem.of("regionCode", r.regionCode() == null ? "REQUIRED" : "INVALID_REGION_CODE"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        RegionCode region = RegionCode.of(r.regionCode());
        if (!access.staff().canSee(region) || !regions.exists(region.value())) {
            throw SafeguardException.notFound("region");
        }
        UUID id = UUID.randomUUID();
        String bankName = r.bankName() == null || r.bankName().isBlank() ? null : r.bankName().trim();
        try {
            jdbc.sql("""
                    insert into payment_institution (id, credit_code, name, region_code, bank_name, bank_account,
                      registered_by, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, code, r.name().trim(), region.value(), bankName, r.bankAccount().trim(),
                            access.staff().username(), PayrollStore.ts(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.institutionRegistered", code);
        }
        audit.record(AuditRecord.of("PAYMENT_INSTITUTION_REGISTER", "payment_institution", id).detail("creditCode", code)
                .detail("region", region.value()).detail("bankAccount", Masking.bankAccount(r.bankAccount().trim())));
        return find(id);
    }

    @Transactional(readOnly = true)
    public View find(UUID id) {
        Payee p = payee(id).orElseThrow(() -> SafeguardException.notFound("institution"));
        String code = jdbc.sql("select credit_code from payment_institution where id = ?").param(id).query(String.class).single();
        return new View(p.id(), code, p.name(), p.regionCode(), p.bankName(), Masking.bankAccount(p.bankAccount()));
    }

    /** The institutions registered in the region's subtree (the caller's home region when none is given), by name. */
    @Transactional(readOnly = true)
    public List<View> list(String regionCode) {
        RegionCode region = regionCode == null || regionCode.isBlank() ? access.staff().homeRegion()
                : RegionCode.isWellFormed(regionCode) ? RegionCode.of(regionCode) : null;
        if (region == null) {
            throw SafeguardException.invalid(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        }
        if (!access.staff().canSee(region)) {
            throw SafeguardException.notFound("region");
        }
        return jdbc.sql("""
                select * from payment_institution where region_code like ? order by name, id fetch first 500 rows only""")
                .param(region.subtreePrefix() + "%")
                .query((rs, n) -> new View(rs.getObject("id", UUID.class), rs.getString("credit_code"), rs.getString("name"),
                        rs.getString("region_code"), rs.getString("bank_name"),
                        Masking.bankAccount(rs.getString("bank_account")))).list();
    }

    /** The institution with its full account, if the caller may see it. */
    Optional<Payee> payee(UUID id) {
        return jdbc.sql("select * from payment_institution where id = ?").param(id)
                .query((rs, n) -> new Payee(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("region_code"), rs.getString("bank_name"), rs.getString("bank_account")))
                .optional().filter(p -> access.staff().canSee(RegionCode.of(p.regionCode())));
    }
}
