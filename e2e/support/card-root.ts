import type { Page } from '@playwright/test';

/**
 * Runs `functionDeclaration` with `this` bound to the inline card's closed shadow root, which page
 * scripts (and Playwright's selectors) cannot reach and CDP can, and returns its JSON result.
 */
export async function onCardRoot<T>(page: Page, functionDeclaration: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = { nodeName: string; backendNodeId: number; shadowRoots?: DomNode[]; children?: DomNode[]; attributes?: string[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const hosts: DomNode[] = [];
    const walk = (node: DomNode) => {
      const attributes = node.attributes ?? [];
      if (node.shadowRoots?.length && attributes.includes('popover') && node.nodeName.includes('-')) hosts.push(node);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    const shadow = hosts[0]?.shadowRoots?.[0];
    if (!shadow) throw new Error('no inline card is shown');
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration, returnByValue: true })) as { result: { value: T } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}
