package org.safeguard.payment.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.payment.CloseOneOffPayroll;
import org.safeguard.payment.PayOneOff;
import org.safeguard.payment.PayrollView;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "One-off payments by instalment, keyed by payee, case and instalment")
class PaymentApiController {

    private final PayOneOff payOneOff;
    private final CloseOneOffPayroll close;

    PaymentApiController(PayOneOff payOneOff, CloseOneOffPayroll close) {
        this.payOneOff = payOneOff;
        this.close = close;
    }

    @PostMapping("/one-off")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    @Operation(summary = "Pay one instalment of one-off help (201); the same payee, case and instalment again answers 409")
    ResponseEntity<PayOneOff.Paid> pay(@RequestBody PayOneOff.Request request) {
        PayOneOff.Paid paid = payOneOff.pay(request);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/payrolls/" + paid.payrollId()))
                .cacheControl(CacheControl.noStore()).body(paid);
    }

    @PostMapping("/one-off-payrolls/{id}/close")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    @Operation(summary = "Close a collecting one-off payroll for approval by a second person (totals and file hash)")
    ResponseEntity<PayrollView> close(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(close.close(id));
    }
}
