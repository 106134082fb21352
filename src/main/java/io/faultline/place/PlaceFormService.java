package io.faultline.place;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and corrects places; the database derives their region from the point. */
@Service
class PlaceFormService {

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private final PlaceRepository places;

	PlaceFormService(PlaceRepository places) {
		this.places = places;
	}

	@Transactional(readOnly = true)
	PlaceForm form(long id) {
		return PlaceForm.of(find(id));
	}

	/** The other place already holding this GeoNames id, if any. */
	@Transactional(readOnly = true)
	java.util.Optional<String> geonamesTakenBy(Long geonamesId, Long exceptId) {
		if (geonamesId == null) {
			return java.util.Optional.empty();
		}
		return this.places.findByGeonamesId(geonamesId)
			.filter((other) -> exceptId == null || !other.getId().equals(exceptId))
			.map(Place::getName);
	}

	@Transactional
	long create(PlaceForm form) {
		Place place = new Place(form.name().strip(), blankToNull(form.nameFr()), form.kind(), point(form),
				form.precision());
		apply(place, form);
		return this.places.save(place).getId();
	}

	@Transactional
	void update(long id, PlaceForm form) {
		Place place = find(id);
		if (place.getVersion() != form.startedFrom()) {
			throw new ObjectOptimisticLockingFailureException(Place.class, id);
		}
		place.update(form.name().strip(), blankToNull(form.nameFr()), form.kind(), point(form), form.precision());
		apply(place, form);
		this.places.flush();
	}

	private static void apply(Place place, PlaceForm form) {
		place.setGeonamesId(form.geonamesId());
		place.getAliases().removeIf((alias) -> !form.aliasList().contains(alias.getAlias()));
		for (String alias : form.aliasList()) {
			if (place.getAliases().stream().noneMatch((existing) -> existing.getAlias().equals(alias))) {
				place.addAlias(alias, null);
			}
		}
	}

	private Place find(long id) {
		return this.places.findById(id).orElseThrow(() -> new PlaceNotFoundException(id));
	}

	private static Point point(PlaceForm form) {
		return WGS84.createPoint(new Coordinate(form.longitude(), form.latitude()));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
