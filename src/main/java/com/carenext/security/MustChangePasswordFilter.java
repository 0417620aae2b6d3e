package com.carenext.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a person who signed in with a one-time password (new account, reset by an admin) or, in 等保 mode, with a
 * password older than the maximum age, to the password page before anything else. API clients with a password
 * get the same rule as a 403: they must change it through the page first. A personal access token does not use
 * the password, so the rule does not apply to it.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final Accounts accounts;

    MustChangePasswordFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PASSWORD_PAGE) || path.startsWith("/logout") || path.startsWith("/login")
                || path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !(authentication instanceof TokenAuthentication)
                && authentication.getPrincipal() instanceof AccountPrincipal principal
                && accounts.mustChangePassword(principal.userId())) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
