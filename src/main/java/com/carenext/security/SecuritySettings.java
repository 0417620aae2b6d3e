package com.carenext.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code carenext.security.*}: password policy and lockout, configurable per deployment. */
@ConfigurationProperties("carenext.security")
record SecuritySettings(Password password, Lockout lockout) {

    SecuritySettings {
        password = password == null ? new Password(8, 3, null) : password;
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15), 30) : lockout;
    }

    /**
     * {@code maxAge}: 等保 mode, off when empty; a password older than this must be changed at the next sign-in
     * (e.g. {@code 90d}).
     */
    record Password(int minLength, int minKinds, Duration maxAge) {
    }

    /**
     * {@code maxFailures} wrong passwords lock an account for {@code duration}; {@code maxFailuresPerAddress} wrong
     * sign-ins from one client address (over any accounts, known or not) within {@code duration} refuse that
     * address's sign-ins until the window ends.
     */
    record Lockout(int maxFailures, Duration duration, int maxFailuresPerAddress) {

        Lockout {
            maxFailuresPerAddress = maxFailuresPerAddress <= 0 ? 30 : maxFailuresPerAddress;
        }
    }
}
