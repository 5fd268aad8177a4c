package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The bank-file hash that PostgreSQL computes where the lines are is the SHA-256 of the very bytes the Java writer
 * serves, including every value the CSV must quote (commas, quotes, line breaks) and the empty cells of missing values.
 */
@SafeguardTest
@WithUserDetails("finance")
class BankFileHashTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    StartPayroll start;
    @Autowired
    PayrollJobs jobs;
    @Autowired
    PayrollStore store;
    @Autowired
    PayrollStage stage;
    @Autowired
    BankFile bankFile;
    @Autowired
    ScriptedPayrollSource source;

    private void payee(String name, String bankName, String account, String amount, String reason) {
        source.addPayee(PayableLine.of(UUID.randomUUID(), COMMUNITY, name, bankName, account,
                LineComponents.base(new BigDecimal(amount)), reason));
    }

    @Test
    void theHashTakenInTheDatabaseIsTheHashOfTheFileTheWriterServes() throws Exception {
        Assumptions.assumeTrue(stage.postgres(), "the bank-file hash is taken in SQL on PostgreSQL only");
        YearMonth month = ScriptedPayrollSource.freshMonth();
        payee("王,五", "测试银行", "6222020000000001", "412.50", null);
        payee("say \"hi\"", null, "6222020000000002", "1.00", "RETROACTIVE_ADJUSTMENT");
        payee("两行\n姓名", "bank, \"quoted\"", "6222020000000003", "99999999.99", "a,b");
        payee("回车\r名", "", "6222,0200", "10.10", "");
        payee("张三", "测试银行", "6222020000000005", "300.00", "NEW");
        payee("=HYPERLINK(\"http://x.example\",\"点击\")", "@SUM(1+1)", "+1+cmd|' /C calc'!A0", "5.00", "-2+3");

        PayrollView started = start.start(new StartPayroll.Request(COMMUNITY, month, ScriptedPayrollSource.BENEFIT, null));
        assertThat(jobs.awaitCompletion(started.id(), Duration.ofSeconds(30))).isTrue();
        PayrollStore.PayrollRow payroll = store.find(started.id()).orElseThrow();
        assertThat(payroll.state()).isEqualTo(PayrollState.GENERATED);

        ByteArrayOutputStream served = new ByteArrayOutputStream();
        String written = bankFile.writeCsv(payroll, served);
        String bytes = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served.toByteArray()));

        assertThat(bankFile.csvHashInDatabase(payroll)).isEqualTo(written).isEqualTo(bytes);
        assertThat(payroll.fileHash()).isEqualTo(written);
        assertThat(served.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"王,五\"", "\"say \"\"hi\"\"\"",
                "\"两行\n姓名\"", "\"6222,0200\"", "\"'=HYPERLINK(", "'@SUM(1+1)", "'+1+cmd", "'-2+3")
                .doesNotContain(",=HYPERLINK", ",@SUM", ",+1+cmd", ",-2+3");
    }

    @Test
    void theCsvNeutralisesFormulasInPeoplesTextAndLeavesAmountsAlone() throws Exception {
        YearMonth month = ScriptedPayrollSource.freshMonth();
        payee("=HYPERLINK(\"http://x.example\",\"点击\")", "@SUM(1+1)", "+1+cmd|' /C calc'!A0", "5.00", "-2+3");
        PayrollView started = start.start(new StartPayroll.Request(COMMUNITY, month, ScriptedPayrollSource.BENEFIT, null));
        assertThat(jobs.awaitCompletion(started.id(), Duration.ofSeconds(30))).isTrue();
        PayrollStore.PayrollRow payroll = store.find(started.id()).orElseThrow();

        ByteArrayOutputStream served = new ByteArrayOutputStream();
        String written = bankFile.writeCsv(payroll, served);
        String csv = served.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(", ",'@SUM(1+1),", ",'+1+cmd", ",5.00,'-2+3\r\n")
                .doesNotContain(",=HYPERLINK", ",@SUM", ",+1+cmd", ",-2+3");
        assertThat(payroll.fileHash()).isEqualTo(written);
    }
}
