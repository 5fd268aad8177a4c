package org.safeguard.beneficiary;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily dibao schedule (reviews falling due, tapers ending) needs Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BeneficiaryConfiguration {
}
