/**
 * A page saved as text by a browser or a mail reader prints each link as its text with the address after it in angle
 * brackets: "Share via Email <mailto:?subject=...>", "News <https://example.com/news> | Opinion <...>", "Skip to main
 * content <#maincontent>". Written as markdown links, the cleaner weighs them as links (menus, share buttons) and the
 * addresses are no words of the page.
 */

/** Text, then a link's address in angle brackets; the text runs back to the line's start or a separator. */
const ANGLE_LINK = /([^<>|•·]*?)(\s*)<((?:https?:\/\/|mailto:|#)[^<>\s]*)>/g;
/** A link's text is a few words; a longer run before an address is prose that cites it. */
const MAX_LINK_WORDS = 10;
/** Words that end a label of the address after them rather than a link's text. */
const LABEL_OF_ADDRESS = /(?:^|\s)(?:from|at|on|in|via|by|see)$|:$/i;
/** A header field whose value is an address ("List-Unsubscribe: <https://...>"): a field, left as it is. */
const ADDRESS_FIELD = /^[\w-]+:\s*<[^>]*>\s*$/;

export function angleLinksAsMarkdown(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .split('\n')
    .map((line) =>
      ADDRESS_FIELD.test(line)
        ? line
        : line.replace(ANGLE_LINK, (whole: string, before: string, _space: string, address: string) => {
            const lead = /^\s*(?:[*•-]\s+)?/.exec(before)?.[0] ?? '';
            const linked = before.slice(lead.length).trim();
            // "Pasted from <https://...>", "Source: <...>": a label of the address, which names where the text is from.
            if (LABEL_OF_ADDRESS.test(linked)) return whole;
            if (linked === '' || linked.split(/\s+/).length > MAX_LINK_WORDS) return before;
            return `${lead}[${linked}](${address})`;
          }),
    )
    .join('\n');
}
