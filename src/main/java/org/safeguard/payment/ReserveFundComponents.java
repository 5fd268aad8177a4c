package org.safeguard.payment;

import java.util.List;

import org.springframework.stereotype.Component;

/** A reserve-fund top-up line has one part: the top-up (label payment.component.RESERVE_TOPUP). */
@Component
class ReserveFundComponents implements PaymentComponentCodes {

    @Override
    public String benefit() {
        return ReserveFunds.BENEFIT;
    }

    @Override
    public List<String> componentCodes() {
        return List.of(ReserveFunds.CODE);
    }
}
