package org.safeguard.payment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * What a benefit module says one payee is owed for a month. The bank account and name are snapshots taken
 * now, stored as given and shown masked everywhere except in the bank file.
 */
public record PayableLine(UUID payeeId, String regionCode, String payeeName, String bankName, String bankAccount,
                          BigDecimal amount, LineComponents components, String changeReason) {

    public PayableLine {
        Objects.requireNonNull(payeeId, "payeeId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(payeeName, "payeeName");
        Objects.requireNonNull(bankAccount, "bankAccount");
        Objects.requireNonNull(components, "components");
        Objects.requireNonNull(amount, "amount");
        if (amount.compareTo(components.total()) != 0) {
            throw new IllegalArgumentException("components do not sum to the amount of payee " + payeeId);
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("nothing to pay for payee " + payeeId);
        }
        amount = components.total();
    }

    /** A line whose amount is the sum of its components. */
    public static PayableLine of(UUID payeeId, String regionCode, String payeeName, String bankName, String bankAccount,
                                 LineComponents components, String changeReason) {
        return new PayableLine(payeeId, regionCode, payeeName, bankName, bankAccount, components.total(), components,
                changeReason);
    }

    @Override
    public String toString() {
        return "PayableLine[payee=" + payeeId + ", amount=" + amount + "]";
    }
}
