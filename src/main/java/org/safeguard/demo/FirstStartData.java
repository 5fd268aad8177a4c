package org.safeguard.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.safeguard.account.CreateStaffAccount;
import org.safeguard.account.StaffAccounts;
import org.safeguard.region.RegionCatalog;
import org.safeguard.region.RegionImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads what a first start needs. Runs once per database: each step checks that its table is empty,
 * so restarts keep (and never duplicate) what is there.
 */
@Component
class FirstStartData {

    private static final Logger log = LoggerFactory.getLogger(FirstStartData.class);

    private final RegionCatalog regions;
    private final RegionImport regionImport;
    private final StaffAccounts accounts;
    private final CreateStaffAccount createAccount;
    private final DemoPopulation demoPopulation;
    private final boolean demoEnabled;
    private final String bootstrapAdminPassword;

    FirstStartData(RegionCatalog regions, RegionImport regionImport, StaffAccounts accounts,
                   CreateStaffAccount createAccount, DemoPopulation demoPopulation,
                   @Value("${safeguard.demo.enabled:false}") boolean demoEnabled,
                   @Value("${safeguard.bootstrap.admin-password:}") String bootstrapAdminPassword) {
        this.regions = regions;
        this.regionImport = regionImport;
        this.accounts = accounts;
        this.createAccount = createAccount;
        this.demoPopulation = demoPopulation;
        this.demoEnabled = demoEnabled;
        this.bootstrapAdminPassword = bootstrapAdminPassword;
    }

    /**
     * Production starts without demo accounts; the first system administrator is created from
     * {@code safeguard.bootstrap.admin-password} when no account exists yet, at the top of the region tree.
     * That password sits in deployment configuration, so it must be replaced at the first sign-in (security.md A1).
     */
    private void bootstrapAdministrator() {
        if (bootstrapAdminPassword == null || bootstrapAdminPassword.isBlank() || accounts.count() > 0) {
            return;
        }
        String root = regions.roots().get(0).code().value();
        createAccount.createFirstAdministrator(new CreateStaffAccount.NewAccount("admin", "System administrator",
                org.safeguard.shared.security.Role.SYSTEM_ADMIN, null, root, bootstrapAdminPassword));
        log.info("Created the first system administrator 'admin' for region {}", root);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void load() {
        if (regions.count() == 0) {
            try (InputStream in = new ClassPathResource("reference/regions-hubei-demo.csv").getInputStream()) {
                var report = regionImport.importCsv(in);
                log.info("Loaded the shipped region tree: {} regions", report.inserted());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!demoEnabled) {
            bootstrapAdministrator();
            return;
        }
        if (accounts.count() == 0) {
            for (DemoAccounts.Demo d : DemoAccounts.ALL) {
                createAccount.create(new CreateStaffAccount.NewAccount(d.username(), d.displayName(), d.role(),
                        d.department(), d.homeRegion(), DemoAccounts.PASSWORD));
            }
            log.info("Created {} demo accounts, password {}", DemoAccounts.ALL.size(), DemoAccounts.PASSWORD);
        }
        demoPopulation.loadIfEmpty();
    }
}
