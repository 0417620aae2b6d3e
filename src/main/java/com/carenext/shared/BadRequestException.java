package com.carenext.shared;

/**
 * A request our own code cannot read (a month that is not YYYY-MM): the caller's fault, answered 400 with a Chinese
 * message. Our code throws this rather than {@link IllegalArgumentException}, which stays a bug (500, logged).
 */
public class BadRequestException extends BusinessRuleException {

    public BadRequestException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
