package org.safeguard.household;

import java.util.ArrayList;
import java.util.List;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;

/** The purpose of a reveal as given by the user: a purpose from the list, a reference where needed, a short note. */
public record RevealRequest(String purpose, String reference, String note) {

    public static final int NOTE_MAX = 500;
    public static final int REFERENCE_MAX = 100;

    /** The checked purpose; refuses with every field problem at once. */
    RevealPurpose validated() {
        List<FieldProblem> problems = new ArrayList<>();
        RevealPurpose parsed = null;
        if (purpose == null || purpose.isBlank()) {
            problems.add(FieldProblem.of("purpose", "REVEAL_PURPOSE_REQUIRED"));
        } else {
            try {
                parsed = RevealPurpose.valueOf(purpose.strip());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("purpose", "UNKNOWN_VALUE"));
            }
        }
        if (parsed != null && parsed.needsReference() && (reference == null || reference.isBlank())) {
            problems.add(FieldProblem.of("reference", "REVEAL_REFERENCE_REQUIRED"));
        }
        if (reference != null && reference.strip().length() > REFERENCE_MAX) {
            problems.add(FieldProblem.of("reference", "TEXT_TOO_LONG", REFERENCE_MAX));
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            problems.add(FieldProblem.of("note", "TEXT_TOO_LONG", NOTE_MAX));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        return parsed;
    }

    String referenceOrNull() {
        return reference == null || reference.isBlank() ? null : reference.strip();
    }

    String noteOrNull() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
