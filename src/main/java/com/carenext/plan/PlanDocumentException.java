package com.carenext.plan;

/**
 * An uploaded plan document could not be read. The message is in Chinese and can be shown to the user as is.
 */
public class PlanDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlanDocumentException(String message) {
        super(message);
    }

    public PlanDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
