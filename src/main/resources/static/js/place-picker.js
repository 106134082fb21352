// The small map of the place forms: a click sets the latitude and longitude fields, typed
// coordinates move the marker. No basemap: the other places give the context, offline.
// The fields are named by the map's data-latitude / data-longitude (default: latitude,
// longitude) and looked up at each use, because htmx may replace them (event form).
(function () {
	'use strict';
	var element = document.getElementById('place-picker');
	if (!element || typeof L === 'undefined') {
		return;
	}
	var latitudeId = element.dataset.latitude || 'latitude';
	var longitudeId = element.dataset.longitude || 'longitude';
	function field(id) {
		return document.getElementById(id);
	}
	if (!field(latitudeId) || !field(longitudeId)) {
		return;
	}
	var lat0 = parseFloat(field(latitudeId).value);
	var lon0 = parseFloat(field(longitudeId).value);
	var known = !isNaN(lat0) && !isNaN(lon0);
	var start = known ? [lat0, lon0] : [17.0, -2.0];
	var map = L.map(element, { attributionControl: false }).setView(start, known ? 8 : 5);
	var marker = L.circleMarker(start, { radius: 8, color: '#c53030', weight: 3, fill: false });
	if (known) {
		marker.addTo(map);
	}
	fetch('/map/control.geojson?date=' + new Date().toISOString().slice(0, 10))
		.then(function (response) { return response.ok ? response.json() : null; })
		.then(function (places) {
			if (places) {
				L.geoJSON(places, {
					pointToLayer: function (feature, at) {
						return L.circleMarker(at, { radius: 4, weight: 1, color: '#1f2933', fillColor: '#9aa5b1', fillOpacity: 0.8 });
					},
					onEachFeature: function (feature, layer) {
						var label = document.createElement('span');
						label.textContent = feature.properties.name;
						layer.bindTooltip(label);
					}
				}).addTo(map);
			}
		})
		.catch(function () { /* other places are only context */ });
	map.on('click', function (event) {
		field(latitudeId).value = event.latlng.lat.toFixed(5);
		field(longitudeId).value = event.latlng.lng.toFixed(5);
		marker.setLatLng(event.latlng).addTo(map);
	});
	document.addEventListener('change', function (event) {
		if (event.target.id !== latitudeId && event.target.id !== longitudeId) {
			return;
		}
		var lat = parseFloat(field(latitudeId).value);
		var lon = parseFloat(field(longitudeId).value);
		if (!isNaN(lat) && !isNaN(lon)) {
			marker.setLatLng([lat, lon]).addTo(map);
		}
	});
	// A map drawn while folded away (inside <details>) has no size until it opens.
	var folded = element.closest('details');
	if (folded) {
		folded.addEventListener('toggle', function () {
			if (folded.open) {
				map.invalidateSize();
			}
		});
	}
})();
