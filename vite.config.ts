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
  // maplibre-gl 6 finds its own worker file next to itself (import.meta.url); pre-bundling would move it.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
