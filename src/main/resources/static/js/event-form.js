// The event form: place search as you type (htmx fills #place-options), and sub-types
// narrowed to the chosen event type. Without JavaScript the form still works: a plain list
// of places, every sub-type, and the server checks that the sub-type fits the type.
(function () {
	'use strict';
	var placeId = document.getElementById('place-id');
	var search = document.getElementById('place-search');
	var options = document.getElementById('place-options');
	var chosen = document.getElementById('chosen-place');
	if (placeId && search && options && chosen) {
		placeId.disabled = false;
		search.hidden = false;
		options.addEventListener('click', function (event) {
			var button = event.target.closest('button[data-place-id]');
			if (!button) {
				return;
			}
			placeId.value = button.dataset.placeId;
			chosen.textContent = button.dataset.placeName;
			options.replaceChildren();
			search.value = '';
		});
		// A place created inline (place/inline.html) comes back marked: choose it.
		document.body.addEventListener('htmx:afterSettle', function () {
			var created = document.querySelector('#new-place-fields [data-created-place]:not([data-chosen])');
			if (created) {
				created.dataset.chosen = 'true';
				placeId.value = created.dataset.placeId;
				chosen.textContent = created.dataset.placeName;
			}
		});
		// Enter in the search box picks the first match instead of submitting the form.
		search.addEventListener('keydown', function (event) {
			if (event.key === 'Enter') {
				event.preventDefault();
				var first = options.querySelector('button[data-place-id]');
				if (first) {
					first.click();
				}
			}
		});
	}

	var type = document.getElementById('event-type');
	var subType = document.getElementById('sub-event-type');
	if (type && subType) {
		var narrow = function () {
			Array.prototype.forEach.call(subType.options, function (option) {
				var other = option.dataset.type && type.value && option.dataset.type !== type.value;
				option.hidden = !!other;
				option.disabled = !!other;
			});
			var selected = subType.options[subType.selectedIndex];
			if (selected && selected.disabled) {
				subType.value = '';
			}
		};
		type.addEventListener('change', narrow);
		narrow();
	}
})();
