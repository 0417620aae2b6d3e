package com.carenext.files;

import java.io.InputStream;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Photos of activities and hazards through the file store: stored as cleaned JPEG with a thumbnail. */
@Component
public class Photos {

    private final FileStore store;

    Photos(FileStore store) {
        this.store = store;
    }

    /** Checks, cleans and stores a photo; returns its generated name. */
    public String store(InputStream content) {
        return store.store(FileUse.PHOTO, null, content).storedName();
    }

    /** The stored bytes of a photo (or its thumbnail), if the name is one of ours and the file exists. */
    public Optional<byte[]> read(String name, boolean thumbnail) {
        return store.read(FileUse.PHOTO, name, thumbnail);
    }
}
