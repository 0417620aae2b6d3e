package com.carenext.shared;

import jakarta.servlet.http.HttpServletRequest;

/** Tells requests of the JSON API (answered with problem details) from page requests (answered with pages). */
public final class ApiRequests {

    public static final String PREFIX = "/api/";

    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PREFIX);
    }
}
