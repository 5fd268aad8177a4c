/**
 * The registry of persons and households: validation of resident ID numbers, membership rules,
 * region-scoped search, masking and audited reveal, history, and bulk import of rosters.
 * <p>
 * Published to other modules: the events {@link org.safeguard.household.PersonDied},
 * {@link org.safeguard.household.PersonMovedHousehold}, {@link org.safeguard.household.HouseholdRegionChanged},
 * {@link org.safeguard.household.BankAccountChanged}, {@link org.safeguard.household.CountedStatusChanged},
 * {@link org.safeguard.household.HouseholdCreated} and {@link org.safeguard.household.HouseholdDissolved} (after
 * commit, through the event publication registry); single-row reads through
 * {@link org.safeguard.household.RegistryQueries}; and for set-based SQL the views named in
 * {@link org.safeguard.household.RegistryViews}. Other modules never name the registry's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Household registry")
package org.safeguard.household;
