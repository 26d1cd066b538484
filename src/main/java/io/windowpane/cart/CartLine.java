package io.windowpane.cart;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a buyer's cart: a SKU and a quantity, never a price. */
@Entity
@Table(name = "cart_line")
class CartLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "user_id")
    private long userId;

    private String sku;

    private int quantity;

    @Column(name = "added_at", insertable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CartLine() {
    }

    String sku() {
        return sku;
    }

    int quantity() {
        return quantity;
    }

    void changeQuantity(int newQuantity, Instant at) {
        this.quantity = newQuantity;
        this.updatedAt = at;
    }
}
