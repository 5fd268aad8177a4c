package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 15 item 5 for applications: an action changes the case, so it needs the version the caller read. Without it
 * the answer is 428 and nothing changes; with a version another action has since moved on, 409 STALE_VERSION (two
 * caseworkers recording facts at once no longer overwrite each other silently).
 */
@SafeguardTest
class ApplicationActionVersionTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    MockMvc mvc;

    @Test
    void anActionWithoutTheVersionIs428AndOneWithAStaleVersionIs409() throws Exception {
        ApplicationFixtures f = new ApplicationFixtures(mvc);
        var c = f.create(COMMUNITY, LocalDate.now());
        MvcResult missing = mvc.perform(as("worker", post("/api/v1/dibao/applications/" + c.id() + "/actions/ACCEPT"))
                .content("{\"commitment\":true}")).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(428);
        assertThat(JsonPath.<String>read(missing.getResponse().getContentAsString(), "$.code")).isEqualTo("VERSION_REQUIRED");
        assertThat(f.state("worker", c.id())).isEqualTo("SUBMITTED");

        String read = f.version("worker", c.id());
        f.ok("worker", c.id(), "RECORD_MATERIALS", "{\"materials\":[\"APPLICATION_FORM\"]}");
        MvcResult stale = mvc.perform(as("worker", post("/api/v1/dibao/applications/" + c.id() + "/actions/ACCEPT"))
                .content("{\"commitment\":true,\"version\":" + read + "}")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(stale.getResponse().getContentAsString(), "$.code")).isEqualTo("STALE_VERSION");
        assertThat(f.state("worker", c.id())).isEqualTo("SUBMITTED");
        MvcResult current = mvc.perform(as("worker", post("/api/v1/dibao/applications/" + c.id() + "/actions/ACCEPT"))
                .content("{\"commitment\":true,\"version\":" + f.version("worker", c.id()) + "}")).andReturn();
        assertThat(current.getResponse().getStatus()).as(current.getResponse().getContentAsString()).isEqualTo(200);
    }
}
