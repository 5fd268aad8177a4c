package org.safeguard.policy;

import java.util.List;

/**
 * A module's contribution to the {@link ParameterCatalog}: a Spring bean listing the parameters the module reads.
 * The module keeps the definitions as constants and resolves with them (they are its typed handles).
 */
public interface ParameterDeclarations {

    List<ParameterDefinition> parameters();
}
