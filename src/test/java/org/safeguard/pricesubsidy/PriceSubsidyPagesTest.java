package org.safeguard.pricesubsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;


import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.TestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The price-subsidy pages: the chart's data as a table, the sustained-rise signal, the calculator, the list import. */
@SafeguardTest
class PriceSubsidyPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theDashboardShowsEveryMonthAsATableAndSignalsTheSustainedRiseOf2019To2020() throws Exception {
        // The staff member's language (Chinese for the demo accounts) decides; the English bundle is checked by the golden cases.
        {
            String html = mvc.perform(get("/price-subsidies").param("regionCode", "420100000000")
                    .with(user(users.loadUserByUsername("policy")))).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("id=\"evaluation-2019-04\"").contains("id=\"evaluation-2022-12\"")
                    .contains("id=\"signal-sustained\"").contains("/policy?regionCode=420100000000")
                    .contains("id=\"price-chart-data\"").contains("echarts.min.js").doesNotContain("??");
        }
        String zh = mvc.perform(get("/price-subsidies").param("regionCode", "420100000000")
                .with(user(users.loadUserByUsername("policy")))).andReturn().getResponse().getContentAsString();
        // 2019-04 to 2020-09: 18 consecutive triggered months of the national series.
        assertThat(zh).contains("联动机制已连续 18 个月启动（2019-04 至 2020-09）");
    }

    @Test
    void theCalculatorExplainsTheDoubledMarch2020Amount() throws Exception {
        String html = mvc.perform(get("/price-subsidies").param("regionCode", "420106006001").param("month", "2020-03")
                        .param("groups", "DIBAO").param("urbanRural", "URBAN")
                        .with(user(users.loadUserByUsername("reviewer")))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("本月每人补贴 264 元").contains("本指数月份的倍数：2");
    }

    @Test
    void aListWithABadRowIsRejectedWholeWithTheProblemBesideItsRow() throws Exception {
        String csv = "id_number,name,region_code,urban_rural,valid_from,valid_to\n"
                + TestIds.adult() + ",好人,420106006001,URBAN,2020-01,2020-12\n"
                + TestIds.withWrongCheckDigit(TestIds.adult()) + ",坏行,420106006001,URBAN,2020-13,2020-12\n";
        String html = mvc.perform(multipart("/price-subsidies/lists").file(new MockMultipartFile("file", "l.csv", "text/csv",
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).param("regionCode", "420106000000")
                        .param("group", "ORPHAN").param("department", "民政局")
                        .with(user(users.loadUserByUsername("liaison"))).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"list-problems\"").contains("ID_CHECK_DIGIT").contains("INVALID_MONTH")
                .doesNotContain("id=\"notice\"");
    }
}
