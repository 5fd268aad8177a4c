package org.safeguard.casework;

import java.util.UUID;

/**
 * Whom a case is about: a registered household, a registered person, or an unregistered person (non-local people,
 * hotline callers) known by name with an optional ID number, a phone, where they are now and their hukou place.
 */
public record CaseSubject(UUID householdId, UUID personId, Unregistered unregistered) {

    public record Unregistered(String name, String idNumber, String phone, String currentLocation, String hukouPlace) {
    }

    public static CaseSubject household(UUID householdId, UUID personId) {
        return new CaseSubject(householdId, personId, null);
    }

    public static CaseSubject person(UUID personId) {
        return new CaseSubject(null, personId, null);
    }

    public static CaseSubject unregistered(String name, String idNumber, String phone, String currentLocation,
                                           String hukouPlace) {
        return new CaseSubject(null, null, new Unregistered(name, idNumber, phone, currentLocation, hukouPlace));
    }

    public boolean isEmpty() {
        return householdId == null && personId == null
                && (unregistered == null || unregistered.name() == null || unregistered.name().isBlank());
    }
}
