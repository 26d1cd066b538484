package io.windowpane.lists;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a shopping list: a SKU, a quantity and a note, never a price. */
@Entity
@Table(name = "shopping_list_line")
class ShoppingListLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "list_id")
    private long listId;

    private String sku;

    private int quantity;

    private String note;

    @Column(name = "added_at")
    private Instant addedAt;

    protected ShoppingListLine() {
    }

    ShoppingListLine(long listId, String sku, int quantity, String note, Instant at) {
        this.listId = listId;
        this.sku = sku;
        this.quantity = quantity;
        this.note = note;
        this.addedAt = at;
    }

    String sku() {
        return sku;
    }

    int quantity() {
        return quantity;
    }

    String note() {
        return note;
    }

    void change(int newQuantity, String newNote) {
        this.quantity = newQuantity;
        this.note = newNote;
    }
}
