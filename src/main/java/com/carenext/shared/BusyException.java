package com.carenext.shared;

/** The server is busy with a bounded resource (e.g. image decoding); the client may try again shortly (503). */
public class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message);
    }
}
