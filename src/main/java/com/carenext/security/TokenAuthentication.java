package com.carenext.security;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API request authenticated by a personal access token: the password plays no part (no forced change). */
final class TokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountPrincipal principal;

    TokenAuthentication(AccountPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public AccountPrincipal getPrincipal() {
        return principal;
    }
}
