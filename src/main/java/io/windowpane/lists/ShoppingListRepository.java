package io.windowpane.lists;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShoppingListRepository extends JpaRepository<ShoppingList, Long> {

    /** The customer's shared lists, newest change first. */
    @Query("select l from ShoppingList l where l.customerId = ?1 and l.favouritesOf is null order by l.updatedAt desc, l.id desc")
    List<ShoppingList> findShared(String customerId);

    @Query("select l from ShoppingList l where l.customerId = ?1 and l.favouritesOf = ?2")
    Optional<ShoppingList> findFavourites(String customerId, long userId);

    @Query("select count(l) > 0 from ShoppingList l where l.customerId = ?1 and l.favouritesOf is null and lower(l.name) = lower(?2) and l.id <> ?3")
    boolean nameTaken(String customerId, String name, long exceptId);
}
