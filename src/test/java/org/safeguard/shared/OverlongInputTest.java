package org.safeguard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.application.ApplicationFixtures;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An over-long reason answered 409 "the same person added twice"; it is the caller's input, so a 400. */
@SafeguardTest
class OverlongInputTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aReasonLongerThanTheDatabaseHoldsIsABadRequestAndTheCaseDoesNotMove() throws Exception {
        var f = new ApplicationFixtures(mvc);
        var c = f.create("420106006001", LocalDate.now());

        var r = f.act("worker", c.id(), "REASSIGN", "{\"assignee\":\"community\",\"reason\":\"" + "长".repeat(20_000) + "\"}");

        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(r.getResponse().getContentAsString(), "$.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(f.state("worker", c.id())).isEqualTo("SUBMITTED");
    }
}
