/** Any quote a minifier may use. */
const Q = '[`\'"]';

/**
 * Preact's chunk in a build, by its content — its vnode marker `Symbol.for('pv')` and its
 * `dangerouslySetInnerHTML` code — never by its file name, which Rollup takes from whatever module
 * the chunk happens to start with.
 */
export function isPreactChunk(source: string): boolean {
  return new RegExp(`Symbol\\.for\\(\\s*${Q}pv${Q}\\s*\\)`).test(source) && /\bdangerouslySetInnerHTML\b/.test(source) && /\.__html\b/.test(source);
}
