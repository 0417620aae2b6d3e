package com.carenext.patrol;

/** 河, 湖, 淖尔, 水库, 坑塘. */
public enum WaterKind {
    RIVER, LAKE, NAOER, RESERVOIR, POND;

    public String messageKey() {
        return "patrol.kind." + name();
    }
}
