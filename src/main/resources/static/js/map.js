/*
 * The control map: draws the record's own GeoJSON with Leaflet. Every piece of record text
 * reaches the page through textContent, or through escape() where Leaflet takes HTML.
 */
(function () {
	'use strict';

	var root = document.getElementById('map');
	if (!root || typeof L === 'undefined') {
		return;
	}
	var data = root.dataset;
	var GREY = '#9ca3af';
	var DAY = 86400000;
	/* An imprecise location is drawn as the area it could be in, not as a point. */
	var RADIUS_METRES = { NEAR: 25000, REGION: 100000 };
	var STROKES = {
		CONTROLLED: { color: '#1f2933', weight: 1.5, dashArray: null },
		CONTESTED: { color: '#c53030', weight: 3, dashArray: '4 3' },
		BESIEGED: { color: '#7b341e', weight: 4, dashArray: '1 3' }
	};

	var lang = document.documentElement.lang || 'en';
	var dateFormat = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

	var form = document.getElementById('map-date-form');
	var input = document.getElementById('map-date');
	var slider = document.getElementById('map-slider');
	var previous = document.getElementById('map-previous');
	var next = document.getElementById('map-next');
	var areasBox = document.getElementById('map-areas');
	var shown = document.getElementById('map-shown');
	var actorList = document.getElementById('map-actors');
	var noActors = document.getElementById('map-actors-none');
	var changesDate = document.getElementById('map-changes-date');
	var svgLink = document.getElementById('map-export-svg');
	var pngLink = document.getElementById('map-export-png');
	var placesLink = document.getElementById('map-export-places');
	var eventsSelect = document.getElementById('map-events');
	var eventsShown = document.getElementById('map-events-shown');

	function escape(text) {
		return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
			return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
		});
	}

	/* Fills {0}, {1}… of a message rendered by the server. */
	function format(pattern) {
		var values = Array.prototype.slice.call(arguments, 1);
		return String(pattern).replace(/\{(\d)\}/g, function (match, index) {
			return values[index] == null ? '' : values[index];
		});
	}

	function element(tag, className, text) {
		var node = document.createElement(tag);
		if (className) {
			node.className = className;
		}
		if (text != null) {
			node.textContent = text;
		}
		return node;
	}

	function safeColour(colour) {
		return /^#[0-9a-fA-F]{6}$/.test(colour || '') ? colour : GREY;
	}

	function swatch(colour) {
		var node = element('span', 'map-swatch');
		node.style.backgroundColor = safeColour(colour);
		return node;
	}

	function readable(iso) {
		return iso ? dateFormat.format(new Date(iso + 'T00:00:00Z')) : '';
	}

	function placeName(properties) {
		return (lang === 'fr' && properties.nameFr) ? properties.nameFr : properties.name;
	}

	function statusText(status) {
		return { CONTROLLED: data.textControlled, CONTESTED: data.textContested, BESIEGED: data.textBesieged }[status] || '';
	}

	/* A period's span; validTo is exclusive, so the last day is the one before it. */
	function periodText(from, toExclusive) {
		if (!toExclusive) {
			return format(data.textSince, readable(from));
		}
		var last = new Date(Date.parse(toExclusive) - DAY).toISOString().slice(0, 10);
		return format(data.textPeriod, readable(from), readable(last));
	}

	function getJson(url) {
		return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
			if (!response.ok) {
				throw new Error(response.status);
			}
			return response.json();
		});
	}

	function withDate(url, date) {
		return url + '?date=' + encodeURIComponent(date);
	}

	function dayIndex(iso) {
		return Math.round((Date.parse(iso) - Date.parse(data.first)) / DAY);
	}

	function isoOf(index) {
		return new Date(Date.parse(data.first) + index * DAY).toISOString().slice(0, 10);
	}

	/* The map ---------------------------------------------------------------------------- */

	var map = L.map(root, { zoomSnap: 0.5, maxZoom: 14 });
	map.attributionControl.addAttribution(escape(data.textAttribution));
	if (data.tileUrl) {
		L.tileLayer(data.tileUrl, { attribution: escape(data.tileAttribution), maxZoom: 12 }).addTo(map);
	}
	map.fitBounds([[10, -12.5], [25, 4.5]]);

	var regionsLayer = L.geoJSON(null, {
		interactive: false,
		style: function () {
			return { color: '#52606d', weight: 1, fill: false };
		}
	}).addTo(map);
	var areasLayer = L.geoJSON(null, {
		interactive: false,
		style: function (feature) {
			var colour = safeColour(feature.properties.colour);
			return {
				color: colour, weight: 1, fillColor: colour, fillOpacity: feature.properties.basis === 'CLAIMED' ? 0.1 : 0.25,
				dashArray: feature.properties.status === 'CONTROLLED' ? null : '4 4'
			};
		}
	});
	/* Event counts: above areas and places, below the labels and popups. */
	map.createPane('events').style.zIndex = 450;
	var eventsLayer = L.layerGroup().addTo(map);
	var changedLayer = L.layerGroup().addTo(map);
	var placesLayer = L.layerGroup().addTo(map);

	var changedPlaces = Array.prototype.map.call(document.querySelectorAll('#map-change-list [data-place-id]'),
		function (item) {
			return item.getAttribute('data-place-id');
		});

	var fitted = false;
	var changeDates = {};
	var request = 0;

	function placeLayer(feature) {
		var p = feature.properties;
		var latlng = L.latLng(feature.geometry.coordinates[1], feature.geometry.coordinates[0]);
		var held = p.actorId != null;
		var stroke = held ? STROKES[p.status] : { color: '#616e7c', weight: 1, dashArray: null };
		var colour = held ? safeColour(p.colour) : GREY;
		var claimed = p.basis === 'CLAIMED';
		var style = {
			color: (claimed && p.status === 'CONTROLLED') ? colour : stroke.color,
			weight: claimed ? Math.max(stroke.weight, 3) : stroke.weight,
			dashArray: stroke.dashArray,
			fillColor: colour,
			className: 'map-place status-' + (p.status || 'NONE').toLowerCase() + ' basis-' + (p.basis || 'NONE').toLowerCase()
		};
		var layer;
		if (RADIUS_METRES[p.precision]) {
			style.radius = RADIUS_METRES[p.precision];
			style.fillOpacity = claimed ? 0 : 0.3;
			layer = L.circle(latlng, style);
		}
		else {
			style.radius = 7;
			style.fillOpacity = claimed ? 0 : 0.9;
			layer = L.circleMarker(latlng, style);
		}
		layer.bindTooltip(escape(placeName(p)), { permanent: true, direction: 'right', offset: [8, 0], className: 'map-label' });
		layer.on('click', function () {
			openCard(p.id, latlng);
		});
		if (changedPlaces.indexOf(String(p.id)) >= 0) {
			L.circleMarker(latlng, { radius: 12, color: '#0b5394', weight: 3, fill: false, interactive: false, className: 'map-changed' })
				.addTo(changedLayer);
		}
		return layer;
	}

	function drawPlaces(collection) {
		placesLayer.clearLayers();
		changedLayer.clearLayers();
		var bounds = L.latLngBounds([]);
		collection.features.forEach(function (feature) {
			var layer = placeLayer(feature);
			layer.addTo(placesLayer);
			var path = layer.getElement();
			if (path) {
				path.setAttribute('data-place-id', feature.properties.id);
				path.setAttribute('data-actor-id', feature.properties.actorId == null ? '' : feature.properties.actorId);
			}
			bounds.extend(layer.getLatLng());
		});
		if (!fitted && bounds.isValid()) {
			/* At once: the events for the fitted view are asked for right after. */
			map.fitBounds(bounds.pad(0.3), { animate: false });
			fitted = true;
		}
		drawLegend(collection.features);
	}

	function drawLegend(features) {
		var actors = {};
		features.forEach(function (feature) {
			var p = feature.properties;
			if (p.actorId != null) {
				actors[p.actorId] = actors[p.actorId] || { label: p.actorLabel, colour: p.colour, places: 0 };
				actors[p.actorId].places += 1;
			}
		});
		var sorted = Object.keys(actors).map(function (id) {
			return actors[id];
		}).sort(function (a, b) {
			return b.places - a.places || a.label.localeCompare(b.label);
		});
		actorList.replaceChildren();
		sorted.forEach(function (actor) {
			var item = element('li');
			item.appendChild(swatch(actor.colour));
			item.appendChild(element('span', null, actor.label + ' (' + actor.places + ')'));
			actorList.appendChild(item);
		});
		noActors.hidden = sorted.length > 0;
	}

	function openCard(id, latlng) {
		var popup = L.popup({ maxWidth: 340 }).setLatLng(latlng).setContent(element('p', null, data.textLoading)).openOn(map);
		getJson(data.cardUrl + encodeURIComponent(id) + '.json').then(function (card) {
			popup.setContent(cardElement(card));
		}).catch(function () {
			popup.setContent(element('p', null, data.textError));
		});
	}

	function cardElement(card) {
		var name = placeName(card);
		var node = element('div', 'map-card');
		node.appendChild(element('h3', null, name));
		node.appendChild(element('h4', null, data.textHistory));
		var periods = element('ul');
		card.control.forEach(function (period) {
			var item = element('li');
			item.appendChild(swatch(period.colour));
			var text = period.actorLabel + ', ' + statusText(period.status).toLowerCase();
			if (period.challengerLabel) {
				text += ' (' + format(data.textChallenger, period.challengerLabel) + ')';
			}
			if (period.basis === 'CLAIMED') {
				text += ', ' + data.textClaimed.toLowerCase();
			}
			var words = element('span', null, text);
			words.appendChild(element('span', 'date', ' · ' + periodText(period.validFrom, period.validTo)));
			item.appendChild(words);
			periods.appendChild(item);
		});
		node.appendChild(periods);
		node.appendChild(element('h4', null, data.textEvents));
		if (card.events.length === 0) {
			node.appendChild(element('p', 'muted', data.textNoEvents));
		}
		var events = element('ul');
		card.events.forEach(function (event) {
			var item = element('li');
			item.appendChild(element('span', 'date', readable(event.date)));
			var link = element('a', null, event.title);
			link.href = data.eventUrl + encodeURIComponent(event.id);
			item.appendChild(link);
			events.appendChild(item);
		});
		node.appendChild(events);
		var open = element('a', null, format(data.textOpen, name));
		open.href = data.placeUrl + encodeURIComponent(card.id);
		var footer = element('p');
		footer.appendChild(open);
		node.appendChild(footer);
		return node;
	}

	function loadAreas(date) {
		if (!areasBox.checked) {
			map.removeLayer(areasLayer);
			document.getElementById('map-areas-note-boundaries').hidden = true;
			document.getElementById('map-areas-note-hull').hidden = true;
			return;
		}
		getJson(withDate(data.areasUrl, date)).then(function (collection) {
			areasLayer.clearLayers();
			areasLayer.addData(collection);
			areasLayer.addTo(map);
			areasLayer.bringToBack();
			document.getElementById('map-areas-note-boundaries').hidden = collection.clip !== 'BOUNDARIES';
			document.getElementById('map-areas-note-hull').hidden = collection.clip !== 'HULL';
		});
	}

	/* Events: counted by the server on a grid that follows the zoom ---------------------- */

	var eventsRequest = 0;

	function daysBefore(date, days) {
		return new Date(Date.parse(date) - (days - 1) * DAY).toISOString().slice(0, 10);
	}

	function eventsCard(p, from, to) {
		var node = element('div', 'map-card');
		if (p.placeId != null) {
			node.appendChild(element('h3', null, placeName(p)));
		}
		node.appendChild(element('p', null, format(data.textEventsAt, p.events, readable(p.first), readable(p.last))));
		if (p.eventId != null) {
			var link = element('a', null, p.title);
			link.href = data.eventUrl + encodeURIComponent(p.eventId);
			node.appendChild(element('p')).appendChild(link);
		}
		if (p.placeId != null) {
			var timeline = element('a', null, data.textEventsTimeline);
			timeline.href = data.timelineUrl + '?place=' + encodeURIComponent(p.placeId) + '&from=' + from + '&to=' + to;
			node.appendChild(element('p')).appendChild(timeline);
		}
		return node;
	}

	function eventsMarker(feature, from, to) {
		var p = feature.properties;
		var latlng = L.latLng(feature.geometry.coordinates[1], feature.geometry.coordinates[0]);
		var size = Math.round(18 + 6 * Math.log10(p.events));
		var marker = L.marker(latlng, {
			pane: 'events',
			/* A badge just above its point, so the place's own marker stays in sight. */
			icon: L.divIcon({ className: 'map-events', html: escape(p.events), iconSize: [size, size], iconAnchor: [size / 2, size + 8] }),
			title: p.places > 1 ? format(data.textEventsPlaces, p.events, p.places)
				: format(data.textEventsAt, p.events, readable(p.first), readable(p.last))
		});
		marker.on('click', function () {
			if (p.places > 1 && map.getZoom() < map.getMaxZoom()) {
				map.setView(latlng, Math.min(map.getZoom() + 2, map.getMaxZoom()));
			}
			else {
				L.popup({ maxWidth: 340 }).setLatLng(latlng).setContent(eventsCard(p, from, to)).openOn(map);
			}
		});
		return marker;
	}

	function loadEvents() {
		var ticket = ++eventsRequest;
		var days = Number(eventsSelect.value);
		document.getElementById('map-events-note').hidden = !days;
		if (!days || !/^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
			eventsLayer.clearLayers();
			eventsShown.hidden = true;
			root.removeAttribute('data-events-shown');
			return;
		}
		root.removeAttribute('data-events-shown');
		var to = input.value;
		var from = daysBefore(to, days);
		var url = data.eventsUrl + '?from=' + from + '&to=' + to + '&zoom=' + Math.floor(map.getZoom())
			+ '&bbox=' + encodeURIComponent(map.getBounds().pad(0.25).toBBoxString());
		getJson(url).then(function (collection) {
			if (ticket !== eventsRequest) {
				return;
			}
			eventsLayer.clearLayers();
			collection.features.forEach(function (feature) {
				eventsMarker(feature, from, to).addTo(eventsLayer);
			});
			eventsShown.textContent = format(data.textEventsShown, collection.events, readable(from), readable(to));
			eventsShown.hidden = false;
			root.setAttribute('data-events-shown', from + '/' + to + '/' + collection.events);
		}).catch(function () {
			eventsShown.textContent = data.textError;
			eventsShown.hidden = false;
		});
	}

	/* The date ------------------------------------------------------------------------ */

	function show(date) {
		var ticket = ++request;
		input.value = date;
		slider.value = dayIndex(date);
		changesDate.value = date;
		shown.textContent = format(data.textShown, readable(date));
		var url = new URL(window.location.href);
		url.searchParams.set('date', date);
		if (eventsSelect.value) {
			url.searchParams.set('events', eventsSelect.value);
		}
		else {
			url.searchParams.delete('events');
		}
		history.replaceState(null, '', url);
		svgLink.href = withDate(data.svgUrl, date);
		pngLink.href = withDate(data.pngUrl, date);
		if (placesLink) {
			placesLink.href = withDate(data.placesExportUrl, date);
		}
		Promise.all([getJson(withDate(data.controlUrl, date)), getJson(withDate(data.changeDatesUrl, date))])
			.then(function (answers) {
				if (ticket !== request) {
					return;
				}
				drawPlaces(answers[0]);
				changeDates = answers[1];
				previous.disabled = !changeDates.previous;
				next.disabled = !changeDates.next;
				root.setAttribute('data-shown', date);
				loadEvents();
			})
			.catch(function () {
				shown.textContent = data.textError;
			});
		loadAreas(date);
	}

	slider.addEventListener('input', function () {
		input.value = isoOf(Number(slider.value));
	});
	slider.addEventListener('change', function () {
		show(isoOf(Number(slider.value)));
	});
	input.addEventListener('change', function () {
		if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
			show(input.value);
		}
	});
	form.addEventListener('submit', function (submitted) {
		submitted.preventDefault();
		if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
			show(input.value);
		}
	});
	previous.addEventListener('click', function () {
		if (changeDates.previous) {
			show(changeDates.previous);
		}
	});
	next.addEventListener('click', function () {
		if (changeDates.next) {
			show(changeDates.next);
		}
	});
	areasBox.addEventListener('change', function () {
		loadAreas(input.value);
	});
	eventsSelect.addEventListener('change', function () {
		if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
			show(input.value);
		}
	});
	map.on('moveend', loadEvents);
	var asked = new URL(window.location.href).searchParams.get('events');
	if (asked && eventsSelect.querySelector('option[value="' + Number(asked) + '"]')) {
		eventsSelect.value = String(Number(asked));
	}

	getJson(data.regionsUrl).then(function (collection) {
		regionsLayer.addData(collection);
		regionsLayer.bringToBack();
		document.getElementById('map-regions-note').hidden = collection.features.length === 0;
	});
	show(data.date);
}());
