import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { h, whenConnected } from './dom.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, TitleComponent, CanvasRenderer]);

// Charts drawn with ECharts on a canvas; the tooltip is drawn as rich text on the canvas too
// (renderMode 'richText'), so no chart label ever goes through HTML.

export const QUAD_NAMES = ['no QuadClass', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_COLOURS = ['#9e9e9e', '#4e9a06', '#1b7837', '#e08214', '#b2182b'];

export interface StackedSeries {
  periods: string[];
  /** One group of stacked bars per direction (or one group), each with counts per QuadClass 0..4 per period. */
  groups: { name: string; quads: number[][] }[];
  /** Lines on a second axis (Goldstein sums), one per group. */
  lines?: { name: string; values: number[] }[];
  label: string;
  /** Names for the five stacks, QUAD_NAMES by default. */
  names?: string[];
  /** Called with the period of a bar or point clicked (the same choice is offered as links for keyboards). */
  onPeriod?: (period: string) => void;
}

const charts = new Set<echarts.ECharts>();
let resizing = false;

export function stackedChart(spec: StackedSeries): HTMLElement {
  const el = h('div', { class: 'chart', attrs: { role: 'img', 'aria-label': spec.label } });
  const series: Record<string, unknown>[] = [];
  for (const group of spec.groups) {
    for (let q = 0; q <= 4; q++) {
      const values = spec.periods.map((_, i) => group.quads[i]?.[q] ?? 0);
      if (values.every((v) => v === 0)) continue;
      series.push({
        name: spec.groups.length > 1 ? `${group.name} ${(spec.names ?? QUAD_NAMES)[q]}` : (spec.names ?? QUAD_NAMES)[q],
        type: 'bar',
        stack: group.name,
        data: values,
        itemStyle: { color: QUAD_COLOURS[q], ...(spec.groups.indexOf(group) === 1 && { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0.8 } }) },
      });
    }
  }
  for (const line of spec.lines ?? []) {
    series.push({ name: `${line.name} Goldstein`, type: 'line', yAxisIndex: 1, data: line.values, symbolSize: 7 });
  }
  whenConnected(el, () => {
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    charts.add(chart);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: spec.lines?.length ? 48 : 16, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: spec.periods },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        ...(spec.lines?.length ? [{ type: 'value', name: 'Goldstein', splitLine: { show: false } }] : []),
      ],
      series,
    });
    if (spec.onPeriod) {
      const pick = spec.onPeriod;
      chart.on('click', (event) => {
        if (typeof event.name === 'string' && spec.periods.includes(event.name)) pick(event.name);
      });
    }
  });
  if (!resizing) {
    resizing = true;
    window.addEventListener('resize', () => charts.forEach((c) => (c.isDisposed() ? charts.delete(c) : c.resize())));
  }
  return el;
}

/** Charts of a view that is being replaced. */
export function disposeCharts(): void {
  for (const c of charts) c.dispose();
  charts.clear();
}
