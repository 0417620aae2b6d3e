package com.carenext.plan;

import com.carenext.shared.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Progress attachments, stored outside the web root under generated names (the uploaded name is only shown, never
 * used as a path). The type is decided by the file's first bytes, not by its name or the browser's claim.
 */
@Component
class PlanFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    record StoredFile(String originalName, String storedName, String contentType, long size) {
    }

    private enum Kind {
        PDF("pdf", "application/pdf"),
        PNG("png", "image/png"),
        JPEG("jpg", "image/jpeg"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        final String extension;
        final String contentType;

        Kind(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    private final Path directory;

    PlanFiles(@Value("${carenext.files.dir:./data/files}") String directory) {
        this.directory = Path.of(directory, "plan").toAbsolutePath().normalize();
    }

    /** Stores an upload, or returns null when none was chosen. */
    StoredFile store(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            return null;
        }
        if (upload.getSize() > MAX_BYTES) {
            throw new BusinessRuleException("plan.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        try {
            byte[] bytes = upload.getBytes();
            Kind kind = kind(bytes, upload.getOriginalFilename());
            String stored = UUID.randomUUID() + "." + kind.extension;
            Files.createDirectories(directory);
            Files.write(directory.resolve(stored), bytes);
            return new StoredFile(displayName(upload.getOriginalFilename(), kind), stored, kind.contentType, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String storedName) throws IOException {
        if (!storedName.matches("[0-9a-f-]{36}\\.[a-z]{3,4}")) {
            throw new IOException("bad stored name");
        }
        return Files.newInputStream(directory.resolve(storedName));
    }

    private static Kind kind(byte[] b, String name) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
            return Kind.PDF;
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".docx")) {
                return Kind.DOCX;
            }
            if (lower.endsWith(".xlsx")) {
                return Kind.XLSX;
            }
        }
        throw new BusinessRuleException("plan.file.type");
    }

    private static boolean starts(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String displayName(String original, Kind kind) {
        String name = original == null ? "" : original.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "attachment." + kind.extension;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
