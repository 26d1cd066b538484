package io.windowpane.lists;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A named list a customer's buyers share, or one buyer's favourites: lines of SKU, quantity and note. */
@Entity
@Table(name = "shopping_list")
class ShoppingList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private String customerId;

    private String name;

    @Column(name = "favourites_of")
    private Long favouritesOf;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ShoppingList() {
    }

    static ShoppingList shared(String customerId, String name, String createdBy, Instant at) {
        ShoppingList list = new ShoppingList();
        list.customerId = customerId;
        list.name = name;
        list.createdBy = createdBy;
        list.updatedAt = at;
        return list;
    }

    static ShoppingList favourites(String customerId, long userId, String name, String createdBy, Instant at) {
        ShoppingList list = shared(customerId, name, createdBy, at);
        list.favouritesOf = userId;
        return list;
    }

    long id() {
        return id;
    }

    String customerId() {
        return customerId;
    }

    String name() {
        return name;
    }

    boolean isFavourites() {
        return favouritesOf != null;
    }

    boolean isFavouritesOf(long userId) {
        return favouritesOf != null && favouritesOf == userId;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void rename(String newName, Instant at) {
        this.name = newName;
        touched(at);
    }

    void touched(Instant at) {
        this.updatedAt = at;
    }
}
