package org.safeguard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.payment.PayrollAction;
import org.safeguard.payment.PayrollQueries;
import org.safeguard.payment.PayrollState;
import org.safeguard.payment.PayrollView;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo start leaves Wuchang with a payment history that finance and finance2 can work with.
 * <p>
 * The shared test context's demo population (60 households) gives the demo caseload no recipient in Wuchang (the
 * default 600 do), so its start made no demo payroll. The tests give Wuchang three recipients since three months ago,
 * in a community whose payrolls no other test starts, and start the demo data again, which is also the restart path.
 */
@SafeguardTest
class DemoPayrollsTest {

    /** Jiyuqiao-2: no other test starts a DIBAO payroll covering it for a month near today. */
    private static final String COMMUNITY = "420106001902";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DemoRunAs runAs;
    @Autowired
    PayrollQueries queries;
    @Autowired
    DemoPayrolls demoPayrolls;
    @Autowired
    Clock clock;
    @Autowired
    org.safeguard.beneficiary.DibaoFixtures dibao;

    @org.junit.jupiter.api.BeforeEach
    void wuchangHasRecipientsAndTheDemoDataWasStartedAgain() {
        if (payrolls(YearMonth.now(clock).minusMonths(1)).isEmpty()) {
            YearMonth first = YearMonth.now(clock).minusMonths(DemoPayrolls.PAST_MONTHS);
            for (int i = 0; i < 3; i++) {
                dibao.enrolled(COMMUNITY, first);
            }
            demoPayrolls.load();
        }
    }

    private List<PayrollView> payrolls(YearMonth month) {
        return runAs.as("finance", () -> queries.list(DemoPayrolls.REGION, month, DemoPayrolls.BENEFIT)).stream()
                .filter(p -> p.regionCode().equals(DemoPayrolls.REGION)).toList();
    }

    @Test
    void pastMonthsAreReconciledWithOneFailedLineAfterFourEyesApproval() {
        YearMonth current = YearMonth.now(clock);
        for (int i = 1; i <= DemoPayrolls.PAST_MONTHS; i++) {
            YearMonth month = current.minusMonths(i);
            List<PayrollView> payrolls = payrolls(month);
            assertThat(payrolls).as(month.toString()).hasSize(1);
            PayrollView p = payrolls.get(0);
            assertThat(p.state()).as(month.toString()).isEqualTo(PayrollState.RECONCILED);
            assertThat(p.createdBy()).isEqualTo("finance");
            assertThat(p.approvedBy()).isEqualTo("finance2");
            assertThat(p.exportedBy()).isEqualTo("finance");
            assertThat(p.lineCount()).isPositive();
            assertThat(p.failedCount()).isEqualTo(1);
            assertThat(p.paidCount()).isEqualTo(p.lineCount() - 1);
            assertThat(jdbc.sql("select result_reason from payroll_line where payroll_id = ? and status = 'FAILED'")
                    .param(p.id()).query(String.class).list()).containsExactly(DemoPayrolls.FAILURE_REASON);
        }
    }

    @Test
    void theCurrentMonthWaitsForApprovalBySomeoneElseAndTheNextIsNotStarted() {
        YearMonth current = YearMonth.now(clock);
        List<PayrollView> payrolls = payrolls(current);
        assertThat(payrolls).hasSize(1);
        PayrollView p = payrolls.get(0);
        assertThat(p.state()).isEqualTo(PayrollState.GENERATED);
        assertThat(p.createdBy()).isEqualTo("finance").isNotEqualTo("finance2");
        assertThat(p.allowedActions()).contains(PayrollAction.APPROVE);
        assertThat(payrolls(current.plusMonths(1))).isEmpty();
    }

    @Test
    void everyStepIsAuditedAsTheDemoUserWhoTookIt() {
        PayrollView p = payrolls(YearMonth.now(clock).minusMonths(1)).get(0);
        var actors = jdbc.sql("select action, username from audit_entry where entity_type = 'payroll' and entity_id = ?")
                .param(p.id().toString()).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        assertThat(actors).contains(Map.entry("PAYROLL_START", "finance"), Map.entry("PAYROLL_APPROVE", "finance2"),
                Map.entry("PAYROLL_EXPORT", "finance"), Map.entry("PAYROLL_BANK_RETURN", "finance"));
    }

    @Test
    void aBeneficiaryPageShowsThePaymentHistoryByMonth() throws Exception {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        // A household paid by every past demo payroll (others may have joined later), paid last month.
        UUID household = jdbc.sql("""
                select l.payee_id from payroll_line l join payroll p on p.id = l.payroll_id
                where p.region_code = ? and p.benefit = 'DIBAO' and l.pay_month between ? and ?
                group by l.payee_id
                having count(distinct l.pay_month) = ? and max(case when l.pay_month = ? and l.status = 'PAID' then 1 else 0 end) = 1
                order by l.payee_id fetch first 1 rows only""")
                .params(DemoPayrolls.REGION, month.minusMonths(DemoPayrolls.PAST_MONTHS - 1).atDay(1), month.atDay(1),
                        DemoPayrolls.PAST_MONTHS, month.atDay(1))
                .query(UUID.class).single();
        String html = mvc.perform(get("/beneficiaries/" + household).with(user(users.loadUserByUsername("finance"))))
                .andReturn().getResponse().getContentAsString();
        String payments = html.substring(html.indexOf("id=\"payments\""));
        for (int i = 1; i <= DemoPayrolls.PAST_MONTHS; i++) {
            assertThat(payments).contains(YearMonth.now(clock).minusMonths(i).toString());
        }
        assertThat(payments).contains("PAID");
    }

    @Test
    void aSecondStartAddsNothing() {
        long before = jdbc.sql("select count(*) from payroll where region_code = ? and benefit = 'DIBAO'")
                .param(DemoPayrolls.REGION).query(Long.class).single();
        long lines = jdbc.sql("select count(*) from payroll_line where status = 'FAILED' and result_reason = ?")
                .param(DemoPayrolls.FAILURE_REASON).query(Long.class).single();
        demoPayrolls.load();
        assertThat(jdbc.sql("select count(*) from payroll where region_code = ? and benefit = 'DIBAO'")
                .param(DemoPayrolls.REGION).query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from payroll_line where status = 'FAILED' and result_reason = ?")
                .param(DemoPayrolls.FAILURE_REASON).query(Long.class).single()).isEqualTo(lines);
    }
}
