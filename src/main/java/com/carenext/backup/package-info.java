/**
 * Backup and restore (备份与恢复) from the command line: {@code java -jar carenext.jar backup <file>} writes one zip
 * archive with the database (H2 {@code SCRIPT}, PostgreSQL {@code pg_dump --format=custom}), every file under
 * {@code carenext.files.dir} and a {@code manifest.json} with the SHA-256 and size of each entry;
 * {@code restore <file>} verifies every checksum, refuses a non-empty database or files directory, then loads it.
 * Runs without the web server and without Flyway or any startup task. The data key ({@code CARENEXT_DATA_KEY}) is
 * never in the archive: sealed personal data stays sealed, and restore needs the same key.
 */
package com.carenext.backup;
