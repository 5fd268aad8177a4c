package org.safeguard.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.Role;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kernel enforces a kind's table in one place: refusals name the allowed actions, authorities and preconditions
 * are checked, every transition is recorded and audited, deadlines run in hours or working days, stale versions are 409.
 */
@SafeguardTest
@Import(CaseLifecycleTest.HelpFirstKind.class)
class CaseLifecycleTest {

    private static final String COMMUNITY = "420106006001";

    @TestConfiguration
    static class HelpFirstKind {
        @Bean
        CaseKindDefinition helpFirstTestKind() {
            ProcedureDefinition p = ProcedureDefinition.builder(CaseKind.of("HELP_FIRST_TEST"), "V1")
                    .state("REPORTED").state("HELPED").finalState("CLOSED").finalState("WITHDRAWN")
                    .allow("REPORTED", "GIVE_HELP", "HELPED", "TEST_HELP_GIVE", "AMOUNT_GIVEN")
                    .allow("REPORTED", "REASSIGN", "REPORTED", "TEST_HELP_GIVE")
                    .allow("HELPED", "CLOSE", "CLOSED", "TEST_HELP_CLOSE")
                    .deadline("REPORTED", Deadline.hours(24))
                    .deadline("HELPED", Deadline.workingDays(5))
                    .audit("HELP_FIRST_TEST_", "help_first_test")
                    .build();
            return new CaseKindDefinition() {
                public CaseKind kind() { return CaseKind.of("HELP_FIRST_TEST"); }
                public List<ProcedureDefinition> procedures() { return List.of(p); }
                public String readAuthority() { return "TEST_HELP_READ"; }
                public Map<String, Set<Role>> authorities() {
                    return Map.of("TEST_HELP_READ", Set.of(Role.TOWNSHIP_CASEWORKER, Role.COUNTY_REVIEWER),
                            "TEST_HELP_GIVE", Set.of(Role.TOWNSHIP_CASEWORKER, Role.COMMUNITY_WORKER),
                            "TEST_HELP_CLOSE", Set.of(Role.COUNTY_REVIEWER));
                }
                public String statePrefix() { return "casework.test.state."; }
                public String pathOf(UUID id) { return "/cases/" + id; }
            };
        }
    }

    @Autowired
    CaseLifecycle lifecycle;
    @Autowired
    CaseQueries queries;
    @Autowired
    CaseKinds kinds;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return tx.execute(s -> work.get());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private UUID report() {
        return as("worker", () -> lifecycle.open(new NewCase(null, CaseKind.of("HELP_FIRST_TEST"), "V1",
                CaseSubject.unregistered("王五", null, "13800138000", "武昌火车站", "河南省信阳市"), COMMUNITY, "worker",
                "REPORTED", LocalDate.now(clock), null, "REPORT", Map.of("channel", "HOTLINE"))));
    }

    @Test
    void aHelpFirstCaseIsDueWithin24HoursOfBeingReported() {
        UUID id = report();
        CaseView c = as("worker", () -> queries.find(id));
        assertThat(c.state()).isEqualTo("REPORTED");
        assertThat(Duration.between(c.openedAt(), c.dueAt())).isEqualTo(Duration.ofHours(24));
        assertThat(c.overdue()).isFalse();
        assertThat(c.subjectPhoneMasked()).isEqualTo("138****8000");
        assertThat(c.version()).isZero();
    }

    @Test
    void anActionTheStateDoesNotOfferIsRefusedWithTheAllowedActions() {
        UUID id = report();
        assertThatThrownBy(() -> as("worker", () -> lifecycle.apply(CaseCommand.of(id, "CLOSE", null, null))))
                .isInstanceOfSatisfying(CaseActionRefused.class, e -> {
                    assertThat(e.state()).isEqualTo("REPORTED");
                    assertThat(e.allowed()).containsExactly("GIVE_HELP", "REASSIGN");
                    assertThat(e.failed()).isEmpty();
                });
        assertThat(as("worker", () -> queries.transitions(id))).extracting(CaseTransitionView::action).containsExactly("REPORT");
    }

