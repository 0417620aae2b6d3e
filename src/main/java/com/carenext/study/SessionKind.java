package com.carenext.study;

/** 理论学习, 五老志愿者培训, 通讯员培训. */
public enum SessionKind {
    STUDY, VOLUNTEER_TRAINING, CORRESPONDENT_TRAINING;

    public String messageKey() {
        return "study.kind." + name();
    }
}
