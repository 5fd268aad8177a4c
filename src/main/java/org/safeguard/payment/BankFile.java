package org.safeguard.payment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.safeguard.shared.csv.CsvCells;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the bank file (docs/bank-file-format.md). The CSV is deterministic: the same lines always give the same
 * bytes, so its SHA-256, computed when generation finishes and shown to the approver, is the hash of the file
 * that is later served.
 */
@Component
class BankFile {

    static final String[] HEADER = {"line_id", "benefit", "month", "line_kind", "payee_kind", "payee_id", "region_code",
            "payee_name", "bank_name", "bank_account", "amount", "change_reason"};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Above this many lines the hash streams through Java: one string of the whole file would not fit in SQL. */
    private static final int SQL_HASH_MAX_LINES = 2_000_000;

    private final PayrollStore store;
    private final JdbcClient jdbc;
    private final PayrollStage stage;

    BankFile(PayrollStore store, JdbcClient jdbc, PayrollStage stage) {
        this.store = store;
        this.jdbc = jdbc;
        this.stage = stage;
    }

    /**
     * The SHA-256 of the CSV, taken where the lines are when the database can (PostgreSQL, the payroll's counted
     * lines within the limit): the same bytes, no row shipped. Otherwise streamed through the writer.
     */
    String fileHash(PayrollStore.PayrollRow counted) {
        return stage.postgres() && counted.lineCount() <= SQL_HASH_MAX_LINES ? csvHashInDatabase(counted) : csvHash(counted);
    }

    /** Writes the CSV to {@code out} and returns its SHA-256 in hex. */
    String writeCsv(PayrollStore.PayrollRow payroll, OutputStream out) {
        MessageDigest digest = sha256();
        try {
            DigestOutputStream hashing = new DigestOutputStream(out, digest);
            hashing.write(BOM);
            Writer writer = new BufferedWriter(new OutputStreamWriter(hashing, StandardCharsets.UTF_8), 1 << 16);
            writeRow(writer, HEADER);
            store.forEachLine(payroll.id(), line -> {
                try {
                    writeRow(writer, csvRow(payroll, line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of the CSV, without keeping the bytes. */
    String csvHash(PayrollStore.PayrollRow payroll) {
        return writeCsv(payroll, OutputStream.nullOutputStream());
    }

    /**
     * The SHA-256 of the same CSV computed by PostgreSQL where the lines are, without shipping a row: each line is
     * rendered and quoted exactly as {@link #writeCsv} does, aggregated in line-id order and hashed. The whole file is
     * one value in the database's memory, so the caller keeps this for files far below PostgreSQL's 1 GB limit.
     */
    String csvHashInDatabase(PayrollStore.PayrollRow payroll) {
        String sep = " || ',' || ";
        String row = String.join(sep, "l.id::text", ":benefit", ":month", sqlQuote("l.line_kind"),
                sqlQuote("l.payee_kind"), "l.payee_id::text", sqlQuote("l.region_code"), sqlQuote(sqlText("l.payee_name")),
                sqlQuote(sqlText("coalesce(l.bank_name, '')")), sqlQuote(sqlText("l.bank_account")), "l.amount::text",
                sqlQuote(sqlText("coalesce(l.change_reason, '')")));
        String sql = "select encode(sha256(decode('efbbbf', 'hex') || convert_to(:header || coalesce(string_agg(" + row
                + " || :eol, '' order by l.id), ''), 'UTF8')), 'hex') from payroll_line l where l.payroll_id = :payroll";
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < HEADER.length; i++) {
            header.append(i > 0 ? "," : "").append(quote(HEADER[i]));
        }
        return jdbc.sql(sql).param("header", header + "\r\n").param("eol", "\r\n")
                .param("benefit", quote(payroll.benefit())).param("month", quote(payroll.month().toString()))
                .param("payroll", payroll.id()).query(String.class).single();
    }

    /** {@link CsvCells#text} in SQL: a leading = + - @, tab or carriage return gets an apostrophe. */
    private static String sqlText(String value) {
        return "(case when left(" + value + ", 1) in ('=', '+', '-', '@', chr(9), chr(13)) then '''' || " + value
                + " else " + value + " end)";
    }

    /** {@link #quote} in SQL: a value with a comma, a quote or a line break is quoted and its quotes doubled. */
    private static String sqlQuote(String value) {
        return "(case when " + value + " <> translate(" + value + ", ',\"' || chr(10) || chr(13), '') then '\"' || replace("
                + value + ", '\"', '\"\"') || '\"' else " + value + " end)";
    }

    /** Writes the XLSX (one sheet, same columns, amounts as text so that nothing is rounded) and returns its SHA-256. */
    String writeXlsx(PayrollStore.PayrollRow payroll, OutputStream out) {
        MessageDigest digest = sha256();
        try {
            DigestOutputStream hashing = new DigestOutputStream(out, digest);
            Workbook workbook = new Workbook(hashing, "Safeguard", "1.0");
            Worksheet sheet = workbook.newWorksheet("payroll");
            for (int c = 0; c < HEADER.length; c++) {
                sheet.value(0, c, HEADER[c]);
            }
            int[] r = {1};
            store.forEachLine(payroll.id(), line -> {
                String[] values = row(payroll, line);
                for (int c = 0; c < values.length; c++) {
                    sheet.value(r[0], c, values[c]);
                }
                r[0]++;
            });
            workbook.finish();
            hashing.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String[] row(PayrollStore.PayrollRow payroll, PayrollStore.FileRow line) {
        return new String[]{line.id().toString(), payroll.benefit(), payroll.month().toString(), line.lineKind(),
                line.payeeKind().name(), line.payeeId().toString(), line.regionCode(), line.payeeName(),
                line.bankName() == null ? "" : line.bankName(), line.bankAccount(), line.amount().toPlainString(),
                line.changeReason() == null ? "" : line.changeReason()};
    }

    /**
     * The CSV row: the text cells that come from people (name, bank, account, reason) are neutralised against formula
     * execution, since finance officers open the file in Excel. The XLSX stores them as text cells and needs nothing.
     */
    private static String[] csvRow(PayrollStore.PayrollRow payroll, PayrollStore.FileRow line) {
        String[] values = row(payroll, line);
        for (int i : new int[]{7, 8, 9, 11}) {
            values[i] = CsvCells.text(values[i]);
        }
        return values;
    }

    private static void writeRow(Writer writer, String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(values[i]));
        }
        writer.write("\r\n");
    }

    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static UUID parseUuid(String value) {
        return UUID.fromString(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
