/** How long an attachment may take to download. */
export const DOWNLOAD_TIMEOUT_MS = 15_000;

/**
 * The bytes at an attachment's URL (Discord's CDN; the tests' loopback server), read no further than
 * `maxBytes`: a file larger than announced is refused, not read whole. Failures are reasons, not errors.
 */
export async function downloadAttachment(url: string, maxBytes: number, timeoutMs = DOWNLOAD_TIMEOUT_MS): Promise<{ bytes: Buffer } | { refused: string }> {
  if (!/^https?:\/\//i.test(url)) return { refused: 'The attachment has no web address to download it from.' };
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    return { refused: `The file could not be downloaded (${error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'network error'}). Try again.` };
  }
  if (!response.ok || !response.body) return { refused: `The file could not be downloaded (HTTP ${response.status}). Try again.` };
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
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
