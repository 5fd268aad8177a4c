package org.safeguard.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The community's public dibao list (2021 Art.24, domain.md §16 item 20), read without an account. */
@SafeguardTest
class PublishedListTest {

    /** A community no demo household lives in, so the list holds only this test's households. */
    private static final String COMMUNITY = "420106006002";

    @Autowired
    MockMvc mvc;
    @Autowired
    DibaoFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DibaoPayrollSource payroll;

    private String page(String community) throws Exception {
        return mvc.perform(get("/public/dibao/" + community).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anyoneSeesTheMaskedNameTheSizeAndTheAmountAndNothingThatIdentifiesTheFamily() throws Exception {
        UUID household = fixtures.enrolledNow(COMMUNITY);
        String idNumber = jdbc.sql("select p.id_number from person p join household_member m on m.person_id = p.id where m.household_id = ?")
                .param(household).query(String.class).single();
        // the list shows what this month's payroll pays the household
        String amount = payroll.preview(household, COMMUNITY, YearMonth.now()).orElseThrow().amount().setScale(2).toPlainString();

        String html = page(COMMUNITY);

        assertThat(html).contains("低**试").doesNotContain("低保测试").doesNotContain(idNumber)
                .doesNotContain(household.toString()).doesNotContain("测试路");
        assertThat(html).containsPattern(amount.replaceAll("(\\d)(?=(\\d{3})+\\.)", "$1,").replace(".", "\\."));
    }

    @Test
    void aHouseholdLeavesTheListOnceItsLastPaidMonthIsOver() throws Exception {
        UUID household = fixtures.enrolledNow(COMMUNITY);
        String mark = "离" + household.toString().substring(0, 6) + "户";
        jdbc.sql("update person set name = ? where id = (select person_id from household_member where household_id = ?)")
                .params(mark, household).update();
        assertThat(page(COMMUNITY)).contains(mark.charAt(0) + "*");
        int before = occurrences(page(COMMUNITY), "<tr>");

        jdbc.sql("update dibao_beneficiary set state = 'TERMINATED', last_month = ? where household_id = ?")
                .params(YearMonth.now().minusMonths(1).atDay(1), household).update();

        assertThat(occurrences(page(COMMUNITY), "<tr>")).isEqualTo(before - 1);
    }

    @Test
    void onlyACommunityHasAList() throws Exception {
        mvc.perform(get("/public/dibao/420106006000")).andExpect(status().isNotFound());
        mvc.perform(get("/public/dibao/999999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/public/dibao/not-a-code")).andExpect(status().isNotFound());
    }

    private static int occurrences(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
