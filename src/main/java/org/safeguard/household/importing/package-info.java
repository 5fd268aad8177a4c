/**
 * Bulk import of existing rosters (CSV or XLSX, one row per member, a household key column). Every row is
 * checked with the same {@link org.safeguard.household.HouseholdValidation} rules as the API, plus file-wide
 * checks (duplicate ID numbers, persons already in another household, region scope); writes are JDBC batches.
 * Exposed to other modules (the demo data loader, the population generator) as a named interface.
 */
@org.springframework.modulith.NamedInterface("importing")
package org.safeguard.household.importing;
