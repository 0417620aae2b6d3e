package com.carenext.patrol;

public enum Severity {
    HIGH, MEDIUM, LOW;

    public String messageKey() {
        return "patrol.severity." + name();
    }
}
