package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.payment.PayrollFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Cash and in-kind help at the window: once per instalment, exact values, four eyes, region scope, stable codes. */
@SafeguardTest
class DisbursementApiTest {

    private static final String COMMUNITY = "420106006002";
    private static final String URL = "/api/v1/payments/disbursements";

    @Autowired
    MockMvc mvc;
    @Autowired
    ScriptedPayrollSource source;
    @Autowired
    PayrollJobs jobs;
    @Autowired
    JdbcClient jdbc;

    private PayrollFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = PayrollFixtures.of(mvc, source, jobs);
    }

    private static String cash(UUID payee, String caseRef, int instalment, long fen) {
        return """
                {"regionCode":"%s","payeeKind":"HOUSEHOLD","payeeId":"%s","payeeName":"王五","caseRef":"%s",
                 "instalment":%d,"kind":"CASH","amountFen":%d,"signedBy":"RECIPIENT","signedAt":"2026-01-05T02:00:00Z"}"""
                .formatted(COMMUNITY, payee, caseRef, instalment, fen);
    }

    private static String inKind(String caseRef, String items) {
        return """
                {"regionCode":"%s","payeeKind":"UNREGISTERED","payeeName":"赵六","payeeIdNumber":"42010619800101123x",
                 "caseRef":"%s","instalment":1,"kind":"IN_KIND","items":%s,"signedBy":"AGENT","agentName":"赵七",
                 "agentRelationship":"儿子","signedAt":"2026-01-05T02:00:00Z"}""".formatted(COMMUNITY, caseRef, items);
    }

    private ResultActions record(String user, String body) throws Exception {
        return mvc.perform(as(user, post(URL)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String caseRef() {
        return "LS-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aDisbursementCountsAsPaidOnlyWhenASecondPersonConfirmsIt() throws Exception {
        String made = record(fixtures.maker(), cash(UUID.randomUUID(), caseRef(), 1, 50_000))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("RECORDED"))
                .andExpect(jsonPath("$.paid").value(false)).andExpect(jsonPath("$.amount").value(500.00))
                .andExpect(jsonPath("$.witnessedBy").value(fixtures.maker()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(made, "$.id");

        mvc.perform(as(fixtures.maker(), post(URL + "/" + id + "/confirm"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(as(fixtures.checker(), post(URL + "/" + id + "/confirm"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CONFIRMED")).andExpect(jsonPath("$.paid").value(true))
                .andExpect(jsonPath("$.confirmedBy").value(fixtures.checker()));
        mvc.perform(as(fixtures.checker(), post(URL + "/" + id + "/confirm"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"));

        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? order by action").param(id)
                .query(String.class).list())
                .containsExactly("PAYMENT_DISBURSEMENT_CONFIRMED", "PAYMENT_DISBURSEMENT_RECORDED");
    }

    @Test
    void theDatabaseRefusesAConfirmationByTheRecorderEvenWithoutTheService() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into cash_disbursement (id, region_code, payee_kind, payee_id, payee_name, payee_key, case_ref,
                  instalment, kind, amount_fen, signed_by, signed_at, witnessed_by, state, recorded_by, recorded_at)
                values (?, ?, 'PERSON', ?, '张三', ?, 'DB-1', 1, 'CASH', 100, 'RECIPIENT', current_timestamp, 'clerk',
                  'RECORDED', 'clerk', current_timestamp)""").params(id, COMMUNITY, id, "PERSON:" + id).update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                update cash_disbursement set state = 'CONFIRMED', confirmed_by = 'clerk', confirmed_at = current_timestamp
                where id = ?""").param(id).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void twoSubmissionsOfTheSameInstalmentAtOnceLeaveOneRow() throws Exception {
        String ref = caseRef();
        String body = cash(UUID.randomUUID(), ref, 1, 20_000);
        String maker = fixtures.maker();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return record(maker, body).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from cash_disbursement where case_ref = ?").param(ref).query(Long.class)
                .single()).isEqualTo(1L);
        // The next instalment of the same case is paid.
        record(maker, body.replace("\"instalment\":1", "\"instalment\":2")).andExpect(status().isCreated());
    }

    @Test
    void anUnregisteredPayeeIsKnownByIdNumberSoTheSameInstalmentIsNotHandedOutTwice() throws Exception {
        String ref = caseRef();
        String items = "[{\"name\":\"大米\",\"quantity\":10,\"unit\":\"kg\",\"unitValueFen\":600}]";
        record(fixtures.maker(), inKind(ref, items)).andExpect(status().isCreated());
        record(fixtures.maker(), inKind(ref, items).replace("1123x", "1123X").replace("赵六", "赵 六"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CONFLICT"));
    }

    @Test
    void theValueOfInKindHelpIsTheExactSumOfQuantityTimesUnitValue() throws Exception {
        String items = """
                [{"name":"大米","quantity":2.5,"unit":"kg","unitValueFen":398},
                 {"name":"食用油","quantity":3,"unit":"桶","unitValueFen":1234},
                 {"name":"棉被","quantity":0.1,"unit":"床","unitValueFen":10}]""";
        String made = record(fixtures.maker(), inKind(caseRef(), items)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.amountFen").value(995 + 3702 + 1))
                .andExpect(jsonPath("$.amount").value(46.98))
                .andExpect(jsonPath("$.items[0].valueFen").value(995))
                .andExpect(jsonPath("$.signedBy").value("AGENT")).andExpect(jsonPath("$.agentRelationship").value("儿子"))
                .andExpect(jsonPath("$.payeeIdNumberGiven").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(made).doesNotContain("42010619800101123");
        String id = JsonPath.read(made, "$.id");
        mvc.perform(as(fixtures.checker(), get(URL + "/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(3)).andExpect(jsonPath("$.items[1].quantity").value(3));

        record(fixtures.maker(), inKind(caseRef(), "[{\"name\":\"大米\",\"quantity\":2.5,\"unit\":\"kg\",\"unitValueFen\":399}]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("items[0].quantity"))
                .andExpect(jsonPath("$.errors[0].code").value("VALUE_NOT_WHOLE_FEN"));
    }

    @Test
    void incompleteReceiptsAreRefusedWithStableCodes() throws Exception {
        String body = inKind(caseRef(), "[]").replace("\"agentRelationship\":\"儿子\",", "");
        String problem = record(fixtures.maker(), body).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(problem, "$.errors[*].field")).contains("items", "agentRelationship");
        record(fixtures.maker(), cash(UUID.randomUUID(), caseRef(), 0, -5)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("INSTALMENT_NOT_POSITIVE"))
                .andExpect(jsonPath("$.errors[1].code").value("AMOUNT_OUT_OF_RANGE"));
        record(fixtures.maker(), cash(UUID.randomUUID(), caseRef(), 1, 100).replace("2026-01-05", "2999-01-05"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("SIGNED_IN_FUTURE"));
        record(fixtures.maker(), "{\"kind\":\"GOLD\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(as(fixtures.maker(), get(URL).param("size", "1000"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("PAGE_OUT_OF_RANGE"));
        mvc.perform(as(fixtures.maker(), get(URL + "/" + UUID.randomUUID()))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void staffOutsideTheRegionNeitherSeeNorConfirmNorRecordThere() throws Exception {
        String outsider = fixtures.financeOfficer("420102000000");
        String made = record(fixtures.maker(), cash(UUID.randomUUID(), caseRef(), 1, 300)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(made, "$.id");

        mvc.perform(as(outsider, get(URL + "/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(outsider, post(URL + "/" + id + "/confirm"))).andExpect(status().isNotFound());
        record(outsider, cash(UUID.randomUUID(), caseRef(), 1, 300)).andExpect(status().isNotFound());
        mvc.perform(as(outsider, get(URL).param("regionCode", COMMUNITY))).andExpect(status().isNotFound());
        String own = mvc.perform(as(outsider, get(URL))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(own, "$.items[*].id")).doesNotContain(id);

        String listed = mvc.perform(as(fixtures.checker(), get(URL).param("regionCode", "420106006000")
                        .param("from", "2000-01-01").param("to", "2999-12-31").param("size", "100")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(listed, "$.items[*].id")).contains(id);
        mvc.perform(as(fixtures.checker(), get(URL).param("from", "2020-02-01").param("to", "2020-01-01")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("RANGE_REVERSED"));
    }
}
