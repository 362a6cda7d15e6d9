import type { StatedMetadata } from './extractMetadata.ts';
import { headerFields } from './headerFields.ts';

/** Fields every saved message has at least two of; a block without them is some other "Label: value" list. */
const MESSAGE_FIELDS = new Set(['from', 'to', 'subject', 'date', 'received', 'return-path', 'message-id']);
const MESSAGE_FIELDS_MIN = 3;
/** The fields a mail program shows above a message, as it names them. */
const FIELD_NAMES = new Map([
  ['from', 'From'],
  ['to', 'To'],
  ['cc', 'Cc'],
  ['subject', 'Subject'],
  ['date', 'Date'],
]);
const SHOWN_FIELDS = new Set(FIELD_NAMES.keys());
/** A reply's or forward's mark and a mailing list's "[Tag]" before a subject. */
const SUBJECT_MARKS = /^(?:\s*(?:(?:re|fwd?|aw|wg)\s*:|\[[^\]]{1,40}\]))+\s*/i;

/**
 * A message saved with its headers (a newsletter or feed digest kept as .txt): the header block above the first
 * blank line is the mail system's, not the page's: its delivery fields are cut (Received, Message-ID, MIME and list
 * fields), the sender, recipients, subject and date kept as a mail program shows them, and the subject is read as the title. When the
 * subject ends with a line the body prints ("Feed name: Headline" over a body headed "Headline"), that line is the
 * title. A quoted-printable body is decoded. Null when the text does not open with a message's headers.
 */
export function readEmailHeaders(text: string): { body: string; stated: StatedMetadata } | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { fields, end, whole } = headerFields(lines);
  if (!whole) return null;
  if ([...fields.keys()].filter((name) => MESSAGE_FIELDS.has(name)).length < MESSAGE_FIELDS_MIN) return null;
  // What a mail program shows above a message stays (the sender names a newsletter); the delivery path goes.
  const shown = [...fields]
    .filter(([name]) => SHOWN_FIELDS.has(name))
    .map(([name, value]) => `${FIELD_NAMES.get(name) ?? name}: ${decodeEncodedWords(value)}`);
  const body = textPartOf(fields, lines.slice(end + 1).join('\n'));
  const subject = decodeEncodedWords(fields.get('subject') ?? '')
    .replace(SUBJECT_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim();
  const title = subject ? headlineInSubject(subject, body) : null;
  return { body: [...shown, '', body].join('\n'), stated: title ? { title } : {} };
}

/** A multipart message's parts nest at most this deep (an alternative inside a mixed message). */
const MAX_PART_DEPTH = 3;

/**
 * The text a reader sees of a body with the fields above it: a multipart message's first plain-text part (its
 * boundary lines and the parts' own fields are the mail system's), decoded from quoted-printable or base64.
 */
function textPartOf(fields: ReadonlyMap<string, string>, body: string, depth = 0): string {
  const type = fields.get('content-type') ?? '';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^\s*multipart\//i.test(type) && boundary && depth < MAX_PART_DEPTH) {
    const parts = partsOf(body, boundary);
    const plain = parts.find((part) =>
      /^\s*(?:text\/plain|multipart\/)/i.test(part.fields.get('content-type') ?? 'text/plain'),
    );
    if (plain) return textPartOf(plain.fields, plain.body, depth + 1);
  }
  const encoding = fields.get('content-transfer-encoding') ?? '';
  if (/quoted-printable/i.test(encoding)) return decodeQuotedPrintable(body);
  if (/base64/i.test(encoding) && /^[A-Za-z0-9+/=\s]+$/.test(body))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

/** The parts between a multipart body's "--boundary" lines, each with its own fields. */
function partsOf(body: string, boundary: string): { fields: Map<string, string>; body: string }[] {
  const parts: { fields: Map<string, string>; body: string }[] = [];
  const delimiter = `--${boundary}`;
  let current: string[] | null = null;
  const close = () => {
    if (!current) return;
    const blank = current.findIndex((line) => line.trim() === '');
    // A field may go on over lines set in by a space: a nested part's boundary often does.
    const { fields } = headerFields(current, 0, true);
    parts.push({ fields, body: blank < 0 ? '' : current.slice(blank + 1).join('\n') });
  };
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === delimiter || line.trim() === `${delimiter}--`) {
      close();
      current = line.trim() === delimiter ? [] : null;
    } else current?.push(line);
  }
  close();
  return parts;
}

/** "=?UTF-8?Q?NATO_eyes_a_Tokyo_outpost?=" and "=?UTF-8?B?...?=" in a field as the words they encode (RFC 2047). */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (word, charset: string, encoding: string, text: string) => {
      const bytes = encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedBytes(text.replace(/_/g, ' '));
      return /^(?:utf-?8|us-ascii)$/i.test(charset)
        ? bytes.toString('utf8')
        : /^(?:iso-8859-1|latin1)$/i.test(charset)
          ? bytes.toString('latin1')
          : word;
    });
}

/** The body's line the subject ends with, after a name and a colon or dash; else the subject as it is. */
function headlineInSubject(subject: string, body: string): string {
  const printed = new Set(body.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()));
  for (const separator of subject.matchAll(/:\s+|\s+[-–—|]\s+/g)) {
    const rest = subject.slice((separator.index ?? 0) + separator[0].length);
    if (printed.has(rest)) return rest;
  }
  return subject;
}

/** "=E2=80=99" as the bytes it stands for, read as UTF-8; a line ending in "=" runs on into the next. */
function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  return joined.replace(/(?:=[0-9A-F]{2})+/gi, (run) => quotedBytes(run).toString('utf8'));
}

/** The bytes quoted-printable text stands for: each "=XX" the byte it names, every other character its own code. */
function quotedBytes(text: string): Buffer {
  return Buffer.from(
    text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
}
