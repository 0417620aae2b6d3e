package com.carenext.exports;

import java.time.LocalDateTime;

/**
 * One export as its owner sees it. {@code totalRows} is null when the source does not count ahead;
 * {@code reason} is the message key of why a job failed.
 */
public record ExportJob(long id, ExportKind kind, ExportStatus status, long rowsWritten, Long totalRows,
                        String reason, LocalDateTime createdAt, LocalDateTime finishedAt) {

    /** Percent done for the progress bar; null while the total is unknown. */
    public Integer percent() {
        if (status == ExportStatus.DONE) {
            return 100;
        }
        if (totalRows == null || totalRows <= 0) {
            return null;
        }
        return (int) Math.min(99, rowsWritten * 100 / totalRows);
    }
}
