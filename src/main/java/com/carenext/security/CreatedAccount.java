package com.carenext.security;

/** A new account and, when it was generated, its one-time password (shown once, never stored in clear). */
public record CreatedAccount(UserView user, String oneTimePassword) {
}
