package io.windowpane.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The largest file a buyer may upload, for pages that say so: {@code ${@uploadLimit.kilobytes()}}. */
@Component("uploadLimit")
public class UploadLimit {

    private final DataSize limit;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
        this.limit = limit;
    }

    public long kilobytes() {
        return limit.toKilobytes();
    }
}
