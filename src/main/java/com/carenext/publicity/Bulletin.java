package com.carenext.publicity;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** An archived 通报 of one office and month; generating the month again replaces it. */
class Bulletin {

    @Id
    private Long id;
    private long organizationId;
    private String organizationPath;
    private String bulletinMonth;
    private String documentNumber;
    private String title;
    private String body;
    private String content;
    private Instant generatedAt;
    private String generatedBy;
    @Version
    private Long version;

    Bulletin() {
    }

    static Bulletin create(long organizationId, String organizationPath, String month) {
        Bulletin bulletin = new Bulletin();
        bulletin.organizationId = organizationId;
        bulletin.organizationPath = organizationPath;
        bulletin.bulletinMonth = month;
        return bulletin;
    }

    void archive(BulletinContent generated, String json, String by, Instant now) {
        documentNumber = generated.documentNumber();
        title = generated.title();
        body = generated.text();
        content = json;
        generatedBy = by;
        generatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getBulletinMonth() {
        return bulletinMonth;
    }

    String getDocumentNumber() {
        return documentNumber;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    String getContent() {
        return content;
    }

    Instant getGeneratedAt() {
        return generatedAt;
    }

    String getGeneratedBy() {
        return generatedBy;
    }
}
