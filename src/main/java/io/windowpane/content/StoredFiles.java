package io.windowpane.content;

import java.util.Collection;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files in PostgreSQL, keyed by the SHA-256 of their bytes (content addressed: a key always means the
 * same bytes, so its URL may be cached for good, and the same upload is stored once).
 */
@Component
class StoredFiles {

    /** A stored file; {@code contentType} is what the portal detected, never what the browser claimed. */
    record StoredFile(String sha256, String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;

    StoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the bytes (once) and returns their key. */
    @Transactional(propagation = Propagation.MANDATORY)
    String store(byte[] bytes, String contentType) {
        String sha256 = sha256(bytes);
        jdbc.sql("""
                insert into stored_file (sha256, content_type, size_bytes, bytes) values (?, ?, ?, ?)
                on conflict (sha256) do nothing""").params(sha256, contentType, bytes.length, bytes).update();
        return sha256;
    }

    @Transactional(readOnly = true)
    Optional<StoredFile> find(String sha256) {
        return jdbc.sql("select sha256, content_type, bytes from stored_file where sha256 = ?").param(sha256)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** Deletes those of the given files that nothing refers to any more. */
    @Transactional(propagation = Propagation.MANDATORY)
    void deleteUnreferenced(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return;
        }
        jdbc.sql("""
                delete from stored_file f where f.sha256 in (:keys)
                  and not exists (select 1 from product_image i where f.sha256 in (i.large_sha256, i.thumb_sha256))
                  and not exists (select 1 from product_document d where d.file_sha256 = f.sha256)
                  and not exists (select 1 from banner b where b.image_sha256 = f.sha256)""")
                .param("keys", sha256s).update();
    }

    /** The URL a stored file is served at (see {@link MediaController}). */
    static String url(String sha256) {
        return MediaController.PATH + sha256;
    }

    static String sha256(byte[] bytes) {
        return DigestUtils.sha256Hex(bytes);
    }
}
