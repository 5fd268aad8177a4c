// Price-subsidy dashboard: draws the indices against the thresholds (triggered months marked) and the amounts paid
// per month with ECharts, from the JSON the page embeds. Without JavaScript the evaluations table shows the same data.
(function () {
  function draw() {
    var source = document.getElementById('price-chart-data');
    if (!source || typeof echarts === 'undefined') { return; }
    var d = JSON.parse(source.textContent);
    var l = d.labels;
    var marks = [];
    d.months.forEach(function (m, i) { if (d.triggered[i]) { marks.push({ xAxis: m }); } });
    var idxEl = document.getElementById('price-chart');
    var paidEl = document.getElementById('paid-chart');
    // The width of the section (the chart's own box may not be laid out yet when the stylesheet arrives late).
    var width = Math.max(idxEl.parentElement.getBoundingClientRect().width, 320);
    var idx = echarts.init(idxEl, null, { width: width, height: 360 });
    idx.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [l.cpi, l.food, l.cpiTrigger, l.foodTrigger] },
      xAxis: { type: 'category', data: d.months },
      yAxis: { type: 'value', name: l.percent },
      series: [
        { name: l.cpi, type: 'line', data: d.cpi.map(Number),
          markArea: { silent: true, itemStyle: { opacity: 0.08 }, data: marks.map(function (m) { return [m, m]; }) } },
        { name: l.food, type: 'line', data: d.food.map(Number),
          markPoint: { symbol: 'pin', symbolSize: 18, data: d.months.map(function (m, i) {
            return d.triggered[i] ? { coord: [m, Number(d.food[i])], name: l.triggered } : null; }).filter(Boolean) } },
        { name: l.cpiTrigger, type: 'line', step: 'end', lineStyle: { type: 'dashed' }, data: d.cpiTrigger.map(Number) },
        { name: l.foodTrigger, type: 'line', step: 'end', lineStyle: { type: 'dashed' }, data: d.foodTrigger.map(Number) }
      ]
    });
    var paid = echarts.init(paidEl, null, { width: width, height: 220 });
    paid.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: d.months },
      yAxis: { type: 'value', name: l.yuan },
      series: [{ name: l.paid, type: 'bar', data: d.paid.map(Number) }]
    });
    window.addEventListener('resize', function () {
      var w = Math.max(idxEl.parentElement.getBoundingClientRect().width, 320);
      idx.resize({ width: w, height: 360 });
      paid.resize({ width: w, height: 220 });
    });
  }
  if (document.readyState === 'complete') { draw(); } else { window.addEventListener('load', draw); }
})();
