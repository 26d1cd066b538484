package io.windowpane.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A file above the upload limit gets a page that says what the limit is (413), not a bare error: whether the
 * limit is met in Spring MVC (this handler) or while the request is parsed before it (Boot's error page for
 * 413, the same template). The template reads the limit from {@link UploadLimit}.
 */
@ControllerAdvice
class UploadTooLargePage {

    static final String VIEW = "error/413";

    private final LayoutModel layout;

    UploadTooLargePage(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge(HttpServletRequest request, Model model) {
        layout.addTo(model.asMap(), request);
        return VIEW;
    }
}
