/** Text clean-up shared by the corpus and the question analyser. */

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;

/** NFC, no zero-width or direction marks, plain spaces, Unix line ends. */
export function normalizeUnicode(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ');
}

/** `[text](url)` -> `text`, `**bold**` and `__bold__` -> `bold`, `<https://x>` -> `https://x`. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
}

/** Characters of a line that sit inside markdown links, as a share of its visible length. */
export function linkDensity(rawLine: string): number {
  const visible = stripMarkdown(rawLine).trim().length;
  if (visible === 0) return 0;
  let linked = 0;
  for (const match of rawLine.matchAll(/\[([^\]]+)\]\([^)]*\)/g)) linked += match[1]?.length ?? 0;
  for (const match of rawLine.matchAll(/\bhttps?:\/\/\S+|\bwww\.\S+/g)) linked += match[0].length;
  return Math.min(1, linked / visible);
}

/** Curly quotes and primes to their ASCII forms. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
}

export function collapseSpaces(text: string): string {
  return text.replace(/[ ]{2,}/g, ' ').trim();
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
