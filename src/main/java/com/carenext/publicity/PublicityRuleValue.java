package com.carenext.publicity;

/** One number of a year's rules: points of a level or kind, or the quota of an organization type. */
class PublicityRuleValue {

    static final String LEVEL = "LEVEL";
    static final String KIND = "KIND";
    static final String QUOTA = "QUOTA";

    private String dimension;
    private String code;
    private int amount;

    PublicityRuleValue() {
    }

    PublicityRuleValue(String dimension, String code, int amount) {
        this.dimension = dimension;
        this.code = code;
        this.amount = amount;
    }

    String getDimension() {
        return dimension;
    }

    String getCode() {
        return code;
    }

    int getAmount() {
        return amount;
    }
}
