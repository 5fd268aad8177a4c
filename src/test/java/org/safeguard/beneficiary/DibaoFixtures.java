package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.safeguard.application.DibaoApplicationApproved;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registry households (head with a bank account) written straight into the registry tables, and dibao enrolments
 * for them. Months far in the future keep each test's payrolls and parameters apart from everything else.
 */
@Component
public class DibaoFixtures {

    private static final AtomicInteger MONTHS = new AtomicInteger();
    private static final Random RANDOM = new Random();

    private final JdbcClient jdbc;
    private final EnrolDibaoHousehold enrolment;
    private final BenefitLifecycle lifecycle;

    DibaoFixtures(JdbcClient jdbc, EnrolDibaoHousehold enrolment, BenefitLifecycle lifecycle) {
        this.jdbc = jdbc;
        this.enrolment = enrolment;
        this.lifecycle = lifecycle;
    }

    /** A household enrolled from this month (the amount the community's standard gives for income 1,200). */
    public UUID enrolledNow(String community) {
        UUID[] h = household(community, true);
        YearMonth month = YearMonth.now();
        enrolment.enrol(new DibaoApplicationApproved(UUID.randomUUID(), h[0], community, month.minusMonths(1).atDay(10), month,
                facts(h[1], "1200", LocalDate.of(1980, 1, 1)), null, false, "reviewer"));
        return h[0];
    }

    /** The same, put under review. */
    public UUID underReview(String community) {
        UUID h = enrolledNow(community);
        lifecycle.apply(h, BenefitState.ACTIVE, BenefitAction.START_REVIEW, "matrix fixture");
        return h;
    }

    /** A month no other test uses (from 2400-01 on). */
    public static YearMonth freshMonth() {
        return YearMonth.of(2400, 1).plusMonths(MONTHS.addAndGet(3));
    }

    /** A household with one member (the head), with or without a bank account; returns its id and the head's id. */
    public UUID[] household(String community, boolean bankAccount) {
        UUID household = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into household (id, region_code, hukou_type, address, bank_account, bank_name, created_at, updated_at)
                values (?, ?, 'URBAN', '测试路 1 号', ?, '测试银行', ?, ?)""")
                .params(household, community, bankAccount ? "6222" + String.format("%015d", Math.abs(RANDOM.nextLong()) % 1_000_000_000_000_000L) : null,
                        now, now).update();
        jdbc.sql("""
                insert into person (id, id_number, name, sex, birth_date, created_at, updated_at)
                values (?, ?, '低保测试', 'MALE', date '1980-01-01', ?, ?)""")
                .params(person, "T" + String.format("%017d", Math.abs(RANDOM.nextLong()) % 100_000_000_000_000_000L), now, now).update();
        jdbc.sql("""
                insert into household_member (id, household_id, person_id, relationship, co_residing, counted, active,
                  active_person_id, head_household_id, joined_at) values (?, ?, ?, 'HEAD', true, true, true, ?, ?, ?)""")
                .params(UUID.randomUUID(), household, person, person, household, now).update();
        return new UUID[] {household, person};
    }

    /** One counted adult with this income over the six-month reference period. */
    public static HouseholdFacts facts(UUID person, String sixMonthIncome) {
        return facts(person, sixMonthIncome, LocalDate.of(2370, 1, 1));
    }

    /** The same, for an adult born on the given day (keep members under 70 so no age supplement applies). */
    public static HouseholdFacts facts(UUID person, String sixMonthIncome, LocalDate birthDate) {
        return new HouseholdFacts(HukouType.URBAN, List.of(new HouseholdFacts.Member(person.toString(), birthDate,
                true, null, null, false, List.of(new HouseholdFacts.Income(IncomeType.WAGE, new BigDecimal(sixMonthIncome))))),
                List.of(), List.of());
    }

    public static DibaoApplicationApproved approval(UUID household, UUID person, String community, YearMonth firstMonth,
                                                    String sixMonthIncome, String amount) {
        return new DibaoApplicationApproved(UUID.randomUUID(), household, community, firstMonth.minusMonths(1).atDay(10),
                firstMonth, facts(person, sixMonthIncome, firstMonth.minusYears(40).atDay(1)), new BigDecimal(amount), false,
                "reviewer");
    }

    /** Enrols an existing fixture household (620 a month). */
    public void enrolHousehold(UUID[] h, String community, YearMonth firstMonth) {
        enrolment.enrol(approval(h[0], h[1], community, firstMonth, "1200", "620"));
    }

    /** Enrols a fresh household from {@code firstMonth}: income 1,200 over six months, so 820 − 200 = 620 a month. */
    public UUID enrolled(String community, YearMonth firstMonth) {
        UUID[] h = household(community, true);
        enrolment.enrol(approval(h[0], h[1], community, firstMonth, "1200", "620"));
        return h[0];
    }
}
