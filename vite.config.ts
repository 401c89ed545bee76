import { defineConfig } from 'vite';

// The web UI (web/) built into dist/web, which `annals serve` serves. The built HTML loads one external
// module script: no inline script, so the server's Content-Security-Policy can say script-src 'self'.
export default defineConfig({
  root: 'web',
  base: '/',
  publicDir: false,
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: {
    // `npx vite` for UI work, with `annals serve` on :8080 answering the API.
    proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' },
  },
});
