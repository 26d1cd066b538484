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

    @Query("select l.listId, count(l) from ShoppingListLine l where l.listId in ?1 group by l.listId")
    List<Object[]> countLines(Collection<Long> listIds);

    @Query("select count(l) from ShoppingListLine l where l.listId = ?1")
    long countLines(long listId);

    @Modifying
    @Query("delete from ShoppingListLine l where l.listId = ?1 and l.sku = ?2")
    int deleteLine(long listId, String sku);
}
