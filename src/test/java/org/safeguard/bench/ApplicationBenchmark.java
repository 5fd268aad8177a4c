package org.safeguard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguard.application.ActionRequest;
import org.safeguard.application.DibaoMaterials;
import org.safeguard.application.ApplicationAction;
import org.safeguard.application.ApplicationQueries;
import org.safeguard.application.ApplicationState;
import org.safeguard.application.Channel;
import org.safeguard.application.DibaoApplications;
import org.safeguard.application.FactsInput;
import org.safeguard.application.InvestigationMethod;
import org.safeguard.application.NewApplication;
import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberView;
import org.safeguard.household.SearchCriteria;
import org.safeguard.policy.dibao.IncomeType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Dibao applications on PostgreSQL: whole cases through the 2021 procedure (register, signatures, acceptance,
 * investigation, facts, verification, opinion and notice, county review, approval with snapshot and event:
 * register + 11 actions, the materials tick included) per second, then the work-queue page (50 most urgent, overdue filter, township scope) p50/p95.
 * Run with bench/applications.sh.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=4000"})
@WithUserDetails("worker")
class ApplicationBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 500);
    /** Synthetic applications added (PostgreSQL) before the work-queue measurement. */
    private static final int BULK = Integer.getInteger("bench.bulk", 0);

    @Autowired
    DibaoApplications applications;
    @Autowired
    org.safeguard.application.RegisterDibaoApplication registration;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    HouseholdQueries households;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void casesPerSecondAndWorkQueueLatency() {
        Set<UUID> ids = new LinkedHashSet<>();
        for (int page = 0; ids.size() < CASES * 2 && page < 200; page++) {
            var result = households.search(new SearchCriteria(null, null, null, null, "420106006000", page, 100));
            result.items().forEach(h -> ids.add(h.householdId()));
            if (!result.hasNext()) {
                break;
            }
        }
        List<HouseholdView> free = new ArrayList<>();
        for (UUID id : ids) {
            free.add(households.find(id));
        }
        LocalDate start = LocalDate.now().minusDays(45);
        int done = 0;
        long t0 = System.nanoTime();
        for (HouseholdView h : free) {
            if (done == CASES) {
                break;
            }
            try {
                UUID id = registration.register(new NewApplication(h.id(), Channel.WINDOW, null, start, false));
                drive(id, h, start);
                done++;
            } catch (RuntimeException e) {
                // a household that already has an open application (earlier run) is skipped
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("applications: %d whole cases (register + 11 actions each) in %.1f s = %.1f cases/s, %.0f actions/s%n",
                done, seconds, done / seconds, done * 12 / seconds);
        assertThat(done).isPositive();
        if (BULK > 0) {
            long b0 = System.nanoTime();
            jdbc.sql("""
                    insert into dibao_application (id, household_id, region_code, open_household_id, procedure_version, channel,
                        state, applicant_person_id, applicant_name_masked, household_size, submitted_on, state_entered_on,
                        state_due_on, overall_due_on, created_by, assigned_to, created_at, updated_at)
                    select h, h, '4201060060' || lpad((g % 9 + 1)::text, 2, '0'), case when g % 11 < 9 then h end, 'P2021', 'WINDOW',
                        (array['SUBMITTED','ACCEPTED','INVESTIGATING','TOWNSHIP_OPINION','TOWNSHIP_PUBLICITY','COUNTY_REVIEW',
                               'OBJECTION','RECHECK','DEMOCRATIC_APPRAISAL','APPROVED','REJECTED'])[g % 11 + 1],
                        gen_random_uuid(), '张*', 1 + g % 5, current_date - 40 - g % 30, current_date - g % 30,
                        case when g % 11 < 9 then current_date - 20 + g % 40 end, current_date + 10 - g % 40,
                        'bench', 'bench', now(), now()
                    from (select g, gen_random_uuid() as h from generate_series(1, ?) g) s""").param(BULK).update();
            jdbc.sql("analyze dibao_application").update();
            System.out.printf("seeded %d synthetic applications in the township in %.1f s%n", BULK, (System.nanoTime() - b0) / 1e9);
        }
        long[] times = new long[200];
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            queries.list(new ApplicationQueries.Filter(i % 2 == 0 ? null : ApplicationState.APPROVED, i % 2 == 0, null, false,
                    false, 0, 50));
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        var all = queries.list(new ApplicationQueries.Filter(null, false, null, false, false, 0, 1));
        System.out.printf("work queue: %d%s applications in scope (count capped), 50 per page: p50 %.1f ms, p95 %.1f ms%n",
                all.total(), all.more() ? "+" : "", times[100] / 1e6, times[190] / 1e6);
    }

    private void drive(UUID id, HouseholdView h, LocalDate d) {
        List<ActionRequest.SignatureInput> sigs = new ArrayList<>();
        for (MemberView m : h.members()) {
            sigs.add(new ActionRequest.SignatureInput(m.personId(), "COMMITMENT"));
            sigs.add(new ActionRequest.SignatureInput(m.personId(), "AUTHORISATION"));
        }
        applications.actAtCurrentVersion(id, ApplicationAction.RECORD_SIGNATURES, new ActionRequest(d, null, null, sigs, null, null, null, null, null, null, null));
        applications.actAtCurrentVersion(id, ApplicationAction.RECORD_MATERIALS, ActionRequest.materials(d, DibaoMaterials.DEFAULT.stream()
                .filter(i -> i.required() && !i.officeObtains()).map(DibaoMaterials.Item::code).toList()));
        applications.actAtCurrentVersion(id, ApplicationAction.ACCEPT, ActionRequest.reason(d, null));
        applications.actAtCurrentVersion(id, ApplicationAction.START_INVESTIGATION, ActionRequest.reason(d, null));
        applications.actAtCurrentVersion(id, ApplicationAction.RECORD_INVESTIGATION, new ActionRequest(d, null, null, null,
                new ActionRequest.InvestigationInput(InvestigationMethod.ONSITE, List.of("甲", "乙"), null), null, null, null, null, null, null));
        applications.actAtCurrentVersion(id, ApplicationAction.RECORD_FACTS, new ActionRequest(d, null, null, null, null,
                new FactsInput(List.of(new FactsInput.MemberIncome(h.members().get(0).personId(),
                        List.of(new FactsInput.IncomeItem(IncomeType.WAGE, new BigDecimal("600"))))), List.of(), List.of()),
                null, null, null, null, null));
        applications.actAtCurrentVersion(id, ApplicationAction.RECORD_VERIFICATION, new ActionRequest(d, null, null, null, null, null,
                new ActionRequest.VerificationInput("税务", "CONSISTENT", null), null, null, null, null));
        applications.actAtCurrentVersion(id, ApplicationAction.COMPLETE_INVESTIGATION, ActionRequest.reason(d, null));
        applications.actAtCurrentVersion(id, ApplicationAction.POST_NOTICE, new ActionRequest(d, null, null, null, null, null, null, "拟同意", null, null, null));
        applications.actAtCurrentVersion(id, ApplicationAction.SEND_TO_COUNTY, ActionRequest.reason(d.plusDays(8), null));
        as("reviewer", () -> applications.actAtCurrentVersion(id, ApplicationAction.APPROVE, ActionRequest.reason(d.plusDays(9), null)));
    }

    private void as(String username, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
