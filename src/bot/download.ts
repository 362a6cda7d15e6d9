import type { Config } from '../config.ts';

/** How long an attachment may take to download, redirects included. */
export const DOWNLOAD_TIMEOUT_MS = 15_000;
/** Redirects followed at most (each to an allowed origin); Discord's CDN answers directly. */
export const MAX_REDIRECTS = 3;
/** Where Discord serves attachments (`url` and `proxy_url`). */
export const DISCORD_ATTACHMENT_ORIGINS: readonly string[] = [
  'https://cdn.discordapp.com',
  'https://media.discordapp.net',
];

export interface DownloadOptions {
  /** Read no further than this: a file larger than announced is refused, not read whole. */
  maxBytes: number;
  /** Origins (scheme, host and port) a download and each of its redirects may go to: attachmentOrigins(config). */
  allowedOrigins: readonly string[];
  timeoutMs?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The origins attachments may come from: Discord's, and the configured API proxy's (a REST proxy, or the
 * tests' loopback server, serves them there too). An attachment URL is Discord's to set, but a forged
 * interaction or a proxy could name any address, 127.0.0.1 included.
 */
export function attachmentOrigins(config: Pick<Config, 'discordApiUrl'>): string[] {
  const origins = [...DISCORD_ATTACHMENT_ORIGINS];
  const proxy = config.discordApiUrl ? originOf(config.discordApiUrl) : null;
  if (proxy && !origins.includes(proxy)) origins.push(proxy);
  return origins;
}

/**
 * The bytes at an attachment's URL, when it and every redirect on the way are on an allowed origin (redirects
 * are followed by hand, at most MAX_REDIRECTS), read no further than `maxBytes`. Failures are reasons, not errors.
 */
export async function downloadAttachment(
  url: string,
  options: DownloadOptions,
): Promise<{ bytes: Buffer } | { refused: string }> {
  const { maxBytes, allowedOrigins, timeoutMs = DOWNLOAD_TIMEOUT_MS } = options;
  let response: Response | { refused: string };
  try {
    response = await fetchWithinOrigins(url, allowedOrigins, AbortSignal.timeout(timeoutMs));
  } catch (error) {
    return {
      refused: `The file could not be downloaded (${error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'network error'}). Try again.`,
    };
  }
  if ('refused' in response) return response;
  if (!response.ok || !response.body)
    return { refused: `The file could not be downloaded (HTTP ${response.status}). Try again.` };
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      // Leaving the loop cancels the rest of the download.
      if (size > maxBytes) return { refused: `The file is larger than the limit of ${maxBytes} bytes.` };
      chunks.push(Buffer.from(chunk));
    }
  } catch {
    return { refused: 'The download was interrupted. Try again.' };
  }
  return { bytes: Buffer.concat(chunks) };
}

/** The response at `url`, following redirects by hand while each one stays on an allowed origin. */
async function fetchWithinOrigins(
  url: string,
  allowedOrigins: readonly string[],
  signal: AbortSignal,
): Promise<Response | { refused: string }> {
  const allowed = (address: string) => {
    const origin = originOf(address);
    return origin !== null && allowedOrigins.includes(origin);
  };
  if (!allowed(url))
    return { refused: 'The file’s address is not one of Discord’s attachment addresses, so it was not downloaded.' };
  let at = url;
  for (let hop = 0; ; hop += 1) {
    const response = await fetch(at, { signal, redirect: 'manual' });
    if (!REDIRECTS.has(response.status)) return response;
    await response.body?.cancel();
    if (hop === MAX_REDIRECTS) return { refused: 'The download was redirected too many times, so it was given up.' };
    const location = response.headers.get('location');
    const next = location === null ? null : parseUrl(location, at);
    if (!next)
      return {
        refused: `The file could not be downloaded (HTTP ${response.status} without a valid address). Try again.`,
      };
    if (!allowed(next.href))
      return {
        refused: 'The download was redirected away from Discord’s attachment addresses, so it was not followed.',
      };
    at = next.href;
  }
}

/** `scheme://host[:port]` of an http(s) address, or null for anything else. */
function originOf(address: string): string | null {
  const parsed = parseUrl(address);
  return parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed.origin : null;
}

/** URL.parse, which Node 20 has only from 20.18. */
function parseUrl(address: string, base?: string): URL | null {
  try {
    return new URL(address, base);
  } catch {
    return null;
  }
}
