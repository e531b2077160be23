// The report's map and charts (src/engine/report/): the scale bar is true at the middle latitude
// (checked against the haversine distance), the coverage image sits exactly on its corners in the
// Web-Mercator frame, user text is escaped, the bar chart's bars scale with the values.
import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../../src/engine/report/charts.ts';
import { reportMapSvg } from '../../../src/engine/report/report-map.ts';
import type { Region } from '../../../src/engine/model/dataset.ts';

const square: Region = { code: '410922', name: '清<丰>县', population: 1, urbanShare: null, geometry: { type: 'Polygon', coordinates: [[[115, 35.5], [115.5, 35.5], [115.5, 36], [115, 36], [115, 35.5]]] } };
const labels = { legend: 'L', operators: {}, statuses: {}, areas: 'a', holes: 'h', rsrp: 'RSRP', north: 'N' };

function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = 6371008.8, rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(a));
}

describe('reportMapSvg', () => {
  const svg = reportMapSvg({
    regions: [square], areas: [], sites: [], holes: [], thresholdDbm: -105, labels, widthPx: 600, heightPx: 600,
    coverage: { pngDataUrl: 'data:image/png;base64,AAAA', coordinates: [[115, 36], [115.5, 36], [115.5, 35.5], [115, 35.5]] },
  });
  it('draws a scale bar whose length is its label at the middle latitude (within 0.5%)', () => {
    const m = /<path d="M([\d.]+),[\d.]+v-?4h([\d.]+)v-4"[^>]*\/><text[^>]*>([\d.]+) (k?m)<\/text>/.exec(svg)!;
    const lenPx = Number(m[2]);
    const labelM = Number(m[3]) * (m[4] === 'km' ? 1000 : 1);
    // The coverage image spans the square's 0.5 degrees of longitude: its width in pixels gives the map's scale.
    const widthPx = Number(/<image [^>]*width="([\d.]+)"/.exec(svg)![1]);
    const metresPerPx = haversineM(115, 35.75, 115.5, 35.75) / widthPx;
    expect(Math.abs(lenPx * metresPerPx - labelM) / labelM).toBeLessThan(0.005);
  });
  it('places the coverage image on its corners, escapes names, and has a north arrow and a legend', () => {
    const img = /<image href="data:image\/png;base64,AAAA" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    // Taller than wide in Mercator (1/cos 35.75 deg = 1.233): the height fills the 576 px frame, centred across.
    expect(Number(img[2])).toBeCloseTo(12, 1);
    expect(Number(img[4])).toBeCloseTo(576, 1);
    expect(Number(img[1]) + Number(img[3]) / 2).toBeCloseTo(300, 1);
    const ratio = Math.log(Math.tan(Math.PI / 4 + (36 * Math.PI) / 360)) - Math.log(Math.tan(Math.PI / 4 + (35.5 * Math.PI) / 360));
    expect(Number(img[4]) / Number(img[3])).toBeCloseTo(ratio / ((0.5 * Math.PI) / 180), 3);
    expect(svg).toContain('清&lt;丰&gt;县');
    expect(svg).not.toContain('清<丰>县');
    expect(svg).toContain('id="north-arrow"');
    expect(svg).toContain('id="map-legend"');
  });
});

describe('barChartSvg', () => {
  it('stacks the series and scales bar heights with the values', () => {
    const svg = barChartSvg({ categories: ['2020', '2021'], series: [{ name: 'A', colour: '#111', values: [100, 300] }, { name: 'B', colour: '#222', values: [100, 0] }], unit: '站' });
    const heights = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" fill="#(111|222)"><title>/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(3); // the zero value draws no bar
    expect(Math.abs(heights[0] - heights[1])).toBeLessThan(0.2); // 2020: A 100, B 100 (coordinates rounded to 0.1 px)
    expect(Math.abs(heights[2] - 3 * heights[0])).toBeLessThan(0.3); // 2021: A 300
    expect(svg).toContain('>200<'); // the 2020 total over its bar
  });
});
