package io.windowpane.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalUserRepository extends JpaRepository<PortalUser, Long> {

    /** The user with exactly this (canonical, see {@link EmailAddress}) email. */
    Optional<PortalUser> findByEmail(String canonicalEmail);

    List<PortalUser> findAllByOrderByRoleAscEmailAsc();

    List<PortalUser> findAllByRoleAndErpCustomerIdAndEnabledTrueOrderByDisplayNameAsc(Role role, String erpCustomerId);
}
