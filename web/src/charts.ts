import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { h, whenConnected } from './dom.js';
import { QUAD_COLOURS, QUAD_NAMES } from './palette.js';
import { PERIOD_LENGTH, lineWithGaps, nextPeriod, periodOf, periodStart, periodsInView, type Period } from './periods.js';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

export { QUAD_COLOURS, QUAD_NAMES };

// Charts on a time axis with ECharts: periods are placed at their dates, so empty years and months are
// empty space, not skipped; a Goldstein line breaks over periods without events instead of dropping to 0;
// a slider (and the wheel or a pinch) zooms the period, and the view is told the range shown. The legend
// is HTML beside the canvas (it wraps, and is read as text); the tooltip is canvas rich text.

export { PERIOD_LENGTH, periodStart, nextPeriod, periodOf, periodsInView, lineWithGaps, type Period } from './periods.js';

export interface TimeSeries {
  by: Period;
  /** Stacked bars per group (direction, or the actor), by QuadClass 0..4, per period. */
  groups: { name: string; points: Map<string, number[]> }[];
  /** Goldstein sums per group and period. */
  lines?: { name: string; points: Map<string, number> }[];
  label: string;
  /** A bar clicked (the same choice is offered as links for keyboards). */
  onPeriod?: (period: string) => void;
  /** The range shown after a zoom, as periods at `by`: the first and last periods whose bars are in view. */
  onRange?: (from: string, to: string) => void;
  /** The range to show at first (a reloaded URL's from/to); the whole series when absent. */
  range?: { from?: string | null; to?: string | null };
}

const charts = new Set<echarts.ECharts>();
let resizing = false;

/** The legend as HTML: a swatch and a name per series, wrapping onto as many lines as it needs. */
function legendOf(items: { name: string; colour: string; pattern?: boolean; line?: boolean }[]): HTMLElement {
  return h(
    'ul',
    { class: 'chart-legend', attrs: { 'aria-label': 'Chart legend' } },
    ...items.map((item) => {
      const swatch = h('span', { class: `swatch${item.pattern ? ' hatched' : ''}${item.line ? ' line' : ''}`, attrs: { 'aria-hidden': 'true' } });
      swatch.style.setProperty('--swatch', item.colour);
      return h('li', null, swatch, item.name);
    }),
  );
}

const LINE_COLOURS = ['#1d2328', '#6a3d9a'];

export function timeChart(spec: TimeSeries): HTMLElement {
  const el = h('div', { class: 'chart', attrs: { role: 'img', 'aria-label': `${spec.label} (the same numbers are in the table below)` } });
  const series: Record<string, unknown>[] = [];
  const legend: { name: string; colour: string; pattern?: boolean; line?: boolean }[] = [];
  const periods = [...new Set(spec.groups.flatMap((g) => [...g.points.keys()]))].sort();
  spec.groups.forEach((group, gi) => {
    for (let q = 0; q <= 4; q++) {
      const data = periods.filter((p) => (group.points.get(p)?.[q] ?? 0) > 0).map((p) => [periodStart(p), group.points.get(p)![q]!, p]);
      if (!data.length) continue;
      const name = spec.groups.length > 1 ? `${group.name} ${QUAD_NAMES[q]}` : QUAD_NAMES[q]!;
      legend.push({ name, colour: QUAD_COLOURS[q]!, pattern: gi === 1 });
      series.push({
        name,
        type: 'bar',
        stack: group.name,
        data,
        barMaxWidth: 28,
        barMinWidth: 2,
        itemStyle: { color: QUAD_COLOURS[q], ...(gi === 1 && { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0.8 } }) },
      });
    }
  });
  (spec.lines ?? []).forEach((line, li) => {
    const points = [...line.points].sort((a, b) => a[0].localeCompare(b[0]));
    legend.push({ name: `${line.name} Goldstein sum`, colour: LINE_COLOURS[li % 2]!, line: true });
    series.push({ name: `${line.name} Goldstein sum`, type: 'line', yAxisIndex: 1, data: lineWithGaps(points), connectNulls: false, symbolSize: 6, lineStyle: { color: LINE_COLOURS[li % 2], type: li ? 'dashed' : 'solid' }, itemStyle: { color: LINE_COLOURS[li % 2] } });
  });
  const first = periods[0];
  const last = periods[periods.length - 1];
  whenConnected(el, () => {
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    charts.add(chart);
    // Half a period of margin either side, so that the first and last bars are whole.
    const pad = first && last ? (periodStart(nextPeriod(last)) - periodStart(last)) / 2 : 0;
    // A reloaded zoom: from half a period before the first bar in view to half a period after the last.
    // (A from/to coarser than the chart's periods, such as 2015 in a monthly chart, spans its whole year.)
    const shownFrom = spec.range?.from && first && spec.range.from > first ? spec.range.from.slice(0, PERIOD_LENGTH[spec.by]) : null;
    const shownTo = spec.range?.to && last && spec.range.to < last ? spec.range.to.slice(0, PERIOD_LENGTH[spec.by]) : null;
    const shown = { ...(shownFrom && { startValue: periodStart(shownFrom) - pad }), ...(shownTo && { endValue: periodStart(nextPeriod(shownTo)) - pad }) };
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 48, right: spec.lines?.length ? 56 : 16, top: 24, bottom: 72 },
      xAxis: { type: 'time', ...(first && last && { min: periodStart(first) - pad, max: periodStart(nextPeriod(last)) - pad }) },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        ...(spec.lines?.length ? [{ type: 'value', name: 'Goldstein', splitLine: { show: false } }] : []),
      ],
      dataZoom: [
        { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', bottom: 8, height: 24, labelFormatter: (v: number) => periodOf(v, spec.by), ...shown },
        { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter', zoomOnMouseWheel: 'shift', ...shown },
      ],
      series,
    });
    if (spec.onPeriod) {
      const pick = spec.onPeriod;
      chart.on('click', (event) => {
        const value = event.value as unknown[] | undefined;
        if (Array.isArray(value) && typeof value[2] === 'string') pick(value[2]);
      });
    }
    if (spec.onRange && first && last) {
      const tell = spec.onRange;
      const min = periodStart(first) - pad;
      const max = periodStart(nextPeriod(last)) - pad;
      chart.on('datazoom', () => {
        // The slider keeps percentages of the axis extent (min..max set above).
        const zoom = (chart.getOption() as { dataZoom?: { start?: number; end?: number }[] }).dataZoom?.[0];
        const start = min + ((max - min) * (zoom?.start ?? 0)) / 100;
        const end = min + ((max - min) * (zoom?.end ?? 100)) / 100;
        tell(...periodsInView(start, end, spec.by, first, last));
      });
    }
  });
  if (!resizing) {
    resizing = true;
    window.addEventListener('resize', () => charts.forEach((c) => (c.isDisposed() ? charts.delete(c) : c.resize())));
  }
  return h('div', { class: 'chart-box' }, legendOf(legend), el);
}

/** Charts of a view that is being replaced. */
export function disposeCharts(): void {
  for (const c of charts) c.dispose();
  charts.clear();
}
