// The place form's small map: a click sets the latitude and longitude fields, typed
// coordinates move the marker. No basemap: the other places give the context, offline.
(function () {
	'use strict';
	var element = document.getElementById('place-picker');
	var latitude = document.getElementById('latitude');
	var longitude = document.getElementById('longitude');
	if (!element || !latitude || !longitude || typeof L === 'undefined') {
		return;
	}
	var start = [parseFloat(latitude.value) || 17.0, parseFloat(longitude.value) || -2.0];
	var map = L.map(element, { attributionControl: false }).setView(start, latitude.value ? 8 : 5);
	var marker = L.circleMarker(start, { radius: 8, color: '#c53030', weight: 3, fill: false });
	if (latitude.value && longitude.value) {
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
		latitude.value = event.latlng.lat.toFixed(5);
		longitude.value = event.latlng.lng.toFixed(5);
		marker.setLatLng(event.latlng).addTo(map);
	});
	function follow() {
		var lat = parseFloat(latitude.value);
		var lon = parseFloat(longitude.value);
		if (!isNaN(lat) && !isNaN(lon)) {
			marker.setLatLng([lat, lon]).addTo(map);
		}
	}
	latitude.addEventListener('change', follow);
	longitude.addEventListener('change', follow);
})();
