/**
 * The saved index's table section (indexFormat.ts): the corpus's passages and the attribution's statements as
 * columns of 32-bit numbers, most of them numbers into one list of the distinct strings the rows hold. The strings'
 * characters are kept as three texts, each read back into one string of which every row's string is a slice:
 * Latin-1 for the strings whose every character fits in a byte (V8 keeps them a byte a character), UTF-8 for the
 * others, and UTF-16 for the few UTF-8 cannot hold (a lone surrogate). As JSON, 100k passages and their
 * statements were 47 MB to parse into as many objects and strings again, the most of a cold start's garbage
 * collection. Numbers are little-endian:
 *
 *   u32 × 2    passages n, statements m
 *   u32 × 6    for each text, in TEXTS' order: how many strings it holds, and its length in bytes
 *   u32 × S    where each string ends in its text, in code units of the text read back; the strings are numbered
 *              text after text
 *   u32 × 5n   the passages' columns, one after another, in PASSAGE_COLUMNS' order
 *   u32 × 12m  the statements' columns, in STATEMENT_COLUMNS' order
 *   then the three texts' bytes, in TEXTS' order
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
/** The texts' encodings, in the section's order: a string is kept in the first that holds it as it is. */
const TEXTS = ['latin1', 'utf8', 'utf16le'] as const satisfies readonly BufferEncoding[];
type TextEncoding = (typeof TEXTS)[number];
const HEAD_WORDS = 2 + 2 * TEXTS.length;
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
  const { renumber, ends, texts } = strings.texts();
  for (const { kind, column } of [...passageColumns, ...statementColumns])
    if (kind !== 'count') for (let i = 0; i < column.length; i++) column[i] = renumber(column[i] ?? NO_STRING);
  const head = Uint32Array.of(
    passages.length,
    statements.length,
    ...texts.flatMap((text) => [text.count, text.bytes.length]),
  );
  const columns = [head, ends, ...[...passageColumns, ...statementColumns].map(({ column }) => column)];
  const words = columns.map((column) => new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
  return Buffer.concat([...words, ...texts.map((text) => text.bytes)]);
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

/** The distinct strings of the tables, numbered as met, then text by text. */
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

  /** Each text, where each string ends in its own, and each number as met turned into its number in the section. */
  texts(): {
    renumber: (met: number) => number;
    ends: Uint32Array;
    texts: { count: number; bytes: Buffer }[];
  } {
    const all = [...this.numbers.keys()];
    const textOf = all.map((value) => TEXTS.indexOf(encodingFor(value)));
    const order = [...all.keys()].sort((a, b) => (textOf[a] ?? 0) - (textOf[b] ?? 0) || a - b);
    const numbers = new Uint32Array(all.length);
    order.forEach((met, number) => (numbers[met] = number));
    const ends = new Uint32Array(all.length);
    const texts = TEXTS.map((encoding, text) => {
      const held = order.filter((met) => textOf[met] === text);
      const first = numbers[held[0] ?? 0] ?? 0;
      let end = 0;
      held.forEach((met, i) => (ends[first + i] = end += all[met]?.length ?? 0));
      return { count: held.length, bytes: Buffer.from(held.map((met) => all[met] ?? '').join(''), encoding) };
    });
    return { renumber: (met) => (met === NO_STRING ? NO_STRING : (numbers[met] ?? NO_STRING)), ends, texts };
  }
}

/** The text a string is kept in: Latin-1 when every character fits in a byte, else UTF-8 unless it holds a lone surrogate. */
function encodingFor(value: string): TextEncoding {
  if (!/[\u0100-\uffff]/.test(value)) return 'latin1';
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value) ? 'utf16le' : 'utf8';
}

/**
 * The passages and statements of a section, after checking every number against what it refers to and each
 * statement's kinds against those there are. Throws an Error saying what does not fit.
 */
export function decodeTables(bytes: Uint8Array): Tables {
  if (endianness() !== 'LE') throw new Error('this machine is big-endian; the tables are written little-endian');
  const section = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (section.length < HEAD_WORDS * 4) throw new Error('the table section is too short for its counts');
  const [n = 0, m = 0, ...textCounts] = wordsAt(section, 0, HEAD_WORDS);
  const layout = TEXTS.map((encoding, i) => ({
    encoding,
    count: textCounts[2 * i] ?? 0,
    bytes: textCounts[2 * i + 1] ?? 0,
  }));
  const stringCount = layout.reduce((total, text) => total + text.count, 0);
  const textBytes = layout.reduce((total, text) => total + text.bytes, 0);
  const passageWords = n * Object.keys(PASSAGE_COLUMNS).length;
  const statementWords = m * Object.keys(STATEMENT_COLUMNS).length;
  const wordCount = HEAD_WORDS + stringCount + passageWords + statementWords;
  if (wordCount * 4 + textBytes !== section.length)
    throw new Error('the table section’s length is not that of its counts (truncated or altered)');
  const words = wordsAt(section, 0, wordCount);
  const ends = words.subarray(HEAD_WORDS, HEAD_WORDS + stringCount);
  let textStart = wordCount * 4;
  const texts = layout.map(({ encoding, count, bytes }) => ({
    count,
    text: section.toString(encoding, textStart, (textStart += bytes)),
  }));
  const strings = stringsOf(ends, texts);

  let at = HEAD_WORDS + stringCount;
  const column = (count: number) => words.subarray(at, (at += count));
  const stringColumn = (count: number, what: string, nullable = false) => {
    const numbers = column(count);
    for (const number of numbers)
      if (number >= strings.length && !(nullable && number === NO_STRING))
        throw new Error(`a ${what} is not one of the section’s strings`);
    return numbers;
  };
  const [ids, articleIds, paragraphs, passageTexts, sections] = [
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
      text: stringAt(passageTexts[i]),
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
function stringsOf(ends: Uint32Array, texts: readonly { count: number; text: string }[]): string[] {
  const strings: string[] = [];
  for (const { count, text } of texts) {
    let start = 0;
    for (const end of ends.subarray(strings.length, strings.length + count)) {
      if (end < start || end > text.length) throw new Error('the strings’ ends do not go forwards through their text');
      strings.push(text.slice(start, end));
      start = end;
    }
    if (start !== text.length) throw new Error('the strings do not span their text');
  }
  return strings;
}
