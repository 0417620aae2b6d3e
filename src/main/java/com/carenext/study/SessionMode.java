package com.carenext.study;

/** 线上, 线下, 线上+线下. */
public enum SessionMode {
    ONLINE, OFFLINE, BLENDED;

    public String messageKey() {
        return "study.mode." + name();
    }
}
