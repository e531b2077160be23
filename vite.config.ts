// Vite dev server and build for the browser app (src/ui). The embedded datasets under data/
// are served as same-origin assets (`?url` imports), so the app works fully offline.
import { defineConfig } from 'vite';

// Cross-origin isolation: the page may then use SharedArrayBuffer, so coverage workers write
// tiles straight into the raster (workers/pool.ts). Everything the app loads is same-origin; an
// optional user basemap must be served with CORS, as maplibre needs anyway. Static hosting of
// the build should send the same two headers; without them the app still works (tiles copied).
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  // .geojson files are imported with `?url` and fetched at run time (never inlined in the bundle).
  assetsInclude: ['**/*.geojson'],
  server: {
    host: '127.0.0.1',
    fs: { allow: ['.'] },
    headers: ISOLATION_HEADERS,
  },
  preview: { headers: ISOLATION_HEADERS },
  optimizeDeps: {
    // maplibre-gl ships ready-made ES modules (its worker is set with setWorkerUrl in src/ui/main.ts).
    exclude: ['maplibre-gl'],
    // Everything the app and its workers import, pre-bundled at start-up: a dependency found later
    // makes vite reload the page, which a browser test would see as a flake.
    include: ['comlink', 'idb', 'papaparse', 'gcoord', 'd3-geo', 'd3-contour', 'flatbush', '@turf/turf', 'geotiff', '@observablehq/plot', 'proj4'],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
