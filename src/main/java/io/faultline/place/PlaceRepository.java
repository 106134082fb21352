package io.faultline.place;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceRepository extends JpaRepository<Place, Long> {

	java.util.Optional<Place> findByGeonamesId(Long geonamesId);

}
