package io.windowpane.content;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BannerRepository extends JpaRepository<Banner, Long> {

    List<Banner> findAllByOrderByPlacementAscSortOrderAscIdAsc();

    /** The published banners of a placement that have not ended by that instant, in order. */
    @Query("""
            select distinct b from Banner b
            where b.placement = :placement and b.published = true and (b.endsAt is null or b.endsAt > :at)
            order by b.sortOrder, b.id""")
    List<Banner> publishedNotEnded(@Param("placement") Placement placement, @Param("at") Instant at);
}
