/** An RFC 5322 header field: a name of letters, digits and hyphens, a colon, its value. */
const FIELD = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/;
/** A field's value may go on over lines set in by a space or tab ("folding"). */
const FOLDED = /^[ \t]+\S/;

export interface HeaderBlock {
  /** The fields by lower-case name; of a repeated field (Received:) the first, the later ones being further down the path. */
  fields: Map<string, string>;
  /** The line the block ends at: its blank line, the first line that is no field, or the end of the text. */
  end: number;
  /** Whether every line up to `end` was a field (or a field's folded line). */
  whole: boolean;
}

/**
 * The header block of a message, a message part, a web archive record or an HTTP response, from line `start` to
 * the first blank line. A line that is no field ends it, unless `skipOthers` (a mail part's head, read loosely).
 */
export function headerFields(lines: readonly string[], start = 0, skipOthers = false): HeaderBlock {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (let at = start; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (line.trim() === '') return { fields, end: at, whole: true };
    if (last && FOLDED.test(line)) {
      fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) {
      if (skipOthers) continue;
      return { fields, end: at, whole: false };
    }
    last = (field[1] ?? '').toLowerCase();
    if (!fields.has(last)) fields.set(last, (field[2] ?? '').trim());
  }
  return { fields, end: lines.length, whole: true };
}

/**
 * A headline given as a field of a record, unindented: "[Headline] ...", "Headline: ...", "HED: ...", "Title: ...".
 * The headline is the first group, without quotation marks around it.
 */
export const HEADLINE_FIELD = /^(?:\[(?:headline|title)\]|(?:headline|title|hed)\s*:)\s*["“]?(.+?)["”]?$/i;
