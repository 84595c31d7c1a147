// <fl-chart>: one Apache ECharts instance. The server calls setOption(json) and
// appendPoints(seriesIndex, json); the element keeps the option so it survives re-attachment.
(function () {
  if (customElements.get('fl-chart')) {
    return;
  }

  // Custom series the server names by a string, since functions cannot travel in JSON.
  const RENDERERS = {
    // [x, low, high, shift]: a vertical bar with caps (e.g. mean ± sd over cross-validation
    // folds), shifted sideways by shift pixels so bars at the same x do not hide each other.
    errorBar: (params, api) => {
      const shift = api.value(3) || 0;
      const top = api.coord([api.value(0), api.value(2)]);
      const bottom = api.coord([api.value(0), api.value(1)]);
      top[0] += shift;
      bottom[0] += shift;
      const cap = 6;
      const style = { stroke: api.visual('color'), lineWidth: 1.5 };
      const line = (x1, y1, x2, y2) => ({ type: 'line', shape: { x1, y1, x2, y2 }, style });
      return {
        type: 'group',
        children: [
          line(top[0], top[1], bottom[0], bottom[1]),
          line(top[0] - cap, top[1], top[0] + cap, top[1]),
          line(bottom[0] - cap, bottom[1], bottom[0] + cap, bottom[1])
        ]
      };
    }
  };

  function withRenderers(option) {
    (option.series || []).forEach((s) => {
      if (s.type === 'custom' && typeof s.renderItem === 'string' && RENDERERS[s.renderItem]) {
        s.renderItem = RENDERERS[s.renderItem];
      }
    });
    return option;
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
      this._option = withRenderers(JSON.parse(json));
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
