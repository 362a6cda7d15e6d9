/**
 * A Rich Text Format document (a word processor's export, a syndication service's "moves" file) as the plain text
 * it shows: paragraphs on lines of their own, escaped characters decoded, and the groups that hold no shown text
 * (font and colour tables, document properties, pictures, "\*" destinations) left out.
 */

/** An RTF document starts with its header group, "{\rtf1". */
const RTF_START = /^\uFEFF?\s*\{\\rtf\d?/;

/** Groups whose text is not shown: tables, properties, pictures, headers and footers printed on every page. */
const HIDDEN_GROUPS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'revtbl',
  'filetbl',
  'generator',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'fldinst',
  'xmlnstbl',
  'mmathPr',
]);

/** Control words that stand for a character or a break. */
const CHARACTER_WORDS: Readonly<Record<string, string>> = {
  par: '\n',
  line: '\n',
  sect: '\n',
  page: '\n',
  row: '\n',
  cell: ' ',
  tab: '\t',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201C',
  rdblquote: '\u201D',
  emdash: '\u2014',
  endash: '\u2013',
  bullet: '\u2022',
  emspace: ' ',
  enspace: ' ',
};

/**
 * Code page 1252's characters for the bytes 0x80-0x9f, where it differs from Latin-1 ("\'92" is an apostrophe);
 * Node's decoder for the code page is not in every build.
 */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function windows1252(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
}

export function isRtf(text: string): boolean {
  return RTF_START.test(text);
}

/** The text an RTF document shows. */
export function rtfText(rtf: string): string {
  let out = '';
  // Per open group: whether its text is hidden, and how many fallback characters follow a "\u" escape.
  const stack: { hidden: boolean; skipAfterUnicode: number }[] = [{ hidden: false, skipAfterUnicode: 1 }];
  let state = { hidden: false, skipAfterUnicode: 1 };
  let pendingSkip = 0;
  let groupStart = false;
  const emit = (text: string) => {
    if (state.hidden) return;
    if (pendingSkip > 0) {
      pendingSkip--;
      return;
    }
    out += text;
  };
  for (let i = 0; i < rtf.length; i++) {
    const char = rtf[i] ?? '';
    if (char === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      continue;
    }
    if (char === '}') {
      state = stack.pop() ?? { hidden: false, skipAfterUnicode: 1 };
      groupStart = false;
      pendingSkip = 0;
      continue;
    }
    if (char === '\r' || char === '\n') continue;
    if (char !== '\\') {
      groupStart = false;
      emit(char);
      continue;
    }
    const next = rtf[i + 1] ?? '';
    if (next === '\\' || next === '{' || next === '}') {
      emit(next);
      i++;
    } else if (next === "'") {
      const byte = Number.parseInt(rtf.slice(i + 2, i + 4), 16);
      if (!Number.isNaN(byte)) emit(windows1252(byte));
      i += 3;
    } else if (next === '*') {
      // "{\*\destination ...}": a destination a reader that does not know it skips.
      if (groupStart) state.hidden = true;
      i++;
    } else if (next === '~') {
      emit('\u00A0');
      i++;
    } else if (next === '_') {
      emit('-');
      i++;
    } else if (next === '-') {
      i++;
    } else if (next === '\r' || next === '\n') {
      emit('\n');
      i++;
    } else {
      const word = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(rtf.slice(i + 1, i + 45));
      if (!word) continue;
      i += word[0].length;
      const [, name = '', parameter] = word;
      if (groupStart && HIDDEN_GROUPS.has(name)) state.hidden = true;
      groupStart = false;
      if (name === 'uc') state.skipAfterUnicode = Number(parameter ?? 1);
      else if (name === 'u' && parameter !== undefined) {
        const code = Number(parameter);
        emit(String.fromCharCode(code < 0 ? code + 65536 : code));
        pendingSkip = state.hidden ? 0 : state.skipAfterUnicode;
      } else {
        const character = CHARACTER_WORDS[name];
        if (character !== undefined) emit(character);
      }
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n');
}
