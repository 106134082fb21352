package io.faultline.source;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

	@Query("select s from Source s where lower(s.name) = lower(?1)")
	Optional<Source> findByName(String name);

}
