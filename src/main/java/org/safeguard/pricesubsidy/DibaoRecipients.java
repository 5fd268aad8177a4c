package org.safeguard.pricesubsidy;

import java.time.YearMonth;
import java.util.UUID;

import org.safeguard.beneficiary.DibaoEnded;
import org.safeguard.beneficiary.DibaoEnrolled;
import org.safeguard.beneficiary.DibaoMembersChanged;
import org.safeguard.policy.dibao.HukouType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * This module's read model of the dibao caseload (who is a dibao recipient in which month), fed by the
 * beneficiary module's events. Every handler is idempotent, because the event registry redelivers after a crash:
 * an enrolment that is already there is skipped, a member change closes the open periods and opens new ones from
 * its month, an end closes the open periods at its last month.
 */
@Component
class DibaoRecipients {

    private final JdbcClient jdbc;

    DibaoRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(DibaoEnrolled e) {
        String urbanRural = e.hukouType() == HukouType.RURAL ? "RURAL" : "URBAN";
        for (UUID person : e.coveredPersonIds()) {
            open(e.householdId(), person, e.regionCode(), urbanRural, e.firstMonth());
        }
    }

    @ApplicationModuleListener
    void on(DibaoMembersChanged e) {
        var household = jdbc.sql("""
                select region_code, urban_rural from price_dibao_person where household_id = ? order by from_month desc limit 1""")
                .param(e.householdId()).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).optional();
        if (household.isEmpty()) {
            return;
        }
        close(e.householdId(), e.fromMonth().minusMonths(1));
        for (UUID person : e.coveredPersonIds()) {
            open(e.householdId(), person, household.get()[0], household.get()[1], e.fromMonth());
        }
    }

    @ApplicationModuleListener
    void on(DibaoEnded e) {
        close(e.householdId(), e.lastMonth());
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

    /** Ends every period of the household still open after {@code last}; periods that start later are dropped. */
    private void close(UUID household, YearMonth last) {
        jdbc.sql("delete from price_dibao_person where household_id = ? and from_month > ?").params(household, last.atDay(1)).update();
        jdbc.sql("update price_dibao_person set to_month = ? where household_id = ? and (to_month is null or to_month > ?)")
                .params(last.atDay(1), household, last.atDay(1)).update();
    }
}
