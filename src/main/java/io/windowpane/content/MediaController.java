package io.windowpane.content;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves stored images and documents by their content hash, {@code /media/{sha256}} (a document's file name may
 * follow, {@code /media/{sha256}/{name}}, for the download's name). A hash always means the same bytes, so the
 * answer may be cached for a year without revalidation. Signed-in users only, so the cache is private.
 */
@Controller
class MediaController {

    static final String PATH = "/media/";
    static final Duration CACHE_FOR = Duration.ofDays(365);
    private static final String HASH = "{sha256:[0-9a-f]{64}}";

    private final StoredFiles files;

    MediaController(StoredFiles files) {
        this.files = files;
    }

    @GetMapping(PATH + HASH)
    ResponseEntity<byte[]> file(@PathVariable String sha256) {
        return files.find(sha256).map(file -> cached(file).body(file.bytes())).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(PATH + HASH + "/{name}")
    ResponseEntity<byte[]> download(@PathVariable String sha256, @PathVariable String name) {
        return files.find(sha256).map(file -> cached(file)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(file.bytes())).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity.BodyBuilder cached(StoredFiles.StoredFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).eTag(file.sha256())
                .cacheControl(CacheControl.maxAge(CACHE_FOR).cachePrivate().immutable());
    }
}
