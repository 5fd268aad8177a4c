package org.safeguard.casework;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A kind's procedure as data: the (state, action) table, its steps, deadlines and refusals. */
class ProcedureDefinitionTest {

    private static final CaseKind HELP_FIRST = CaseKind.of("HELP_FIRST");

    static ProcedureDefinition helpFirst() {
        return ProcedureDefinition.builder(HELP_FIRST, "V1")
                .state("REPORTED").state("HELPED").finalState("CLOSED").finalState("WITHDRAWN")
                .allow("REPORTED", "GIVE_HELP", "HELPED", "HELP_FIRST_GIVE", "AMOUNT_GIVEN")
                .allow("REPORTED", "REASSIGN", "REPORTED", "HELP_FIRST_GIVE")
                .allow("REPORTED", "WITHDRAW", "WITHDRAWN", "HELP_FIRST_GIVE")
                .allow("HELPED", "CLOSE", "CLOSED", "HELP_FIRST_CLOSE", "RECEIPT_SIGNED")
                .deadline("REPORTED", Deadline.hours(24))
                .deadline("HELPED", Deadline.workingDays(5))
                .notSteps("WITHDRAW")
                .build();
    }

    @Test
    void theTableAnswersOnlyTheActionsOfTheState() {
        ProcedureDefinition p = helpFirst();
        assertThat(p.find("REPORTED", "GIVE_HELP")).hasValueSatisfying(r -> {
            assertThat(r.to()).isEqualTo("HELPED");
            assertThat(r.authority()).isEqualTo("HELP_FIRST_GIVE");
            assertThat(r.preconditions()).containsExactly("AMOUNT_GIVEN");
        });
        assertThat(p.find("REPORTED", "CLOSE")).isEmpty();
        assertThat(p.find("CLOSED", "GIVE_HELP")).isEmpty();
        assertThat(p.allowed("REPORTED")).extracting(ProcedureDefinition.Rule::action)
                .containsExactly("GIVE_HELP", "REASSIGN", "WITHDRAW");
        assertThat(p.allowed("CLOSED")).isEmpty();
    }

    @Test
    void reassignmentAndSideActionsAreNotSteps() {
        assertThat(helpFirst().steps("REPORTED")).extracting(ProcedureDefinition.Rule::action).containsExactly("GIVE_HELP");
    }

    @Test
    void deadlinesAreInHoursOrWorkingDaysPerState() {
        ProcedureDefinition p = helpFirst();
        assertThat(p.deadline("REPORTED")).contains(Deadline.hours(24));
        assertThat(p.deadline("HELPED")).contains(Deadline.workingDays(5));
        assertThat(p.deadline("CLOSED")).isEmpty();
        assertThat(p.isFinal("CLOSED")).isTrue();
        assertThat(p.isFinal("HELPED")).isFalse();
    }

    @Test
    void aRuleWithAnUnknownStateOrWithoutAuthorityIsRefusedWhenTheKindIsBuilt() {
        assertThatThrownBy(() -> ProcedureDefinition.builder(HELP_FIRST, "V1").state("A").allow("A", "GO", "B", "X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcedureDefinition.builder(HELP_FIRST, "V1").state("A").state("B").allow("A", "GO", "B", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcedureDefinition.builder(HELP_FIRST, "V1").finalState("A").state("B")
                .allow("A", "REOPEN", "B", "X").build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRefusalNamesTheStateTheActionTheAllowedActionsAndTheFailedPreconditions() {
        CaseActionRefused e = new CaseActionRefused("REPORTED", "CLOSE", List.of("GIVE_HELP", "REASSIGN"), List.of());
        assertThat(e.code().name()).isEqualTo("CONFLICT");
        assertThat(e.messageKey()).isEqualTo("casework.problem.actionRefused");
        assertThat(e.allowed()).containsExactly("GIVE_HELP", "REASSIGN");
        CaseActionRefused p = new CaseActionRefused("REPORTED", "GIVE_HELP", List.of("GIVE_HELP"), List.of("AMOUNT_GIVEN"));
        assertThat(p.messageKey()).isEqualTo("casework.problem.preconditions");
        assertThat(p.failed()).containsExactly("AMOUNT_GIVEN");
    }
}
