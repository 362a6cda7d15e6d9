/**
 * Years said aloud and typed as said, as a voice assistant transcribes them: "twenty twenty two" is 2022,
 * "nineteen ninety-nine" 1999, "the nineteen thirties" the 1930s. The coverage writes years in figures, so a year in
 * words would find nothing and, as words the coverage never uses that way, could refuse the question.
 */

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const CENTURIES: Readonly<Record<string, number>> = { nineteen: 1900, twenty: 2000 };

const either = (words: readonly string[]) => words.join('|');
/** A century said as its number ("nineteen", "twenty"), then the year in it said as a number from ten to 99. */
const SPOKEN_YEAR = new RegExp(
  String.raw`\b(nineteen|twenty)[\s-]+(?:(${either(TEENS)})|(${either(TENS)})(?:[\s-]+(${either(UNITS)}))?|(${either(DECADES)}))\b`,
  'gi',
);

/** Switches for the rules here, so that a test can show what each one does. */
export const SPOKEN_RULES = { years: true };

/** The question with each year said in words written in figures: "natos twenty twenty two strategy" -> "natos 2022 strategy". */
export function withSpokenYearsInFigures(question: string): string {
  if (!SPOKEN_RULES.years) return question;
  return question.replace(
    SPOKEN_YEAR,
    (said, century: string, teen?: string, tens?: string, unit?: string, decade?: string) => {
      const base = CENTURIES[century.toLowerCase()] ?? 0;
      if (teen) return String(base + 10 + TEENS.indexOf(teen.toLowerCase()));
      if (decade) return `${base + 20 + 10 * DECADES.indexOf(decade.toLowerCase())}s`;
      if (!tens) return said;
      const year =
        base + 20 + 10 * TENS.indexOf(tens.toLowerCase()) + (unit ? UNITS.indexOf(unit.toLowerCase()) + 1 : 0);
      return String(year);
    },
  );
}
