package io.windowpane.web;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the base layout needs on every page, from every {@link LayoutAttributes}. An exception handler's model
 * starts empty (Spring runs no {@code @ModelAttribute} method for it), so pages built there call
 * {@link #addTo(Map, HttpServletRequest)} to keep the navigation, the acting banner and the footer.
 */
@ControllerAdvice
public class LayoutModel {

    // looked up on first use, not when built: contributors may themselves handle exceptions with this class
    private final ObjectProvider<LayoutAttributes> contributors;
    private volatile List<LayoutAttributes> ordered;

    LayoutModel(ObjectProvider<LayoutAttributes> contributors) {
        this.contributors = contributors;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        addTo(model.asMap(), request);
    }

    public void addTo(Map<String, Object> model, HttpServletRequest request) {
        List<LayoutAttributes> all = ordered;
        if (all == null) {
            all = contributors.orderedStream().toList();
            ordered = all;
        }
        all.forEach(contributor -> contributor.addTo(model, request));
    }
}
