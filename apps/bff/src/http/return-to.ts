// SECURITY.md: returnTo is a same-origin relative path, or it is dropped. What is checked is the
// very string we will send in a Location header or a link, after URL normalisation: dot
// segments, percent-encoded dots, backslashes and stripped tabs or newlines can all turn a path
// into `//host` (a protocol-relative URL, which browsers follow to another site).
const FALLBACK = '/';

export function safeReturnTo(value: unknown, publicUrl: string): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return FALLBACK;
  try {
    const base = new URL(publicUrl);
    const url = new URL(value, base);
    if (url.origin !== base.origin) return FALLBACK;
    const result = `${url.pathname}${url.search}${url.hash}`;
    // Browsers read both `//` and `/\` as the start of another host.
    if (result.startsWith('//') || result.startsWith('/\\')) return FALLBACK;
    // Read back as a browser reads a Location header: the same URL on our own origin.
    if (new URL(result, base).href !== url.href) return FALLBACK;
    return result;
  } catch {
    return FALLBACK;
  }
}
