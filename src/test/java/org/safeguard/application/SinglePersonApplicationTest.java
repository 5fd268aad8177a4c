package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.application.ApplicationFixtures.investigation;
import static org.safeguard.application.ApplicationFixtures.materials;
import static org.safeguard.application.ApplicationFixtures.on;
import static org.safeguard.application.ApplicationFixtures.signatures;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A severely disabled member of a low-income family applies alone (单人户, issue 9 item 4): the application's facts
 * name the member, and the calculator assesses the family for the low-income test and the member for the amount.
 */
@SafeguardTest
class SinglePersonApplicationTest {

    private static final String CHUCAI = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    /** MockMvc clears the security context after each request: sign the worker in again for a direct query. */
    private <T> T asWorker(java.util.function.Supplier<T> query) {
        var user = users.loadUserByUsername("worker");
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return query.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theDisabledSpouseOfALowIncomeFamilyIsAssessedAlone() throws Exception {
        ApplicationFixtures f = new ApplicationFixtures(mvc);
        LocalDate day = LocalDate.of(2020, 8, 3);
        var c = f.create(CHUCAI, day);
        f.ok("worker", c.id(), "RECORD_SIGNATURES", signatures(day, c.personIds()));
        f.ok("worker", c.id(), "RECORD_MATERIALS", materials(day));
        f.ok("worker", c.id(), "ACCEPT", on(day));
        f.ok("worker", c.id(), "START_INVESTIGATION", on(day));
        f.ok("worker", c.id(), "RECORD_INVESTIGATION", investigation(day, "ONSITE"));
        // the head earns 10,800 over six months: 900 a head for the couple, above the standard 780 but below 1,170;
        // the spouse (limb disability grade 2, no income) applies alone
        String head = c.personIds().get(0);
        String spouse = c.personIds().get(1);
        f.ok("worker", c.id(), "RECORD_FACTS", "{\"on\":\"" + day + "\",\"facts\":{\"members\":[{\"personId\":\"" + head
                + "\",\"incomes\":[{\"type\":\"WAGE\",\"amount\":10800}]}],\"singlePersonId\":\"" + spouse + "\"}}");

        DibaoResult result = asWorker(() -> queries.calculation(UUID.fromString(c.id())).orElseThrow());

        assertThat(result.eligible()).isTrue();
        assertThat(result.countedMembers()).isEqualTo(1);
        assertThat(result.countedRefs()).containsExactly(spouse);
        // 780 for the spouse alone + 20 % of the standard for the grade-2 disability = 936
        assertThat(result.monthlyAmount()).isEqualByComparingTo("936");
    }

    @Test
    void aPersonWhoIsNotAMemberCannotBeNamed() throws Exception {
        ApplicationFixtures f = new ApplicationFixtures(mvc);
        LocalDate day = LocalDate.of(2020, 8, 3);
        var c = f.create(CHUCAI, day);
        f.ok("worker", c.id(), "RECORD_SIGNATURES", signatures(day, c.personIds()));
        f.ok("worker", c.id(), "RECORD_MATERIALS", materials(day));
        f.ok("worker", c.id(), "ACCEPT", on(day));
        f.ok("worker", c.id(), "START_INVESTIGATION", on(day));
        f.ok("worker", c.id(), "RECORD_INVESTIGATION", investigation(day, "ONSITE"));

        var refused = f.act("worker", c.id(), "RECORD_FACTS", "{\"on\":\"" + day + "\",\"facts\":{\"members\":[],"
                + "\"singlePersonId\":\"" + UUID.randomUUID() + "\"}}");

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString()).contains("facts.singlePersonId").contains("NOT_A_MEMBER");
    }
}
