package org.safeguard.household.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.safeguard.shared.csv.CsvCells;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The downloadable error report: CSV with columns row,column,code,message, UTF-8 with a byte-order mark so
 * that Excel opens it with the Chinese text intact. Messages are in the reader's language.
 */
@Component
public class ImportErrorReport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MessageSource messages;

    ImportErrorReport(MessageSource messages) {
        this.messages = messages;
    }

    public String message(ImportProblem p, Locale locale) {
        return messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale);
    }

    public String columnLabel(ImportProblem p, Locale locale) {
        return p.column() == null ? "" : p.column();
    }

    public byte[] csv(ImportReport report, Locale locale) {
        StringBuilder sb = new StringBuilder(64 + report.problems().size() * 80);
        sb.append("row,column,code,message\r\n");
        for (ImportProblem p : report.problems()) {
            sb.append(p.row()).append(',').append(quote(p.column())).append(',').append(quote(p.code())).append(',')
                    .append(quote(message(p, locale))).append("\r\n");
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    /** Quotes a cell and defuses spreadsheet formulas, through the one place that does it for every CSV. */
    static String quote(String value) {
        return value == null ? "" : CsvCells.quoted(CsvCells.text(value));
    }
}
