// The event page's small map: the event's location drawn as precisely as it is known, and the
// towns around it coloured by who held them on the event's date. No basemap: it works offline.
(function () {
	'use strict';
	var element = document.getElementById('event-map');
	if (!element || typeof L === 'undefined') {
		return;
	}
	var lat = parseFloat(element.dataset.lat);
	var lon = parseFloat(element.dataset.lon);
	var radiusKm = { EXACT: 0, NEAR: 25, REGION: 100 }[element.dataset.precision] || 0;
	var map = L.map(element, { attributionControl: false, scrollWheelZoom: false });
	map.setView([lat, lon], 7);

	function label(text) {
		var span = document.createElement('span');
		span.textContent = text;
		return span;
	}

	fetch(element.dataset.regions)
		.then(function (response) { return response.ok ? response.json() : null; })
		.then(function (regions) {
			if (regions && regions.features && regions.features.length) {
				L.geoJSON(regions, { style: { color: '#9aa5b1', weight: 1, fill: false }, interactive: false })
					.addTo(map).bringToBack();
			}
		})
		.catch(function () { /* boundaries are optional context */ });

	fetch(element.dataset.control)
		.then(function (response) { return response.ok ? response.json() : null; })
		.then(function (control) {
			if (!control) {
				return;
			}
			L.geoJSON(control, {
				pointToLayer: function (feature, latlng) {
					return L.circleMarker(latlng, {
						radius: 5, weight: 1, color: '#1f2933',
						fillColor: feature.properties.colour || '#9aa5b1', fillOpacity: 0.85
					});
				},
				onEachFeature: function (feature, layer) {
					var p = feature.properties;
					layer.bindTooltip(label(p.name + (p.actorLabel ? ' — ' + p.actorLabel : '')));
				}
			}).addTo(map);
		})
		.catch(function () { /* control is optional context */ });

	if (radiusKm > 0) {
		L.circle([lat, lon], { radius: radiusKm * 1000, color: '#c53030', weight: 2, dashArray: '4 4', fillOpacity: 0.1 })
			.bindTooltip(label(element.dataset.label)).addTo(map);
	}
	L.circleMarker([lat, lon], { radius: 8, color: '#c53030', weight: 3, fill: false })
		.bindTooltip(label(element.dataset.label)).addTo(map);
	map.fitBounds(L.latLng(lat, lon).toBounds(Math.max(radiusKm * 2, 150) * 1000));
})();
