package com.carenext.security;

import com.carenext.shared.BusinessRuleException;
import org.springframework.stereotype.Component;

/** At least N characters of at least K kinds (lower case, upper case, digits, symbols), and not the user name. */
@Component
class PasswordPolicy {

    private final SecuritySettings.Password rule;

    PasswordPolicy(SecuritySettings settings) {
        this.rule = settings.password();
    }

    void check(String username, String password) {
        if (password == null || password.length() < rule.minLength() || kinds(password) < rule.minKinds()) {
            throw new BusinessRuleException("password.weak", rule.minLength(), rule.minKinds());
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            throw new BusinessRuleException("password.containsUsername");
        }
    }

    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password.toCharArray()) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
