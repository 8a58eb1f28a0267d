import type { Frame, Page } from '@playwright/test';

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
export async function inlineWarning(target: Page | Frame): Promise<SeenWarning | null> {
  const nodes = await accessibilityNodes(target);
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
}

/** The accessibility tree of a page, or of one frame: out-of-process frames have a session of their own. */
async function accessibilityNodes(target: Page | Frame): Promise<AXNode[]> {
  const page = 'page' in target ? target.page() : target;
  const frame = 'page' in target ? target : undefined;
  const own = frame ? await page.context().newCDPSession(frame).catch(() => undefined) : undefined;
  const cdp = own ?? (await page.context().newCDPSession(page));
  try {
    let frameId: string | undefined;
    if (frame && !own) {
      type Tree = { frame: { id: string; url: string; urlFragment?: string }; childFrames?: Tree[] };
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: Tree };
      const all = (tree: Tree): Tree[] => [tree, ...(tree.childFrames ?? []).flatMap(all)];
      frameId = all(frameTree).find((t) => t.frame.url === frame.url() && t !== frameTree)?.frame.id;
    }
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree', frameId ? { frameId } : {})) as { nodes: AXNode[] };
    return nodes;
  } finally {
    await cdp.detach();
  }
}

/** What the page itself can see of the warning's host element. */
export function hostAsPageSeesIt(target: Page | Frame) {
  return target.evaluate(() => {
    const host = [...document.querySelectorAll('*')].find((el) => el.localName.includes('-') && !customElements.get(el.localName) && el.shadowRoot === null && el.getAttribute('popover') === 'manual');
    if (!host) return null;
    const rect = host.getBoundingClientRect();
    return { shadowRoot: host.shadowRoot, text: host.textContent, top: rect.top, bottom: rect.bottom, left: rect.left };
  });
}
