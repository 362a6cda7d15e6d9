/**
 * The saved index's table section (indexFormat.ts): the corpus's passages and the attribution's statements as
 * columns of 32-bit numbers, most of them numbers into one list of the distinct strings the rows hold. The strings'
 * characters are kept as two texts, one Latin-1 (the strings whose every character fits in a byte) and one UTF-16,
 * each read back into one string of which every row's string is a slice. As JSON, 100k passages and their
 * statements were 47 MB to parse into as many objects and strings again, the most of a cold start's garbage
 * collection. Numbers are little-endian:
 *
 *   u32 × 6    passages n, statements m, strings S, of them Latin-1 S1, Latin-1 bytes L, UTF-16 code units W
 *   u32 × S    where each string ends in its text: the first S1 in the Latin-1 text, the others in the UTF-16 one
 *   u32 × 5n   the passages' columns, one after another, in PASSAGE_COLUMNS' order
 *   u32 × 12m  the statements' columns, in STATEMENT_COLUMNS' order
 *   2W bytes   the UTF-16 text
 *   L bytes    the Latin-1 text
 *
 * A string column holds numbers into the strings (NO_STRING for null), a count column the count. Every number is
 * checked against what it refers to before a row is made of it (decodeTables).
 */
import { endianness } from 'node:os';
import type { StoredStatement } from '../attribution/attribution.ts';
import type { Passage } from '../corpus/types.ts';

type ColumnKind = 'string' | 'nullable' | 'count';

/** Each passage field's column, in the section's order (a passage's fields are made in this order). */
const PASSAGE_COLUMNS = {
  id: 'string',
  articleId: 'string',
  paragraph: 'count',
  text: 'string',
  section: 'nullable',
} as const satisfies Record<keyof Passage, ColumnKind>;

/** Each statement field's column (its span as two, its text none: kept as null, read back as its passage's span). */
const STATEMENT_COLUMNS = {
  id: 'string',
  speaker: 'string',
  speakerKind: 'string',
  role: 'nullable',
  mention: 'string',
  kind: 'string',
  verb: 'nullable',
  via: 'nullable',
  passageId: 'string',
  articleId: 'string',
  spanStart: 'count',
  spanEnd: 'count',
} as const satisfies Record<Exclude<keyof StoredStatement, 'text' | 'span'> | 'spanStart' | 'spanEnd', ColumnKind>;

type StatementColumn = keyof typeof STATEMENT_COLUMNS;

/** A string column's number for null. */
const NO_STRING = 0xffffffff;
const HEAD_WORDS = 6;
const SPEAKER_KINDS: ReadonlySet<string> = new Set(['person', 'institution', 'outlet', 'state']);
const STATEMENT_KINDS: ReadonlySet<string> = new Set(['quote', 'reported']);

export interface Tables {
  passages: Passage[];
  statements: StoredStatement[];
}

export function encodeTables(passages: readonly Passage[], statements: readonly StoredStatement[]): Buffer {
  if (endianness() !== 'LE') throw new Error('writing the index on a big-endian machine is not supported');
  const strings = new StringNumbers();
  const passageColumns = columnsOf(PASSAGE_COLUMNS, passages, strings, (passage, field) => passage[field]);
  const statementColumns = columnsOf(STATEMENT_COLUMNS, statements, strings, (statement, field) =>
    field === 'spanStart' ? statement.span.start : field === 'spanEnd' ? statement.span.end : statement[field],
  );
  const { renumber, ends, narrowCount, narrow, wide } = strings.texts();
  for (const { kind, column } of [...passageColumns, ...statementColumns])
    if (kind !== 'count') for (let i = 0; i < column.length; i++) column[i] = renumber(column[i] ?? NO_STRING);
  const head = Uint32Array.of(
    passages.length,
    statements.length,
    ends.length,
    narrowCount,
    narrow.length,
    wide.length / 2,
  );
  const columns = [head, ends, ...[...passageColumns, ...statementColumns].map(({ column }) => column)];
  const words = columns.map((column) => new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
  return Buffer.concat([...words, wide, narrow]);
}

/** Each field's column of numbers (a string column's, numbers as `strings` gave them), with its kind. */
function columnsOf<Row, Field extends string>(
  kinds: Readonly<Record<Field, ColumnKind>>,
  rows: readonly Row[],
  strings: StringNumbers,
  valueOf: (row: Row, field: Field) => unknown,
): { kind: ColumnKind; column: Uint32Array }[] {
  return (Object.entries(kinds) as [Field, ColumnKind][]).map(([field, kind]) => {
    const column = new Uint32Array(rows.length);
    rows.forEach((row, i) => {
      const value = valueOf(row, field);
      if (kind === 'count') {
        if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 0xffffffff)
          throw new Error(`${field} ${String(value)} is not a count`);
        column[i] = value as number;
      } else if (value === null && kind === 'nullable') column[i] = NO_STRING;
      else if (typeof value === 'string') column[i] = strings.numberOf(value);
      else throw new Error(`${field} ${String(value)} is not a string`);
    });
    return { kind, column };
  });
}

