package io.windowpane.cart;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CartLineRepository extends JpaRepository<CartLine, Long> {

    @Query("select l from CartLine l where l.customerId = ?1 and l.userId = ?2 order by l.addedAt, l.id")
    List<CartLine> findLines(String customerId, long userId);

    @Query("select l from CartLine l where l.customerId = ?1 and l.userId = ?2 and l.sku = ?3")
    Optional<CartLine> findLine(String customerId, long userId, String sku);

    /** Adds to the line's quantity, or creates it; one statement, so two quick adds never lose one. */
    @Modifying
    @Query(value = """
            insert into cart_line (customer_id, user_id, sku, quantity) values (?1, ?2, ?3, ?4)
            on conflict (customer_id, user_id, sku)
            do update set quantity = least(cart_line.quantity + excluded.quantity, ?5), updated_at = now()""",
            nativeQuery = true)
    void addQuantity(String customerId, long userId, String sku, int quantity, int maxQuantity);

    /**
     * Adds to the line's quantity, or creates it while the cart has fewer than {@code maxLines} lines; answers 0
     * when the cart is full and the line is new.
     */
    @Modifying
    @Query(value = """
            insert into cart_line (customer_id, user_id, sku, quantity)
            select ?1, ?2, ?3, ?4
            where exists (select 1 from cart_line where customer_id = ?1 and user_id = ?2 and sku = ?3)
               or (select count(*) from cart_line where customer_id = ?1 and user_id = ?2) < ?6
            on conflict (customer_id, user_id, sku)
            do update set quantity = least(cart_line.quantity + excluded.quantity, ?5), updated_at = now()""",
            nativeQuery = true)
    int addQuantityWithin(String customerId, long userId, String sku, int quantity, int maxQuantity, int maxLines);

    @Modifying
    @Query("delete from CartLine l where l.customerId = ?1 and l.userId = ?2 and l.sku = ?3")
    int deleteLine(String customerId, long userId, String sku);

    @Modifying
    @Query("delete from CartLine l where l.customerId = ?1 and l.userId = ?2")
    int deleteAllLines(String customerId, long userId);
}
