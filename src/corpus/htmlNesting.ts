/**
 * How deeply a page's tags nest, bounded before anything parses it. Readability's time grows with the cube of the
 * nesting depth (a 27 KB page of nested tags took 32 s) and the HTML parser's own stack is quadratic in it, so tags
 * that would open deeper than MAX_HTML_DEPTH are dropped, with their closing tags, and their text is kept.
 *
 * Paragraphs, headings and the other blocks that hold text get the last TEXT_BLOCK_LEVELS levels to themselves.
 *
 * One pass over the page, tracking the elements the parser (htmlparser2, under linkedom) will hold open at each
 * point, by its rules: void elements and raw text (script, style, title, textarea, xmp), tags that close others
 * implicitly (a <p> is closed by a <div>), self-closing tags only inside SVG and MathML, and the parser's stack of
 * those foreign contents, which is bounded the same way.
 */

/** Real pages nest a few dozen levels (Lighthouse warns past 32); text deeper than this is kept, its tags dropped. */
export const MAX_HTML_DEPTH = 64;
/**
 * Levels kept for the blocks that hold text (paragraphs, headings, list items, quotes): containers stop this far
 * above the limit, so a page's paragraphs keep their own tags however deep its divs go.
 */
export const TEXT_BLOCK_LEVELS = 8;
const TEXT_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dd',
  'dt',
  'blockquote',
  'pre',
  'figcaption',
  'td',
  'th',
]);

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** An opening tag closes the innermost open elements while they are of these kinds (htmlparser2's openImpliesClose). */
const CLOSES = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    p: P,
    h1: P,
    h2: P,
    h3: P,
    h4: P,
    h5: P,
    h6: P,
    select: FORM,
    input: FORM,
    output: FORM,
    button: FORM,
    datalist: FORM,
    textarea: FORM,
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dt', 'dd'],
    dt: ['dt', 'dd'],
    address: P,
    article: P,
    aside: P,
    blockquote: P,
    details: P,
    div: P,
    dl: P,
    fieldset: P,
    figcaption: P,
    figure: P,
    footer: P,
    form: P,
    header: P,
    hr: P,
    main: P,
    nav: P,
    ol: P,
    pre: P,
    section: P,
    table: P,
    ul: P,
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
  }).map(([tag, closed]) => [tag, new Set(closed)]),
);

export interface BoundedHtml {
  /** The page with every tag that would open deeper than the limit removed (a space in its place). */
  html: string;
  /** The deepest the parser's open elements go in `html`, counting a void or self-closed element as one more. */
  depth: number;
  /** How many tags were removed. */
  droppedTags: number;
}

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
const isAsciiLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
/** Where a tag name ends: a space, `/` or `>` (the end of the page otherwise). */
const endOfName = (html: string, from: number, andSlash: boolean) => {
  let at = from;
  while (at < html.length) {
    const code = html.charCodeAt(at);
    if (isSpace(code) || code === 0x3e || (andSlash && code === 0x2f)) break;
    at += 1;
  }
  return at;
};
const after = (html: string, needle: string, from: number) => {
  const at = html.indexOf(needle, from);
  return at < 0 ? html.length : at + needle.length;
};
const rawTextEnds = new Map([...RAW_TEXT].map((tag) => [tag, new RegExp(`</${tag}[ \\n\\t\\f\\r>]`, 'gi')]));

