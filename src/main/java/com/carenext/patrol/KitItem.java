package com.carenext.patrol;

/** The safety kit at a water body: 警示牌, 救生圈, 救生绳/竹竿, 公示牌. */
public enum KitItem {
    WARNING_SIGN, LIFEBUOY, ROPE_OR_POLE, NOTICE_BOARD;

    public String messageKey() {
        return "patrol.kit." + name();
    }
}
