package org.safeguard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguard.account.StaffAccounts;
import org.safeguard.shared.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A production start (no demo data) on an empty database gets exactly one administrator, from configuration. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:bootstrap;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "safeguard.demo.enabled=false", "safeguard.bootstrap.admin-password=Bootstrap-Passphrase-2026"})
class BootstrapAdministratorTest {

    @Autowired
    StaffAccounts accounts;

    @Test
    void theFirstAdministratorIsCreatedAtTheTopOfTheTreeAndNoDemoAccountExists() {
        var admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.SYSTEM_ADMIN);
        assertThat(admin.homeRegion().value()).isEqualTo("420000000000");
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(accounts.findByUsername("worker")).isEmpty();
        assertThat(admin.passwordMustChange()).as("a configured password must be replaced at the first sign-in").isTrue();
        assertThat(admin.passwordExpiresAt()).isNull();
    }
}
