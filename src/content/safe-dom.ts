/**
 * DOM calls a page cannot clobber. A page's `<form name="querySelectorAll">`, `<img name="body">` or
 * `<iframe name="addEventListener">` shadows the properties of `document` and of forms, in the
 * content script's world too; the prototypes' own functions, taken at load, cannot be shadowed.
 */
function getter(proto: object, name: string): (this: unknown) => unknown {
  // Browsers define it on the prototype itself; DOM emulations used in tests, on one further up.
  for (let at: object | null = proto; at; at = Object.getPrototypeOf(at) as object | null) {
    const found = Object.getOwnPropertyDescriptor(at, name)?.get;
    if (found) return found;
  }
  throw new Error(`no ${name} getter`);
}
const { addEventListener, removeEventListener } = EventTarget.prototype;
const elementQueryAll = Element.prototype.querySelectorAll;
const elementQuery = Element.prototype.querySelector;
const documentQueryAll = Document.prototype.querySelectorAll;
const fragmentQueryAll = DocumentFragment.prototype.querySelectorAll;
const documentById = Document.prototype.getElementById;
const fragmentById = DocumentFragment.prototype.getElementById;
const documentElementOf = getter(Document.prototype, 'documentElement');
const bodyOf = getter(Document.prototype, 'body');
const titleOf = getter(Document.prototype, 'title');
const createTreeWalker = Document.prototype.createTreeWalker;
const createElement = Document.prototype.createElement;
const elementFromPoint = Document.prototype.elementFromPoint;
const matches = Element.prototype.matches;

/** Through the prototype's own method; a target that is not a real EventTarget (a test's emulated window) uses its own. */
const listen = (method: typeof addEventListener, own: 'addEventListener' | 'removeEventListener') =>
  (target: EventTarget, type: string, listener: (event: never) => void, options?: boolean | AddEventListenerOptions) =>
    (target instanceof EventTarget ? method : target[own]).call(target, type, listener as EventListener, options);
export const on = listen(addEventListener, 'addEventListener');
export const off = listen(removeEventListener, 'removeEventListener');

export function queryAll(root: Element | Document | ShadowRoot, selector: string): Element[] {
  const found = root instanceof Document ? documentQueryAll.call(root, selector) : root instanceof Element ? elementQueryAll.call(root, selector) : fragmentQueryAll.call(root, selector);
  return [...found];
}

export const query = (root: Element, selector: string) => elementQuery.call(root, selector);
export const matchesSelector = (el: Element, selector: string) => matches.call(el, selector);
export const byId = (root: Document | ShadowRoot, id: string) => (root instanceof Document ? documentById : fragmentById).call(root, id);
export const pageRoot = () => documentElementOf.call(document) as HTMLElement;
export const pageBody = () => bodyOf.call(document) as HTMLElement | null;
export const pageTitle = () => String(titleOf.call(document));
export const textWalker = (root: Node) => createTreeWalker.call(document, root, NodeFilter.SHOW_TEXT);
export const create = <K extends keyof HTMLElementTagNameMap>(tag: K | string) => createElement.call(document, tag) as K extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[K] : HTMLElement;
/** The page's topmost element at a point; an element in a closed shadow root shows as its host. */
export const elementAt = (x: number, y: number) => elementFromPoint.call(document, x, y);
