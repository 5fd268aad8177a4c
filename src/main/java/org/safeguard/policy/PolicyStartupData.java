package org.safeguard.policy;

import java.util.Locale;

import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.security.Role;
import org.safeguard.shared.security.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First-start data of the policy module, after the region tree (FirstStartData runs at order 0): the
 * working-day calendar always (when its tables are empty); the demo parameters and the demo emergency
 * declaration only with {@code safeguard.demo.enabled} and only into empty tables.
 */
@Component
class PolicyStartupData {

    private static final Logger log = LoggerFactory.getLogger(PolicyStartupData.class);

    /** The demo loader's two hands (not staff accounts): one proposes the demo declaration, the other approves it. */
    static final StaffPrincipal DEMO_MAKER = new StaffPrincipal(0, "system:demo-policy", Role.COUNTY_REVIEWER, null,
            DemoPolicy.HUBEI, Locale.SIMPLIFIED_CHINESE);
    static final StaffPrincipal DEMO_CHECKER = new StaffPrincipal(0, "system:demo-policy-check", Role.COUNTY_REVIEWER, null,
            DemoPolicy.HUBEI, Locale.SIMPLIFIED_CHINESE);

    private final JdbcClient jdbc;
    private final RegionCatalog regions;
    private final PolicyParameters parameters;
    private final EmergencyDeclarations emergencies;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transactions;
    private final boolean demoEnabled;

    PolicyStartupData(JdbcClient jdbc, RegionCatalog regions, PolicyParameters parameters, EmergencyDeclarations emergencies,
                      WorkingDayCalendar calendar, TransactionTemplate transactions,
                      @Value("${safeguard.demo.enabled:false}") boolean demoEnabled) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.parameters = parameters;
        this.emergencies = emergencies;
        this.calendar = calendar;
        this.transactions = transactions;
        this.demoEnabled = demoEnabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void load() {
        transactions.executeWithoutResult(status -> loadCalendar());
        calendar.invalidate();
        if (!demoEnabled) {
            return;
        }
        if (regions.find(DemoPolicy.WUHAN).isEmpty() || regions.find(DemoPolicy.DAYE).isEmpty()) {
            log.warn("Demo policy parameters skipped: the demo regions (Wuhan, Daye) are not in the region tree");
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (parameters.count() == 0) {
                DemoPolicy.versions().forEach(parameters::record);
                log.info("Loaded demo policy parameters (ILLUSTRATIVE dibao standards for Wuhan and Daye, asset rules, supplements)");
            }
            if (emergencies.count() == 0) {
                // Through the same use cases as staff: proposed by one hand, approved by another.
                long id = emergencies.propose(DemoPolicy.wuhanDeclaration(), DEMO_MAKER).id();
                emergencies.approve(id, "demo data", DEMO_CHECKER);
                log.info("Loaded the demo emergency declaration for Wuhan (2020-01-23 to 2020-04-08)");
            }
        });
    }

    private void loadCalendar() {
        if (jdbc.sql("select count(*) from calendar_day").query(Long.class).single() == 0) {
            for (WorkingDays.Entry e : ReferenceCalendar.national()) {
                jdbc.sql("insert into calendar_day (calendar_date, kind, name) values (?, ?, ?)")
                        .params(e.day(), e.kind().name(), e.name()).update();
            }
            calendar.changed();
            log.info("Loaded the national working-day calendar from {}", ReferenceCalendar.NATIONAL_RESOURCE);
        }
        if (jdbc.sql("select count(*) from regional_calendar_day").query(Long.class).single() == 0
                && regions.find(ReferenceCalendar.HUBEI).isPresent()) {
            for (WorkingDays.Entry e : ReferenceCalendar.regional()) {
                jdbc.sql("insert into regional_calendar_day (region_code, calendar_date, kind, name) values (?, ?, ?, ?)")
                        .params(e.regionCode().value(), e.day(), e.kind().name(), e.name()).update();
            }
            calendar.changed();
            log.info("Loaded regional calendar entries (Hubei's 2020 Spring Festival extension)");
        }
    }
}
