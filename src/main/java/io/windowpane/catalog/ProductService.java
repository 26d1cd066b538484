package io.windowpane.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.windowpane.content.ProductContents;
import io.windowpane.erp.Category;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Reading;
import io.windowpane.web.ErpPanel;

/** Builds a product page from the ERP (through the read-through cache) and the portal's marketing content. */
@Service
class ProductService {

    private final ErpReads erp;
    private final ProductContents contents;

    ProductService(ErpReads erp, ProductContents contents) {
        this.erp = erp;
        this.contents = contents;
    }

    /** Empty when the ERP has no such item; an ERP outage for the item itself propagates as unavailable. */
    Optional<ProductView> view(String customerId, String sku, String typedQuantity) {
        Reading<Item> item = erp.items(List.of(sku)).get(sku);
        if (item == null) {
            return Optional.empty();
        }
        ErpPanel<Reading<ContractPrice>> price = ErpPanel.load(() -> erp.prices(customerId, List.of(sku)).get(sku));
        ErpPanel<Reading<ItemStock>> stock = ErpPanel.load(() -> erp.stock(List.of(sku)).get(sku));
        ContractPrice contractPrice = price.available() && price.value() != null ? price.value().value() : null;
        return Optional.of(new ProductView(item.value(), categoryName(item.value().category()), price, stock,
                contents.detail(sku).orElse(null), ProductView.QuantityPrice.of(typedQuantity, contractPrice)));
    }

    // the breadcrumb names the category; its code will do when the ERP cannot say
    private String categoryName(String code) {
        ErpPanel<List<Category>> categories = ErpPanel.load(() -> erp.categories().value());
        return categories.available() ? categories.value().stream().filter(c -> c.code().equals(code))
                .map(Category::name).findFirst().orElse(code) : code;
    }
}
