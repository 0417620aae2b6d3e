// Draws the 五老 statistics charts from the figures the page carries in data-labels / data-values.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
    var labels = (element.getAttribute('data-labels') || '').split('|').filter(function (s) { return s.length > 0; });
    var values = (element.getAttribute('data-values') || '').split('|').filter(function (s) { return s.length > 0; }).map(Number);
    element.style.height = '260px';
    var chart = echarts.init(element);
    if (element.getAttribute('data-chart') === 'pie') {
      chart.setOption({
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: '65%', data: labels.map(function (label, i) { return { name: label, value: values[i] }; }) }]
      });
    } else {
      chart.setOption({
        tooltip: {},
        grid: { left: 40, right: 10, bottom: 60 },
        xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 5 ? 40 : 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: values, itemStyle: { color: '#b22222' } }]
      });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
