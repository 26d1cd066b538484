package io.windowpane.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Rich marketing text is reduced to safe formatting (OWASP java-html-sanitizer) before it is stored or shown. */
final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li").toFactory());

    private RichText() {
    }

    static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
