package org.safeguard.payment;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.UUID;

/** One payroll line with the payee's name and bank account masked; the full values only reach the bank file. */
public record PayrollLineView(UUID id, UUID payrollId, PayeeKind payeeKind, UUID payeeId, String regionCode,
                              String payeeNameMasked, String bankName, String bankAccountMasked, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                              LineComponents components, String changeReason, String lineKind, int kindSeq,
                              String status, String resultReason, UUID reissueOf) {

    PayrollLineView withComponents(LineComponents parts) {
        return new PayrollLineView(id, payrollId, payeeKind, payeeId, regionCode, payeeNameMasked, bankName,
                bankAccountMasked, amount, parts, changeReason, lineKind, kindSeq, status, resultReason, reissueOf);
    }
}
