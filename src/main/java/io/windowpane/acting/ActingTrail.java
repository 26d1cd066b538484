package io.windowpane.acting;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

import io.windowpane.account.ActingContext;
import io.windowpane.account.SignedInUser;
import io.windowpane.audit.AuditLog;
import io.windowpane.audit.AuditLog.Action;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts every state-changing action a rep takes while acting on the audit log, named by the route it went to (so a
 * new action needs one line here, not code in its controller), with the request id and what it concerned.
 */
@Component
public class ActingTrail {

    /** A request attribute a handler may set to describe what it did, in place of the route's own description. */
    public static final String DETAILS = ActingTrail.class.getName() + ".details";

    private static final Map<String, Action> ACTIONS = Map.of("/cart/lines", Action.CART_LINE_ADDED,
            "/cart/lines/{sku}", Action.CART_LINE_CHANGED, "/cart/lines/{sku}/remove", Action.CART_LINE_REMOVED,
            "/cart/quick-order", Action.QUICK_ORDER, "/orders/{number}/reorder", Action.REORDER,
            "/checkout", Action.ORDER_PLACED, "/checkout/submissions/{id}/restore", Action.SUBMISSION_RESTORED,
            "/cart/hand-over", Action.CART_HANDED_OVER);

    private static final String SUBMISSION_PATH = "/checkout/submissions/";

    private final AuditLog audit;

    ActingTrail(AuditLog audit) {
        this.audit = audit;
    }

    void record(HttpServletRequest request, HttpServletResponse response, SignedInUser user, ActingContext context) {
        Action action = ACTIONS.get((String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        if (action == null) {
            return;
        }
        if (action == Action.ORDER_PLACED && !tookOrder(response)) {
            action = Action.ORDER_NOT_PLACED;
        }
        Object described = request.getAttribute(DETAILS);
        String details = described != null ? described.toString() : describe(action, request);
        audit.record(user.email(), context.customerId(), action, details, request.getRemoteAddr());
    }

    private static String describe(Action action, HttpServletRequest request) {
        Map<?, ?> path = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return switch (action) {
            case CART_LINE_ADDED -> request.getParameter("sku") + " \u00d7 " + request.getParameter("qty");
            case CART_LINE_CHANGED -> path.get("sku") + " \u2192 " + request.getParameter("qty");
            case CART_LINE_REMOVED -> String.valueOf(path.get("sku"));
            case QUICK_ORDER -> {
                String lines = request.getParameter("lines");
                yield lines == null ? "" : lines.lines().filter(line -> !line.isBlank()).count() + " lines";
            }
            case REORDER -> String.valueOf(path.get("number"));
            case ORDER_PLACED, ORDER_NOT_PLACED -> "PO " + request.getParameter("customerPoNumber");
            case SUBMISSION_RESTORED -> "submission " + path.get("id");
            default -> "";
        };
    }

    // checkout sends the person to the submission it took; anything else means no order was taken
    private static boolean tookOrder(HttpServletResponse response) {
        String location = response.getHeader("Location");
        return location != null && location.contains(SUBMISSION_PATH);
    }
}
