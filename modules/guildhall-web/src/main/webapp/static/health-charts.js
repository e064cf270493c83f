// Draws a line chart above each table marked data-chart, from the table's own rows (uPlot).
// The table stays: it is the chart's equivalent for screen readers and for anyone who prefers numbers.
(function () {
  'use strict';
  var colours = ['#0d6efd', '#198754', '#dc3545', '#6f42c1', '#fd7e14', '#20c997'];

  function draw(table) {
    if (typeof uPlot === 'undefined') {
      return;
    }
    var columns = table.getAttribute('data-chart').split(',').map(Number);
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var xs = rows.map(function (tr) { return Date.parse(tr.getAttribute('data-at')) / 1000; });
    var data = [xs];
    var series = [{}];
    columns.forEach(function (c, i) {
      data.push(rows.map(function (tr) { return Number(tr.children[c].textContent.trim()); }));
      series.push({ label: headers[c], stroke: colours[i % colours.length], width: 2 });
    });
    var holder = document.createElement('div');
    holder.className = 'health-chart';
    holder.setAttribute('aria-hidden', 'true');
    table.parentNode.insertBefore(holder, table);
    var width = Math.max(280, Math.min(holder.clientWidth || 640, 900));
    new uPlot({ width: width, height: 220, series: series, axes: [{}, {}], scales: { x: { time: true } } }, data, holder);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table[data-chart]').forEach(draw);
  });
})();
