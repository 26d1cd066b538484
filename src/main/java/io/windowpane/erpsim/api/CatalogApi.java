package io.windowpane.erpsim.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.windowpane.erpsim.dataset.ErpLedger;
import io.windowpane.erpsim.dataset.Page;
import io.windowpane.erpsim.dataset.SimCategory;
import io.windowpane.erpsim.dataset.SimItem;
import io.windowpane.erpsim.dataset.SimStock;

@RestController
class CatalogApi {

    record ItemPage(List<SimItem> items, int page, int size, long total) {
    }

    private final ErpLedger ledger;

    CatalogApi(ErpLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping(path = "/v1/items", params = "!skus")
    ItemPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        Page<SimItem> found = ledger.catalog().search(q, category, Paging.page(page), Paging.size(size));
        return new ItemPage(found.content(), found.page(), found.size(), found.total());
    }

    @GetMapping(path = "/v1/items", params = "skus")
    ItemPage bySku(@RequestParam List<String> skus) {
        List<SimItem> items = ledger.catalog().findAll(SkuList.checked(skus));
        return new ItemPage(items, 1, items.size(), items.size());
    }

    @GetMapping("/v1/categories")
    List<SimCategory> categories() {
        return ledger.catalog().categories();
    }

    @GetMapping("/v1/stock")
    List<SimStock> stock(@RequestParam List<String> skus) {
        return ledger.stock(SkuList.checked(skus));
    }
}
