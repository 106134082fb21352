// Draws the dashboard's monthly chart from the JSON the server put in data-chart.
(function () {
	'use strict';
	var canvas = document.getElementById('monthly-chart');
	if (!canvas || typeof Chart === 'undefined') {
		return;
	}
	var data = JSON.parse(canvas.dataset.chart);
	var datasets = data.series.map(function (series) {
		return {
			type: 'bar',
			label: series.label,
			data: series.events,
			backgroundColor: series.colour,
			stack: 'events',
			yAxisID: 'events'
		};
	});
	datasets.push({
		type: 'line',
		label: data.fatalitiesLabel,
		data: data.fatalities,
		borderColor: '#1f2933',
		backgroundColor: '#1f2933',
		pointRadius: 2,
		tension: 0,
		yAxisID: 'fatalities'
	});
	new Chart(canvas, {
		data: { labels: data.months, datasets: datasets },
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: { stacked: true },
				events: { type: 'linear', position: 'left', stacked: true, beginAtZero: true, ticks: { precision: 0 } },
				fatalities: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } }
			},
			plugins: { legend: { position: 'bottom' } }
		}
	});
})();
