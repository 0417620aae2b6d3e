package com.carenext.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * One-time form tokens (DESIGN.md §5 "Nothing lost"): every POST form rendered through {@code th:action} carries a
 * hidden {@value #FIELD}; the first sending of a token is handled, every later sending of the same token is sent to
 * where the first one led (its redirect), so a double tap or a resent form creates one record. A sending that was
 * refused (4xx, 5xx) gives its token back, so the corrected form can be sent again.
 */
@Configuration(proxyBeanMethods = false)
class FormTokens implements HandlerInterceptor, WebMvcConfigurer {

    static final String FIELD = "_formToken";
    private static final String CLAIMED = FormTokens.class.getName() + ".claimed";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    FormTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the token to the hidden fields Spring Security's processor already adds (the CSRF token). */
    @Bean
    static BeanPostProcessor formTokenFields() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof RequestDataValueProcessor processor && !(bean instanceof WithFormToken)
                        ? new WithFormToken(processor) : bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws java.io.IOException {
        String token = request.getParameter(FIELD);
        if (!"POST".equals(request.getMethod()) || token == null || token.isBlank() || token.length() > 64) {
            return true;
        }
        try {
            jdbc.sql("INSERT INTO used_form_token (token, username, used_at) VALUES (:token, :user, :now)")
                    .param("token", token).param("user", username())
                    .param("now", Timestamp.valueOf(LocalDateTime.now(clock))).update();
            request.setAttribute(CLAIMED, token);
            return true;
        } catch (DuplicateKeyException sentBefore) {
            String first = jdbc.sql("SELECT result_location FROM used_form_token WHERE token = :token AND username = :user")
                    .param("token", token).param("user", username()).query(String.class).optional().orElse(null);
            if (first != null) {
                response.sendRedirect(request.getContextPath() + first);
            } else {
                response.sendError(HttpServletResponse.SC_CONFLICT);
            }
            return false;
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        Object token = request.getAttribute(CLAIMED);
        if (token == null) {
            return;
        }
        if (failure != null || response.getStatus() >= 400) {
            jdbc.sql("DELETE FROM used_form_token WHERE token = :token").param("token", token).update();
            return;
        }
        String location = localPath(request, response.getHeader("Location"));
        if (location != null) {
            jdbc.sql("UPDATE used_form_token SET result_location = :location WHERE token = :token")
                    .param("location", location).param("token", token).update();
        }
    }

    private static String localPath(HttpServletRequest request, String location) {
        if (location == null) {
            return null;
        }
        String path = java.net.URI.create(location).getRawPath();
        String query = java.net.URI.create(location).getRawQuery();
        if (path == null || !path.startsWith(request.getContextPath() + "/")) {
            return null;
        }
        String local = path.substring(request.getContextPath().length());
        return query == null ? local : local + "?" + query;
    }

    private static String username() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    /** The framework's processor plus one fresh token per rendered form. */
    static final class WithFormToken implements RequestDataValueProcessor {

        private final RequestDataValueProcessor delegate;

        WithFormToken(RequestDataValueProcessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            return delegate.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = new HashMap<>();
            Map<String, String> framework = delegate.getExtraHiddenFields(request);
            if (framework != null) {
                fields.putAll(framework);
            }
            byte[] random = new byte[16];
            RANDOM.nextBytes(random);
            fields.put(FIELD, HexFormat.of().formatHex(random));
            return fields;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }
}
