import type { CDPSession, Page } from '@playwright/test';

export type Metrics = Record<string, number>;

async function metricsOf(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Main-thread task and script time spent while `action` runs, from the renderer's own counters. */
export async function cpuDuring(page: Page, action: () => Promise<unknown>): Promise<{ taskMs: number; scriptMs: number; heapMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metricsOf(cdp);
  await action();
  const after = await metricsOf(cdp);
  await cdp.detach();
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return { taskMs: delta('TaskDuration'), scriptMs: delta('ScriptDuration'), heapMb: (after.JSHeapUsedSize ?? 0) / 2 ** 20 };
}

/** Installed before any page script: counts long tasks and times paste → warning on screen. */
export const PAGE_PROBES = () => {
  const w = window as unknown as { longTasks: number[]; pasteAt: number; warnedAt: number };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  let watching = false;
  window.addEventListener('paste', () => {
    w.pasteAt = performance.now();
    w.warnedAt = 0;
    if (watching) return;
    watching = true;
    // Installed on the first paste: at document start there is no documentElement yet, and an
    // observer during load would weigh on both runs.
    new MutationObserver((records) => {
      const added = records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && n.getAttribute('popover') === 'manual'));
      if (added) requestAnimationFrame(() => { w.warnedAt = performance.now(); });
    }).observe(document.documentElement, { childList: true });
  }, true);
};

export const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
