package com.carenext.exports;

/** The lists that export as jobs; each is offered by its module through an {@link ExportSource}. */
public enum ExportKind {
    ACTIVITY, AUDIT, VOLUNTEER;

    public String messageKey() {
        return "export.kind." + name();
    }
}
