package org.safeguard.policy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Every parameter that some module declares (issue 8 item 2): collected from the {@link ParameterDeclarations} beans
 * at start-up, refusing a name declared twice. Answers lookups by name, for the store, proposals and the /policy page.
 */
@Service
public class ParameterCatalog {

    private final Map<String, ParameterDefinition> byName = new LinkedHashMap<>();

    public ParameterCatalog(List<ParameterDeclarations> declarations) {
        for (ParameterDeclarations d : declarations) {
            for (ParameterDefinition p : d.parameters()) {
                ParameterDefinition before = byName.putIfAbsent(p.name(), p);
                if (before != null) {
                    throw new IllegalStateException("parameter " + p.name() + " is declared twice (modules "
                            + before.module() + " and " + p.module() + ")");
                }
            }
        }
    }

    /** The definition of that name (case-insensitive, surrounding blanks ignored). */
    public Optional<ParameterDefinition> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toUpperCase(Locale.ROOT)));
    }

    public ParameterDefinition require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown parameter " + name));
    }

    /** Every definition, in declaration order (module by module). */
    public Collection<ParameterDefinition> all() {
        return byName.values();
    }
}
