package org.safeguard.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.shared.security.Role;

/**
 * What a module contributes for its kind of case, as a Spring bean: its procedure definitions (one per procedure
 * version, e.g. dibao's 2012 and 2021 procedures), the authorities its actions need and which roles hold them (so
 * that a new benefit does not add to the platform's Permission enum), and the message-key prefix of its states.
 */
public interface CaseKindDefinition {

    CaseKind kind();

    List<ProcedureDefinition> procedures();

    /** The authority needed to see the kind's cases in the shared work queues. */
    String readAuthority();

    /** Authority → the roles that hold it. */
    Map<String, Set<Role>> authorities();

    /** Message-key prefix of the kind's states, e.g. {@code application.state.}; the key of the kind's name is {@code casework.kind.<code>}. */
    String statePrefix();

    /** Link to a case's page of the kind's own module, e.g. {@code /applications/{id}}. */
    String pathOf(java.util.UUID caseId);
}
