package io.windowpane.lists;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ShoppingListLineRepository extends JpaRepository<ShoppingListLine, Long> {

    @Query("select l from ShoppingListLine l where l.listId = ?1 order by l.addedAt, l.id")
    List<ShoppingListLine> findLines(long listId);

    @Query("select l from ShoppingListLine l where l.listId = ?1 and l.sku = ?2")
    Optional<ShoppingListLine> findLine(long listId, String sku);

    /** Which of these SKUs are in the buyer's favourites, in one query (every catalog and product page asks). */
    @Query("select l.sku from ShoppingListLine l, ShoppingList list where list.id = l.listId and list.customerId = ?1"
            + " and list.favouritesOf = ?2 and l.sku in ?3")
    List<String> findFavouriteSkus(String customerId, long userId, Collection<String> skus);

    @Query("select l.listId, count(l) from ShoppingListLine l where l.listId in ?1 group by l.listId")
    List<Object[]> countLines(Collection<Long> listIds);

    @Query("select count(l) from ShoppingListLine l where l.listId = ?1")
    long countLines(long listId);

    @Modifying
    @Query("delete from ShoppingListLine l where l.listId = ?1 and l.sku = ?2")
    int deleteLine(long listId, String sku);
}
