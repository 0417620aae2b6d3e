package com.carenext.patrol;

public enum KitState {
    GOOD, DAMAGED, MISSING;

    public String messageKey() {
        return "patrol.kitState." + name();
    }
}
