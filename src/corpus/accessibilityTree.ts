/**
 * A page saved as its accessibility tree (a browser's developer tools, a test runner's snapshot) writes each node as
 * its ARIA role and, in quotes, its name: `heading level 1 "Macron digs in"`, `text "French President ..."`,
 * `link "World"`, and containers on lines of their own (`paragraph`, `landmark navigation "Primary"`). Read as
 * prose, every paragraph would open with a role and sit in quotes, so a statement would read as one long quotation.
 * Such a page is read as the text its nodes name: a node's name on a line of its own, containers dropped.
 */

/** Roles whose name is the page's text: what the page says, a heading, a link's or a button's words, a caption. */
const NAMED_ROLES =
  'text|statictext|paragraph|heading(?:\\s+level\\s+\\d)?|link|button|listitem|cell|columnheader|rowheader|caption|figcaption|image|img|time|blockquote|label|menuitem|tab|option|term|definition|note|status|alert|code|emphasis|strong|mark';
/** Roles of containers and landmarks: their names label a part of the page ("Primary", "Share this article"). */
const CONTAINER_ROLES =
  'landmark(?:\\s+\\w+)?|banner|navigation|main|contentinfo|complementary|region|article|section|group|list|table|row|rowgroup|figure|form|search|toolbar|menu|menubar|tablist|tabpanel|dialog|separator|generic|document|application|feed|log|marquee|timer|tooltip|tree|grid|none|presentation';

const NAMED_NODE = new RegExp(
  // The closing quote may be lost where the page was cut off.
  `^\\s*(?:${NAMED_ROLES})\\s+"(.*?)"?(?:\\s+\\[[^\\]]*\\]|\\s+(?:collapsed|expanded|selected|checked|disabled|focused))*\\s*$`,
  'iu',
);
const CONTAINER_NODE = new RegExp(
  `^\\s*(?:${CONTAINER_ROLES}|${NAMED_ROLES})(?:\\s+"[^"]*")?(?:\\s+\\d+\\s+items?)?(?:\\s+\\[[^\\]]*\\]|\\s+(?:collapsed|expanded|selected|checked|disabled|focused))*\\s*$`,
  'iu',
);

/**
 * The same tree as a screen reader speaks it: the role, a comma, the name, then its states ("link, Skip to main
 * content", "heading level 1, Seoul and NATO sign ...", "button, Share, collapsed"), with landmarks and lists
 * announced on lines of their own ("main landmark", "list, 6 items", "end of list").
 */
const SPOKEN_NODE = new RegExp(
  `^\\s*(?:${NAMED_ROLES}|figure,\\s+image),\\s+(.+?)(?:,\\s+(?:collapsed|expanded|selected|checked|not checked|disabled|current page|visited|\\d+))*\\s*$`,
  'iu',
);
const SPOKEN_CONTAINER =
  /^\s*(?:(?:[\p{L} ]+\s)?landmark(?:,\s+.+)?|end of (?:[\p{L} ]+)|list,\s+\d+\s+items?|(?:web\s+)?content,\s+.+)\s*$/iu;

/** Share of a page's lines in a role's shape at which it is read as a tree, and how many at least. */
const TREE_SHARE = 0.5;
const MIN_TREE_LINES = 12;

/** The page's text as its nodes name it, when it is an accessibility tree or one spoken; otherwise the text as it is. */
export function withoutRoleLabels(text: string): string {
  return (
    namedText(text, NAMED_NODE, CONTAINER_NODE) ??
    (TREE_RULES.spoken ? namedText(text, SPOKEN_NODE, SPOKEN_CONTAINER) : null) ??
    text
  );
}

/**
 * The text a page's nodes name, when most of its lines are nodes in the shapes given (a named node's name in its
 * first group; containers dropped); null when they are not.
 */
function namedText(text: string, named: RegExp, container: RegExp): string | null {
  const lines = text.split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  const shaped = filled.filter((line) => named.test(line) || container.test(line)).length;
  if (shaped < MIN_TREE_LINES || shaped < TREE_SHARE * filled.length) return null;
  return lines
    .flatMap((line) => {
      const node = named.exec(line);
      if (node) return [node[1] ?? ''];
      return container.test(line) ? [] : [line];
    })
    .join('\n');
}

/** Switches for the rules here, so a test can show what each one does. */
export const TREE_RULES = { spoken: true };
