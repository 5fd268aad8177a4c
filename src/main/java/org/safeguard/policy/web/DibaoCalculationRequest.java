package org.safeguard.policy.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/calculations/dibao}. Dates and enum values are strings so that a bad value
 * is reported with its field path (e.g. {@code members[0].incomes[1].type}) rather than as an unreadable body.
 * Income and deduction amounts are totals over the reference period, in yuan.
 */
record DibaoCalculationRequest(String regionCode, String referenceDate, String hukouType, List<MemberRequest> members,
                               List<AssetRequest> assets, List<DeductionRequest> deductions,
                               Map<String, Object> parameterOverrides, String singlePersonRef) {

    /** Without a single-person application. */
    DibaoCalculationRequest(String regionCode, String referenceDate, String hukouType, List<MemberRequest> members,
                            List<AssetRequest> assets, List<DeductionRequest> deductions,
                            Map<String, Object> parameterOverrides) {
        this(regionCode, referenceDate, hukouType, members, assets, deductions, parameterOverrides, null);
    }

    record MemberRequest(String ref, String birthDate, Boolean counted, String exclusionReason, Integer disabilityGrade,
                         Boolean seriousIllness, List<IncomeRequest> incomes) {
    }

    record IncomeRequest(String type, BigDecimal amount) {
    }

    record AssetRequest(String type, BigDecimal value, Integer count, String ownerRef) {
    }

    record DeductionRequest(String type, BigDecimal amount) {
    }
}
