package com.carenext.publicity;

/** Where a submission stands: waiting for the town office, adopted, or returned with a reason. */
public enum ArticleStatus {
    SUBMITTED, ADOPTED, RETURNED;

    public String messageKey() {
        return "publicity.status." + name();
    }
}
