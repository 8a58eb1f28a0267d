/** The origin of a sender's URL, or '' when it has none. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
