package org.safeguard.specialhardship.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/v1/calculations/special-hardship}. Dates and enum values are strings so that a bad
 * value is reported with its field path. Income amounts are totals over the reference period, as for dibao.
 */
record SpecialHardshipCalculationRequest(String regionCode, String referenceDate, String hukouType, PersonRequest person,
                                         List<SupporterRequest> supporters, AdlRequest adl) {

    record PersonRequest(String birthDate, String disabilityCategory, Integer disabilityGrade, List<IncomeRequest> incomes,
                         List<AssetRequest> assets) {
    }

    record IncomeRequest(String type, BigDecimal amount) {
    }

    record AssetRequest(String type, BigDecimal value, Integer count) {
    }

    record SupporterRequest(String relationship, String birthDate, List<String> status) {
    }

    record AdlRequest(Boolean eating, Boolean dressing, Boolean transferring, Boolean toileting, Boolean walkingIndoors,
                      Boolean bathing) {
    }
}
