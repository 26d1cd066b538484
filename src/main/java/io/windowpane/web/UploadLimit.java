package io.windowpane.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The largest text file (quick-order or content-import CSV) that may be uploaded,
 * {@code windowpane.uploads.max-text-file-size}; pages say it with {@code ${@uploadLimit.kilobytes()}}. Multipart
 * requests as such may be larger, for marketing images and documents, which have their own limits.
 */
@Component("uploadLimit")
public class UploadLimit {

    private final DataSize limit;

    UploadLimit(@Value("${windowpane.uploads.max-text-file-size:1MB}") DataSize limit) {
        this.limit = limit;
    }

    public long kilobytes() {
        return limit.toKilobytes();
    }

    /** The file's bytes; above the limit the request ends with the 413 page ({@link UploadTooLargePage}). */
    public byte[] read(MultipartFile file) throws IOException {
        if (file.getSize() > limit.toBytes()) {
            throw new MaxUploadSizeExceededException(limit.toBytes());
        }
        return file.getBytes();
    }
}
