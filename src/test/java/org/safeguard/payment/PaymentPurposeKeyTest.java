package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each payment purpose has its own never-twice key in the database: a monthly benefit line per payee, benefit and
 * month; a one-off line per payee, case and instalment. Staged instalments of one case and several causes in one
 * month are possible; the same instalment twice, even submitted at the same moment, is not.
 */
@SafeguardTest
class PaymentPurposeKeyTest {

    private static final String COMMUNITY = "420106006001";
    private static final String BENEFIT = "TEMP_ASSISTANCE";

    @Autowired
    PayrollStore store;
    @Autowired
    OneOffLines oneOff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private UUID payroll(String purpose, YearMonth month) {
        UUID id = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(s -> store.insertPayroll(id, BENEFIT, COMMUNITY, month,
                purpose, null, "finance", Instant.now()));
        return id;
    }

    private static PayableLine line(UUID payee, String amount) {
        return PayableLine.of(payee, COMMUNITY, "李四", "测试银行", "6222020000009999",
                LineComponents.base(new BigDecimal(amount)), null);
    }

    private void pay(UUID payroll, YearMonth month, UUID payee, String caseRef, int instalment) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> oneOff.insert(payroll, BENEFIT, PayeeKind.PERSON,
                month, line(payee, "500.00"), caseRef, instalment));
    }

    private long linesOf(UUID payee) {
        return jdbc.sql("select count(*) from payroll_line where payee_id = ?").param(payee).query(Long.class).single();
    }

    @Test
    void theSameInstalmentSubmittedTwiceAtOnceIsPaidOnce() throws Exception {
        YearMonth month = ScriptedPayrollSource.freshMonth();
        UUID payroll = payroll("ONE_OFF", month);
        UUID payee = UUID.randomUUID();
        String caseRef = "TA-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> clicks = new ArrayList<>();
        try {
            Callable<Boolean> click = () -> {
                go.await();
                try {
                    pay(payroll, month, payee, caseRef, 1);
                    return true;
                } catch (DuplicateKeyException refused) {
                    return false;
                }
            };
            clicks.add(pool.submit(click));
            clicks.add(pool.submit(click));
            go.countDown();
            int paid = 0;
            for (Future<Boolean> c : clicks) {
                paid += c.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(paid).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(linesOf(payee)).isEqualTo(1);
        // A later, separate submission of the same instalment is refused as well.
        assertThatThrownBy(() -> pay(payroll, month, payee, caseRef, 1)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void instalmentsOfOneCaseAndSeveralCausesInOneMonthAreEachPaidBesideTheMonthlyLine() {
        YearMonth month = ScriptedPayrollSource.freshMonth();
        UUID oneOffPayroll = payroll("ONE_OFF", month);
        UUID monthlyPayroll = payroll("REGULAR", month);
        UUID payee = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(s -> assertThat(store.insertLines(monthlyPayroll,
                BENEFIT, PayeeKind.PERSON, month, "REGULAR", List.of(line(payee, "300.00")), null, 1)).isEqualTo(1));

        pay(oneOffPayroll, month, payee, "TA-1", 1);
        pay(oneOffPayroll, month, payee, "TA-1", 2);
        pay(oneOffPayroll, month, payee, "SH-7", 1);

        assertThat(linesOf(payee)).isEqualTo(4);
        // The monthly key still holds for the monthly purpose: a second monthly line of that month is skipped.
        new TransactionTemplate(transactions).executeWithoutResult(s -> assertThat(store.insertLines(monthlyPayroll,
                BENEFIT, PayeeKind.PERSON, month, "REGULAR", List.of(line(payee, "300.00")), null, 1)).isZero());
        assertThat(linesOf(payee)).isEqualTo(4);
    }

    @Test
    void theDatabaseRefusesAOneOffLineWithoutItsCaseOrInstalment() {
        YearMonth month = ScriptedPayrollSource.freshMonth();
        UUID payroll = payroll("ONE_OFF", month);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into payroll_line (payroll_id, benefit, payee_kind, payee_id, pay_month, line_kind, region_code,
                  payee_name, bank_account, amount, payment_purpose)
                values (?, ?, 'PERSON', ?, ?, 'REGULAR', ?, '王五', '6222', 10.00, 'ONE_OFF')""")
                .params(payroll, BENEFIT, UUID.randomUUID(), month.atDay(1), COMMUNITY).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> pay(payroll, month, UUID.randomUUID(), "TA-2", 0))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
