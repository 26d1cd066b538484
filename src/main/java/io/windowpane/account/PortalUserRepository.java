package io.windowpane.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PortalUserRepository extends JpaRepository<PortalUser, Long> {

    @Query("select u from PortalUser u where lower(u.email) = lower(?1)")
    Optional<PortalUser> findByEmail(String email);

    List<PortalUser> findAllByOrderByRoleAscEmailAsc();
}
