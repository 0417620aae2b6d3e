package com.carenext.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.transaction.TransactionSystemException;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import java.util.Locale;
import java.sql.SQLRecoverableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database is down every request is answered at once (the pool waits at most its connection timeout,
 * about 2.5 s): a Chinese "系统暂时不可用" page or a 503 problem detail for the API, with {@code Retry-After}. It sits
 * outside the session and security filters, whose database reads would otherwise fail as a 500 or look like a
 * signed-out visitor ("请先登录"). Nothing to reset when the database returns: the pool replaces broken connections.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailable extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final DataSource dataSource;

    DatabaseUnavailable(MessageSource messages, LocaleResolver locales, DataSource dataSource) {
        this.messages = messages;
        this.locales = locales;
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!isOutage(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            // Connections that saw the outage are dropped now, so the first request after it gets fresh ones.
            if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
            answer(request, response, messages, locales.resolveLocale(request));
        }
    }

    /** Whether the failure is the database being out of reach (not a wrong query). */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof TransactionSystemException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
                       Locale locale) throws IOException {
        String title = messages.getMessage("error.unavailable.title", null, "系统暂时不可用",
                locale);
        String detail = messages.getMessage("error.unavailable", null, "系统暂时不可用，请稍后重试。",
                locale);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (ApiRequests.isApi(request)) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + jsonEscape(title)
                    + "\",\"status\":503,\"detail\":\"" + jsonEscape(detail) + "\",\"instance\":\""
                    + jsonEscape(request.getRequestURI()) + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                    + HtmlUtils.htmlEscape(title) + "</title></head><body style=\"font-size:1.25rem;margin:2rem\"><h1>"
                    + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p></body></html>");
        }
        response.flushBuffer();
    }

    private static String jsonEscape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
