package com.carenext.security;

import com.carenext.shared.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains on the same accounts and the same lockout.
 *
 * <ul>
 *   <li>The API ({@code /api/**}): personal access tokens ({@code Authorization: Bearer}), HTTP Basic, or the
 *   page session. CSRF protects what is sent with the session cookie; a request that carries its own credentials in
 *   a header cannot be forged by another site and is exempt. A 401 is a problem detail with a {@code Bearer}
 *   challenge only: a Basic challenge would make a browser prompt for (and then keep sending) Basic credentials.
 *   API clients send Basic credentials without waiting for a challenge (curl {@code -u} and every HTTP library do).
 *   </li>
 *   <li>Pages: form login only. A page request that carries Basic credentials is an ordinary page request: the
 *   credentials are ignored and the CSRF token is required, as for any other.</li>
 * </ul>
 * Both add a referrer policy and forbid caching of what they answer (Spring Security's default
 * {@code Cache-Control: no-store}; no handler may relax it for pages or API answers with personal data).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final RequestMatcher API = ApiRequests::isApi;
    private static final RequestMatcher OWN_CREDENTIALS = request -> {
        String header = request.getHeader("Authorization");
        return header != null && (header.regionMatches(true, 0, "Basic ", 0, 6)
                || header.regionMatches(true, 0, BearerTokenFilter.PREFIX, 0, BearerTokenFilter.PREFIX.length()));
    };

    /**
     * bcrypt at the configured cost (default 10, about 70 ms a check on one core); stored hashes carry their own
     * cost, so changing it never locks anyone out. Tests lower it, they check rules, not hash strength.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${carenext.security.password.hash-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    /**
     * No observation around each security filter and authorization: nothing reads them (actuator exposes health and
     * info only), and wrapping the ~15 filters of every request in observations cost about 5 % of a list page's CPU
     * (docs/performance.md). The HTTP request's own observation stays.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring's publisher, told that a throttled address is a locked-out kind of failure (so it is audited). */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(AddressThrottledException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, MessageSource messages, JsonMapper json, LocaleResolver locales,
                                 Accounts accounts, ApiTokens tokens) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"CareNext\"");
            problem(json, messages, locales, request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
        };
        AccessDeniedHandler denied = (request, response, e) ->
                problem(json, messages, locales, request, response, HttpStatus.FORBIDDEN, "error.forbidden");
        http
                .securityMatcher(API)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(denied))
                .csrf(csrf -> csrf.ignoringRequestMatchers(OWN_CREDENTIALS))
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new MustChangePasswordFilter(accounts), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, Accounts accounts) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**", "/join", "/join/poster", "/join/homes",
                                "/manifest.webmanifest", "/sw.js", "/icons/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof AddressThrottledException ? "/login?throttled"
                                : e instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new MustChangePasswordFilter(accounts), AuthorizationFilter.class);
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                        + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; "
                        + "form-action 'self'; base-uri 'self'"))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    /** Security answers before Spring MVC has set the locale, so the resolver is asked directly. */
    private static void problem(JsonMapper json, MessageSource messages, LocaleResolver locales,
                                HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, null, key, locales.resolveLocale(request)));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
