package org.safeguard.household;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules read of the registry, one household or person at a time. Not region-scoped: callers hold the
 * id already (from their own scoped records) and apply their own scope. Set-based SQL of other modules joins the
 * registry's published views instead ({@link RegistryViews}).
 */
public interface RegistryQueries {

    /** A household's region, hukou type and payee (the active head), whether or not it is dissolved. */
    record HouseholdSummary(UUID householdId, String regionCode, HukouType hukouType, UUID headPersonId, String headName,
                            boolean dissolved, boolean hasBankAccount) {
    }

    /** An active member with the facts a caseload assesses. */
    record Member(UUID personId, Relationship relationship, boolean counted, String exclusionReason,
                  java.time.LocalDate birthDate, java.time.LocalDate dateOfDeath, Integer disabilityGrade,
                  boolean seriousIllness) {
    }

    Optional<HouseholdSummary> household(UUID householdId);

    /** The active members, head first. */
    List<Member> activeMembers(UUID householdId);

    /** Households registered in the whole registry (demo data decides whether to generate a population). */
    long householdCount();
}
