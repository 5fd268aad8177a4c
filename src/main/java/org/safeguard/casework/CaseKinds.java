package org.safeguard.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * The kinds contributed as {@link CaseKindDefinition} beans, their procedures and authorities. An authority is held
 * by a role when the platform's Permission enum grants it (platform permissions, and the dibao ones that predate the
 * kernel) or when a kind contributes it to the role.
 */
@Component
public class CaseKinds {

    private final Map<String, CaseKindDefinition> kinds = new LinkedHashMap<>();

    public CaseKinds(List<CaseKindDefinition> definitions) {
        for (CaseKindDefinition d : definitions) {
            if (kinds.put(d.kind().code(), d) != null) {
                throw new IllegalStateException("case kind contributed twice: " + d.kind());
            }
        }
    }

    public List<CaseKindDefinition> all() {
        return List.copyOf(kinds.values());
    }

    public Optional<CaseKindDefinition> find(String kind) {
        return Optional.ofNullable(kinds.get(kind));
    }

    public ProcedureDefinition procedure(String kind, String procedure) {
        return find(kind).flatMap(k -> k.procedures().stream().filter(p -> p.code().equals(procedure)).findFirst())
                .orElseThrow(() -> new IllegalStateException("no procedure " + kind + "/" + procedure));
    }

    /** Codes of the kinds whose cases the role may see in the work queues. */
    public List<String> readableBy(Role role) {
        return kinds.values().stream().filter(k -> holds(role, k.readAuthority())).map(k -> k.kind().code()).toList();
    }

    /** The role holds the authority of the action in some state of some kind (checked before scope: 403, not 404). */
    public boolean mayEver(Role role, String action) {
        return kinds.values().stream().flatMap(k -> k.procedures().stream()).flatMap(p -> p.rules().stream())
                .filter(r -> r.action().equals(action)).anyMatch(r -> holds(role, r.authority()));
    }

    public boolean holds(Role role, String authority) {
        if (isPlatformPermission(authority) && role.may(Permission.valueOf(authority))) {
            return true;
        }
        return kinds.values().stream().anyMatch(k -> k.authorities().getOrDefault(authority, Set.of()).contains(role));
    }

    private static boolean isPlatformPermission(String authority) {
        for (Permission p : Permission.values()) {
            if (p.name().equals(authority)) {
                return true;
            }
        }
        return false;
    }
}
