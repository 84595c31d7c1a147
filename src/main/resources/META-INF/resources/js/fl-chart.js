// <fl-chart>: one Apache ECharts instance. The server calls setOption(json) and
// appendPoints(seriesIndex, json); the element keeps the option so it survives re-attachment.
(function () {
  if (customElements.get('fl-chart')) {
    return;
  }

  class FlChart extends HTMLElement {
    constructor() {
      super();
      this._option = null;
      this._chart = null;
    }

    connectedCallback() {
      if (!this.style.display) {
        this.style.display = 'block';
      }
      this._init();
    }

    disconnectedCallback() {
      if (this._observer) {
        this._observer.disconnect();
        this._observer = null;
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    _init() {
      if (this._chart || !this.isConnected) {
        return;
      }
      if (!window.echarts) {
        // The ECharts script has not run yet: try again shortly.
        setTimeout(() => this._init(), 50);
        return;
      }
      this._chart = window.echarts.init(this);
      // Clicks on data items (bars, heatmap cells) go to the server as a DOM event.
      this._chart.on('click', (p) =>
        this.dispatchEvent(
          new CustomEvent('chart-click', {
            detail: { seriesIndex: p.seriesIndex, dataIndex: p.dataIndex }
          })
        )
      );
      this._observer = new ResizeObserver(() => this._chart && this._chart.resize());
      this._observer.observe(this);
      if (this._option) {
        this._chart.setOption(this._option, true);
      }
    }

    setOption(json) {
      this._option = JSON.parse(json);
      if (this._chart) {
        this._chart.setOption(this._option, true);
      }
    }

    appendPoints(seriesIndex, json) {
      if (!this._option) {
        return;
      }
      const series = this._option.series[seriesIndex];
      series.data = (series.data || []).concat(JSON.parse(json));
      if (this._chart) {
        this._chart.setOption({ series: this._option.series.map((s) => ({ data: s.data })) });
      }
    }

    /** Points in one series, as the browser has them (used by browser tests). */
    pointCount(seriesIndex) {
      const series = this._option && this._option.series[seriesIndex];
      return series && series.data ? series.data.length : 0;
    }
  }

  customElements.define('fl-chart', FlChart);
})();
