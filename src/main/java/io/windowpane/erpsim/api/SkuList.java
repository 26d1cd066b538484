package io.windowpane.erpsim.api;

import java.util.List;
import java.util.Map;

import io.windowpane.erpsim.dataset.SimRejection;

/** The {@code skus=A,B,C} parameter of the batch endpoints: at most 200 SKUs a request. */
final class SkuList {

    static final int MAX = 200;

    private SkuList() {
    }

    static List<String> checked(List<String> skus) {
        List<String> cleaned = skus.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (cleaned.size() > MAX) {
            throw new SimRejection(400, "TOO_MANY_SKUS", "At most " + MAX + " SKUs per request",
                    Map.of("requested", cleaned.size()));
        }
        return cleaned;
    }
}
