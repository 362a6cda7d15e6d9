import type { PageLine } from './cleanPage.ts';
import { wordCount } from './normalizeText.ts';

/**
 * A speaker's turn in a transcript: a name in capitals ("ANJA BERGLUND: ...", "MR. WANG:"), a name of two to four
 * capitalised words ("Anja Berglund: ..."), with a role in brackets or after a comma ("HAN (analyst):",
 * "CLARA BENNING, HOST:").
 */
const TURN =
  /^(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}|\p{Lu}[\p{Ll}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:\s*\([^()]{1,30}\)|,\s*\p{Lu}[\p{L} .'’-]{1,40})?:\s+\S/u;
/** A conversation: this many turns at least, by two speakers or more. */
const MIN_TURNS = 6;
/** Share of the prose words up to the last turn the turns must hold: a transcript, not an article quoting one. */
const TURNS_SHARE = 0.6;
/** Prose lines above the first turn that are its summary, as a standfirst is (an interview's introduction runs longer). */
const SUMMARY_MAX_LINES = 2;
const SUMMARY_MAX_WORDS = 40;

const speakerOf = (text: string): string | null => (TURN.test(text) ? (text.split(/[:,(]/)[0] ?? '').trim() : null);

/**
 * A transcript's body is its conversation: from the first turn to the last. Below the last turn come the page's
 * own parts ("About the show", other episodes, a funding appeal), however much they read like prose; a summary of
 * up to two lines above the first turn is the episode's blurb, not what was said. The body's run `[start, end]` as
 * it was when the run is no transcript.
 */
export function transcriptBounds(lines: readonly PageLine[], [start, end]: [number, number]): [number, number] {
  const run = lines.filter((line) => line.index >= start && line.index <= end && line.kind !== 'blank');
  const turns = run.filter((line) => (line.kind === 'prose' || line.kind === 'heading') && speakerOf(line.text));
  const speakers = new Set(turns.map((line) => speakerOf(line.text)));
  const words = (part: readonly PageLine[]) =>
    part.filter((line) => line.kind === 'prose').reduce((sum, line) => sum + wordCount(line.text), 0);
  if (turns.length < MIN_TURNS || speakers.size < 2) return [start, end];
  const first = turns[0] as PageLine;
  const last = turns.at(-1) as PageLine;
  // Up to its last turn, the run is mostly the conversation (what comes after is what is cut).
  if (words(turns) < words(run.filter((line) => line.index <= last.index)) * TURNS_SHARE) return [start, end];
  const summary = run.filter((line) => line.index < first.index && line.kind === 'prose');
  const blurb =
    summary.length <= SUMMARY_MAX_LINES && summary.every((line) => wordCount(line.text) <= SUMMARY_MAX_WORDS);
  return [blurb ? first.index : start, last.index];
}
