package com.carenext.publicity;

import com.carenext.files.FileStore;
import com.carenext.files.FileUse;
import com.carenext.files.StoredFile;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachments and screenshots of articles: the rows here, the files in the one {@link FileStore} (which sniffs,
 * limits, re-encodes images and names them). At most {@value #MAX_FILES} to an article.
 */
@Component
class ArticleAttachments {

    static final int MAX_FILES = 10;
    private static final RowMapper<StoredFile> FILE_ROW = (rs, n) -> new StoredFile(rs.getString("original_name"),
            rs.getString("stored_name"), rs.getString("content_type"), rs.getLong("size_bytes"));

    private final JdbcClient jdbc;
    private final FileStore files;
    private final Clock clock;

    ArticleAttachments(JdbcClient jdbc, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    long maxBytes() {
        return files.maxBytes();
    }

    /** Checks and stores every file (a refused one stores none); the article's rows are written by {@link #save}. */
    List<StoredFile> store(List<MultipartFile> uploads, int alreadyAttached) {
        long given = uploads == null ? 0 : uploads.stream().filter(f -> f != null && !f.isEmpty()).count();
        if (alreadyAttached + given > MAX_FILES) {
            throw new BusinessRuleException("publicity.attachment.tooMany", MAX_FILES);
        }
        return files.storeAll(FileUse.ARTICLE_ATTACHMENT, uploads);
    }

    void save(long articleId, List<StoredFile> stored) {
        for (StoredFile file : stored) {
            jdbc.sql("""
                            INSERT INTO article_attachment (article_id, original_name, stored_name, content_type,
                                size_bytes, uploaded_at)
                            VALUES (:article, :original, :stored, :type, :size, :now)""")
                    .param("article", articleId).param("original", file.originalName())
                    .param("stored", file.storedName()).param("type", file.contentType()).param("size", file.size())
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

    /** The download of an attachment of the given article (the caller has checked that the article is visible). */
    ResponseEntity<Resource> download(long articleId, long attachmentId) {
        StoredFile file = jdbc.sql("""
                        SELECT original_name, stored_name, content_type, size_bytes FROM article_attachment
                        WHERE id = :id AND article_id = :article""")
                .param("id", attachmentId).param("article", articleId).query(FILE_ROW).optional()
                .orElseThrow(() -> new NotFoundException("ArticleAttachment", attachmentId));
        return files.download(FileUse.ARTICLE_ATTACHMENT, file);
    }
}
