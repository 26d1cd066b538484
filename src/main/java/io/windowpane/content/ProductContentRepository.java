package io.windowpane.content;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductContentRepository extends JpaRepository<ProductContent, String> {
}
