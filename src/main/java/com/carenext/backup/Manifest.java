package com.carenext.backup;

import java.util.List;

/**
 * {@code manifest.json}: what the archive holds. {@code dataKeyIncluded} is always false: the personal data in the
 * database is sealed with {@code CARENEXT_DATA_KEY}, which must be kept apart and is needed again to restore.
 */
record Manifest(int format, String databaseKind, String databaseFile, String appVersion, String createdAt,
                String zone, String schemaVersion, boolean dataKeyIncluded, String dataKeyNote, List<Entry> entries) {

    static final String NAME = "manifest.json";

    record Entry(String name, long size, String sha256) {
    }
}
