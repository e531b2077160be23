// Vite dev server and build for the browser app (src/ui). The embedded datasets under data/
// are served as same-origin assets (`?url` imports), so the app works fully offline.
import { defineConfig } from 'vite';

export default defineConfig({
  // .geojson files are imported with `?url` and fetched at run time (never inlined in the bundle).
  assetsInclude: ['**/*.geojson'],
  server: {
    host: '127.0.0.1',
    fs: { allow: ['.'] },
  },
  optimizeDeps: {
    // maplibre-gl ships ready-made ES modules (its worker is set with setWorkerUrl in src/ui/main.ts).
    exclude: ['maplibre-gl'],
    // Everything the app and its workers import, pre-bundled at start-up: a dependency found later
    // makes vite reload the page, which a browser test would see as a flake.
    include: ['comlink', 'idb', 'papaparse', 'gcoord', 'd3-geo', 'd3-contour', 'flatbush', '@turf/turf', 'geotiff', '@observablehq/plot'],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
