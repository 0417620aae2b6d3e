package com.carenext.activity;

/** Kinds of story or material in a base's library (讲好红色故事、讲好“大寨”故事、讲好当代故事). */
public enum MaterialKind {
    RED_STORY, DAZHAI_STORY, CONTEMPORARY_STORY, OTHER;

    public String messageKey() {
        return "material.kind." + name();
    }
}
