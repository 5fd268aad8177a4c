package org.safeguard.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberView;
import org.safeguard.household.SearchCriteria;
import org.safeguard.policy.dibao.IncomeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo applications (only with {@code safeguard.demo.enabled}), after the registry (order 0) and the policy data
 * (order 10): in each demo township, existing demo households with applications waiting at each step of the 2021
 * procedure, dated relative to the clock so that some are overdue, plus an approved and a rejected one where a demo
 * county reviewer covers the township. Done by the demo staff themselves, so every step is recorded and audited.
 * A township that already has applications is left alone (idempotent across restarts).
 */
@Component
class ApplicationDemoData {

    private static final Logger log = LoggerFactory.getLogger(ApplicationDemoData.class);

    /** Township, its caseworker, and the demo county reviewer covering it (null: none). */
    record Township(String code, String worker, String reviewer) {
    }

    static final List<Township> TOWNSHIPS = List.of(
            new Township("420106006000", "worker", "reviewer"),
            new Township("420102010000", "worker2", "policy"),
            new Township("420281102000", "ruralworker", null));

    static final List<ApplicationState> TARGETS = List.of(ApplicationState.SUBMITTED, ApplicationState.MATERIALS_INCOMPLETE,
            ApplicationState.ACCEPTED, ApplicationState.INVESTIGATING, ApplicationState.PRELIM_INELIGIBLE,
            ApplicationState.RECHECK, ApplicationState.TOWNSHIP_OPINION, ApplicationState.TOWNSHIP_PUBLICITY,
            ApplicationState.OBJECTION, ApplicationState.DEMOCRATIC_APPRAISAL, ApplicationState.COUNTY_REVIEW,
            ApplicationState.REJECTED, ApplicationState.APPROVED, ApplicationState.DRAFT);

    private final DibaoApplications applications;
    private final RegisterDibaoApplication registration;
    private final ApplicationStore store;
    private final HouseholdQueries households;
    private final UserDetailsService users;
    private final Clock clock;
    private final boolean enabled;

    ApplicationDemoData(DibaoApplications applications, RegisterDibaoApplication registration, ApplicationStore store, HouseholdQueries households,
                        UserDetailsService users, Clock clock, @Value("${safeguard.demo.enabled:false}") boolean enabled) {
        this.applications = applications;
        this.registration = registration;
        this.store = store;
        this.households = households;
        this.users = users;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void load() {
        if (!enabled) {
            return;
        }
        for (Township t : TOWNSHIPS) {
            try {
                if (store.count(t.code().substring(0, 9) + "%", null, null, null, false) > 0) {
                    continue;
                }
                int made = as(t.worker(), () -> seed(t));
                log.info("Loaded {} demo dibao applications in township {}", made, t.code());
            } catch (RuntimeException e) {
                log.warn("Demo applications for township {} skipped: {}", t.code(), e.toString());
            }
        }
    }

    private int seed(Township t) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (int page = 0; page < 5 && ids.size() < TARGETS.size(); page++) {
            var result = households.search(new SearchCriteria(null, null, null, null, t.code(), page, 100));
            result.items().forEach(h -> ids.add(h.householdId()));
            if (!result.hasNext()) {
                break;
            }
        }
        LocalDate today = LocalDate.now(clock);
        int made = 0;
        int i = 0;
        for (UUID householdId : ids) {
            if (i >= TARGETS.size()) {
                break;
            }
            ApplicationState target = TARGETS.get(i);
            if (t.reviewer() == null && (target == ApplicationState.APPROVED || target == ApplicationState.REJECTED)) {
                i++;
                continue;
            }
            // every other case started long enough ago to be overdue now
            LocalDate start = today.minusDays(i % 2 == 0 ? 62 : 16 + i);
            try {
                drive(t, householdId, target, start, i);
                made++;
            } catch (RuntimeException e) {
                log.warn("Demo application for household {} ({}) skipped: {}", householdId, target, e.toString());
            }
            i++;
        }
        return made;
    }

