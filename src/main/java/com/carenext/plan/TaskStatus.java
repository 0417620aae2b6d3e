package com.carenext.plan;

/** A task's state. {@link #OVERDUE} is never stored: it is an unfinished task past its due date. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, OVERDUE;

    public String messageKey() {
        return "plan.status." + name();
    }
}
