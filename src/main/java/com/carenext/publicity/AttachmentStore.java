package com.carenext.publicity;

import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments and screenshots of articles. Files are kept outside the web root under generated names (never the
 * name a person gave them), at most {@value #MAX_BYTES} bytes, and only of a type recognised by its first bytes
 * (PNG, JPEG, GIF, WebP, PDF): the name's extension and the browser's content type are not trusted.
 */
@Component
class AttachmentStore {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES = 10;

    private final JdbcClient jdbc;
    private final Path directory;
    private final Clock clock;

    /** Files live under the one files directory of the deployment ({@code carenext.files.dir}), in publicity/. */
    AttachmentStore(JdbcClient jdbc, @Value("${carenext.files.dir:./data/files}") String filesDirectory,
                    Clock clock) {
        this.jdbc = jdbc;
        this.directory = Path.of(filesDirectory, "publicity").toAbsolutePath().normalize();
        this.clock = clock;
    }

    record Stored(ArticleView.Attachment attachment, Path file) {
    }

    /** Refuses the whole submission if any file is too large or of a type not accepted. */
    void check(List<MultipartFile> files) {
        List<MultipartFile> given = present(files);
        if (given.size() > MAX_FILES) {
            throw new BusinessRuleException("publicity.attachment.tooMany", MAX_FILES);
        }
        for (MultipartFile file : given) {
            if (file.getSize() > MAX_BYTES) {
                throw new BusinessRuleException("publicity.attachment.tooLarge", name(file), MAX_BYTES / 1024 / 1024);
            }
            if (type(file) == null) {
                throw new BusinessRuleException("publicity.attachment.type", name(file));
            }
        }
    }

    void save(long articleId, List<MultipartFile> files) {
        check(files);
        for (MultipartFile file : present(files)) {
            String[] type = type(file);
            String stored = UUID.randomUUID() + "." + type[1];
            try (InputStream in = file.getInputStream()) {
                Files.createDirectories(directory);
                Files.copy(in, directory.resolve(stored), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            jdbc.sql("""
                            INSERT INTO article_attachment (article_id, original_name, stored_name, content_type,
                                size_bytes, uploaded_at)
                            VALUES (:article, :original, :stored, :type, :size, :now)""")
                    .param("article", articleId).param("original", name(file)).param("stored", stored)
                    .param("type", type[0]).param("size", file.getSize())
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .update();
        }
    }

    List<ArticleView.Attachment> of(long articleId) {
        return jdbc.sql("""
                        SELECT id, original_name, content_type, size_bytes FROM article_attachment
                        WHERE article_id = :article ORDER BY id""")
                .param("article", articleId)
                .query((rs, row) -> new ArticleView.Attachment(rs.getLong("id"), rs.getString("original_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes")))
                .list();
    }

    /** The file of an attachment of the given article (the caller has checked that the article is visible). */
    Stored file(long articleId, long attachmentId) {
        return jdbc.sql("""
                        SELECT id, original_name, stored_name, content_type, size_bytes FROM article_attachment
                        WHERE id = :id AND article_id = :article""")
                .param("id", attachmentId).param("article", articleId)
                .query((rs, row) -> new Stored(new ArticleView.Attachment(rs.getLong("id"),
                        rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes")),
                        directory.resolve(rs.getString("stored_name"))))
                .optional()
                .filter(stored -> Files.isRegularFile(stored.file()))
                .orElseThrow(() -> new NotFoundException("ArticleAttachment", attachmentId));
    }

    private static List<MultipartFile> present(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
    }

    private static String name(MultipartFile file) {
        String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String base = original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        return base.isEmpty() ? "file" : base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/gif", new byte[]{'G', 'I', 'F', '8'},
            "application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'});
    private static final Map<String, String> EXTENSIONS = Map.of("image/png", "png", "image/jpeg", "jpg",
            "image/gif", "gif", "application/pdf", "pdf", "image/webp", "webp");

    /** {content type, extension} from the file's first bytes, or null when not an accepted type. */
    static String[] type(MultipartFile file) {
        byte[] head = new byte[12];
        int read;
        try (InputStream in = file.getInputStream()) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return null;
        }
        return type(Arrays.copyOf(head, read));
    }

    static String[] type(byte[] head) {
        for (Map.Entry<String, byte[]> signature : SIGNATURES.entrySet()) {
            byte[] expected = signature.getValue();
            if (head.length >= expected.length && Arrays.equals(head, 0, expected.length, expected, 0, expected.length)) {
                return new String[]{signature.getKey(), EXTENSIONS.get(signature.getKey())};
            }
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return new String[]{"image/webp", "webp"};
        }
        return null;
    }
}
