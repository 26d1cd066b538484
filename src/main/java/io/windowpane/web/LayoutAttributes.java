package io.windowpane.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Something the base layout shows on every page (who is signed in, the acting banner, the footer). Each feature
 * contributes its own; {@link LayoutModel} adds them all to every page's model, exception pages included.
 */
public interface LayoutAttributes {

    void addTo(Map<String, Object> model, HttpServletRequest request);
}
