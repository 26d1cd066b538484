package io.windowpane.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentPageRepository extends JpaRepository<ContentPage, Long> {

    Optional<ContentPage> findBySlug(String slug);

    List<ContentPage> findAllByOrderBySortOrderAscTitleAsc();

    List<ContentPage> findAllByPublishedTrueOrderBySortOrderAscTitleAsc();
}
