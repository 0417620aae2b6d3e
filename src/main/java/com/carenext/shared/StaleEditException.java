package com.carenext.shared;

/**
 * Someone else saved the record after the caller loaded it, or the caller did not say which version it had read:
 * the caller must reload rather than overwrite. The one rule for every update path (DESIGN.md §5 "Nothing lost").
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else, or the edit did not name the version it was read at");
    }

    /**
     * Refuses an edit that does not carry the version it was read at, or carries an older one. A missing version is
     * a conflict too: without it, two writers would both succeed and the last one would silently win.
     */
    public static void requireSeen(String what, Object id, Long seenVersion, Long currentVersion) {
        if (seenVersion == null || !seenVersion.equals(currentVersion)) {
            throw new StaleEditException(what, id);
        }
    }
}
