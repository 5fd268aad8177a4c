package org.safeguard.account;

import org.safeguard.shared.security.CurrentStaff;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    LocaleResolver localeResolver(CurrentStaff currentStaff, StaffAccounts accounts) {
        return new StaffLocaleResolver(currentStaff, accounts);
    }
}
