package org.safeguard.household;

import java.util.UUID;

/**
 * The household's bank account (or bank) changed. The account number itself is not in the event (it would sit in
 * the event publication table in clear): payrolls read the current one from the registry's read model.
 * {@code hasAccount} is false when the account was removed.
 */
public record BankAccountChanged(UUID householdId, String regionCode, boolean hasAccount) {
}
