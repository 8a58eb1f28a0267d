import type { Page } from '@playwright/test';

interface AXNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

export interface SeenWarning {
  role: string;
  text: string;
}

/**
 * The inline warning as assistive technology sees it: read from the browser's accessibility tree,
 * which reaches into the closed shadow root that page scripts (and Playwright's selectors) cannot.
 */
export async function inlineWarning(page: Page): Promise<SeenWarning | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const textOf = (node: AXNode): string =>
      node.role?.value === 'StaticText'
        ? (node.name?.value ?? '')
        : (node.childIds ?? []).map((id) => { const child = byId.get(id); return child ? textOf(child) : ''; }).join(' ');
    for (const node of nodes) {
      const role = node.role?.value ?? '';
      if (role !== 'alert' && role !== 'status') continue;
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text.startsWith('Key Doctor')) return { role, text };
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

/** What the page itself can see of the warning's host element. */
export function hostAsPageSeesIt(page: Page) {
  return page.evaluate(() => {
    const host = [...document.documentElement.children].find((el) => el.tagName.startsWith('KD-'));
    if (!host) return null;
    const rect = host.getBoundingClientRect();
    return { shadowRoot: host.shadowRoot, text: host.textContent, top: rect.top, bottom: rect.bottom, left: rect.left };
  });
}
