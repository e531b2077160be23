// The offline map style, built in code: a background, the (optional, user-given) XYZ basemap,
// and GeoJSON sources for counties, settlement areas, sites, rivers and lakes (named). No glyphs
// URL: maplibre 6 then draws every label glyph locally (TinySDF over the system fonts), so nothing
// is fetched.
import type { StyleSpecification } from 'maplibre-gl';
import { OPERATOR_COLOURS } from '../../engine/render/site-symbols.ts';

export const LABEL_FONT = ['Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];
export const LOCAL_IDEOGRAPH_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

// Shared with the legends and the printable report.
export { OPERATOR_COLOURS } from '../../engine/render/site-symbols.ts';

/** The operator's colour as a style expression. */
const OPERATOR_MATCH = ['match', ['get', 'operator'], ...Object.entries(OPERATOR_COLOURS).flat(), '#607d8b'] as unknown as string;

/** River and lake names in the UI's language: name_zh (scripts/basemap/names-zh.ts) or Natural Earth's own name. */
export function contextNameField(lang: 'zh' | 'en'): unknown {
  return lang === 'zh' ? ['coalesce', ['get', 'name_zh'], ''] : ['coalesce', ['get', 'name'], ''];
}
export const CONTEXT_LABEL_LAYERS = ['rivers-label', 'lakes-label'];

export function buildStyle(lang: 'zh' | 'en' = 'zh'): StyleSpecification {
  return {
    version: 8,
    sources: {
      counties: { type: 'geojson', data: EMPTY },
      'county-labels': { type: 'geojson', data: EMPTY },
      areas: { type: 'geojson', data: EMPTY },
      sites: { type: 'geojson', data: EMPTY },
      drag: { type: 'geojson', data: EMPTY },
      holes: { type: 'geojson', data: EMPTY },
      townships: { type: 'geojson', data: EMPTY },
      picks: { type: 'geojson', data: EMPTY },
      // Offline context (Natural Earth, public/basemap/), filled on demand by context-layers.ts.
      rivers: { type: 'geojson', data: EMPTY },
      lakes: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#e9eef0' } },
      { id: 'counties-fill', type: 'fill', source: 'counties', paint: { 'fill-color': '#fbfaf5', 'fill-opacity': 0.9 } },
      { id: 'lakes-fill', type: 'fill', source: 'lakes', paint: { 'fill-color': '#a9cfe4', 'fill-outline-color': '#7fb2d0' } },
      {
        id: 'rivers-line', type: 'line', source: 'rivers',
        paint: { 'line-color': '#7fb2d0', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, ['-', 2, ['/', ['get', 'scalerank'], 6]], 12, 3] },
      },
      { id: 'areas-fill', type: 'fill', source: 'areas', paint: { 'fill-color': '#8d6e63', 'fill-opacity': 0.12 } },
      {
        id: 'areas-line', type: 'line', source: 'areas',
        paint: { 'line-color': '#6d4c41', 'line-width': 1, 'line-dasharray': ['case', ['get', 'modelled'], ['literal', [2, 2]], ['literal', [1, 0]]] },
      },
      { id: 'holes-fill', type: 'fill', source: 'holes', paint: { 'fill-color': '#b71c1c', 'fill-opacity': 0.35 } },
      { id: 'holes-line', type: 'line', source: 'holes', paint: { 'line-color': '#b71c1c', 'line-width': 2 } },
      { id: 'counties-line', type: 'line', source: 'counties', paint: { 'line-color': '#455a64', 'line-width': 1.6 } },
      {
        id: 'townships', type: 'circle', source: 'townships', minzoom: 9,
        paint: { 'circle-radius': 4, 'circle-color': ['case', ['get', 'byUser'], '#ff6f00', '#6d4c41'], 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
      },
      {
        // Large plans (layers.ts LARGE_PLAN_SITES) are drawn as dots below SYMBOLS_MIN_ZOOM: one
        // low-zoom tile would otherwise hold tens of thousands of icons, past what maplibre's
        // symbol buckets take. Colour = operator; built filled, planned a ring, candidate faint.
        id: 'sites-dots', type: 'circle', source: 'sites', layout: { visibility: 'none' },
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 9, 2.5, 12, 4],
          'circle-color': ['match', ['get', 'status'], 'built', OPERATOR_MATCH, '#ffffff'],
          'circle-stroke-color': OPERATOR_MATCH,
          'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 12, 1.5],
          'circle-opacity': ['match', ['get', 'status'], 'candidate', 0.5, 1],
          'circle-stroke-opacity': ['match', ['get', 'status'], 'candidate', 0.5, 1],
        },
      },
      {
        id: 'sites', type: 'symbol', source: 'sites',
        layout: {
          'icon-image': ['concat', 'site-', ['get', 'operator'], '-', ['get', 'status']],
          'icon-size': ['interpolate', ['linear'], ['zoom'], 8, 0.28, 11, 0.55, 14, 0.9],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
      {
        id: 'sites-selected', type: 'circle', source: 'sites', filter: ['in', ['get', 'id'], ['literal', []]],
        paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#ffd600', 'circle-stroke-width': 3 },
      },
      {
        // The site planner's picks before they are accepted: a cyan ring (dimmed when unticked) and the rank.
        id: 'picks', type: 'circle', source: 'picks',
        paint: { 'circle-radius': 9, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#00acc1', 'circle-stroke-width': 3, 'circle-stroke-opacity': ['case', ['get', 'picked'], 1, 0.35] },
      },
      {
        id: 'picks-rank', type: 'symbol', source: 'picks',
        layout: { 'text-field': ['to-string', ['get', 'rank']], 'text-font': LABEL_FONT, 'text-size': 12, 'text-offset': [0, -1.4], 'text-allow-overlap': true },
        paint: { 'text-color': '#006064', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
      },
      {
        id: 'drag', type: 'circle', source: 'drag',
        paint: { 'circle-radius': 7, 'circle-color': '#ffd600', 'circle-stroke-color': '#000', 'circle-stroke-width': 1.5 },
      },
      {
        // Under the other labels (placed last), so settlement, township and county names win a collision.
        id: 'rivers-label', type: 'symbol', source: 'rivers', minzoom: 6,
        layout: {
          'symbol-placement': 'line', 'symbol-spacing': 400, 'symbol-sort-key': ['get', 'scalerank'],
          'text-field': contextNameField(lang) as never, 'text-font': LABEL_FONT, 'text-size': 12, 'text-letter-spacing': 0.2,
        },
        paint: { 'text-color': '#2f6690', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
      {
        id: 'lakes-label', type: 'symbol', source: 'lakes', minzoom: 6,
        layout: { 'text-field': contextNameField(lang) as never, 'text-font': LABEL_FONT, 'text-size': 12, 'symbol-sort-key': ['get', 'scalerank'] },
        paint: { 'text-color': '#2f6690', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
      {
        id: 'areas-label', type: 'symbol', source: 'areas', minzoom: 10,
        layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 12 },
        paint: { 'text-color': '#4e342e', 'text-halo-color': '#fff', 'text-halo-width': 1.2 },
      },
      {
        // Only user-placed townships: a placed one already has its settlement area's label.
        id: 'townships-label', type: 'symbol', source: 'townships', minzoom: 10, filter: ['get', 'byUser'],
        layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 11, 'text-offset': [0, 1.1], 'text-anchor': 'top' },
        paint: { 'text-color': '#5d4037', 'text-halo-color': '#fff', 'text-halo-width': 1 },
      },
      {
        // Township names from the dataset (the placed ones included), under the county names.
        id: 'townships-name', type: 'symbol', source: 'townships', minzoom: 9.5, filter: ['!', ['get', 'byUser']],
        layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 11, 'text-offset': [0, 0.9], 'text-anchor': 'top' },
        paint: { 'text-color': '#5d4037', 'text-halo-color': '#fff', 'text-halo-width': 1 },
      },
      {
        id: 'counties-label', type: 'symbol', source: 'county-labels',
        layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 17 },
        paint: { 'text-color': '#263238', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      },
    ],
  };
}
