const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const PATTERNS: { pattern: RegExp; read: (m: RegExpMatchArray) => [number, string, number] }[] = [
  // 2023-05-16, 2023/05/16
  {
    pattern: /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/,
    read: (m) => [Number(m[1]), String(Number(m[2])), Number(m[3])],
  },
  // 12.07.2023: day, month and year between dots, as European pages print it (never month first)
  {
    pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]*\d)/,
    read: (m) => [Number(m[3]), String(Number(m[2])), Number(m[1])],
  },
  // 13/07/2023 (day first, as Europe prints it) or 07/13/2023 (month first, as the US does): read only when one of
  // the two cannot be a month; 07/06/2023 could be either and is not guessed.
  {
    pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/,
    read: (m) => {
      const [first, second] = [Number(m[1]), Number(m[2])];
      if (first > 12 && second <= 12) return [Number(m[3]), String(second), first];
      if (second > 12 && first <= 12) return [Number(m[3]), String(first), second];
      return [Number(m[3]), '0', 0];
    },
  },
  // May 18, 2023 / May 18 2023 / Jul.12,2023 (run together, as some Korean and Japanese sites print it)
  {
    pattern: new RegExp(`\\b${MONTH}(?:\\s+|(?<=\\.))(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), m[1] ?? '', Number(m[2])],
  },
  // 18 May 2023 / 18th May, 2023
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), m[2] ?? '', Number(m[1])],
  },
];

function monthNumber(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  return MONTHS[token.toLowerCase().slice(0, token.toLowerCase().startsWith('sept') ? 4 : 3)] ?? null;
}

export interface FoundDate {
  iso: string;
  /** The matched text, so callers can see what the rest of the line says. */
  text: string;
}

/** The first full date (day, month and year) printed in a line, as ISO; null when there is none. */
export function findDate(line: string): FoundDate | null {
  let best: { index: number; found: FoundDate } | null = null;
  for (const { pattern, read } of PATTERNS) {
    const match = line.match(pattern);
    if (!match || match.index === undefined) continue;
    const [year, monthToken, day] = read(match);
    const month = monthNumber(monthToken);
    if (!month || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) continue;
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCDate() !== day) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!best || match.index < best.index) best = { index: match.index, found: { iso, text: match[0] } };
  }
  return best?.found ?? null;
}

const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?';
// A zone is a word of its own: "21:32 Updated" holds none.
const TIME = '\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+(?:[A-Z]{2,4}|GMT|UTC)(?:[+-]\\d{1,2})?(?![A-Za-z]))?';
/** A weekday or time printed just before a date: "Tue ", "16:45, ". */
const BEFORE_DATE = new RegExp(`(?:(?:${WEEKDAY}|${TIME}),?\\s+)+$`, 'i');
/** A time printed just after a date, perhaps past a separator: " 12:37", " 07.45 BST", " | 10:02 AM GMT+9", ", at 9 a.m.". */
const AFTER_DATE = new RegExp(`^(?:\\s*[,|·•]?\\s*(?:at\\s+)?${TIME})`, 'i');

/**
 * The first full date of a line with the weekday and time printed around it, exactly as printed:
 * "Published: 16:45, May 3, 2023 | Updated: ..." -> "16:45, May 3, 2023"; "Tue 16 May 2023 07.45 BST" as it is.
 * Labels, the outlet's name and later dates ("Updated ...") are left out. Null when the line has no full date.
 */
export function printedDate(line: string): string | null {
  const found = findDate(line);
  if (!found) return null;
  const start = line.indexOf(found.text);
  const end = start + found.text.length;
  const before = line.slice(0, start).match(BEFORE_DATE)?.[0] ?? '';
  const after = line.slice(end).match(AFTER_DATE)?.[0] ?? '';
  return line.slice(start - before.length, end + after.length).trim();
}

/** "May 10", "10 May", "Sept. 3": a day of a month without a year, as printed; null when there is none. */
export function findMonthDay(text: string): string | null {
  const match = text.match(new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?!\\d)|\\b\\d{1,2}\\s+${MONTH}(?![\\p{L}])`, 'iu'));
  return match?.[0] ?? null;
}

/** How far a day without a year may lie from the date it takes its year from. */
const NEAR_DAYS = 7;

/**
 * "May 10" as a full date, its year taken from a date known to lie near it (a page store's stamp): the year that
 * puts it within a week of `near`, or null when none does (a day months away is some other date).
 */
export function monthDayNear(monthDay: string, near: string): string | null {
  const nearYear = Number(near.slice(0, 4));
  const nearTime = Date.parse(`${near}T00:00:00Z`);
  if (!Number.isFinite(nearYear) || !Number.isFinite(nearTime)) return null;
  for (const year of [nearYear, nearYear - 1, nearYear + 1]) {
    const iso = findDate(`${monthDay} ${year}`)?.iso;
    if (iso && Math.abs(Date.parse(`${iso}T00:00:00Z`) - nearTime) <= NEAR_DAYS * 86_400_000) return iso;
  }
  return null;
}
