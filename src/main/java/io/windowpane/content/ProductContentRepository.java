package io.windowpane.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductContentRepository extends JpaRepository<ProductContent, String> {

    @Query("select c.sku from ProductContent c order by c.sku")
    List<String> findAllSkus();
}
