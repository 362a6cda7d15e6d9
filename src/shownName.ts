/**
 * Names people choose (seed file names, uploaded attachments' names) as they are shown in the log, the
 * terminal and Discord. A name may hold anything a file system allows: a newline that starts a forged log
 * line, terminal escape codes, right-to-left overrides that reverse what follows, a backtick that ends the
 * code span it is shown in. Shown through quoteName, none of that takes effect.
 */

/**
 * Characters escaped wherever a name or a message about one is shown: controls (C0, DEL, C1: newlines and
 * escape codes), format characters (bidirectional overrides, zero-width characters), lone surrogates,
 * private-use and unassigned code points, every separator but the plain space (line and paragraph separators
 * end a line too), and the backtick, which would end a Discord code span.
 */
const UNSAFE = /[\p{C}\p{Z}`]/gu;

/**
 * A name shown as it is: words of letters, digits, marks and the punctuation file names and paths commonly
 * hold, one space apart. Anything else (including a colon, which log lines use after a name) is quoted.
 */
const PLAIN = /^[\p{L}\p{N}\p{M}._+\-@,=~()[\]#&'!$%/]+(?: [\p{L}\p{N}\p{M}._+\-@,=~()[\]#&'!$%/]+)*$/u;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function escapeChar(char: string): string {
  if (char === ' ') return char;
  const short = SHORT[char];
  if (short !== undefined) return short;
  let out = '';
  for (let i = 0; i < char.length; i += 1) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * A user-supplied name, safe to put in a log line, on a terminal or in a Discord code span: the name itself
 * when it is plain (`000_f71c56816dc1f524.txt`, `my article.md`), else a JSON string of it (`JSON.parse` gives
 * the name back) with every character above escaped as well, so the result is one line of visible text
 * without a backtick.
 */
export function quoteName(name: string): string {
  if (PLAIN.test(name)) return name;
  return `"${name.replace(/["\\]/g, (char) => `\\${char}`).replace(UNSAFE, escapeChar)}"`;
}

/**
 * Text that may carry a name or a fragment of a file (a reason a file was skipped, an error message), made
 * one line of visible text without quoting it: the characters above escaped as in quoteName.
 */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}
