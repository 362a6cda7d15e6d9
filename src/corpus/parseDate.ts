const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const PATTERNS: { pattern: RegExp; read: (m: RegExpMatchArray) => [number, string, number] }[] = [
  // 2023-05-16, 2023/05/16
  { pattern: /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/, read: (m) => [Number(m[1]), String(Number(m[2])), Number(m[3])] },
  // May 18, 2023 / May 18 2023
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), read: (m) => [Number(m[3]), m[1] ?? '', Number(m[2])] },
  // 18 May 2023 / 18th May, 2023
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), read: (m) => [Number(m[3]), m[2] ?? '', Number(m[1])] },
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
