/**
 * The registry of persons and households: validation of resident ID numbers, membership rules,
 * region-scoped search, masking and audited reveal, history, and bulk import of rosters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Household registry")
package org.safeguard.household;
