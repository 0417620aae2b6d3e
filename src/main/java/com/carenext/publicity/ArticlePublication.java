package com.carenext.publicity;

import java.time.LocalDate;

/** Where and when an outlet published an article. */
class ArticlePublication {

    private OutletLevel outletLevel;
    private String outlet;
    private LocalDate publishedOn;
    private String link;

    ArticlePublication() {
    }

    ArticlePublication(PublicationDraft draft) {
        this.outletLevel = draft.level();
        this.outlet = draft.outlet().strip();
        this.publishedOn = draft.date();
        this.link = draft.link() == null || draft.link().isBlank() ? null : draft.link().strip();
    }

    ArticleView.Publication view() {
        return new ArticleView.Publication(outletLevel, outlet, publishedOn, link);
    }
}
