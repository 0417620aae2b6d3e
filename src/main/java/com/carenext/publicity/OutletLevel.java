package com.carenext.publicity;

/** The level of the outlet that published an article, lowest first: the order is the order of rank. */
public enum OutletLevel {
    TOWN, BANNER, CITY, REGION, NATIONAL;

    public String messageKey() {
        return "publicity.level." + name();
    }

    /** 旗 level or above: the articles a 通报 names with their outlets. */
    public boolean isBannerOrAbove() {
        return compareTo(BANNER) >= 0;
    }
}
