package org.safeguard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.safeguard.support.Api.household;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.TestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** A NUL was stored on H2 and a 409 on PostgreSQL; now both refuse it, naming the field, and store nothing. */
@SafeguardTest
class ControlCharacterInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNulInAnAddressIsRefusedWithTheFieldNamedAndNothingIsStored() throws Exception {
        String head = TestIds.adult();
        String body = household(head, TestIds.adult()).replace("楚材街 12 号", "楚材街\\u0000 12 号");

        mvc.perform(as("worker", post("/api/v1/households")).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("address"))
                .andExpect(jsonPath("$.errors[0].code").value("CONTROL_CHARACTER"));
        assertThat(jdbc.sql("select count(*) from person where id_number = ?").param(head).query(Long.class).single()).isZero();
    }

    @Test
    void aControlCharacterInsideAListIsNamedWithItsIndex() throws Exception {
        String body = household(TestIds.adult(), TestIds.adult()).replace("李娜", "李\\u0007娜");

        mvc.perform(as("worker", post("/api/v1/households")).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members[1].name"))
                .andExpect(jsonPath("$.errors[0].code").value("CONTROL_CHARACTER"));
    }

    @Test
    void lineBreaksAndTabsInTextStayAllowed() throws Exception {
        String body = household(TestIds.adult(), TestIds.adult()).replace("楚材街 12 号", "楚材街\\n12 号\\t");

        mvc.perform(as("worker", post("/api/v1/households")).content(body)).andExpect(status().isCreated());
    }

    @Test
    void aControlCharacterInAQueryOrFormParameterIsRefusedOnApiAndPages() throws Exception {
        mvc.perform(as("worker", get("/api/v1/households")).param("q", "张\u0000伟"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].code").value("CONTROL_CHARACTER"));
        mvc.perform(get("/households").param("q", "张\u0000伟")
                        .with(SecurityMockMvcRequestPostProcessors.user("worker").authorities(() -> "HOUSEHOLD_READ")))
                .andExpect(status().isBadRequest());
    }
}
