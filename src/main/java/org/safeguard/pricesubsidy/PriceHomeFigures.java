package org.safeguard.pricesubsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.safeguard.shared.web.HomeFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Overdue price-subsidy issuance on the home page: issuances in the user's area whose due date has passed while
 * their payroll has not reached the bank (not exported or reconciled). Reads the payroll state with one join.
 */
@Component
class PriceHomeFigures implements HomeFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    PriceHomeFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<HomeFigure> figuresFor(StaffPrincipal staff) {
        if (!staff.may(Permission.PRICE_SUBSIDY_READ)) {
            return List.of();
        }
        long overdue = jdbc.sql("""
                select count(*) from price_issuance i join payment_payroll_v p on p.id = i.payroll_id
                where i.region_code like ? and i.due_by < ? and p.state not in ('EXPORTED', 'RECONCILED')""")
                .params(staff.scopeLikePattern(), LocalDate.now(clock)).query(Long.class).single();
        return List.of(new HomeFigure("price-subsidy-overdue", overdue, "pricesubsidy.home.overdue",
                "/price-subsidies?regionCode=" + staff.homeRegion().value(), overdue > 0));
    }
}
