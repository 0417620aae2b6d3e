package com.carenext.demo;

import java.security.SecureRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one password of every demo account: {@code CARENEXT_DEMO_PASSWORD}, or generated once per start (and printed
 * once by {@link DemoData}). Each module's demo asks here, so a generated password serves all demo accounts.
 */
@Component
public class DemoPassword {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final String value;
    private final boolean generated;

    DemoPassword(@Value("${carenext.demo.password:}") String configured) {
        this.generated = configured.isBlank();
        if (generated) {
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder("Demo-");
            for (int i = 0; i < 8; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            this.value = password.toString();
        } else {
            this.value = configured;
        }
    }

    public String value() {
        return value;
    }

    boolean generated() {
        return generated;
    }
}
