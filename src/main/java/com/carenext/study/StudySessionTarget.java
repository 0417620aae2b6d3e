package com.carenext.study;

/** An organization a session is meant for (with its path, for the check-in rule). */
class StudySessionTarget {

    private final long organizationId;
    private final String organizationPath;

    StudySessionTarget(long organizationId, String organizationPath) {
        this.organizationId = organizationId;
        this.organizationPath = organizationPath;
    }

    long organizationId() {
        return organizationId;
    }

    String organizationPath() {
        return organizationPath;
    }
}
