package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The procedure tables themselves: every (state, action) pair of both procedures is either a rule or refused with the allowed list. */
class ProcedureDefinitionsTest {

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void everyStateActionPairIsEitherARuleOrRefusedNamingTheAllowedActions(Procedure procedure) {
        for (ApplicationState state : ApplicationState.values()) {
            var allowed = ProcedureDefinitions.allowed(procedure, state).stream().map(ProcedureDefinitions.Rule::action).toList();
            for (ApplicationAction action : ApplicationAction.values()) {
                var rule = ProcedureDefinitions.find(procedure, state, action);
                if (rule.isPresent()) {
                    assertThat(ProcedureDefinitions.require(procedure, state, action)).isEqualTo(rule.get());
                    assertThat(allowed).contains(action);
                } else {
                    assertThat(allowed).doesNotContain(action);
                    assertThatThrownBy(() -> ProcedureDefinitions.require(procedure, state, action))
                            .isInstanceOfSatisfying(ApplicationActionRefused.class, e -> {
                                assertThat(e.state()).isEqualTo(state);
                                assertThat(e.allowed()).containsExactlyElementsOf(allowed);
                            });
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void finalStatesOnlyRecordTheServedNoticeAndEveryOtherStateCanBeTerminatedForNonCooperation(Procedure procedure) {
        for (ApplicationState state : ApplicationState.values()) {
            if (state.isFinal()) {
                var allowed = ProcedureDefinitions.allowed(procedure, state);
                if (state == ApplicationState.APPROVED || state == ApplicationState.REJECTED) {
                    assertThat(allowed).singleElement().satisfies(r -> {
                        assertThat(r.action()).isEqualTo(ApplicationAction.RECORD_NOTICE_SERVED);
                        assertThat(r.to()).isEqualTo(state);
                        assertThat(r.preconditions()).containsExactly(Precondition.NOTICE_NOT_YET_SERVED);
                    });
                } else {
                    assertThat(allowed).isEmpty();
                }
            } else if (state == ApplicationState.DRAFT) {
                assertThat(ProcedureDefinitions.find(procedure, state, ApplicationAction.TERMINATE)).as("a draft is discarded").isEmpty();
                assertThat(ProcedureDefinitions.allowed(procedure, state)).allMatch(r -> r.preconditions().contains(Precondition.DRAFT_AUTHOR));
            } else {
                assertThat(ProcedureDefinitions.find(procedure, state, ApplicationAction.TERMINATE))
                        .hasValueSatisfying(r -> assertThat(r.to()).isEqualTo(ApplicationState.TERMINATED_NONCOOPERATION));
            }
        }
        assertThat(ProcedureDefinitions.rules(procedure)).noneMatch(r -> r.action() == ApplicationAction.REGISTER);
    }

    @Test
    void the2012ProcedureHasDemocraticAppraisalAfterInvestigationAndCountyPublicityBeforeTheDecision() {
        assertThat(ProcedureDefinitions.require(Procedure.P2012, ApplicationState.INVESTIGATING, ApplicationAction.COMPLETE_INVESTIGATION).to())
                .isEqualTo(ApplicationState.DEMOCRATIC_APPRAISAL);
        assertThat(ProcedureDefinitions.require(Procedure.P2012, ApplicationState.COUNTY_REVIEW, ApplicationAction.POST_COUNTY_NOTICE).to())
                .isEqualTo(ApplicationState.COUNTY_PUBLICITY);
        assertThat(ProcedureDefinitions.find(Procedure.P2012, ApplicationState.COUNTY_REVIEW, ApplicationAction.APPROVE)).isEmpty();
        assertThat(reachable(Procedure.P2012)).containsAll(EnumSet.allOf(ApplicationState.class));
    }

    @Test
    void the2021ProcedureGoesStraightToTheTownshipOpinionAndHasNoCountyPublicity() {
        assertThat(ProcedureDefinitions.require(Procedure.P2021, ApplicationState.INVESTIGATING, ApplicationAction.COMPLETE_INVESTIGATION).to())
                .isEqualTo(ApplicationState.TOWNSHIP_OPINION);
        assertThat(ProcedureDefinitions.require(Procedure.P2021, ApplicationState.COUNTY_REVIEW, ApplicationAction.APPROVE).to())
                .isEqualTo(ApplicationState.APPROVED);
        assertThat(reachable(Procedure.P2021)).doesNotContain(ApplicationState.COUNTY_PUBLICITY)
                .contains(ApplicationState.DEMOCRATIC_APPRAISAL, ApplicationState.TOWNSHIP_CONFIRMATION, ApplicationState.APPROVED);
        // democratic appraisal only after an objection
        assertThat(ProcedureDefinitions.rules(Procedure.P2021)).filteredOn(r -> r.to() == ApplicationState.DEMOCRATIC_APPRAISAL && r.from() != r.to())
                .allMatch(r -> r.from() == ApplicationState.OBJECTION);
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void decisionsNeedTheReviewPermissionExceptWhereTheTownshipConfirms(Procedure procedure) {
        for (var rule : ProcedureDefinitions.rules(procedure)) {
            if (rule.action() == ApplicationAction.APPROVE) {
                assertThat(rule.permission()).isEqualTo(rule.from() == ApplicationState.TOWNSHIP_CONFIRMATION
                        ? org.safeguard.shared.security.Permission.APPLICATION_TOWNSHIP
                        : org.safeguard.shared.security.Permission.APPLICATION_REVIEW);
                assertThat(rule.preconditions()).contains(Precondition.REQUIRED_VISIT_DONE, Precondition.NO_UNCONFIRMED_OVERRIDE);
            }
            if (rule.action() == ApplicationAction.CONFIRM_OVERRIDE) {
                assertThat(rule.permission()).isEqualTo(org.safeguard.shared.security.Permission.APPLICATION_REVIEW);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void acceptanceNeedsTheChecklistOrTheCommitmentAndItemsCanBeTickedUntilTheInvestigationEnds(Procedure procedure) {
        assertThat(ProcedureDefinitions.require(procedure, ApplicationState.SUBMITTED, ApplicationAction.ACCEPT).preconditions())
                .contains(Precondition.MATERIALS_COMPLETE_OR_COMMITMENT);
        assertThat(ProcedureDefinitions.rules(procedure)).filteredOn(r -> r.action() == ApplicationAction.RECORD_MATERIALS)
                .allMatch(r -> r.to() == r.from())
                .extracting(ProcedureDefinitions.Rule::from).containsExactlyInAnyOrder(ApplicationState.DRAFT, ApplicationState.SUBMITTED,
                        ApplicationState.MATERIALS_INCOMPLETE, ApplicationState.ACCEPTED, ApplicationState.INVESTIGATING);
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void everyOpenStateCanBeReassignedByTheSideThatHoldsIt(Procedure procedure) {
        for (ApplicationState state : ApplicationState.values()) {
            var rule = ProcedureDefinitions.find(procedure, state, ApplicationAction.REASSIGN);
            if (state.isFinal() || state == ApplicationState.DRAFT) {
                assertThat(rule).isEmpty();
            } else {
                assertThat(rule).hasValueSatisfying(r -> {
                    assertThat(r.to()).isEqualTo(state);
                    assertThat(r.permission()).isEqualTo(state == ApplicationState.COUNTY_REVIEW || state == ApplicationState.COUNTY_PUBLICITY
                            ? org.safeguard.shared.security.Permission.APPLICATION_REVIEW
                            : org.safeguard.shared.security.Permission.APPLICATION_TOWNSHIP);
                });
            }
        }
    }

    private static Set<ApplicationState> reachable(Procedure procedure) {
        Set<ApplicationState> seen = EnumSet.of(ApplicationState.DRAFT, ApplicationState.SUBMITTED);
        var queue = new ArrayDeque<ApplicationState>(seen);
        while (!queue.isEmpty()) {
            for (var rule : ProcedureDefinitions.allowed(procedure, queue.poll())) {
                if (seen.add(rule.to())) {
                    queue.add(rule.to());
                }
            }
        }
        return seen;
    }
}