/** The distinct strings of the tables, numbered as met, then the Latin-1 ones first. */
class StringNumbers {
  private readonly numbers = new Map<string, number>();

  numberOf(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(value, number);
    }
    return number;
  }

  /** The two texts, where each string ends in its own, and each number as met turned into its number in the section. */
  texts(): { renumber: (met: number) => number; ends: Uint32Array; narrowCount: number; narrow: Buffer; wide: Buffer } {
    const all = [...this.numbers.keys()];
    const isNarrow = all.map((value) => !/[\u0100-\uffff]/.test(value));
    const order = [...all.keys()].sort((a, b) => Number(isNarrow[b]) - Number(isNarrow[a]) || a - b);
    const numbers = new Uint32Array(all.length);
    order.forEach((met, number) => (numbers[met] = number));
    const narrowCount = isNarrow.filter(Boolean).length;
    const ends = new Uint32Array(all.length);
    let end = 0;
    order.forEach((met, number) => {
      if (number === narrowCount) end = 0;
      end += all[met]?.length ?? 0;
      ends[number] = end;
    });
    const narrow = order.slice(0, narrowCount).map((met) => all[met] ?? '');
    const wide = order.slice(narrowCount).map((met) => all[met] ?? '');
    return {
      renumber: (met) => (met === NO_STRING ? NO_STRING : (numbers[met] ?? NO_STRING)),
      ends,
      narrowCount,
      narrow: Buffer.from(narrow.join(''), 'latin1'),
      wide: Buffer.from(wide.join(''), 'utf16le'),
    };
  }
}

/**
 * The passages and statements of a section, after checking every number against what it refers to and each
 * statement's kinds against those there are. Throws an Error saying what does not fit.
 */
