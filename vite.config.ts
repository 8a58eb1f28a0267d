import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/manifest-for-browser.ts';
import { CATALOGS } from './src/core/catalogs/index.ts';
import { DESCRIPTIONS, type MessageKey } from './src/core/catalogs/en.ts';
import { toChromeMessage } from './src/i18n/placeholders.ts';

/** `vite build --mode firefox` builds for Firefox into dist-firefox/; any other mode is Chromium's dist/. */
function targetOf(mode: string): TargetBrowser {
  return mode === 'firefox' ? 'firefox' : 'chrome';
}

/** The dev server (HMR) needs to reach localhost; the built extension never does. */
function devManifest(built: ManifestV3Export): ManifestV3Export {
  const csp = manifest.content_security_policy.extension_pages
    .replace("connect-src ", 'connect-src ws://localhost:* http://localhost:* ')
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("script-src 'self'", "script-src 'self' http://localhost:*");
  return { ...built, content_security_policy: { extension_pages: csp } } as ManifestV3Export;
}

/** Scripts the worker injects with `scripting.executeScript` (their IIFE builds). */
const INJECTED = ['/src/content/on-demand/main.ts', '/src/content/saved-keys/main.ts'];

/**
 * The content script's on-demand part and the saved-key search are injected with `scripting.executeScript`, which needs no
 * web_accessible_resources; crxjs lists every dynamic script there anyway, which would let any page
 * detect the extension. This removes that entry, and the unused ES-module twin crxjs leaves of the
 * same script (its IIFE build is the one injected).
 */
function injectedScriptsStayPrivate(): Plugin {
  return {
    name: 'key-doctor:injected-scripts-stay-private',
    enforce: 'post',
    // After crxjs has written the manifest: it renders it last of all.
    writeBundle({ dir = 'dist' }, bundle) {
      const path = join(dir, 'manifest.json');
      const built = JSON.parse(readFileSync(path, 'utf8')) as { web_accessible_resources?: unknown };
      delete built.web_accessible_resources;
      writeFileSync(path, `${JSON.stringify(built, null, 2)}\n`);
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && INJECTED.some((entry) => output.facadeModuleId?.endsWith(entry))) rmSync(join(dir, output.fileName));
      }
    },
  };
}

/** `_locales/<locale>/messages.json` for every catalog in src/core/catalogs, in the form both browsers read. */
function localesFromCatalogs(): Plugin {
  return {
    name: 'key-doctor:locales-from-catalogs',
    generateBundle() {
      for (const [locale, catalog] of Object.entries(CATALOGS)) {
        const messages = Object.fromEntries(
          Object.entries(catalog).map(([key, message]) => [key, toChromeMessage(message, locale === 'en' ? DESCRIPTIONS[key as MessageKey] : undefined)]),
        );
        this.emitFile({ type: 'asset', fileName: `_locales/${locale}/messages.json`, source: `${JSON.stringify(messages, null, 2)}\n` });
      }
    },
  };
}

/** zod's modules, whatever the path separator. */
const ZOD_MODULE = /[\\/]node_modules[\\/]zod[\\/]/;
/** zod's uses of the Function constructor: `const F = Function;` (then `new F(...)`), and any direct `new Function(` / `Function(`. */
const FUNCTION_CONSTRUCTOR = /(=\s*)Function(\s*[;,)])|\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(/g;
const NO_FUNCTION_CONSTRUCTOR = "(function () { throw new EvalError('Key Doctor builds zod without the Function constructor'); })";

/**
 * zod 4 compiles fast parsers with the Function constructor and probes for it (util.js
 * `allowsEval`, doc.js `compile`, compile.js). The extension never allows that (MV3 CSP).
 * `z.config({ jitless: true })` in src/shared/schemas.ts asks zod not to, but only for schemas built
 * after that module runs (settings.ts and hint-schema.ts may be evaluated first); this makes sure by
 * replacing every use with a stub that throws (the probe then answers "no eval", so zod stays on its
 * interpreter), and no Function constructor ships at all. e2e/hostile/bundle.spec.ts checks dist/.
 */
function zodWithoutFunctionConstructor(): Plugin {
  return {
    name: 'key-doctor:zod-without-function-constructor',
    enforce: 'pre',
    transform: {
      filter: { id: ZOD_MODULE },
      handler(code, id) {
        if (!ZOD_MODULE.test(id)) return null;
        const stubbed = code.replace(FUNCTION_CONSTRUCTOR, (_use, assign?: string, after?: string) =>
          assign === undefined ? `new ${NO_FUNCTION_CONSTRUCTOR}(` : `${assign}${NO_FUNCTION_CONSTRUCTOR}${after ?? ''}`,
        );
        return stubbed === code ? null : { code: stubbed, map: null };
      },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const browser = targetOf(mode);
  const built = manifestFor(browser, manifest, pkg.version);
  return {
  plugins: [
    zodWithoutFunctionConstructor(),
    preact(),
    crx({
      browser,
      manifest: command === 'serve' ? devManifest(built) : built,
      // One self-contained content script, no loader, so no web_accessible_resources in the built manifest.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
    injectedScriptsStayPrivate(),
    localesFromCatalogs(),
  ],
  build: {
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: browser === 'firefox' ? 'firefox140' : 'chrome116',
    sourcemap: false,
    modulePreload: false,
    // Pages the manifest does not name, which crxjs would not build otherwise.
    rollupOptions: { input: { welcome: 'src/welcome/index.html' } },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
