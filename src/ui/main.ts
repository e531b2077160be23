import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
const el = document.getElementById('app')!;
el.style.cssText = 'position:absolute;inset:0';
const map = new maplibregl.Map({
  container: el,
  localIdeographFontFamily: "'Noto Sans CJK SC', sans-serif",
  style: {
    version: 8,
    sources: { c: { type: 'geojson', data: { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { name: '濮阳县 Puyang' }, geometry: { type: 'Polygon', coordinates: [[[114.9,35.6],[115.2,35.6],[115.2,35.9],[114.9,35.9],[114.9,35.6]]] } }] } } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#eef2f3' } },
      { id: 'f', type: 'fill', source: 'c', paint: { 'fill-color': '#9c9', 'fill-outline-color': '#333' } },
      { id: 't', type: 'symbol', source: 'c', layout: { 'text-field': ['get','name'], 'text-font': ['Noto Sans CJK SC'], 'text-size': 20 } },
    ],
  },
  center: [115.05, 35.75], zoom: 9,
});
map.on('error', (e) => console.error(e.error));
