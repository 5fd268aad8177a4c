package org.safeguard.goodfaith;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One good-faith record as shown to reviewers and auditors. */
public record GoodFaithView(long id, String caseKind, UUID caseId, UUID householdId, String regionCode,
                            LocalDate decidedOn, String decidedBy, List<String> procedures, List<Long> declarationIds,
                            String justification, LocalDate correctionFrom, LocalDate correctionDueOn,
                            CorrectionOutcome outcome, String outcomeNote, String outcomeBy, LocalDate outcomeOn,
                            GoodFaithStatus status, int version) {
}
