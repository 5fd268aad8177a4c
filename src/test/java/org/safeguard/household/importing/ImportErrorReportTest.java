package org.safeguard.household.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The import error report is a CSV that caseworkers open in Excel: a cell typed by whoever made the roster (its column
 * value echoed in a message) must not run as a formula, whether it starts with =, +, -, @, a tab or a carriage return
 * (the report used its own check, which missed the last two).
 */
class ImportErrorReportTest {

    @Test
    void cellsThatWouldRunAsFormulasAreWrittenAsTextWithTheirQuotesIntact() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("import.bad", Locale.ENGLISH, "{0}");
        ImportErrorReport report = new ImportErrorReport(messages);
        List<ImportProblem> problems = List.of(
                new ImportProblem(2, "name", "BAD", "import.bad", List.of("=HYPERLINK(\"http://x\",\"y\")")),
                new ImportProblem(3, "\tcmd", "BAD", "import.bad", List.of("ok")),
                new ImportProblem(4, "\r@SUM(1+1)", "BAD", "import.bad", List.of("ok")));
        String csv = new String(report.csv(new ImportReport(UUID.randomUUID(), "r.csv", ImportMode.ALL_OR_NOTHING,
                ImportReport.Status.REJECTED, 3, 0, 0, 0, 0, 0, problems, 3), Locale.ENGLISH), StandardCharsets.UTF_8);
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines[1]).isEqualTo("2,name,BAD,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(lines[2]).startsWith("3,'\tcmd,");
        assertThat(csv).contains("4,\"'\r@SUM(1+1)\",");
    }
}
