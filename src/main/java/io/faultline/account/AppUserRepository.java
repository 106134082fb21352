package io.faultline.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u where lower(u.username) = lower(?1)")
	Optional<AppUser> findByUsername(String username);

	boolean existsByRole(Role role);

	List<AppUser> findByDemoTrueOrderByRoleAscUsernameAsc();

	List<AppUser> findAllByOrderByUsernameAsc();

}
