package com.carenext.backup;

/** A backup or restore that was refused or failed; the message (Chinese, then English) is for the operator. */
class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message + (cause.getMessage() == null ? "" : "：" + cause.getMessage()), cause);
    }
}
