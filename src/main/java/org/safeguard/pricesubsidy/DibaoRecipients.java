package org.safeguard.pricesubsidy;

import java.time.YearMonth;
import java.util.UUID;

import org.safeguard.household.HouseholdRegionChanged;
import org.safeguard.shared.BenefitPeriodEnded;
import org.safeguard.shared.BenefitPeriodStarted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * This module's read model of who receives dibao in which month, fed by the shared benefit-period events (so this
 * module does not depend on the dibao caseload). Every handler is idempotent, because the event registry redelivers
 * after a crash: a start that is already there is skipped; an end closes exactly the period it names (by its start
 * month), or drops it when it ended before it began, so an end and the next start can arrive in either order.
 */
@Component
class DibaoRecipients {

    static final String DIBAO = "DIBAO";

    private final JdbcClient jdbc;

    DibaoRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(BenefitPeriodStarted e) {
        if (!DIBAO.equals(e.benefit())) {
            return;
        }
        String urbanRural = "RURAL".equals(e.urbanRural()) ? "RURAL" : "URBAN";
        for (UUID person : e.payeePersonIds()) {
            open(e.caseId(), person, e.regionCode(), urbanRural, e.from());
        }
    }

    @ApplicationModuleListener
    void on(BenefitPeriodEnded e) {
        if (!DIBAO.equals(e.benefit())) {
            return;
        }
        for (UUID person : e.payeePersonIds()) {
            close(e.caseId(), person, e.from(), e.to());
        }
    }

    /** The region picks the subsidy's standard and scopes the issuance: open periods follow the registry's current one. */
    @ApplicationModuleListener
    void on(HouseholdRegionChanged e) {
        jdbc.sql("""
                update price_dibao_person set region_code = (select h.region_code from registry_household_payee_v h
                    where h.household_id = price_dibao_person.household_id)
                where household_id = ? and to_month is null""").param(e.householdId()).update();
    }

    private void open(UUID household, UUID person, String region, String urbanRural, YearMonth from) {
        int exists = jdbc.sql("select count(*) from price_dibao_person where household_id = ? and person_id = ? and from_month = ?")
                .params(household, person, from.atDay(1)).query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("""
                    insert into price_dibao_person (household_id, person_id, region_code, urban_rural, from_month, to_month)
                    values (?, ?, ?, ?, ?, null)""").params(household, person, region, urbanRural, from.atDay(1)).update();
        }
    }

    private void close(UUID household, UUID person, YearMonth from, YearMonth last) {
        if (last.isBefore(from)) {
            jdbc.sql("delete from price_dibao_person where household_id = ? and person_id = ? and from_month = ?")
                    .params(household, person, from.atDay(1)).update();
            return;
        }
        jdbc.sql("update price_dibao_person set to_month = ? where household_id = ? and person_id = ? and from_month = ?")
                .params(last.atDay(1), household, person, from.atDay(1)).update();
    }
}
