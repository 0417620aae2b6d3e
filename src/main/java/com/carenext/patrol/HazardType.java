package com.carenext.patrol;

public enum HazardType {
    CHILDREN_SWIMMING, NO_WARNING_SIGN, BROKEN_FENCE, KIT_MISSING, STEEP_BANK, ICE_OR_FLOOD, OTHER;

    public String messageKey() {
        return "patrol.hazardType." + name();
    }
}
