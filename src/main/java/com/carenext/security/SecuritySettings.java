package com.carenext.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code carenext.security.*}: password policy and lockout, configurable per deployment. */
@ConfigurationProperties("carenext.security")
record SecuritySettings(Password password, Lockout lockout) {

    SecuritySettings {
        password = password == null ? new Password(8, 3) : password;
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
    }

    record Password(int minLength, int minKinds) {
    }

    record Lockout(int maxFailures, Duration duration) {
    }
}
