/**
 * npm run bench: Chromium with and without Key Doctor on generated pages, in one run. Prints each
 * figure with its ratio to the run without the extension. Targets are here, not in timed tests.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium } from '@playwright/test';
import { extensionArgs, findChromium, HOW_TO_INSTALL } from '../scripts/chromium';
import { serveTestPages } from '../scripts/test-page-server';
import { keys } from '../test/keys';
import { cpuDuring, median, PAGE_PROBES } from './measure';
import { PAGES } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const executablePath = findChromium();
if (!executablePath) throw new Error(HOW_TO_INSTALL);

const pagesDir = mkdtempSync(join(tmpdir(), 'key-doctor-bench-'));
for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(pagesDir, name), html);
writeFileSync(join(pagesDir, 'demo.html'), readFileSync(join(root, 'e2e/test-pages/demo.html')));
const { server, origin } = await serveTestPages(0, pagesDir);

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'key-doctor-bench-profile-'));
  const base = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  const args = withExtension ? [...extensionArgs(dist), '--no-sandbox', '--disable-gpu'] : base;
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  await context.addInitScript(PAGE_PROBES);
  return { context, profile };
}

type Samples = Record<string, number[]>;

async function measurePages(context: BrowserContext, samples: Samples): Promise<void> {
  const add = (name: string, value: number) => (samples[name] ??= []).push(value);
  for (const size of ['10k', '100k']) {
    const page = await context.newPage();
    const cpu = await cpuDuring(page, async () => {
      await page.goto(`${origin}/dom-${size}.html`, { waitUntil: 'load' });
      await page.waitForTimeout(300); // content scripts run at document_idle, around load
    });
    add(`load ${size}: main-thread ms`, cpu.taskMs);
    add(`load ${size}: script ms`, cpu.scriptMs);
    add(`load ${size}: JS heap MB`, cpu.heapMb);
    add(`load ${size}: long tasks`, await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length));
    await page.close();
  }
  const churn = await context.newPage();
  await churn.goto(`${origin}/churn.html`);
  const churnMs = await churn.evaluate(() => (window as unknown as { runChurn: () => Promise<number> }).runChurn());
  add('DOM churn: µs per added node', (churnMs * 1000) / 10_000);
  add('DOM churn: long tasks', await churn.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length));
  await churn.close();
  const typing = await context.newPage();
  await typing.goto(`${origin}/typing.html`);
  await typing.locator('#note').click();
  const text = 'the quick brown fox jumps over the lazy dog '.repeat(10);
  const cpu = await cpuDuring(typing, () => typing.keyboard.type(text));
  add('typing in a non-key field: µs main thread per key', (cpu.taskMs * 1000) / text.length);
  add('typing in a non-key field: µs script per key', (cpu.scriptMs * 1000) / text.length);
  await typing.close();
}

/** Paste → warning is measured without the network: checks with OpenAI are switched off first. */
async function measurePaste(context: BrowserContext, samples: Samples): Promise<void> {
  const worker = context.serviceWorkers()[0];
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(worker?.url() ?? '').host}/src/options/index.html`);
  await options.getByRole('radio', { name: /Never/ }).check();
  await options.getByText('Saved.').waitFor();
  await options.close();
  const page = await context.newPage();
  await page.goto(`${origin}/demo.html`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const field = page.getByLabel('OpenAI API Key', { exact: true });
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  for (let run = 0; run < RUNS * 2; run++) {
    const cold = run % 2 === 1;
    // Cold: the service worker was stopped, as Chrome does after 30 s idle; it must start to answer.
    if (cold) await cdp.send('ServiceWorker.stopAllWorkers');
    await page.getByLabel('Model').focus();
    await field.fill('');
    await page.evaluate((value) => navigator.clipboard.writeText(value), `"${keys.project164()}"\n`);
    // A person clicks the field, then pastes a moment later.
    await field.click();
    await page.waitForTimeout(150);
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => (window as unknown as { warnedAt: number }).warnedAt > 0, undefined, { timeout: 5000 });
    const ms = await page.evaluate(() => { const w = window as unknown as { warnedAt: number; pasteAt: number }; return w.warnedAt - w.pasteAt; });
    (samples[cold ? 'paste → warning, worker asleep: ms' : 'paste → warning: ms'] ??= []).push(ms);
    await page.keyboard.press('Escape');
  }
  // A fresh page and a paste at once after the click: the warning's UI is injected while the paste is answered.
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    await page.evaluate((value) => navigator.clipboard.writeText(value), `"${keys.project164()}"\n`);
    await field.click();
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => (window as unknown as { warnedAt: number }).warnedAt > 0, undefined, { timeout: 5000 });
    const ms = await page.evaluate(() => { const w = window as unknown as { warnedAt: number; pasteAt: number }; return w.warnedAt - w.pasteAt; });
    (samples['paste → warning, first paste on a fresh page: ms'] ??= []).push(ms);
  }
  await cdp.detach();
  await page.close();
}

const results: Record<'without' | 'with', Samples> = { without: {}, with: {} };
// Runs alternate between the two browsers, so drift in the machine's load weighs on both alike.
for (let run = 0; run < RUNS; run++) {
  for (const mode of ['without', 'with'] as const) {
    const { context, profile } = await launch(mode === 'with');
    await measurePages(context, results[mode]);
    if (mode === 'with' && run === RUNS - 1) await measurePaste(context, results.with);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
server.close();
rmSync(pagesDir, { recursive: true, force: true });

const content = readFileSync(join(dist, 'src/content/index.js'));
const gzip = gzipSync(content, { level: 9 }).length;
const sizeOf = (file: string) => {
  const bytes = readFileSync(join(dist, file));
  return `${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip`;
};
const rows: string[][] = [
  ['content script (always on)', '—', `${content.length} B raw, ${gzip} B gzip`, '—', '≤ 6144 B gzip'],
  ['on-demand part: warning UI, settings reader, follow-up (injected when a key field is first focused)', '—', sizeOf('src/content/on-demand/main.js'), '—', ''],
  ['saved-key search (injected only when the popup is asked to look)', '—', sizeOf('src/content/saved-keys/main.js'), '—', ''],
];
const TARGETS: Record<string, string> = {
  'load 100k: main-thread ms': 'noise ≫ 2 ms: see extra script time',
  'DOM churn: µs per added node': 'ratio ≤ 1.05',
  'load 10k: long tasks': 'no added long task',
  'load 100k: long tasks': 'no added long task',
  'DOM churn: long tasks': 'no added long task',
  'paste → warning: ms': '≤ 50 ms',
};
const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2));
const extraScript = (size: string) => median(results.with[`load ${size}: script ms`] ?? []) - median(results.without[`load ${size}: script ms`] ?? []);
rows.push(['load 10k: extra script time, ms', '—', extraScript('10k').toFixed(2), '—', '']);
rows.push(['load 100k: extra script time, ms', '—', extraScript('100k').toFixed(2), '—', '≤ 2 ms']);
const typingKey = 'typing in a non-key field: µs script per key';
const extraTyping = median(results.with[typingKey] ?? []) - median(results.without[typingKey] ?? []);
rows.push(['typing in a non-key field: extra script µs per key', '—', extraTyping.toFixed(2), '—', '']);
for (const [name, values] of Object.entries(results.with)) {
  const withValue = median(values);
  const baseline = results.without[name];
  const without = baseline ? median(baseline) : undefined;
  const ratio = without === undefined ? '—' : without === 0 ? (withValue === 0 ? '1.00' : '∞') : (withValue / without).toFixed(3);
  rows.push([name, without === undefined ? '—' : fmt(without), fmt(withValue), ratio, TARGETS[name] ?? '']);
}
const header = ['metric (median of runs)', 'without', 'with Key Doctor', 'ratio', 'target'];
const table = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
console.log(`\nKey Doctor benchmark — ${RUNS} runs, Chromium ${executablePath}\n\n${table}\n`);
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/results.json'), JSON.stringify({ runs: RUNS, results, contentScript: { raw: content.length, gzip } }, null, 2));
