package org.safeguard.account;

import java.util.Map;

import org.safeguard.shared.security.Permission;
import org.safeguard.shared.web.ProblemFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Three filter chains. The API is stateless (HTTP Basic, or a bearer JWT when an issuer is
 * configured) so a browser session cookie never authenticates an API call and CSRF does not apply;
 * the UI uses the session with CSRF protection. Default is deny: every page needs a login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; bcrypt hashes still verify and are upgraded on next login.
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        var encoders = Map.<String, PasswordEncoder>of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder(10));
        return new WellFormedPasswordEncoder(new DelegatingPasswordEncoder("argon2", encoders));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** Denials (URL and method level) become events, which {@link DeniedAccessAuditor} records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(org.springframework.context.ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ProblemFactory problems) {
        return new ProblemSecurityHandlers(problems);
    }

    /** Knows every UI session per account, so disabling an account or resetting its password can end them. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the container destroys a session. */
    @Bean
    static ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @Bean
    ThrottleFilter throttleFilter(ClientThrottle throttle, ProblemFactory problems) {
        return new ThrottleFilter(throttle, problems);
    }

    /** Only inside the security chains, never as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<ThrottleFilter> throttleFilterRegistration(ThrottleFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemSecurityHandlers handlers, StaffAccounts accounts, ThrottleFilter throttle,
                                 ObjectProvider<JwtDecoder> jwtDecoder, UserDetailsService users,
                                 PasswordEncoder encoder, ApiCredentialCache credentialCache,
                                 AuthenticationEventPublisher events) throws Exception {
        // HTTP Basic checks passwords through a short-lived verified-credentials cache, so API calls do
        // not pay for Argon2 on every request; the account is still loaded (and checked) every time.
        var basic = new ProviderManager(new CachingApiAuthenticationProvider(users, encoder, credentialCache));
        basic.setAuthenticationEventPublisher(events);
        http.securityMatcher("/api/**")
                .authenticationManager(basic)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(handlers))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(r -> r.disable())
                .headers(h -> h.cacheControl(c -> { }))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeGate(accounts, handlers), AuthorizationFilter.class);
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(handlers)
                    .jwt(j -> j.authenticationManager(jwtManager(decoder, accounts, events))));
        }
        return http.build();
    }

    /** Identity comes from the token; role and region always from our own account table. */
    private static ProviderManager jwtManager(JwtDecoder decoder, StaffAccounts accounts, AuthenticationEventPublisher events) {
        var provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(jwt -> {
            String username = jwt.getClaimAsString("preferred_username") != null
                    ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
            var account = accounts.findByUsername(username).filter(StaffAccount::enabled)
                    .orElseThrow(() -> new org.springframework.security.authentication.BadCredentialsException("unknown account"));
            var user = new StaffUserDetails(account.principal(), null, true, false);
            return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
        });
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, ProblemSecurityHandlers handlers, ThrottleFilter throttle) throws Exception {
        http.securityMatcher("/actuator/**")
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasAuthority(Permission.USER_ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(handlers))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    /** The OpenAPI document: read by Swagger UI in a signed-in browser and by scripts with Basic. */
    @Bean
    @Order(3)
    SecurityFilterChain apiDocsChain(HttpSecurity http, ProblemSecurityHandlers handlers, ThrottleFilter throttle) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain uiChain(HttpSecurity http, StaffAccounts accounts, SessionRegistry sessionRegistry,
                                ProblemSecurityHandlers handlers, ThrottleFilter throttle) throws Exception {
        http.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/preferences/language").permitAll()
                        // the public dibao calculator: a citizen may ask without an account (stores nothing; CSRF still applies)
                        .requestMatchers(HttpMethod.GET, "/calculator").permitAll()
                        .requestMatchers(HttpMethod.POST, "/calculator").permitAll()
                        // the published dibao lists (2021 Art.24): masked names, sizes and amounts, for the notice board
                        .requestMatchers(HttpMethod.GET, "/public/dibao/*").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**").hasAuthority(Permission.USER_ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(loginFailures()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                        .sessionConcurrency(c -> c.maximumSessions(-1).sessionRegistry(sessionRegistry)
                                .expiredUrl("/login?ended")))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new AccountRefreshFilter(accounts), SecurityContextHolderFilter.class)
                .addFilterBefore(new PasswordChangeGate(accounts, handlers), AuthorizationFilter.class);
        return http.build();
    }

    /** Wrong credentials stay generic (A12); an expired temporary password says so, since its holder proved it. */
    private static ExceptionMappingAuthenticationFailureHandler loginFailures() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(CredentialsExpiredException.class.getName(), "/login?expired",
                org.springframework.security.authentication.InternalAuthenticationServiceException.class.getName(), "/login?unavailable"));
        return handler;
    }

}
