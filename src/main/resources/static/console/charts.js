// A unit's page: its headline figures over the years, and its members ranked by one of them.
(function () {
  'use strict';
  var data = document.getElementById('chart-data');
  if (!data || typeof echarts === 'undefined') {
    return;
  }
  var charts = JSON.parse(data.textContent);
  var font = { fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif' };
  var history = document.getElementById('history-chart');
  if (history) {
    var names = Object.keys(charts.series).filter(function (name) { return name.indexOf('纠错率') < 0; });
    var chart = echarts.init(history, null, { renderer: 'svg' });
    chart.setOption({
      textStyle: font,
      title: { text: '历年主要数字', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, type: 'scroll' },
      grid: { top: 40, left: 48, right: 16, bottom: 56 },
      xAxis: { type: 'category', data: charts.years.map(String) },
      yAxis: { type: 'value' },
      series: names.map(function (name) {
        return { name: name, type: 'line', data: charts.series[name], connectNulls: false, symbolSize: 7 };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  var rank = document.getElementById('rank-chart');
  if (rank) {
    var count = charts.memberNames.length;
    rank.style.height = Math.max(160, 28 * count + 60) + 'px';
    var ranking = echarts.init(rank, null, { renderer: 'svg' });
    ranking.setOption({
      textStyle: font,
      title: { text: count ? charts.membersWord + '：' + charts.rankedBy : '没有可排名的下级单位', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { top: 36, left: 8, right: 40, bottom: 16, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: charts.memberNames },
      series: [{ type: 'bar', data: charts.memberValues, itemStyle: { color: '#2f6f9f' },
        label: { show: true, position: 'right', formatter: charts.rankedKey === 'correction_rate' ? '{c}%' : '{c}' } }]
    });
    window.addEventListener('resize', function () { ranking.resize(); });
  }
})();
