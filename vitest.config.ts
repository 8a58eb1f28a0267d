import { defineConfig, type Plugin } from 'vitest/config';

/**
 * In the build, crxjs turns `import FILE from './x.ts?script&iife'` into the injected script's file name.
 * Tests get the name only: the script itself runs in a page, never in Node.
 */
function injectedScriptNames(): Plugin {
  const SUFFIX = '?script&iife';
  return {
    name: 'key-doctor:injected-script-names',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith(SUFFIX) ? `\0injected:${id.slice(0, -SUFFIX.length)}` : undefined),
    load: (id) => (id.startsWith('\0injected:') ? `export default ${JSON.stringify(id.slice('\0injected:'.length).replace(/^.*\/src\//, 'src/').replace(/\.ts$/, '.js'))};` : undefined),
  };
}

export default defineConfig({
  plugins: [injectedScriptNames()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/i18n-setup.ts'],
  },
});
