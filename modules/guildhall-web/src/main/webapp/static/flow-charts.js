// Draws the knowledge-flow charts with ECharts from the same JSON the API serves: a person's
// connections as a force-directed graph (.flow-graph) and the department matrix as a heat map
// (.flow-matrix). Each chart sits above its table, which stays for screen readers, keyboards and
// anyone who prefers numbers; the chart is hidden from assistive technology.
(function () {
  'use strict';

  function load(url, draw) {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (json) { if (json) { draw(json); } })
      .catch(function () { /* the table is still there */ });
  }

  function graph(holder) {
    var centre = holder.getAttribute('data-centre');
    load(holder.getAttribute('data-graph-url'), function (g) {
      var departments = [];
      function category(person) {
        var d = person.department || '—';
        if (departments.indexOf(d) < 0) { departments.push(d); }
        return departments.indexOf(d);
      }
      var max = g.connections.reduce(function (m, c) { return Math.max(m, c.strength); }, 0.01);
      var nodes = [{ id: g.person.username, name: g.person.name, symbolSize: 34, category: category(g.person),
        label: { show: true, fontWeight: 'bold' } }];
      var links = [];
      g.connections.forEach(function (c) {
        nodes.push({ id: c.person.username, name: c.person.name, value: c.strength, category: category(c.person),
          symbolSize: 10 + 18 * c.strength / max, label: { show: c.strength >= max / 3 } });
        links.push({ source: g.person.username, target: c.person.username, value: c.strength,
          lineStyle: { width: 1 + 4 * c.strength / max, opacity: 0.7 } });
      });
      g.links.forEach(function (l) {
        links.push({ source: l.from, target: l.to, value: l.strength, lineStyle: { width: 1, opacity: 0.3, type: 'dashed' } });
      });
      var chart = echarts.init(holder, null, { renderer: 'canvas' });
      chart.setOption({
        tooltip: { renderMode: 'richText', formatter: function (p) {
          return p.dataType === 'edge' ? 'Strength ' + p.value : p.name + (p.value ? ' · strength ' + p.value : '');
        } },
        legend: { data: departments, type: 'scroll', bottom: 0 },
        series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links: links,
          categories: departments.map(function (d) { return { name: d }; }),
          force: { repulsion: 180, edgeLength: [40, 160], gravity: 0.08 },
          emphasis: { focus: 'adjacency' }, label: { position: 'right' } }]
      });
      chart.on('click', function (p) {
        if (p.dataType === 'node' && p.data.id !== centre) {
          window.location.href = '/people/' + encodeURIComponent(p.data.id) + '/connections';
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  function matrix(holder) {
    var exchange = holder.getAttribute('data-exchange-url');
    load(holder.getAttribute('data-matrix-url'), function (m) {
      var names = m.departments;
      var data = [];
      var max = 1;
      m.cells.forEach(function (c) {
        if (c.interactions > 0) {
          data.push([names.indexOf(c.to), names.indexOf(c.from), c.interactions]);
          max = Math.max(max, c.interactions);
        }
      });
      var chart = echarts.init(holder, null, { renderer: 'canvas' });
      chart.setOption({
        tooltip: { renderMode: 'richText', formatter: function (p) {
          return names[p.value[1]] + ' → ' + names[p.value[0]] + ': ' + p.value[2] + ' interactions';
        } },
        grid: { left: 150, right: 20, top: 10, bottom: 140 },
        xAxis: { type: 'category', data: names, axisLabel: { rotate: 60, interval: 0 }, splitArea: { show: true } },
        yAxis: { type: 'category', data: names, inverse: true, axisLabel: { interval: 0 }, splitArea: { show: true } },
        visualMap: { min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
          inRange: { color: ['#e7f1ff', '#0d6efd', '#052c65'] } },
        series: [{ type: 'heatmap', data: data, emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } } }]
      });
      chart.on('click', function (p) {
        var url = exchange + (exchange.indexOf('?') < 0 ? '?' : '&') + 'from=' + encodeURIComponent(names[p.value[1]])
          + '&to=' + encodeURIComponent(names[p.value[0]]);
        window.location.href = url;
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('.flow-graph[data-graph-url]').forEach(graph);
    document.querySelectorAll('.flow-matrix[data-matrix-url]').forEach(matrix);
  });
})();
