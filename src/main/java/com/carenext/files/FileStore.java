package com.carenext.files;

import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one upload pipeline. A file is read up to the size limit, its kind sniffed from its bytes and checked against
 * the use's allow-list; an image is decoded (pixel count checked from the header first) and written anew, so that
 * EXIF, GPS and anything appended are gone. Files are kept under {@code carenext.files.dir}/&lt;use&gt;/ with
 * generated names; the uploaded name is only shown. Every check of a batch runs before the first file is written.
 */
@Component
public class FileStore {

    private static final Pattern PHOTO_NAME = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern ATTACHMENT_NAME = Pattern.compile("[0-9a-f-]{36}\\.[a-z]{3,4}");
    private static final int THUMBNAIL_WIDTH = 320;

    private final Path root;
    private final long maxBytes;
    private final Images images;
    private final Sniffer sniffer = new Sniffer();

    FileStore(@Value("${carenext.files.dir:./data/files}") Path root,
              @Value("${carenext.files.max-bytes:10485760}") long maxBytes,
              @Value("${carenext.files.max-pixels:40000000}") long maxPixels,
              @Value("${carenext.files.concurrent-decodes:2}") int concurrentDecodes,
              @Value("${carenext.files.decode-wait-millis:3000}") long decodeWaitMillis) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.images = new Images(maxPixels, concurrentDecodes, decodeWaitMillis);
    }

    /** A prepared upload: checked and cleaned, not yet written. */
    private record Prepared(FileUse use, String originalName, FileKind kind, byte[] bytes, byte[] thumbnail) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks, cleans and stores one upload. */
    public StoredFile store(FileUse use, String originalName, InputStream content) {
        return write(prepare(use, originalName, content));
    }

    /** Checks, cleans and stores one upload, or returns null when none was chosen. */
    public StoredFile store(FileUse use, MultipartFile upload) {
        List<StoredFile> stored = storeAll(use, upload == null ? List.of() : List.of(upload));
        return stored.isEmpty() ? null : stored.get(0);
    }

    /** Checks every chosen upload first (any refusal stores none of them), then stores them all. */
    public List<StoredFile> storeAll(FileUse use, List<MultipartFile> uploads) {
        List<Prepared> prepared = new ArrayList<>();
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            if (upload == null || upload.isEmpty() && blank(upload.getOriginalFilename())) {
                continue;
            }
            try (InputStream in = upload.getInputStream()) {
                prepared.add(prepare(use, upload.getOriginalFilename(), in));
            } catch (IOException e) {
                throw new BusinessRuleException("file.unreadable", label(upload.getOriginalFilename()));
            }
        }
        return prepared.stream().map(this::write).toList();
    }

    /** The stored bytes of a file of this use, if the name is one of ours and the file exists. */
    public Optional<byte[]> read(FileUse use, String storedName, boolean thumbnail) {
        return file(use, storedName, thumbnail).map(file -> {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A stored file as a download: images inline, anything else as an attachment (a PDF with script is never opened
     * in the page), always with {@code nosniff}. A file gone from disk answers 404.
     */
    public ResponseEntity<Resource> download(FileUse use, StoredFile stored) {
        Path file = file(use, stored.storedName(), false)
                .orElseThrow(() -> new NotFoundException("File", stored.storedName()));
        ContentDisposition disposition = (stored.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(stored.originalName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(new FileSystemResource(file));
    }

    private Optional<Path> file(FileUse use, String storedName, boolean thumbnail) {
        if (storedName == null) {
            return Optional.empty();
        }
        String name;
        if (use == FileUse.PHOTO) {
            if (!PHOTO_NAME.matcher(storedName).matches()) {
                return Optional.empty();
            }
            name = storedName + (thumbnail ? "-thumb.jpg" : ".jpg");
        } else {
            if (!ATTACHMENT_NAME.matcher(storedName).matches()) {
                return Optional.empty();
            }
            name = storedName;
        }
        Path file = root.resolve(use.directory).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Prepared prepare(FileUse use, String originalName, InputStream content) {
        String label = label(originalName);
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new BusinessRuleException("file.unreadable", label);
        }
        if (bytes.length == 0) {
            throw new BusinessRuleException("file.empty", label);
        }
        if (bytes.length > maxBytes) {
            throw new BusinessRuleException("file.tooLarge", label, maxBytes / (1024 * 1024));
        }
        FileKind kind = sniffer.kind(bytes, originalName).filter(use.allowed::contains)
                .orElseThrow(() -> new BusinessRuleException(use.typeMessage(), label));
        if (!kind.image) {
            return new Prepared(use, originalName, kind, bytes, null);
        }
        BufferedImage image = images.decode(bytes, label);
        if (use == FileUse.PHOTO || kind == FileKind.JPEG) {
            return new Prepared(use, originalName, FileKind.JPEG, images.jpeg(image, 0),
                    use == FileUse.PHOTO ? images.jpeg(image, THUMBNAIL_WIDTH) : null);
        }
        return new Prepared(use, originalName, FileKind.PNG, images.png(image), null);
    }

    private StoredFile write(Prepared file) {
        Path directory = root.resolve(file.use().directory);
        String stored;
        try {
            Files.createDirectories(directory);
            if (file.use() == FileUse.PHOTO) {
                stored = UUID.randomUUID().toString().replace("-", "");
                Files.write(directory.resolve(stored + ".jpg"), file.bytes());
                Files.write(directory.resolve(stored + "-thumb.jpg"), file.thumbnail());
            } else {
                stored = UUID.randomUUID() + "." + file.kind().extension;
                Files.write(directory.resolve(stored), file.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoredFile(displayName(file.originalName(), file.kind()), stored, file.kind().contentType,
                file.bytes().length);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String label(String originalName) {
        String name = clean(originalName);
        return name.isEmpty() ? "—" : name;
    }

    /** The uploaded name without any path or control characters, at most 200 characters; it is only shown. */
    private static String displayName(String original, FileKind kind) {
        String name = clean(original);
        return name.isEmpty() ? "attachment." + kind.extension : name;
    }

    private static String clean(String original) {
        String base = original == null ? "" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[:*?\"<>|\\p{Cntrl}]", "").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
