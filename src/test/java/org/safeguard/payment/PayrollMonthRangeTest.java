package org.safeguard.payment;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The months a payroll may be started for, with the shipped default (next month at the latest): 9999-12 and the month
 * after next are refused, and so are 0000-01 and a past month in which nobody received the benefit; next month is
 * accepted. Its own context, because the shared test context lets every payroll have a far-future month of its own.
 */
@SpringBootTest(properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=60", "safeguard.payroll.months-ahead=1"})
@AutoConfigureMockMvc
class PayrollMonthRangeTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    ScriptedPayrollSource source;
    @Autowired
    Clock clock;

    private MockHttpServletResponse start(String benefit, String region, String month) throws Exception {
        return mvc.perform(PayrollFixtures.as("finance", post("/api/v1/payrolls")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"regionCode\":\"%s\",\"month\":\"%s\",\"benefit\":\"%s\"}".formatted(region, month, benefit)))
                .andReturn().getResponse();
    }

    private static void refused(MockHttpServletResponse r, String code) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(r.getContentAsString(), "$.errors[*].field")).containsExactly("month");
        assertThat(JsonPath.<List<String>>read(r.getContentAsString(), "$.errors[*].code")).containsExactly(code);
    }

    @Test
    void aMonthAfterNextIsRefusedAndNextMonthIsAccepted() throws Exception {
        YearMonth next = YearMonth.now(clock).plusMonths(1);
        refused(start(ScriptedPayrollSource.BENEFIT, COMMUNITY, "9999-12"), "PAYROLL_MONTH_TOO_FAR_AHEAD");
        refused(start(ScriptedPayrollSource.BENEFIT, COMMUNITY, next.plusMonths(1).toString()), "PAYROLL_MONTH_TOO_FAR_AHEAD");
        source.addPayees(COMMUNITY, 1);
        MockHttpServletResponse accepted = start(ScriptedPayrollSource.BENEFIT, COMMUNITY, next.toString());
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isIn(200, 201, 202);
    }

    @Test
    void aMonthBeforeTheBenefitsHistoryIsRefused() throws Exception {
        refused(start(ScriptedPayrollSource.BENEFIT, COMMUNITY, "0000-01"), "PAYROLL_MONTH_OUTSIDE_HISTORY");
        refused(start("DIBAO", "420106000000", "2005-01"), "PAYROLL_MONTH_OUTSIDE_HISTORY");
    }
}
