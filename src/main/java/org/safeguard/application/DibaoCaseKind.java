package org.safeguard.application;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguard.casework.CaseKind;
import org.safeguard.casework.CaseKindDefinition;
import org.safeguard.casework.ProcedureDefinition;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Dibao applications as a kind of the casework kernel: the tables of {@link ProcedureDefinitions} become the kernel's
 * procedure definitions P2012 and P2021, and the four APPLICATION_* authorities are contributed with the roles that
 * the Permission enum already gives them (they predate the kernel; a new kind contributes its own strings instead).
 * Step deadlines are computed by {@link ApplicationDeadlines} from the region's parameters and handed to the kernel.
 */
@Component
class DibaoCaseKind implements CaseKindDefinition {

    static final CaseKind DIBAO = CaseKind.of("DIBAO");

    private static final List<Permission> AUTHORITIES = List.of(Permission.APPLICATION_READ, Permission.APPLICATION_WRITE,
            Permission.APPLICATION_TOWNSHIP, Permission.APPLICATION_REVIEW);

    private final List<ProcedureDefinition> procedures;
    private final Map<String, Set<Role>> authorities;

    DibaoCaseKind() {
        this.procedures = List.of(definition(Procedure.P2012), definition(Procedure.P2021));
        Map<String, Set<Role>> a = new LinkedHashMap<>();
        for (Permission p : AUTHORITIES) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role r : Role.values()) {
                if (r.may(p)) {
                    roles.add(r);
                }
            }
            a.put(p.name(), Set.copyOf(roles));
        }
        this.authorities = Map.copyOf(a);
    }

    static ProcedureDefinition definition(Procedure procedure) {
        ProcedureDefinition.Builder b = ProcedureDefinition.builder(DIBAO, procedure.name())
                .audit("APPLICATION_", "dibao_application")
                .notSteps(ApplicationAction.TERMINATE.name());
        for (ApplicationState s : ApplicationState.values()) {
            if (s.isFinal()) {
                b.finalState(s.name());
            } else {
                b.state(s.name());
            }
        }
        for (ProcedureDefinitions.Rule r : ProcedureDefinitions.rules(procedure)) {
            b.allow(r.from().name(), r.action().name(), r.to().name(), r.permission().name(),
                    r.preconditions().stream().map(Enum::name).toArray(String[]::new));
        }
        return b.build();
    }

    @Override
    public CaseKind kind() {
        return DIBAO;
    }

    @Override
    public List<ProcedureDefinition> procedures() {
        return procedures;
    }

    @Override
    public String readAuthority() {
        return Permission.APPLICATION_READ.name();
    }

    @Override
    public Map<String, Set<Role>> authorities() {
        return authorities;
    }

    @Override
    public String statePrefix() {
        return "application.state.";
    }

    @Override
    public String pathOf(UUID caseId) {
        return "/applications/" + caseId;
    }
}