export function decodeTables(bytes: Uint8Array): Tables {
  if (endianness() !== 'LE') throw new Error('this machine is big-endian; the tables are written little-endian');
  const section = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tooShort = () => new Error('the table section is too short for its counts');
  if (section.length < HEAD_WORDS * 4) throw tooShort();
  const [n = 0, m = 0, stringCount = 0, narrowCount = 0, narrowBytes = 0, wideUnits = 0] = wordsAt(
    section,
    0,
    HEAD_WORDS,
  );
  const passageWords = n * Object.keys(PASSAGE_COLUMNS).length;
  const statementWords = m * Object.keys(STATEMENT_COLUMNS).length;
  const wordCount = HEAD_WORDS + stringCount + passageWords + statementWords;
  if (narrowCount > stringCount) throw new Error('the table section has more Latin-1 strings than strings');
  if (wordCount * 4 + wideUnits * 2 + narrowBytes !== section.length)
    throw new Error('the table section’s length is not that of its counts (truncated or altered)');
  const words = wordsAt(section, 0, wordCount);
  const ends = words.subarray(HEAD_WORDS, HEAD_WORDS + stringCount);
  const wideStart = wordCount * 4;
  const wide = section.toString('utf16le', wideStart, wideStart + wideUnits * 2);
  const narrow = section.toString('latin1', wideStart + wideUnits * 2);
  const strings = stringsOf(ends, narrowCount, narrow, wide);

  let at = HEAD_WORDS + stringCount;
  const column = (count: number) => words.subarray(at, (at += count));
  const stringColumn = (count: number, what: string, nullable = false) => {
    const numbers = column(count);
    for (const number of numbers)
      if (number >= strings.length && !(nullable && number === NO_STRING))
        throw new Error(`a ${what} is not one of the section’s strings`);
    return numbers;
  };
  const [ids, articleIds, paragraphs, texts, sections] = [
    stringColumn(n, 'passage id'),
    stringColumn(n, 'passage’s article id'),
    column(n),
    stringColumn(n, 'passage text'),
    stringColumn(n, 'passage section', true),
  ];
  const passages = new Array<Passage>(n);
  const stringAt = (number: number | undefined) => strings[number ?? NO_STRING] ?? '';
  const nullableAt = (number: number | undefined) => (number === NO_STRING ? null : stringAt(number));
  for (let i = 0; i < n; i++)
    passages[i] = {
      id: stringAt(ids[i]),
      articleId: stringAt(articleIds[i]),
      paragraph: paragraphs[i] ?? 0,
      text: stringAt(texts[i]),
      section: nullableAt(sections[i]),
    };

  const statementColumns = {} as Record<StatementColumn, Uint32Array>;
  for (const [field, kind] of Object.entries(STATEMENT_COLUMNS) as [StatementColumn, ColumnKind][])
    statementColumns[field] =
      kind === 'count' ? column(m) : stringColumn(m, `statement’s ${field}`, kind === 'nullable');
  const c = statementColumns;
  const statements = new Array<StoredStatement>(m);
  for (let i = 0; i < m; i++) {
    const speakerKind = stringAt(c.speakerKind[i]);
    const kind = stringAt(c.kind[i]);
    if (!SPEAKER_KINDS.has(speakerKind)) throw new Error(`a statement’s speaker kind "${speakerKind}" is unknown`);
    if (!STATEMENT_KINDS.has(kind)) throw new Error(`a statement’s kind "${kind}" is unknown`);
    statements[i] = {
      id: stringAt(c.id[i]),
      speaker: stringAt(c.speaker[i]),
      speakerKind: speakerKind as StoredStatement['speakerKind'],
      role: nullableAt(c.role[i]),
      mention: stringAt(c.mention[i]),
      text: null,
      kind: kind as StoredStatement['kind'],
      verb: nullableAt(c.verb[i]),
      via: nullableAt(c.via[i]),
      passageId: stringAt(c.passageId[i]),
      articleId: stringAt(c.articleId[i]),
      span: { start: c.spanStart[i] ?? 0, end: c.spanEnd[i] ?? 0 },
    };
  }
  return { passages, statements };
}

/** `count` 32-bit words of the section from byte `start`, where they lie when they are aligned, else copied. */
function wordsAt(section: Buffer, start: number, count: number): Uint32Array {
  const offset = section.byteOffset + start;
  if (offset % 4 === 0) return new Uint32Array(section.buffer, offset, count);
  return new Uint32Array(Uint8Array.from(section.subarray(start, start + count * 4)).buffer);
}

/** Every string of the section, each a slice of its text; checks that the ends go forwards and span each text. */
function stringsOf(ends: Uint32Array, narrowCount: number, narrow: string, wide: string): string[] {
  const strings = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    if (i === narrowCount) {
      if (start !== narrow.length) throw new Error('the Latin-1 strings do not span their text');
      start = 0;
    }
    const end = ends[i] ?? 0;
    const text = i < narrowCount ? narrow : wide;
    if (end < start || end > text.length) throw new Error('the strings’ ends do not go forwards through their text');
    strings[i] = text.slice(start, end);
    start = end;
  }
  const spanned = narrowCount === ends.length ? start === narrow.length && wide.length === 0 : start === wide.length;
  if (!spanned) throw new Error('the strings do not span their texts');
  return strings;
}
