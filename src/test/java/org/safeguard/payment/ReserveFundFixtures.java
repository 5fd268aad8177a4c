package org.safeguard.payment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reserve-fund state for access tests, written straight to the tables (ledger and balance kept in step). */
public final class ReserveFundFixtures {

    private ReserveFundFixtures() {
    }

    /** The township of a community code. */
    public static String township(String community) {
        return community.substring(0, 9) + "000";
    }

    /** A TOPUP entry of the amount booked into the community's township fund; returns the entry id. */
    public static UUID booked(ApplicationContext context, String community, String amount) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String township = township(community);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into reserve_fund_entry (id, township_code, kind, amount, topup_id, recorded_by, recorded_at)
                values (?, ?, 'TOPUP', ?, ?, 'fixture', ?)""")
                .params(id, township, new java.math.BigDecimal(amount), UUID.randomUUID(), now).update();
        if (jdbc.sql("update reserve_fund set balance = balance + ? where township_code = ?")
                .params(new java.math.BigDecimal(amount), township).update() == 0) {
            jdbc.sql("insert into reserve_fund (township_code, balance, updated_at) values (?, ?, ?)")
                    .params(township, new java.math.BigDecimal(amount), now).update();
        }
        return id;
    }

    /** A draw body for a fresh payee (the fund must hold 10.00). */
    public static String drawJson() {
        return """
                {"payeeKind":"PERSON","payeeId":"%s","caseRef":"HF-MATRIX","instalment":1,"amount":"10.00"}"""
                .formatted(UUID.randomUUID());
    }

    /** An institution payee in the community's township, registered directly; returns its id. */
    public static UUID institution(ApplicationContext context, String community) {
        UUID id = UUID.randomUUID();
        context.getBean(JdbcClient.class).sql("""
                insert into payment_institution (id, credit_code, name, region_code, bank_account, registered_by,
                  registered_at) values (?, ?, '街道备用金', ?, '6222020000005555', 'fixture', ?)""")
                .params(id, InstitutionCodes.random(), township(community), OffsetDateTime.now(ZoneOffset.UTC)).update();
        return id;
    }

    public static String topupJson(ApplicationContext context, String community) {
        return "{\"amount\":\"100.00\",\"institutionId\":\"%s\"}".formatted(institution(context, community));
    }

    /** A top-up requested in the community's township by someone no caller is; returns its id. */
    public static UUID requestedTopup(ApplicationContext context, String community) {
        UUID id = UUID.randomUUID();
        context.getBean(JdbcClient.class).sql("""
                insert into reserve_fund_topup (id, township_code, amount, institution_id, state, requested_by, requested_at)
                values (?, ?, 100.00, ?, 'REQUESTED', 'fixture-requester', ?)""")
                .params(id, township(community), institution(context, community), OffsetDateTime.now(ZoneOffset.UTC)).update();
        return id;
    }
}
