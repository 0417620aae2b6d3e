package com.carenext.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Someone else saved the record after the caller loaded it, or the caller did not say which version it had read:
 * the caller must reload rather than overwrite. The one rule for every update path (DESIGN.md §5 "Nothing lost").
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else, or the edit did not name the version it was read at");
    }

    /**
     * Refuses an edit that does not carry the version it was read at, or carries an older one. A missing version is
     * a conflict too: without it, two writers would both succeed and the last one would silently win. An API client
     * may name the version in the body or in an {@code If-Match} header (the {@code ETag} of the record's GET, see
     * {@link VersionETags}); the body wins when both are sent.
     *
     * @return the version the caller read, for an update that also checks it in its {@code WHERE} clause
     */
    public static long requireSeen(String what, Object id, Long seenVersion, Long currentVersion) {
        Long seen = seenVersion != null ? seenVersion : ifMatch();
        if (seen == null || !seen.equals(currentVersion)) {
            throw new StaleEditException(what, id);
        }
        return seen;
    }

    /** The version named by the current request's {@code If-Match} header ({@code "3"}, {@code W/"3"} or 3). */
    private static Long ifMatch() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String header = request.getHeader(HttpHeaders.IF_MATCH);
        if (header == null || !ApiRequests.isApi(request)) {
            return null;
        }
        String digits = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException notAVersion) {
            return -1L;
        }
    }
}
