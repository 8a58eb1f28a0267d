/** Lives inside the closed shadow root, so the page's CSS cannot reach it, nor it the page's. */
export const WARNING_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: min(380px, calc(100vw - 16px)); padding: 10px 12px 10px 14px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  color: #1f1f1f; background: #fff; border: 1px solid #d5d7db; border-left: 4px solid var(--accent);
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0, 0, 0, .14);
  --accent: #c5221f;
}
.card[data-tone="warning"] { --accent: #a35200; }
.card[data-tone="ok"] { --accent: #1e8e3e; }
.card[data-tone="info"] { --accent: #1a73e8; }
.verdict { margin: 6px 0 0; font-weight: 600; }
.evidence { margin: 4px 0 0; font-size: 12px; color: #5f6368; overflow-wrap: anywhere; }
.action {
  all: unset; cursor: pointer; margin: 8px 0 0; padding: 4px 10px; border-radius: 6px; font-weight: 600;
  color: #fff; background: #1a73e8;
}
.action[aria-disabled="true"] { cursor: default; opacity: .6; }
.action:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.head { display: flex; gap: 8px; align-items: flex-start; }
.title { flex: 1; margin: 0; font-weight: 600; font-size: 13px; }
.brand { color: var(--accent); }
ul { margin: 6px 0 0; padding: 0 0 0 18px; }
li { margin: 0 0 4px; }
.fix { display: block; color: #444; }
.cleaned { margin: 6px 0 0; color: #444; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f1f3f4; padding: 1px 4px; border-radius: 4px; }
button.close {
  all: unset; cursor: pointer; width: 22px; height: 22px; border-radius: 4px; text-align: center;
  font: 16px/22px system-ui, sans-serif; color: #444;
}
button.close:hover { background: #f1f3f4; }
button.close:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.foot { margin: 6px 0 0; font-size: 12px; color: #5f6368; }
.layers { list-style: none; margin: 6px 0 0; padding: 0; font-size: 12px; }
.layer { margin: 0 0 3px; padding-left: 16px; text-indent: -16px; }
.layer .state { display: inline-block; width: 16px; text-indent: 0; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #202124; border-color: #3c4043; box-shadow: 0 4px 16px rgba(0, 0, 0, .5); --accent: #f28b82; }
  .card[data-tone="warning"] { --accent: #fdd663; }
  .card[data-tone="ok"] { --accent: #81c995; }
  .card[data-tone="info"] { --accent: #8ab4f8; }
  .evidence { color: #9aa0a6; }
  .action { color: #202124; background: #8ab4f8; }
  .fix, .cleaned { color: #bdc1c6; }
  code { background: #303134; }
  button.close { color: #bdc1c6; }
  button.close:hover { background: #303134; }
  .foot { color: #9aa0a6; }
}
`;

/** Inline on the host, with !important: beats any author rule, so the page can neither hide nor move it. */
export const HOST_STYLE = [
  'all: initial', 'position: fixed', 'z-index: 2147483647', 'display: block', 'visibility: visible', 'opacity: 1',
  'margin: 0', 'padding: 0', 'border: 0', 'background: transparent', 'overflow: visible', 'inset: auto',
  'width: auto', 'height: auto', 'transform: none', 'filter: none', 'clip-path: none', 'pointer-events: auto',
].map((rule) => `${rule} !important`).join('; ');
