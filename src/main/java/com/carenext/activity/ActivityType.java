package com.carenext.activity;

/** 普法进校园, 家风家教, 防溺水宣讲, 红色教育, 移风易俗, 文化宣传, 乡村振兴, 其他. */
public enum ActivityType {
    LEGAL_EDUCATION, FAMILY_VALUES, DROWNING_PREVENTION_TALK, RED_EDUCATION, CIVILITY_REFORM, CULTURE,
    RURAL_REVITALIZATION, OTHER;

    public String messageKey() {
        return "activity.type." + name();
    }
}