/** `html` with its nesting bounded at `maxDepth`, in one pass (time linear in its length). */
export function boundNesting(html: string, maxDepth = MAX_HTML_DEPTH): BoundedHtml {
  const kept: string[] = [];
  let copiedTo = 0;
  let droppedTags = 0;
  const drop = (from: number, to: number) => {
    kept.push(html.slice(copiedTo, from), ' ');
    copiedTo = to;
    droppedTags += 1;
  };
  /** The elements the parser holds open, innermost last. */
  const open: string[] = [];
  /** htmlparser2's foreign-content flags, innermost last: inside SVG or MathML a tag may close itself. */
  const foreign: boolean[] = [false];
  /** Dropped opening tags whose closing tags are still to come, by name. */
  const unclosedDropped = new Map<string, number>();
  let depth = 0;

  /**
   * A closing tag the parser sees: it closes the innermost open element of that name and everything inside it;
   * a stray </p> or </br> makes an empty element.
   */
  const close = (name: string) => {
    if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
    const at = VOID.has(name) ? -1 : open.lastIndexOf(name);
    if (at >= 0) open.length = at;
    else if (name === 'p' || name === 'br') depth = Math.max(depth, open.length + 1);
  };

  let index = 0;
  while (index < html.length) {
    const lt = html.indexOf('<', index);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (html.startsWith('<!--', lt)) index = after(html, '-->', lt + 2);
      else if (html.startsWith('<![CDATA[', lt)) index = after(html, ']]>', lt + 9);
      else index = after(html, '>', lt + 2);
    } else if (next === 0x3f /* ? */) {
      index = after(html, '>', lt + 2);
    } else if (next === 0x2f /* / */) {
      let start = lt + 2;
      while (start < html.length && isSpace(html.charCodeAt(start))) start += 1;
      const end = after(html, '>', start);
      index = end;
      if (!isAsciiLetter(html.charCodeAt(start))) continue;
      const name = html.slice(start, endOfName(html, start, false)).toLowerCase();
      const pending = unclosedDropped.get(name) ?? 0;
      if (pending > 0) {
        unclosedDropped.set(name, pending - 1);
        drop(lt, end);
      } else close(name);
    } else if (isAsciiLetter(next)) {
      const nameEnd = endOfName(html, lt + 1, true);
      const name = html.slice(lt + 1, nameEnd).toLowerCase();
      const tag = endOfOpeningTag(html, nameEnd);
      index = tag.end;
      // An unfinished tag at the end of the page is left out by the parser.
      if (tag.unfinished) break;
      const entersForeign = FOREIGN.has(name) || INTEGRATION.has(name);
      // The parser reads `/>` after entering the tag's own context: <svg/> closes itself, <mi/> (HTML inside) does not.
      const closesItself =
        VOID.has(name) || (tag.selfClosing && (entersForeign ? FOREIGN.has(name) : (foreign.at(-1) ?? false)));
      const closed = CLOSES.get(name);
      let remaining = open.length;
      while (remaining > 0 && closed?.has(open[remaining - 1] ?? '')) remaining -= 1;
      const rawText = RAW_TEXT.has(name) && !tag.selfClosing;
      let end = tag.end;
      if (rawText) {
        const ends = rawTextEnds.get(name) as RegExp;
        ends.lastIndex = tag.end;
        const found = ends.exec(html);
        end = found ? after(html, '>', found.index + 2) : html.length;
        index = end;
      }
      const levels = TEXT_BLOCKS.has(name) ? maxDepth : maxDepth - TEXT_BLOCK_LEVELS;
      if ((!closesItself && remaining >= levels) || (entersForeign && foreign.length >= maxDepth)) {
        // Raw text goes with its tags: a script's code is not article text.
        drop(lt, end);
        if (!closesItself && !rawText) unclosedDropped.set(name, (unclosedDropped.get(name) ?? 0) + 1);
        continue;
      }
      open.length = remaining;
      if (entersForeign) foreign.push(FOREIGN.has(name));
      depth = Math.max(depth, open.length + 1);
      if (!closesItself) open.push(name);
      if (rawText) close(name);
    } else {
      index = lt + 1;
    }
  }
  if (droppedTags === 0) return { html, depth, droppedTags };
  kept.push(html.slice(copiedTo));
  return { html: kept.join(''), depth, droppedTags };
}

/**
 * Where an opening tag whose name ends at `from` ends, reading its attributes as the parser does (a `>` inside a
 * quoted value does not end it), and whether it ends with `/>`.
 */
function endOfOpeningTag(html: string, from: number): { end: number; selfClosing: boolean; unfinished: boolean } {
  let at = from;
  let state: 'between' | 'slash' | 'name' | 'afterName' | 'beforeValue' | 'unquoted' = 'between';
  while (at < html.length) {
    const code = html.charCodeAt(at);
    const space = isSpace(code);
    switch (state) {
      case 'between':
        if (code === 0x3e) return { end: at + 1, selfClosing: false, unfinished: false };
        if (code === 0x2f) state = 'slash';
        else if (!space) state = 'name';
        at += 1;
        break;
      case 'slash':
        if (code === 0x3e) return { end: at + 1, selfClosing: true, unfinished: false };
        if (space) at += 1;
        else state = 'between';
        break;
      case 'name':
        if (code === 0x3d /* = */) {
          state = 'beforeValue';
          at += 1;
        } else if (space || code === 0x2f || code === 0x3e) state = 'afterName';
        else at += 1;
        break;
      case 'afterName':
        if (code === 0x3d) state = 'beforeValue';
        else if (code === 0x2f || code === 0x3e) {
          state = 'between';
          continue;
        } else if (!space) state = 'name';
        at += 1;
        break;
      case 'beforeValue':
        if (code === 0x22 || code === 0x27) {
          const close = html.indexOf(code === 0x22 ? '"' : "'", at + 1);
          if (close < 0) return { end: html.length, selfClosing: false, unfinished: true };
          at = close + 1;
          state = 'between';
        } else {
          if (!space) state = 'unquoted';
          at += 1;
        }
        break;
      case 'unquoted':
        if (space || code === 0x3e) state = 'between';
        else at += 1;
        break;
    }
  }
  return { end: html.length, selfClosing: false, unfinished: true };
}
