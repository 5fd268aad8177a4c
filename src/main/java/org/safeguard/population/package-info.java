/**
 * Synthetic population: deterministic households with valid resident ID numbers over a region tree, written
 * in the bulk-import CSV format. Used for the demo data, tests and the import benchmark; runnable without
 * Spring as {@link org.safeguard.population.GeneratePopulation}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic population",
        allowedDependencies = {"shared", "household", "household::importing"})
package org.safeguard.population;
