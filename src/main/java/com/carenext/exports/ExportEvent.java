package com.carenext.exports;

/**
 * What happened to an export outside the request that asked for it (finished, failed) and who fetched its file:
 * published for the audit trail. {@code reason} is a message key when a job failed.
 */
public record ExportEvent(long jobId, String username, String scopePath, String action, boolean succeeded,
                          String reason, long rows) {

    public static final String DONE = "Export.done";
    public static final String FAILED = "Export.failed";
    public static final String DOWNLOAD = "Export.download";
}
