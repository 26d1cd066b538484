package io.windowpane.support;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core's WCAG 2.1 A and AA checks of the page a browser shows, as lines a failing test can print. */
public final class Accessibility {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Every violation on the current page: rule, impact and the first offending element. */
    public static List<String> violations(Browser browser) {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver());
        return results.getViolations().stream().map(Accessibility::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(12).map(node -> node.getTarget() + " " + node.getFailureSummary()
                        .replaceAll("\\s+", " ")).toList() + (rule.getNodes().size() > 12 ? " and more" : "");
    }
}
