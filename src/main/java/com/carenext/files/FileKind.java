package com.carenext.files;

/** A type of file the store recognises by its content, with the extension and content type it is kept under. */
enum FileKind {
    JPEG("jpg", "image/jpeg", true),
    PNG("png", "image/png", true),
    GIF("gif", "image/gif", true),
    PDF("pdf", "application/pdf", false),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false),
    DOC("doc", "application/msword", false),
    XLS("xls", "application/vnd.ms-excel", false),
    PPT("ppt", "application/vnd.ms-powerpoint", false);

    final String extension;
    final String contentType;
    final boolean image;

    FileKind(String extension, String contentType, boolean image) {
        this.extension = extension;
        this.contentType = contentType;
        this.image = image;
    }
}
