package com.carenext.plan;

/** A stored file of the plan module (a progress update's or a notice's attachment), as the pages send it. */
record StoredAttachment(String fileName, String storedName, String contentType) {
}
