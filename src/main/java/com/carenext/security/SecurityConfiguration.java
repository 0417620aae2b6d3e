package com.carenext.security;

import com.carenext.shared.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * One filter chain for pages and API: form login for people, HTTP Basic for API clients, both on the same
 * accounts and the same lockout. CSRF protects every state change made with a session cookie; a request that
 * carries its own Basic credentials cannot be forged by another site and is exempt.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final RequestMatcher API = ApiRequests::isApi;
    private static final RequestMatcher BASIC_CREDENTIALS = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, MessageSource messages, JsonMapper json, LocaleResolver locales,
                                    Accounts accounts) throws Exception {
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CareNext\", charset=\"UTF-8\"");
            problem(json, messages, locales, request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
        };
        AccessDeniedHandler apiDenied = (request, response, e) ->
                problem(json, messages, locales, request, response, HttpStatus.FORBIDDEN, "error.forbidden");
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**", "/join").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiEntryPoint, API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(apiDenied, API))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_CREDENTIALS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; "
                                + "form-action 'self'; base-uri 'self'"))
                        .frameOptions(frame -> frame.deny()))
                .addFilterAfter(new MustChangePasswordFilter(accounts),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
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
