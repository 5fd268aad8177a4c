package org.safeguard.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A cash or in-kind disbursement at the window, with its signed receipt. The ID number of an unregistered payee is
 * never echoed: {@code payeeIdNumberGiven} says only whether one was recorded. {@code paid} is true once confirmed.
 */
public record DisbursementView(UUID id, String regionCode, String payeeKind, UUID payeeId, String payeeName,
                               boolean payeeIdNumberGiven, String caseRef, int instalment, String kind, long amountFen,
                               BigDecimal amount, List<Item> items, String signedBy, String agentName,
                               String agentRelationship, Instant signedAt, String witnessedBy, String state,
                               String recordedBy, Instant recordedAt, String confirmedBy, Instant confirmedAt,
                               boolean paid) {

    public record Item(String name, BigDecimal quantity, String unit, long unitValueFen, long valueFen) {
    }

    public record Page(List<DisbursementView> items, int page, int size, boolean hasNext) {
    }
}
