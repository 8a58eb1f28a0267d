import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { onCardRoot } from './card-root';

/** axe-core itself, evaluated in the page (over CDP, so an extension page's CSP does not stop it). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeResult = { violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] };

/** axe's violations (WCAG 2.2 A and AA, and best practices), one line each, so a failing test says what and where. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (selector) => (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe.run(selector ? { include: [selector] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
    include,
  );
  return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('; ')}`);
}

/**
 * The inline card lives in a closed shadow root, which axe (a page script) cannot enter. CDP can: the
 * root's children, styles included, are copied into an open shadow root on a host of the same kind at
 * the end of the page, where axe judges exactly that markup and those styles. Returns its selector.
 */
export async function openCopyOfCard(page: Page): Promise<string> {
  await onCardRoot(page, `function () {
    const host = document.createElement('key-doctor-card-copy');
    host.id = 'key-doctor-card-copy';
    const open = host.attachShadow({ mode: 'open' });
    for (const child of this.childNodes) open.append(child.cloneNode(true));
    document.body.append(host);
  }`);
  return '#key-doctor-card-copy';
}
