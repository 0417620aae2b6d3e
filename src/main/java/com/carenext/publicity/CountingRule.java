package com.carenext.publicity;

/** How an article published at several levels scores: every level once, or only its highest level. */
public enum CountingRule {
    EACH_LEVEL, HIGHEST_ONLY;

    public String messageKey() {
        return "publicity.counting." + name();
    }
}
