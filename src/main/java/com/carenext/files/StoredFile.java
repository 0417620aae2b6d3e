package com.carenext.files;

/** A stored upload: the name it was given (shown only), the generated name it is kept under, its type and size. */
public record StoredFile(String originalName, String storedName, String contentType, long size) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
