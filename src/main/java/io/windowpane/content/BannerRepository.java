package io.windowpane.content;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BannerRepository extends JpaRepository<Banner, Long> {

    List<Banner> findAllByOrderByPlacementAscSortOrderAscIdAsc();

    /** Published banners of a placement live at that instant for that customer (or for everyone), in order. */
    @Query("""
            select distinct b from Banner b
            where b.placement = :placement and b.published = true
              and (b.startsAt is null or b.startsAt <= :at) and (b.endsAt is null or b.endsAt > :at)
              and (b.audience is empty or :customerId member of b.audience)
            order by b.sortOrder, b.id""")
    List<Banner> live(@Param("placement") Placement placement, @Param("customerId") String customerId, @Param("at") Instant at);
}
