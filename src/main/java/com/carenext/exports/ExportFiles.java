package com.carenext.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where finished exports wait for their download: {@code carenext.exports.dir} (by default {@code exports/} beside
 * the uploaded files, so that several instances sharing the file store share them too), under generated names.
 * A file is written as {@code .part} and renamed when complete, so a half-written file is never offered.
 */
@Component
class ExportFiles {

    private static final Pattern NAME = Pattern.compile("[0-9a-f-]{36}\\.xlsx");

    private final Path root;

    ExportFiles(@Value("${carenext.exports.dir:${carenext.files.dir:./data/files}/exports}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A new name and the temporary file to write it to. */
    Pending create() {
        try {
            Files.createDirectories(root);
            String name = UUID.randomUUID() + ".xlsx";
            return new Pending(name, root.resolve(name + ".part"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Pending(String name, Path partial) {
    }

    /** Makes a written file available under its name. */
    void complete(Pending pending) throws IOException {
        Files.move(pending.partial(), root.resolve(pending.name()), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    Optional<Path> done(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path path = root.resolve(name);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    void delete(String name) {
        if (name != null && NAME.matcher(name).matches()) {
            try {
                Files.deleteIfExists(root.resolve(name));
                Files.deleteIfExists(root.resolve(name + ".part"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void deletePartial(Pending pending) {
        try {
            Files.deleteIfExists(pending.partial());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
