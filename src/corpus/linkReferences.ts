/**
 * A text browser's dump of a page (`lynx -dump`, `w3m`) numbers every link in the text ("Posted on [14]April 4,
 * 2023 by [15]Teresa Villanueva") and lists the addresses under "References" at the end. The numbers are no part of
 * what the page says: with them the date, the byline and a promo's opening words read as none of those.
 */

/** A numbered address of the list: "  14. https://example.org/2023/04/04/story/". */
const REFERENCE = /^\s*\d{1,4}\.\s+(?:https?|ftp|file|mailto):\S+\s*$/;
/** The list needs this many numbered addresses to be taken as one. */
const MIN_REFERENCES = 3;
/** A link's number in the text, right before the link's words. */
const LINK_NUMBER = /\[\d{1,4}\](?=[\p{L}\p{N}"“'‘(])/gu;

/** The lines with their links' numbers taken out when the page ends on such a list; otherwise as they are. */
export function withoutLinkNumbers(lines: readonly string[]): string[] {
  const heading = lines.findIndex(
    (line, i) =>
      /^\s*References\s*$/.test(line) &&
      lines.slice(i + 1, i + 1 + MIN_REFERENCES + 2).filter((next) => REFERENCE.test(next)).length >= MIN_REFERENCES,
  );
  if (heading < 0) return [...lines];
  return lines.map((line, i) => (i < heading ? line.replace(LINK_NUMBER, '') : line));
}
