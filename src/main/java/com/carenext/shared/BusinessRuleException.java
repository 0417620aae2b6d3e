package com.carenext.shared;

import java.util.Arrays;

/**
 * A request that breaks a rule of the domain (moving an organization under its own descendant, a password that is
 * too weak). Carries a message key and arguments; the error handling renders it in the user's language as 400/422.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
