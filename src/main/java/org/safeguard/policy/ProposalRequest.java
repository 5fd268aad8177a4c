package org.safeguard.policy;

import java.util.List;

/**
 * A proposal as submitted (form or API): strings, so that every bad value is reported beside its field.
 * {@code changes[i].value} is the text form of {@link ProposedValues}.
 */
public record ProposalRequest(String regionCode, String effectiveFrom, String reason, List<Change> changes) {

    public record Change(String parameter, String value) {
    }
}
