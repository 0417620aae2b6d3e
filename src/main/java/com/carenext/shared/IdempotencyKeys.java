package com.carenext.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on API creates (POST under {@code /api/}): the first request with a key is handled and its
 * answer kept; the same key with the same body answers that first answer again (no second record); the same key
 * with another body, or while the first is still running, is a 409. The primary key (actor, key) decides which
 * request was first, so concurrent retries and several instances create one record. A failed first request (4xx,
 * 5xx) gives the key back.
 */
@Component
class IdempotencyKeys extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageSource messages;
    private final JsonMapper json;

    IdempotencyKeys(JdbcClient jdbc, Clock clock, MessageSource messages, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !ApiRequests.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (key.isEmpty() || key.length() > 200 || authentication == null) {
            chain.doFilter(request, response);
            return;
        }
        String actor = authentication.getName();
        CachedBodyRequest cached = new CachedBodyRequest(request, StreamUtils.copyToByteArray(request.getInputStream()));
        String hash = hash(request.getRequestURI(), cached.body());
        try {
            jdbc.sql("""
                            INSERT INTO idempotency_key (actor, idem_key, request_hash, created_at)
                            VALUES (:actor, :key, :hash, :now)""")
                    .param("actor", actor).param("key", key).param("hash", hash)
                    .param("now", Timestamp.valueOf(LocalDateTime.now(clock))).update();
        } catch (DuplicateKeyException seenBefore) {
            replay(request, response, actor, key, hash);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(cached, answer);
            if (answer.getStatus() < 400) {
                jdbc.sql("""
                                UPDATE idempotency_key SET status = :status, content_type = :type, location = :location,
                                  body = :body WHERE actor = :actor AND idem_key = :key""")
                        .param("status", answer.getStatus()).param("type", answer.getContentType())
                        .param("location", answer.getHeader("Location"))
                        .param("body", new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8))
                        .param("actor", actor).param("key", key).update();
                kept = true;
            }
        } finally {
            if (!kept) {
                jdbc.sql("DELETE FROM idempotency_key WHERE actor = :actor AND idem_key = :key")
                        .param("actor", actor).param("key", key).update();
            }
            answer.copyBodyToResponse();
        }
    }

    private record Kept(String requestHash, Integer status, String contentType, String location, String body) {
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, String actor, String key,
                        String hash) throws IOException {
        Kept kept = jdbc.sql("""
                        SELECT request_hash, status, content_type, location, body FROM idempotency_key
                        WHERE actor = :actor AND idem_key = :key""")
                .param("actor", actor).param("key", key).query(Kept.class).optional().orElse(null);
        if (kept == null || !kept.requestHash().equals(hash)) {
            conflict(request, response, "error.idempotency.otherBody");
            return;
        }
        if (kept.status() == null) {
            conflict(request, response, "error.idempotency.inProgress");
            return;
        }
        response.setStatus(kept.status());
        if (kept.location() != null) {
            response.setHeader("Location", kept.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (kept.contentType() != null) {
            response.setContentType(kept.contentType());
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (kept.body() != null) {
            response.getOutputStream().write(kept.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void conflict(HttpServletRequest request, HttpServletResponse response, String messageKey)
            throws IOException {
        Locale locale = RequestContextUtils.getLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(messageKey, null, messageKey, locale));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.CONFLICT.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static String hash(String uri, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(uri.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once, so that it can be hashed and still be read by the controller. */
    private static final class CachedBodyRequest extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        byte[] body() {
            return body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
