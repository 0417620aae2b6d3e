package com.carenext.files;

import java.util.EnumSet;
import java.util.Set;

/** What an upload is for: each use has its allow-list of kinds and its own directory under the files root. */
public enum FileUse {
    /** Photos of activities and hazards: images only, always kept as JPEG with a thumbnail. */
    PHOTO("photos", EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.GIF)),
    PLAN_ATTACHMENT("plan", documents()),
    NOTICE_ATTACHMENT("plan", documents()),
    ARTICLE_ATTACHMENT("publicity", documents()),
    /** Evidence a unit uploads for a scorecard criterion (a photo of the sign, a scanned 文件, a spreadsheet). */
    SCORECARD_EVIDENCE("scorecard", documents());

    final String directory;
    final Set<FileKind> allowed;

    FileUse(String directory, Set<FileKind> allowed) {
        this.directory = directory;
        this.allowed = allowed;
    }

    /** The message key that says what this use accepts. */
    String typeMessage() {
        return this == PHOTO ? "file.type.photo" : "file.type.attachment";
    }

    private static Set<FileKind> documents() {
        return EnumSet.allOf(FileKind.class);
    }
}
