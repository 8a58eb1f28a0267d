import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * A person's click on a button inside the card's closed shadow root, where it is drawn, found through the
 * accessibility tree; first waiting until the button says it is ready (the card holds clicks for a moment).
 */
export async function clickInCard(page: Page, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type AXNode = { backendDOMNodeId?: number; properties?: { name: string; value: { value: unknown } }[] };
    const find = async () => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
      const { nodes } = (await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name, role: 'button' })) as { nodes: AXNode[] };
      return nodes[0];
    };
    await expect.poll(async () => {
      const node = await find();
      return node ? !node.properties?.some((p) => p.name === 'disabled' && p.value.value === true) : 'missing';
    }).toBe(true);
    const node = await find();
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node?.backendDOMNodeId })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}
