package com.carenext.exports;

/** Where a job stands: waiting for a worker, being written, ready to download, or failed (with a reason). */
public enum ExportStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }

    public String messageKey() {
        return "export.status." + name();
    }
}
