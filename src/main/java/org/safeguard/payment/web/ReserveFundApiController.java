package org.safeguard.payment.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.payment.DrawFromReserveFund;
import org.safeguard.payment.ReserveFunds;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reserve-funds")
@Tag(name = "Township reserve funds", description = "备用金: help-first draws keyed by payee, case and instalment; "
        + "top-ups requested, approved by a county user and booked when the bank reports them paid; reversals")
class ReserveFundApiController {

    record DrawBody(org.safeguard.payment.PayeeKind payeeKind, UUID payeeId, String caseRef, Integer instalment,
                    java.math.BigDecimal amount, String reason) {
    }

    record ReasonBody(String reason) {
    }

    private final ReserveFunds funds;
    private final DrawFromReserveFund draws;

    ReserveFundApiController(ReserveFunds funds, DrawFromReserveFund draws) {
        this.funds = funds;
        this.draws = draws;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    @Operation(summary = "The reserve funds of the region's subtree, each balance beside its ledger sum")
    ResponseEntity<List<ReserveFunds.Fund>> list(@RequestParam(required = false) String regionCode) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(funds.list(regionCode));
    }

    @GetMapping("/{township}")
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    @Operation(summary = "One township's fund: balance, reconciliation, ledger and top-ups; outside the region 404")
    ResponseEntity<ReserveFunds.Detail> detail(@PathVariable String township) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(funds.detail(township));
    }

    @PostMapping("/{township}/draws")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    @Operation(summary = "Draw a help-first payment (201); the same payee, case and instalment again, or too little in the fund, 409")
    ResponseEntity<DrawFromReserveFund.Drawn> draw(@PathVariable String township, @RequestBody DrawBody b) {
        var drawn = draws.draw(new DrawFromReserveFund.Request(township, b.payeeKind(), b.payeeId(), b.caseRef(),
                b.instalment(), b.amount(), b.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/reserve-funds/" + township))
                .cacheControl(CacheControl.noStore()).body(drawn);
    }

    @PostMapping("/{township}/top-ups")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    @Operation(summary = "Request a top-up to the township's fund account, a registered institution payee (201)")
    ResponseEntity<Object> requestTopup(@PathVariable String township, @RequestBody ReserveFunds.TopupRequest body) {
        var topup = funds.requestTopup(township, body);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/reserve-funds/" + township))
                .cacheControl(CacheControl.noStore()).body(topup);
    }

    @PostMapping("/top-ups/{id}/approve")
    @PreAuthorize("hasAuthority('PAYROLL_APPROVE')")
    @Operation(summary = "Approve a top-up (county level, not the requester): its line joins a one-off payroll for four eyes")
    ResponseEntity<Object> approve(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(funds.decideTopup(id, true));
    }

    @PostMapping("/top-ups/{id}/reject")
    @PreAuthorize("hasAuthority('PAYROLL_APPROVE')")
    @Operation(summary = "Reject a top-up (county level, not the requester)")
    ResponseEntity<Object> reject(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(funds.decideTopup(id, false));
    }

    @PostMapping("/entries/{id}/reverse")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    @Operation(summary = "Reverse a draw or top-up by its opposite entry, once (201); never below a zero balance")
    ResponseEntity<Object> reverse(@PathVariable UUID id, @RequestBody ReasonBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(funds.reverse(id, body.reason()));
    }
}