    @Test
    void aFailedPreconditionIsNamedByItsCodeAndNothingChanges() {
        UUID id = report();
        assertThatThrownBy(() -> as("worker", () -> lifecycle.apply(CaseCommand.of(id, "GIVE_HELP", null, null)
                .checking(code -> false)))).isInstanceOfSatisfying(CaseActionRefused.class,
                e -> assertThat(e.failed()).containsExactly("AMOUNT_GIVEN"));
        assertThat(as("worker", () -> queries.find(id)).state()).isEqualTo("REPORTED");
    }

    @Test
    void aRoleWithoutTheKindsAuthorityIsForbidden() {
        UUID id = report();
        assertThatThrownBy(() -> as("reviewer", () -> lifecycle.apply(CaseCommand.of(id, "GIVE_HELP", null, null)
                .checking(code -> true)))).isInstanceOfSatisfying(SafeguardException.class,
                e -> assertThat(e.code()).isEqualTo(ProblemCode.FORBIDDEN));
        assertThat(kinds.holds(Role.COMMUNITY_WORKER, "TEST_HELP_GIVE")).isTrue();
        assertThat(kinds.holds(Role.FINANCE_OFFICER, "TEST_HELP_GIVE")).isFalse();
    }

    @Test
    void aCaseOutsideTheCallersSubtreeIsNotFound() {
        UUID id = report();
        assertThatThrownBy(() -> as("worker2", () -> lifecycle.apply(CaseCommand.of(id, "GIVE_HELP", null, null))))
                .isInstanceOfSatisfying(SafeguardException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.NOT_FOUND));
    }

    @Test
    void everyTransitionIsRecordedAuditedAndMovesTheVersionAndTheDeadlineOn() {
        UUID id = report();
        var done = as("worker", () -> lifecycle.apply(CaseCommand.of(id, "GIVE_HELP", null, "500 元 现金").checking(code -> true)));
        assertThat(done.version()).isEqualTo(1);
        CaseView helped = as("worker", () -> queries.find(id));
        assertThat(helped.state()).isEqualTo("HELPED");
        assertThat(helped.dueOn()).isAfter(LocalDate.now(clock).plusDays(4)); // five working days
        var t = as("worker", () -> queries.transitions(id));
        assertThat(t).extracting(CaseTransitionView::action).containsExactly("REPORT", "GIVE_HELP");
        assertThat(t.get(1).from()).isEqualTo("REPORTED");
        assertThat(t.get(1).actor()).isEqualTo("worker");
        assertThat(t.get(1).reason()).isEqualTo("500 元 现金");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'HELP_FIRST_TEST_GIVE_HELP' and entity_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
        as("reviewer", () -> lifecycle.apply(CaseCommand.of(id, "CLOSE", null, null)));
        CaseView closed = as("reviewer", () -> queries.find(id));
        assertThat(closed.open()).isFalse();
        assertThat(closed.dueAt()).isNull();
        assertThatThrownBy(() -> as("reviewer", () -> lifecycle.apply(CaseCommand.of(id, "CLOSE", null, null))))
                .isInstanceOfSatisfying(CaseActionRefused.class, e -> assertThat(e.allowed()).isEmpty());
    }

    @Test
    void aStaleVersionIsAConflictWithItsOwnCode() {
        UUID id = report();
        as("worker", () -> lifecycle.apply(CaseCommand.of(id, "REASSIGN", null, "就近").assigningTo("community")));
        assertThatThrownBy(() -> as("worker", () -> lifecycle.apply(CaseCommand.of(id, "GIVE_HELP", null, null)
                .checking(code -> true).expecting(0L)))).isInstanceOfSatisfying(SafeguardException.class,
                e -> assertThat(e.code()).isEqualTo(ProblemCode.STALE_VERSION));
        assertThat(as("worker", () -> lifecycle.apply(CaseCommand.of(id, "GIVE_HELP", null, null)
                .checking(code -> true).expecting(1L))).to()).isEqualTo("HELPED");
    }
}
