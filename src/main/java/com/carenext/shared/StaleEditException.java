package com.carenext.shared;

/** Someone else saved the record after the caller loaded it: the caller must reload rather than overwrite. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
