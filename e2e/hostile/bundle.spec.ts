/**
 * The built extension (dist/), read as files: no browser is launched. `npm test` runs it after
 * `npm run build`; alone: `npx vite build && npx playwright test e2e/hostile/bundle.spec.ts --project=e2e`.
 *
 * What a reviewer (or a store review) would otherwise check by hand: no code from strings, no script
 * from the network, no HTML sinks in what runs inside web pages, nothing but our own modules in the
 * content scripts, and a manifest that asks for no more than the list below.
 */
import { expect, test } from '@playwright/test';
import { isPreactChunk } from '../../scripts/preact-chunk';
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

const ROOT = `${import.meta.dirname}/../..`;
const DIST = `${ROOT}/dist`;

/** One thing a check found: in which file, which rule, and the text around the match. */
export interface Finding {
  file: string;
  rule: string;
  match: string;
}

interface Rule {
  rule: string;
  pattern: RegExp;
}

/** A quote that starts a string: the lookbehinds below use it so that a word inside a string is not code. */
const Q = '[`\'"]';

/** Code from strings, and scripts from the network. For every .js and .html file in dist. */
export const DYNAMIC_CODE: readonly Rule[] = [
  // `eval(`, `(0,eval)(…)`, `e=eval`, `window.eval(`; not an object key (`{eval:…}` in webextension-polyfill's API table) nor a word in a string.
  { rule: 'eval', pattern: /(?<![\w$.`'"])eval(?![\w$])(?!\s*:)|\.eval\s*\(/g },
  { rule: 'new Function', pattern: /\bnew\s+Function\b/g },
  // `Function("…")` called without `new` builds a function just the same; `isAsyncFunction(` or `x.Function(` are not it.
  { rule: 'Function() call', pattern: /(?<![\w$.])Function\s*\(/g },
  // `const F = Function; new F(…)`, zod's way; `Function.prototype` and `x instanceof Function` stay allowed.
  { rule: 'Function constructor as a value', pattern: /(?<![\w$.`'"]|instanceof\s+)Function(?![\w$])(?=\s*(?:[,;)}\]]|$))/gm },
  // `(function(){}).constructor("code")`, `Object.getPrototypeOf(async function(){}).constructor("code")`.
  { rule: 'constructor("…") call', pattern: new RegExp(`\\.constructor\\s*\\(\\s*${Q}`, 'g') },
  { rule: 'string timer', pattern: new RegExp(`\\bset(?:Timeout|Interval)\\s*\\(\\s*${Q}`, 'g') },
  // Any `import(` but of a literal path inside the package (`./`, `../`, `/`, not `//`): a URL, or a computed one.
  { rule: 'import() of a URL that is not a packaged file', pattern: new RegExp(`\\bimport\\s*\\(\\s*(?!${Q}\\.{0,2}\\/(?!\\/))`, 'g') },
  // A module service worker cannot use it; a classic one would load whatever URL it is given.
  { rule: 'importScripts', pattern: /\bimportScripts\s*\(/g },
  { rule: 'remote <script src>', pattern: /<script\b[^>]*?\bsrc\s*=\s*["']?\s*(?:https?:)?\/\//gi },
  { rule: 'remote <link href>', pattern: /<link\b[^>]*?\bhref\s*=\s*["']?\s*(?:https?:)?\/\//gi },
  { rule: 'inline <script>', pattern: /<script\b(?![^>]*\bsrc\s*=)[^>]*>\s*[^<\s]/gi },
  // A script (or any element) pointed at the network from code. URLs in strings are data (api.openai.com) and stay allowed.
  { rule: 'remote src assigned', pattern: new RegExp(`\\.src\\s*=\\s*${Q}(?:https?:)?\\/\\/|setAttribute\\s*\\(\\s*${Q}src${Q}\\s*,\\s*${Q}(?:https?:)?\\/\\/`, 'g') },
];

/**
 * HTML sinks: none in the content scripts and the injected scripts (they run inside web pages), and
 * none in extension pages but preact's own support for `dangerouslySetInnerHTML`. As in
 * .oxlintrc.json, innerHTML and outerHTML are not used at all, read or written.
 */
export const HTML_SINKS: readonly Rule[] = [
  { rule: 'innerHTML/outerHTML', pattern: /\b(?:inner|outer)HTML\b/g },
  { rule: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/g },
  { rule: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\b/g },
  { rule: 'srcdoc assignment', pattern: new RegExp(`\\.srcdoc\\s*\\+?=(?!=)|\\[\\s*${Q}srcdoc${Q}\\s*\\]\\s*\\+?=(?!=)|setAttribute(?:NS)?\\s*\\([^)]*?${Q}srcdoc${Q}`, 'g') },
  { rule: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/g },
  { rule: 'setHTMLUnsafe/parseHTMLUnsafe', pattern: /\b(?:set|parse)HTMLUnsafe\b/g },
  { rule: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/g },
];


/** What preact's diff does for `dangerouslySetInnerHTML` (minified): `dom.innerHTML = newHtml.__html`, and the comparison `newHtml.__html != dom.innerHTML`. */
const PREACT_OWN_SINKS: readonly RegExp[] = [
  /[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/g,
  /[\w$]+\.__html\s*[!=]==?\s*[\w$]+\.innerHTML\b/g,
  /\bdangerouslySetInnerHTML\b/g,
];

function around(source: string, index: number, length: number): string {
  return source.slice(Math.max(0, index - 40), index + length + 40).replaceAll(/\s+/g, ' ');
}

/** Every match of every rule in one file. Pure: the tests below also feed it bad snippets. */
export function findAll(file: string, source: string, rules: readonly Rule[]): Finding[] {
  const found: Finding[] = [];
  for (const { rule, pattern } of rules) {
    for (const match of source.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
      found.push({ file, rule, match: around(source, match.index, match[0].length) });
    }
  }
  return found;
}

export const dynamicCodeFindings = (file: string, source: string): Finding[] => findAll(file, source, DYNAMIC_CODE);

/** HTML sinks in one file; with `allowPreact`, the preact chunk's own `dangerouslySetInnerHTML` code is left out (and nothing else). */
export function htmlSinkFindings(file: string, source: string, { allowPreact = false } = {}): Finding[] {
  let checked = source;
  if (allowPreact && isPreactChunk(source)) {
    for (const own of PREACT_OWN_SINKS) checked = checked.replaceAll(own, '');
  }
  return findAll(file, checked, HTML_SINKS);
}

/** Modules (esbuild metafile inputs, relative to the repository) that are not our own source. */
export const foreignModules = (inputs: readonly string[]): string[] => inputs.filter((input) => !input.startsWith('src/'));

// ---------------------------------------------------------------------------------------------
// The reviewed manifest. Anything new here is a decision: add it with a reason, and in the README.

/** Top-level keys manifest.json may have. No web_accessible_resources, no optional_*, no sandbox, no oauth2… */
export const MANIFEST_KEYS = [
  'manifest_version', 'name', 'short_name', 'description', 'default_locale', 'version', 'minimum_chrome_version',
  'icons', 'action', 'options_ui', 'background', 'content_scripts', 'permissions', 'host_permissions',
  'externally_connectable', 'content_security_policy', 'commands',
];

/** Keyboard shortcuts: only the one that opens the toolbar popup (no command reaches the worker). */
export const COMMANDS = { _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open Key Doctor' } };

export const PERMISSIONS: Record<string, string> = {
  // browser.storage.local (settings, hints, per-site memory, salt) and browser.storage.session (tab state, verdict cache).
  storage: 'settings, hints and per-site memory; per-tab state for the session',
  // browser.scripting.executeScript: the warning's on-demand part, the popup's page scan, the saved-key search.
  scripting: 'injects the on-demand part and the saved-key search into a tab’s frames',
  // browser.browsingData.remove: the checklist's "Clear this site's cache / stored data", only the tab's origin.
  browsingData: 'clears the current site’s cache or stored data when the user clicks',
};

export const HOST_PERMISSIONS: Record<string, string> = {
  // executeScript into any frame of the current tab, and the worker's fetch to api.openai.com, its regional hosts and status.openai.com.
  '<all_urls>': 'frames of the current tab for executeScript; OpenAI’s hosts for the worker’s fetch',
};

/**
 * The one content script entry, without `js` (checked against dist): no world (isolated), no css; at
 * document_start, so that its world gets the extension API before a page's `<iframe name="chrome">`
 * exists to take that name (Chromium then gives a later-made world no `chrome` at all).
 */
export const CONTENT_SCRIPT = { matches: ['<all_urls>'], run_at: 'document_start', all_frames: true, match_about_blank: true, match_origin_as_fallback: true };

export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self'; img-src 'self'; connect-src https://api.openai.com https://us.api.openai.com https://eu.api.openai.com https://ae.api.openai.com https://status.openai.com; base-uri 'none'; form-action 'none'";

type Manifest = Record<string, unknown> & {
  permissions?: unknown;
  host_permissions?: unknown;
  content_scripts?: Array<Record<string, unknown>>;
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  background?: unknown;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Everything in a built manifest outside the reviewed list, one line each. Pure. */
export function manifestFindings(manifest: Manifest): string[] {
  const found: string[] = [];
  for (const key of Object.keys(manifest)) if (!MANIFEST_KEYS.includes(key)) found.push(`key not in the allow-list: ${key} = ${JSON.stringify(manifest[key])}`);
  if ('web_accessible_resources' in manifest) found.push('web_accessible_resources is present: any page could detect the extension');
  // Present on purpose, and empty: with no `ids` and no `matches`, neither web pages nor other extensions may message the worker (absent would let every extension).
  if (!same(manifest.externally_connectable, { matches: [] })) found.push(`externally_connectable must allow no one ({"matches":[]}), is ${JSON.stringify(manifest.externally_connectable)}`);
  const exactly = (name: string, actual: unknown, allowed: Record<string, string>) => {
    const list = Array.isArray(actual) ? (actual as unknown[]) : [];
    if (!Array.isArray(actual)) found.push(`${name} is not a list: ${JSON.stringify(actual)}`);
    for (const item of list) if (typeof item !== 'string' || !Object.hasOwn(allowed, item)) found.push(`${name}: ${JSON.stringify(item)} is not in the allow-list`);
    for (const item of Object.keys(allowed)) if (!list.includes(item)) found.push(`${name}: the allow-list names ${item} but the manifest lacks it (update the list)`);
  };
  if ('commands' in manifest && !same(manifest.commands, COMMANDS)) found.push(`commands must be only ${JSON.stringify(COMMANDS)}, is ${JSON.stringify(manifest.commands)}`);
  exactly('permissions', manifest.permissions, PERMISSIONS);
  exactly('host_permissions', manifest.host_permissions, HOST_PERMISSIONS);
  const scripts = manifest.content_scripts ?? [];
  if (scripts.length !== 1) found.push(`content_scripts: expected one entry, found ${scripts.length}`);
  for (const entry of scripts) {
    const { js, ...rest } = entry;
    if (!Array.isArray(js) || js.length === 0) found.push(`content_scripts: js is ${JSON.stringify(js)}`);
    if (!same(rest, CONTENT_SCRIPT)) found.push(`content_scripts entry ${JSON.stringify(rest)} is not ${JSON.stringify(CONTENT_SCRIPT)}`);
  }
  if (!same(manifest.content_security_policy, { extension_pages: EXTENSION_PAGES_CSP })) {
    found.push(`content_security_policy is ${JSON.stringify(manifest.content_security_policy)}`);
  }
  const background = manifest.background as { service_worker?: unknown; type?: unknown } | undefined;
  if (!background || typeof background.service_worker !== 'string' || background.type !== 'module' || Object.keys(background).length !== 2) {
    found.push(`background must be a module service worker only: ${JSON.stringify(background)}`);
  }
  return found;
}

/** Firefox's additions: its add-on id and minimum version, and what it declares is sent (the key, to OpenAI). */
export const GECKO_SETTINGS = {
  gecko: { id: 'key-doctor@key-doctor.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['authenticationInfo'] } },
};

/**
 * The Firefox manifest against the same reviewed list: its own settings exactly, an event-page module
 * background, no Chromium-only key; the rest read as Chromium's.
 */
export function firefoxManifestFindings(manifest: Manifest): string[] {
  const { browser_specific_settings: gecko, background, ...rest } = manifest;
  const found: string[] = [];
  if (!same(gecko, GECKO_SETTINGS)) found.push(`browser_specific_settings must be ${JSON.stringify(GECKO_SETTINGS)}, is ${JSON.stringify(gecko)}`);
  for (const key of ['externally_connectable', 'minimum_chrome_version']) if (key in rest) found.push(`${key} is Chromium's only: Firefox warns on it`);
  for (const entry of rest.content_scripts ?? []) if ('match_origin_as_fallback' in entry) found.push('content_scripts: match_origin_as_fallback is Chromium’s only');
  const scripts = (background as { scripts?: unknown; type?: unknown } | undefined)?.scripts;
  if (!Array.isArray(scripts) || scripts.length !== 1 || (background as { type?: unknown }).type !== 'module' || Object.keys(background ?? {}).length !== 2) {
    found.push(`background must be one module script (Firefox's event page): ${JSON.stringify(background)}`);
  }
  const asChromium = {
    ...rest,
    externally_connectable: { matches: [] },
    background: { service_worker: String(Array.isArray(scripts) ? scripts[0] : ''), type: 'module' },
    content_scripts: (rest.content_scripts ?? []).map((entry) => ({ ...entry, match_origin_as_fallback: true })),
  };
  return [...found, ...manifestFindings(asChromium)];
}

// ---------------------------------------------------------------------------------------------
// The built files.

function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((file) => file.replaceAll('\\', '/')).filter((file) => statSync(`${dir}/${file}`).isFile()).toSorted();
}

const read = (file: string) => readFileSync(`${DIST}/${file}`, 'utf8');

function builtManifest(): Manifest {
  expect(existsSync(`${DIST}/manifest.json`), 'dist/ is not built: run `npm run build` first').toBe(true);
  return JSON.parse(read('manifest.json')) as Manifest;
}

/** Source entries the worker injects with scripting.executeScript: INJECTED in vite.config.ts. */
function injectedEntries(): string[] {
  const config = readFileSync(`${ROOT}/vite.config.ts`, 'utf8');
  const list = /const INJECTED = \[([^\]]*)\]/.exec(config)?.[1];
  expect(list, 'vite.config.ts no longer has `const INJECTED = [...]`: update this test').toBeDefined();
  return [...(list ?? '').matchAll(/'\/?([^']+)'/g)].map((match) => match[1] ?? '');
}

/** The built files of the entries above (crxjs writes src/x.ts as dist/src/x.js). */
const injectedFiles = () => injectedEntries().map((entry) => entry.replace(/\.ts$/, '.js'));

/** Resolves `./x.js` / `../x.js` / `/x.js` from a file in dist. */
function resolveIn(from: string, specifier: string): string {
  const parts = specifier.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The service worker and every chunk it imports, statically or not. */
function workerFiles(worker: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(`${DIST}/${file}`)) return;
    seen.add(file);
    for (const match of read(file).matchAll(/\b(?:import|from)\s*\(?\s*["'`](\.{0,2}\/[^"'`]+\.js)["'`]/g)) visit(resolveIn(file, match[1] ?? ''));
  };
  visit(worker);
  return [...seen];
}

test.describe('the built extension', () => {
  test('no code from strings and no script from the network, in any .js or .html file', () => {
    builtManifest();
    const files = filesIn(DIST).filter((file) => /\.(?:js|mjs|html)$/.test(file));
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap((file) => dynamicCodeFindings(file, read(file)))).toEqual([]);
  });

  test('the content scripts and the injected scripts use no HTML sink', () => {
    const manifest = builtManifest();
    const contentScripts = (manifest.content_scripts ?? []).flatMap((entry) => entry.js as string[]);
    const injected = injectedFiles();
    expect(contentScripts.length).toBeGreaterThan(0);
    // The worker must name each injected file (executeScript({ files })): otherwise INJECTED and the build have drifted apart.
    const worker = workerFiles((manifest.background as { service_worker: string }).service_worker).map(read).join('\n');
    for (const file of injected) expect(worker, `the service worker never names ${file}`).toContain(`${file}`);
    const scripts = [...contentScripts, ...injected];
    for (const file of scripts) expect(existsSync(`${DIST}/${file}`), `dist/${file} is missing`).toBe(true);
    expect(scripts.flatMap((file) => htmlSinkFindings(file, read(file)))).toEqual([]);
  });

  test('extension pages use no HTML sink but preact’s own, and no source of ours uses dangerouslySetInnerHTML', () => {
    const files = filesIn(DIST).filter((file) => /\.(?:js|mjs|html)$/.test(file));
    const preact = files.filter((file) => file.endsWith('.js') && isPreactChunk(read(file)));
    expect(preact, 'exactly one chunk should hold preact (identified by its code, not its name)').toHaveLength(1);
    expect(files.flatMap((file) => htmlSinkFindings(file, read(file), { allowPreact: true }))).toEqual([]);
    const ours = filesIn(`${ROOT}/src`).filter((file) => /\.[cm]?[jt]sx?$/.test(file));
    expect(ours.length).toBeGreaterThan(20);
    const uses = ours.flatMap((file) => findAll(`src/${file}`, readFileSync(`${ROOT}/src/${file}`, 'utf8'), [{ rule: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/g }]));
    expect(uses).toEqual([]);
  });

  test('the content scripts bundle nothing but our own modules', async () => {
    // The always-on content script (from the source manifest) and the injected scripts, bundled again by esbuild for its metafile.
    const source = JSON.parse(readFileSync(`${ROOT}/manifest.json`, 'utf8')) as Manifest;
    const entries = [...(source.content_scripts ?? []).flatMap((entry) => entry.js as string[]), ...injectedEntries()];
    expect(entries).toHaveLength(3);
    const started = performance.now();
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: entries,
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      target: 'chrome116',
      outdir: 'out',
      logLevel: 'silent',
    });
    const took = performance.now() - started;
    expect(took, 'bundling the content scripts should take well under 10 s').toBeLessThan(10_000);
    // Every module each output is made of (tree-shaken or not: esbuild lists what the entry reaches).
    const foreign = Object.entries(result.metafile.outputs).flatMap(([output, { entryPoint, inputs }]) =>
      foreignModules(Object.keys(inputs)).map((input) => ({ entry: entryPoint ?? output, module: input })),
    );
    expect(foreign).toEqual([]);
    expect(foreignModules(Object.keys(result.metafile.inputs)), 'modules the content scripts reach').toEqual([]);
  });

  test('the manifest asks for nothing outside the reviewed list', () => {
    const manifest = builtManifest();
    expect(manifestFindings(manifest)).toEqual([]);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    // The allow-list is written from the source manifest: keep both in step.
    const source = JSON.parse(readFileSync(`${ROOT}/manifest.json`, 'utf8')) as Manifest;
    expect(manifestFindings({ ...source, background: { service_worker: 'x.js', type: 'module' } })).toEqual([]);
    for (const page of [(manifest.action as { default_popup: string }).default_popup, (manifest.options_ui as { page: string }).page, 'src/welcome/index.html']) {
      expect(existsSync(`${DIST}/${page}`), `dist/${page} is missing`).toBe(true);
    }
  });

  test('the Firefox build: the same reviewed manifest with Firefox’s own keys, and no code from strings', () => {
    const dir = `${ROOT}/dist-firefox`;
    expect(existsSync(`${dir}/manifest.json`), 'dist-firefox/ is not built: run `npm run build` first').toBe(true);
    const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;
    expect(firefoxManifestFindings(manifest)).toEqual([]);
    expect(manifest.version).toBe(builtManifest().version);
    const files = filesIn(dir).filter((file) => /\.(?:js|mjs|html)$/.test(file));
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap((file) => dynamicCodeFindings(file, readFileSync(`${dir}/${file}`, 'utf8')))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Each check fails on what it is meant to catch (and only on that).

const rulesHit = (findings: Finding[]) => [...new Set(findings.map((finding) => finding.rule))];

test.describe('the checks catch', () => {
  test('code from strings and remote scripts', () => {
    const bad: Array<[string, string]> = [
      ['eval', 'x=1;eval("alert(1)")'],
      ['eval', 'var e=(0,eval)(s)'],
      ['eval', 'window.eval(s)'],
      ['new Function', 'new Function("a","return a")'],
      ['Function() call', 'return Function(`return this`)()'],
      ['Function constructor as a value', 'compile(){let e=Function,t=1;return new e(t)}'],
      ['Function constructor as a value', 'const F = Function;\nnew F("")'],
      ['constructor("…") call', 'Object.getPrototypeOf(async function(){}).constructor("await x")'],
      ['string timer', 'setTimeout("alert(1)", 10)'],
      ['string timer', 'window.setInterval(`tick()`,5)'],
      ['import() of a URL that is not a packaged file', 'import("https://cdn.example/x.js")'],
      ['import() of a URL that is not a packaged file', 'import(`//cdn.example/x.js`)'],
      ['import() of a URL that is not a packaged file', 'import(url)'],
      ['importScripts', 'importScripts("https://cdn.example/x.js")'],
      ['remote <script src>', '<script type="module" src="https://cdn.example/x.js"></script>'],
      ['remote <script src>', '<script src=//cdn.example/x.js></script>'],
      ['remote <link href>', '<link rel="modulepreload" href="https://cdn.example/x.js">'],
      ['inline <script>', '<script>alert(1)</script>'],
      ['remote src assigned', 's=document.createElement(`script`);s.src="https://cdn.example/x.js"'],
    ];
    for (const [rule, snippet] of bad) expect(rulesHit(dynamicCodeFindings('bad.js', snippet)), snippet).toContain(rule);
    const fine = [
      'fetch(`https://api.openai.com/v1/models`)',
      'let c=Function.call.bind(Object.prototype.hasOwnProperty)',
      'x instanceof Function',
      'function isAsyncFunction(e){return e}',
      '{devtools:{inspectedWindow:{eval:{minArgs:1}}}}',
      '`the app evaluates its code`',
      'setTimeout(()=>f(),10);setInterval(g,5)',
      'import("./chunk.js");import(`../x.js`);import("/assets/y.js")',
      '<script type="module" crossorigin src="/assets/index.html-C08z-RER.js"></script>',
      'this.constructor(e,n)',
      'a.href=`https://platform.openai.com/api-keys`',
    ];
    for (const snippet of fine) expect(dynamicCodeFindings('fine.js', snippet), snippet).toEqual([]);
  });

  test('HTML sinks, and preact’s own only in preact’s chunk', () => {
    const bad: Array<[string, string]> = [
      ['innerHTML/outerHTML', 'e.innerHTML=t'],
      ['innerHTML/outerHTML', 'e.outerHTML+=t'],
      ['innerHTML/outerHTML', 'e["innerHTML"]=t'],
      ['insertAdjacentHTML', 'e.insertAdjacentHTML(`beforeend`,t)'],
      ['document.write', 'document.write(t)'],
      ['document.write', 'document.writeln(t)'],
      ['srcdoc assignment', 'f.srcdoc=t'],
      ['srcdoc assignment', 'f.setAttribute("srcdoc",t)'],
      ['createContextualFragment', 'document.createRange().createContextualFragment(t)'],
      ['setHTMLUnsafe/parseHTMLUnsafe', 'e.setHTMLUnsafe(t)'],
      ['dangerouslySetInnerHTML', 'h(`div`,{dangerouslySetInnerHTML:{__html:t}})'],
    ];
    for (const [rule, snippet] of bad) expect(rulesHit(htmlSinkFindings('bad.js', snippet)), snippet).toContain(rule);
    expect(htmlSinkFindings('fine.js', 'e.textContent=t;location.href===`about:srcdoc`;f.srcdoc===t')).toEqual([]);

    const preact =
      'var y=Symbol.for(`pv`);for(d in x)d==`dangerouslySetInnerHTML`?f=h:0;f?(s||p&&(f.__html==p.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[]):0';
    expect(isPreactChunk(preact)).toBe(true);
    expect(htmlSinkFindings('preact.js', preact, { allowPreact: true })).toEqual([]);
    // Preact's code is allowed only in preact's chunk, and only preact's code there.
    expect(rulesHit(htmlSinkFindings('preact.js', preact))).toEqual(['innerHTML/outerHTML', 'dangerouslySetInnerHTML']);
    expect(rulesHit(htmlSinkFindings('preact.js', `${preact};el.innerHTML=userText`, { allowPreact: true }))).toEqual(['innerHTML/outerHTML']);
    expect(rulesHit(htmlSinkFindings('popup.js', 'x.innerHTML=y.__html', { allowPreact: true }))).toEqual(['innerHTML/outerHTML']);
  });

  test('modules that are not ours', () => {
    expect(foreignModules(['src/content/index.ts', 'src/core/key.ts'])).toEqual([]);
    expect(foreignModules(['src/content/index.ts', 'node_modules/zod/v4/core/util.js', 'node_modules/preact/dist/preact.module.js'])).toEqual([
      'node_modules/zod/v4/core/util.js',
      'node_modules/preact/dist/preact.module.js',
    ]);
  });

  test('a Firefox manifest that strays', () => {
    const { externally_connectable: _none, minimum_chrome_version: _chromium116, ...source } = JSON.parse(readFileSync(`${ROOT}/manifest.json`, 'utf8')) as Manifest;
    const good: Manifest = { ...source, background: { scripts: ['loader.js'], type: 'module' }, browser_specific_settings: GECKO_SETTINGS };
    good.content_scripts = (good.content_scripts ?? []).map(({ match_origin_as_fallback: _chromium, ...entry }) => ({ ...entry, js: ['a.js'] }));
    expect(firefoxManifestFindings(good)).toEqual([]);
    expect(firefoxManifestFindings({ ...good, browser_specific_settings: { gecko: { id: 'other@x' } } })).toHaveLength(1);
    expect(firefoxManifestFindings({ ...good, background: { service_worker: 'x.js', type: 'module' } })).toHaveLength(1);
    expect(firefoxManifestFindings({ ...good, permissions: ['storage', 'scripting', 'browsingData', 'tabs'] })).toHaveLength(1);
    expect(firefoxManifestFindings({ ...good, content_scripts: (good.content_scripts ?? []).map((entry) => ({ ...entry, match_origin_as_fallback: true })) })).toHaveLength(1);
  });

  test('a manifest that asks for more', () => {
    const good = {
      manifest_version: 3,
      name: 'x',
      version: '1',
      background: { service_worker: 'sw.js', type: 'module' },
      content_scripts: [{ js: ['c.js'], ...CONTENT_SCRIPT }],
      permissions: Object.keys(PERMISSIONS),
      host_permissions: Object.keys(HOST_PERMISSIONS),
      externally_connectable: { matches: [] },
      content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    };
    expect(manifestFindings(good)).toEqual([]);
    const worse: Array<[string, Manifest]> = [
      ['web_accessible_resources', { ...good, web_accessible_resources: [{ resources: ['*.js'], matches: ['<all_urls>'] }] }],
      ['optional_permissions', { ...good, optional_permissions: ['tabs'] }],
      ['"tabs" is not in the allow-list', { ...good, permissions: [...good.permissions, 'tabs'] }],
      ['"https://*/*" is not in the allow-list', { ...good, host_permissions: ['<all_urls>', 'https://*/*'] }],
      ['externally_connectable must allow no one', { ...good, externally_connectable: { matches: ['https://example.com/*'] } }],
      ['externally_connectable must allow no one', { ...good, externally_connectable: undefined }],
      ['content_scripts entry', { ...good, content_scripts: [{ js: ['c.js'], ...CONTENT_SCRIPT, run_at: 'document_idle' }] }],
      ['content_scripts entry', { ...good, content_scripts: [{ js: ['c.js'], ...CONTENT_SCRIPT, world: 'MAIN' }] }],
      ['content_scripts entry', { ...good, content_scripts: [{ js: ['c.js'], ...CONTENT_SCRIPT, matches: ['*://*/*', 'file:///*'] }] }],
      ['commands must be only', { ...good, commands: { ...COMMANDS, 'run-check': { suggested_key: { default: 'Alt+Shift+C' } } } }],
      ['content_security_policy', { ...good, content_security_policy: { extension_pages: `${EXTENSION_PAGES_CSP}; script-src 'self' 'wasm-unsafe-eval'` } }],
      ['background must be a module service worker only', { ...good, background: { service_worker: 'sw.js' } }],
    ];
    for (const [expected, manifest] of worse) expect(manifestFindings(manifest).join('\n'), expected).toContain(expected);
  });
});
