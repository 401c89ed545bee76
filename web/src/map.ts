import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';
import { h, whenConnected } from './dom.js';

echarts.use([ScatterChart, GeoComponent, TooltipComponent, CanvasRenderer]);

// The map of event places: Natural Earth's country shapes (world-atlas, 1:110m, bundled: no tile server
// and nothing fetched), drawn by ECharts' geo component, with a circle per place sized by its events.
// Loaded on demand (a chunk of its own), so the other views do not carry the shapes.

type Ring = [number, number][];
interface World {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { name?: string }; geometry: { type: string; coordinates: unknown } | null }[];
}

/**
 * Natural Earth's shapes as a flat map can draw them: a ring crossing the antimeridian (Chukotka, Fiji)
 * has its western longitudes moved past 180° instead of a line across the whole map; Antarctica, which
 * wraps the pole, is left out.
 */
export function withoutAntimeridianJumps(world: World): World {
  const fix = (ring: Ring): Ring => (ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1]![0]) > 180) ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring);
  const features = world.features
    .filter((f) => f.properties.name !== 'Antarctica' && f.geometry)
    .map((f) => {
      const g = f.geometry!;
      const coordinates = g.type === 'Polygon' ? (g.coordinates as Ring[]).map(fix) : g.type === 'MultiPolygon' ? (g.coordinates as Ring[][]).map((poly) => poly.map(fix)) : g.coordinates;
      return { ...f, geometry: { ...g, coordinates } };
    });
  return { ...world, features };
}

let registered = false;
let current: echarts.ECharts | null = null;

export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
  events: number;
}

export function placesMap(places: MapPlace[], label: string, pick: (name: string) => void): HTMLElement {
  if (!registered) {
    const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
    echarts.registerMap('world', withoutAntimeridianJumps(feature(topology, topology.objects.countries) as unknown as World) as never);
    registered = true;
  }
  const el = h('div', { class: 'map', attrs: { role: 'img', 'aria-label': `${label} (the same places are in the table below)` } });
  const most = Math.max(1, ...places.map((p) => p.events));
  whenConnected(el, () => {
    current?.dispose();
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    current = chart;
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: (p: { name: string; value: number[] }) => `${p.name}: ${p.value[2]} events` },
      geo: { map: 'world', roam: true, itemStyle: { areaColor: '#e9edf0', borderColor: '#9aa5ae' }, emphasis: { disabled: true }, silent: true },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          data: places.map((p) => ({ name: p.name, value: [p.lon, p.lat, p.events] })),
          symbolSize: (v: number[]) => 6 + 26 * Math.sqrt(v[2]! / most),
          itemStyle: { color: '#0072b2', opacity: 0.75, borderColor: '#fff', borderWidth: 1 },
        },
      ],
    });
    // Where a place's circle is drawn, in CSS pixels of the map element (the browser test clicks there).
    (el as HTMLElement & { circleAt?: (lon: number, lat: number) => number[] }).circleAt = (lon, lat) => chart.convertToPixel('geo', [lon, lat]) as number[];
    chart.on('click', (event) => {
      if (typeof event.name === 'string' && event.name) pick(event.name);
    });
    // Once the view is replaced, the next resize disposes the chart instead of laying out a detached canvas.
    const resize = () => {
      if (chart.isDisposed() || !el.isConnected) {
        if (!chart.isDisposed()) chart.dispose();
        window.removeEventListener('resize', resize);
      } else chart.resize();
    };
    window.addEventListener('resize', resize);
  });
  return el;
}

export function disposeMap(): void {
  current?.dispose();
  current = null;
}
