package org.safeguard.payment;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The controlled bank-file export: full names and accounts, so only for the export permission, audited with the row
 * count and the SHA-256 of the bytes served. The CSV's hash must equal the one the approver confirmed, or nothing
 * is served.
 */
@Service
public class ExportPayroll {

    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public static Format parse(String value) {
            try {
                return Format.valueOf((value == null ? "csv" : value).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw SafeguardException.invalid(FieldProblem.of("format", "INVALID_FORMAT"));
            }
        }
    }

    public record BankFileBytes(byte[] content, String filename, Format format, String sha256, int rows) {
    }

    private final PayrollAccess access;
    private final PayrollStore store;
    private final PayrollLifecycle lifecycle;
    private final BankFile bankFile;
    private final AuditTrail audit;

    ExportPayroll(PayrollAccess access, PayrollStore store, PayrollLifecycle lifecycle, BankFile bankFile, AuditTrail audit) {
        this.access = access;
        this.store = store;
        this.lifecycle = lifecycle;
        this.bankFile = bankFile;
        this.audit = audit;
    }

    /** APPROVED → EXPORTED (or the same file again once exported), and the file. */
    @Transactional
    public BankFileBytes export(UUID id, Format format) {
        PayrollStore.PayrollRow payroll = access.lockVisible(id);
        PayrollTransitions.require(payroll.state(), PayrollAction.EXPORT);
        BankFileBytes file = write(payroll, format);
        lifecycle.apply(payroll, PayrollAction.EXPORT, null, Map.of("format", format.name(), "rows", file.rows(),
                "sha256", file.sha256()));
        return file;
    }

    /** The file of an exported (or reconciled) payroll again, without a state change. */
    @Transactional
    public BankFileBytes download(UUID id, Format format) {
        PayrollStore.PayrollRow payroll = access.lockVisible(id);
        if (payroll.state() != PayrollState.EXPORTED && payroll.state() != PayrollState.RECONCILED) {
            throw new PayrollActionRefused(payroll.state(), PayrollAction.EXPORT,
                    PayrollTransitions.allowed(payroll.state()));
        }
        BankFileBytes file = write(payroll, format);
        audit.record(AuditRecord.of("PAYROLL_FILE_DOWNLOAD", "payroll", id).detail("format", format.name())
                .detail("rows", file.rows()).detail("sha256", file.sha256()));
        return file;
    }

    private BankFileBytes write(PayrollStore.PayrollRow payroll, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String csvHash = bankFile.writeCsv(payroll, out);
        if (!csvHash.equals(payroll.fileHash())) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payroll.problem.controlTotals");
        }
        byte[] bytes = out.toByteArray();
        String hash = csvHash;
        if (format == Format.XLSX) {
            out = new ByteArrayOutputStream();
            hash = bankFile.writeXlsx(payroll, out);
            bytes = out.toByteArray();
        }
        String filename = "payroll-" + payroll.benefit().toLowerCase(Locale.ROOT) + "-" + payroll.regionCode() + "-"
                + payroll.month() + "-" + payroll.id().toString().substring(0, 8) + "." + format.extension;
        return new BankFileBytes(bytes, filename, format, hash, payroll.lineCount());
    }
}
