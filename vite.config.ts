import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * Brotli (.br) and gzip (.gz) copies of the built HTML, scripts and styles beside them, compressed once at
 * build time: `annals serve` sends the copy a browser accepts (serveStatic's precompressed option).
 */
function precompress(): Plugin {
  return {
    name: 'annals-precompress',
    apply: 'build',
    writeBundle(options) {
      const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
      for (const file of walk(options.dir!)) {
        if (!/\.(js|css|html|json|svg)$/.test(file)) continue;
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}

// The web UI (web/) built into dist/web, which `annals serve` serves. The built HTML loads one external
// module script: no inline script, so the server's Content-Security-Policy can say script-src 'self'.
export default defineConfig({
  root: 'web',
  base: '/',
  publicDir: false,
  plugins: [precompress()],
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
