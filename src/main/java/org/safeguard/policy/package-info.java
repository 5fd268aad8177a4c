/**
 * Policy parameters: effective-dated regional parameters inherited down the region tree (dibao
 * standards, asset rules, classified supplements, time limits), the working-day calendar, emergency
 * declarations, and (in {@code policy.dibao}) the dibao calculator that every dibao amount comes from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy parameters and calculators",
        allowedDependencies = {"region", "audit", "shared"})
package org.safeguard.policy;