    private void drive(Township t, UUID householdId, ApplicationState target, LocalDate start, int index) {
        HouseholdView h = households.find(householdId);
        Channel channel = Channel.values()[index % Channel.values().length];
        boolean draft = target == ApplicationState.DRAFT;
        UUID id = registration.register(new NewApplication(householdId, channel, null, start, index == 3, draft));
        LocalDate d = start;
        if (draft) {
            return;
        }
        if (target == ApplicationState.SUBMITTED) {
            return;
        }
        if (target == ApplicationState.MATERIALS_INCOMPLETE) {
            act(id, ApplicationAction.RECORD_MATERIALS, ActionRequest.materials(d, List.of("APPLICATION_FORM", "ID_CARD", "AUTHORISATION")));
            act(id, ApplicationAction.REQUEST_MATERIALS, new ActionRequest(d, null, List.of("户口簿复印件", "近 6 个月收入证明"),
                    null, null, null, null, null, null, null, null));
            return;
        }
        List<ActionRequest.SignatureInput> signatures = new ArrayList<>();
        for (MemberView m : h.members()) {
            signatures.add(new ActionRequest.SignatureInput(m.personId(), "COMMITMENT"));
            signatures.add(new ActionRequest.SignatureInput(m.personId(), "AUTHORISATION"));
        }
        act(id, ApplicationAction.RECORD_SIGNATURES, new ActionRequest(d, null, null, signatures, null, null, null, null, null, null, null));
        act(id, ApplicationAction.RECORD_MATERIALS, ActionRequest.materials(d, DibaoMaterials.DEFAULT.stream()
                .filter(i -> i.required() && !i.officeObtains()).map(DibaoMaterials.Item::code).toList()));
        act(id, ApplicationAction.ACCEPT, ActionRequest.reason(d, null));
        if (target == ApplicationState.ACCEPTED) {
            return;
        }
        d = d.plusDays(2);
        act(id, ApplicationAction.START_INVESTIGATION, ActionRequest.reason(d, null));
        if (target == ApplicationState.INVESTIGATING) {
            return;
        }
        d = d.plusDays(2);
        act(id, ApplicationAction.RECORD_INVESTIGATION, new ActionRequest(d, null, null, null,
                new ActionRequest.InvestigationInput(InvestigationMethod.ONSITE, List.of("王强", "李敏"), "入户核实家庭生活状况"),
                null, null, null, null, null, null));
        FactsInput facts = new FactsInput(List.of(new FactsInput.MemberIncome(h.members().get(0).personId(),
                List.of(new FactsInput.IncomeItem(IncomeType.WAGE, new BigDecimal(index == 11 ? "30000" : "1800"))))),
                List.of(new FactsInput.AssetItem(org.safeguard.policy.AssetType.DEPOSIT, new BigDecimal("3000"), 1, null)), List.of());
        act(id, ApplicationAction.RECORD_FACTS, new ActionRequest(d, null, null, null, null, facts, null, null, null, null, null));
        act(id, ApplicationAction.RECORD_VERIFICATION, new ActionRequest(d, null, null, null, null, null,
                new ActionRequest.VerificationInput("税务部门", "CONSISTENT", "未发现应税收入"), null, null, null, null));
        if (target == ApplicationState.PRELIM_INELIGIBLE || target == ApplicationState.RECHECK) {
            act(id, ApplicationAction.FIND_INELIGIBLE, ActionRequest.reason(d, "核对发现有机动车登记"));
            if (target == ApplicationState.RECHECK) {
                act(id, ApplicationAction.APPLICANT_OBJECTS, ActionRequest.reason(d.plusDays(1), "车辆已于去年转让，提供了过户证明"));
            }
            return;
        }
        act(id, ApplicationAction.COMPLETE_INVESTIGATION, ActionRequest.reason(d, null));
        if (target == ApplicationState.TOWNSHIP_OPINION) {
            return;
        }
        d = d.plusDays(1);
        act(id, ApplicationAction.POST_NOTICE, new ActionRequest(d, null, null, null, null, null, null,
                "经入户调查和信息核对，家庭人均收入低于当地低保标准，拟同意纳入。", null, "社区公示栏", null));
        if (target == ApplicationState.TOWNSHIP_PUBLICITY) {
            return;
        }
        if (target == ApplicationState.OBJECTION || target == ApplicationState.DEMOCRATIC_APPRAISAL) {
            act(id, ApplicationAction.RAISE_OBJECTION, ActionRequest.reason(d.plusDays(2), "邻居反映家庭有经营收入"));
            if (target == ApplicationState.DEMOCRATIC_APPRAISAL) {
                act(id, ApplicationAction.HOLD_APPRAISAL, ActionRequest.reason(d.plusDays(3), "组织民主评议核实经营情况"));
            }
            return;
        }
        d = d.plusDays(8);
        act(id, ApplicationAction.SEND_TO_COUNTY, ActionRequest.reason(d, null));
        if (target == ApplicationState.COUNTY_REVIEW) {
            return;
        }
        LocalDate decision = d.plusDays(3);
        as(t.reviewer(), () -> {
            ApplicationRow row = store.find(id).orElseThrow();
            if (row.visitRequired()) {
                act(id, ApplicationAction.RECORD_REVIEW_VISIT, ActionRequest.reason(decision, "县级入户核查属实"));
            }
            if (target == ApplicationState.REJECTED) {
                act(id, ApplicationAction.REJECT, ActionRequest.reason(decision, "家庭人均收入高于当地低保标准"));
            } else {
                act(id, ApplicationAction.APPROVE, ActionRequest.reason(decision, null));
            }
            return 0;
        });
    }

    private void act(UUID id, ApplicationAction action, ActionRequest request) {
        applications.actAtCurrentVersion(id, action, request);
    }

    private <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
