package org.safeguard.application;

import java.util.UUID;

/**
 * What the caseload knows about a household when an application is registered. A household still receiving dibao
 * may not apply again: a change of its circumstances is a change report or a review of the benefit it has
 * (domain.md §3.7), not a second application. Implemented by the beneficiary module, which depends on this one.
 */
public interface DibaoCaseloadStatus {

    /** True while the household is in the caseload and its benefit has not been terminated. */
    boolean receivesDibao(UUID householdId);
}
