/** Longest address kept: a link is shown under every citation of the article. */
const MAX_LENGTH = 500;

/**
 * A page's address as it may be shown and followed: an absolute http(s) URL with a host, without credentials,
 * in its normal form; null for anything else (a relative path, `javascript:`, a `file:` path, a malformed one).
 */
export function webAddress(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_LENGTH || /\s/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password)
    return null;
  return url.href.length <= MAX_LENGTH ? url.href : null;
}
