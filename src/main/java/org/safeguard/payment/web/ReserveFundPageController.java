package org.safeguard.payment.web;

import org.safeguard.payment.ReserveFunds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The township reserve funds (备用金): balances with their reconciliation, and one township's ledger and top-ups. */
@Controller
@RequestMapping("/reserve-funds")
class ReserveFundPageController {

    private final ReserveFunds funds;

    ReserveFundPageController(ReserveFunds funds) {
        this.funds = funds;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    String list(@RequestParam(required = false) String regionCode, Model model) {
        model.addAttribute("funds", funds.list(regionCode));
        return "payment/reserve-funds";
    }

    @GetMapping("/{township}")
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    String detail(@PathVariable String township, Model model) {
        model.addAttribute("d", funds.detail(township));
        return "payment/reserve-fund";
    }
}
