package com.carenext.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <personal access token>} on the API: one indexed lookup of the token's hash, no
 * password hashing. The authentication lasts for the request only (nothing is written to a session).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint unauthorized;

    BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthorized) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountPrincipal> principal = tokens.authenticate(header.substring(PREFIX.length()).strip());
        if (principal.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, new BadCredentialsException("unknown, expired or revoked token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(principal.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
