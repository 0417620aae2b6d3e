package com.carenext.publicity;

/** An author of an article: a correspondent of the grid, or just a name. */
class ArticleAuthor {

    private Long correspondentId;
    private String name;

    ArticleAuthor() {
    }

    ArticleAuthor(Long correspondentId, String name) {
        this.correspondentId = correspondentId;
        this.name = name;
    }

    Long getCorrespondentId() {
        return correspondentId;
    }

    String getName() {
        return name;
    }
}
