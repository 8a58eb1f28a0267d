import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/** The dev server (HMR) needs to reach localhost; the built extension never does. */
function devManifest(): ManifestV3Export {
  const csp = manifest.content_security_policy.extension_pages
    .replace("connect-src ", 'connect-src ws://localhost:* http://localhost:* ')
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("script-src 'self'", "script-src 'self' http://localhost:*");
  return { ...manifest, content_security_policy: { extension_pages: csp } } as ManifestV3Export;
}

export default defineConfig(({ command }) => ({
  plugins: [
    preact(),
    crx({
      manifest: (command === 'serve' ? devManifest() : manifest) as ManifestV3Export,
      // One self-contained content script, no loader, so no web_accessible_resources in the built manifest.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
}));
