package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguard.shared.security.Permission;
import org.safeguard.support.Fixtures;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Table-driven from {@link ProcedureDefinitions}: in every state reachable on the main path of each procedure, every
 * action outside the table answers 409 with exactly the table's allowed actions, and every action in the table moves
 * a fresh application to the table's next state (or is refused for the named precondition that cannot hold there).
 */
@SafeguardTest
class ApplicationTransitionsApiTest {

    private static final String COMMUNITY = "420106006001";

    /** Rules whose precondition cannot hold on the main path (no override pending, approval not devolved on these dates). */
    private static final Map<ApplicationAction, Precondition> CANNOT_HOLD = Map.of(
            ApplicationAction.CONFIRM_OVERRIDE, Precondition.SECOND_APPROVER,
            ApplicationAction.SEND_FOR_TOWNSHIP_CONFIRMATION, Precondition.APPROVAL_DEVOLVED);

    @Autowired
    MockMvc mvc;

    static LocalDate start(Procedure procedure) {
        return procedure == Procedure.P2012 ? LocalDate.of(2021, 3, 1) : LocalDate.now().minusDays(80);
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void everyActionOutsideTheTableIsRefusedWithTheAllowedActions(Procedure procedure) throws Exception {
        ApplicationFixtures f = new ApplicationFixtures(mvc);
        List<String> mismatches = new ArrayList<>();
        for (ApplicationState state : mainPathStates(procedure)) {
            var c = state == ApplicationState.DRAFT ? f.createDraft(COMMUNITY, start(procedure)) : f.create(COMMUNITY, start(procedure));
            LocalDate last = f.driveTo(c, state.name(), start(procedure));
            assertThat(f.state("worker", c.id())).as("driven to").isEqualTo(state.name());
            List<String> allowed = ProcedureDefinitions.allowed(procedure, state).stream().map(r -> r.action().name()).toList();
            for (ApplicationAction action : ApplicationAction.values()) {
                if (action == ApplicationAction.REGISTER || ProcedureDefinitions.find(procedure, state, action).isPresent()) {
                    continue;
                }
                String user = userFor(ProcedureDefinitions.permissionsFor(action).get(0));
                MvcResult r = f.act(user, c.id(), action.name(), ApplicationFixtures.reason(last, "test"));
                String body = r.getResponse().getContentAsString();
                if (r.getResponse().getStatus() != 409 || !JsonPath.<List<String>>read(body, "$.allowedActions").equals(allowed)) {
                    mismatches.add(procedure + " " + state + " " + action + ": " + r.getResponse().getStatus() + " " + body);
                }
            }
            assertThat(f.state("worker", c.id())).isEqualTo(state.name());
        }
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void everyActionInTheTableLeadsToItsNextState(Procedure procedure) throws Exception {
        ApplicationFixtures f = new ApplicationFixtures(mvc);
        List<String> mismatches = new ArrayList<>();
        for (ApplicationState state : mainPathStates(procedure)) {
            for (var rule : ProcedureDefinitions.allowed(procedure, state)) {
                var c = state == ApplicationState.DRAFT ? f.createDraft(COMMUNITY, start(procedure)) : f.create(COMMUNITY, start(procedure));
                LocalDate last = f.driveTo(c, state.name(), start(procedure));
                boolean afterNotice = rule.action() == ApplicationAction.SEND_TO_COUNTY
                        || rule.action() == ApplicationAction.SEND_FOR_TOWNSHIP_CONFIRMATION
                        || state == ApplicationState.COUNTY_PUBLICITY && rule.action() == ApplicationAction.APPROVE;
                LocalDate on = last.plusDays(afterNotice ? 8 : 1);
                String user = userFor(rule.permission());
                MvcResult r = f.act(user, c.id(), rule.action().name(), rule.action() == ApplicationAction.REASSIGN
                        ? "{\"on\":\"" + on + "\",\"assignee\":\"" + user + "\"}" : payload(rule.action(), on, c));
                String body = r.getResponse().getContentAsString();
                Precondition cannot = CANNOT_HOLD.get(rule.action());
                if (cannot != null) {
                    if (r.getResponse().getStatus() != 409 || !JsonPath.<List<String>>read(body, "$.failedPreconditions").contains(cannot.name())) {
                        mismatches.add(procedure + " " + state + " " + rule.action() + " expected 409 " + cannot + ": " + body);
                    }
                } else if (r.getResponse().getStatus() != 200 || !JsonPath.read(body, "$.state").equals(rule.to().name())) {
                    mismatches.add(procedure + " " + state + " " + rule.action() + " → " + rule.to() + ": "
                            + r.getResponse().getStatus() + " " + body);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    static List<ApplicationState> mainPathStates(Procedure procedure) {
        List<ApplicationState> states = new ArrayList<>();
        for (ApplicationState s : ApplicationState.values()) {
            if (s.isFinal() || s == ApplicationState.TOWNSHIP_CONFIRMATION
                    || s == ApplicationState.COUNTY_PUBLICITY && procedure == Procedure.P2021) {
                continue;
            }
            states.add(s);
        }
        return states;
    }

    static String userFor(Permission permission) {
        return permission == Permission.APPLICATION_REVIEW ? ApplicationFixtures.reviewerFor(COMMUNITY)
                : Fixtures.caseworkerFor(COMMUNITY);
    }

    static String payload(ApplicationAction action, LocalDate on, ApplicationFixtures.Case c) {
        return switch (action) {
            case REQUEST_MATERIALS -> "{\"on\":\"" + on + "\",\"missingMaterials\":[\"收入证明\"]}";
            case RECORD_SIGNATURES -> ApplicationFixtures.signatures(on, c.personIds());
            case RECORD_MATERIALS -> ApplicationFixtures.materials(on);
            case ACCEPT -> "{\"on\":\"" + on + "\",\"commitment\":true}";
            case RECORD_INVESTIGATION -> ApplicationFixtures.investigation(on, "NEIGHBOUR_VISIT");
            case RECORD_FACTS -> ApplicationFixtures.facts(on, c.personIds().get(0));
            case RECORD_VERIFICATION -> ApplicationFixtures.verification(on);
            case POST_NOTICE -> "{\"on\":\"" + on + "\",\"opinion\":\"拟同意\"}";
            case PROPOSE_OVERRIDE -> "{\"on\":\"" + on + "\",\"overrideAmount\":900,\"reason\":\"临时困难\"}";
            default -> ApplicationFixtures.reason(on, "测试理由");
        };
    }
}
