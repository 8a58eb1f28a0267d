import { vi } from 'vitest';

/** Happy-dom lays nothing out: give every element a box, so fields read as visible as in a browser. */
export function layOut(): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 10, y: 10, width: 300, height: 24 }));
  vi.spyOn(HTMLElement.prototype, 'getClientRects').mockReturnValue([DOMRect.fromRect({ x: 10, y: 10, width: 300, height: 24 })] as unknown as DOMRectList);
}

/** An event as the browser makes it for a person's action: trusted. Page scripts cannot make these. */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export function pasteEvent(text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true });
}

/** Builds DOM from markup without an HTML sink, by parsing it as a separate document. */
export function mount(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  const root = document.createElement('div');
  root.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  document.body.replaceChildren(root);
  return root;
}

/** Every closed shadow root attached from now on, so tests can read what a person sees in them. */
export function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}
