package com.carenext.volunteer;

/** The five kinds of 五老; a volunteer is one or more of them. */
public enum Category {
    VETERAN_CADRE, VETERAN_SOLDIER, VETERAN_EXPERT, VETERAN_TEACHER, VETERAN_MODEL;

    public String messageKey() {
        return "volunteer.category." + name();
    }
}
