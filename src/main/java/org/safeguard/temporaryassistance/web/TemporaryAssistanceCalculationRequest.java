package org.safeguard.temporaryassistance.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/v1/calculations/temporary-assistance} (issue 10 item 5). Dates and enum values are
 * strings so that a bad value is reported with its field path. Money is in yuan.
 */
record TemporaryAssistanceCalculationRequest(String regionCode, String requestDate, String type, String hukouType,
                                             Boolean localHukou, String severity, Integer persons, String cause,
                                             BigDecimal requestedAmount, BigDecimal perCapitaIncome,
                                             BigDecimal outOfPocketExpense, BigDecimal previousYearDisposableIncome,
                                             UnemploymentRequest unemployment, List<GrantRequest> previousGrants) {

    record UnemploymentRequest(Integer monthsWithoutIncome, Boolean unemploymentInsurance, Boolean inDibao) {
    }

    /** An earlier grant: its cause and date, and optionally the region that granted it (any region counts). */
    record GrantRequest(String cause, String date, String regionCode) {
    }
}
