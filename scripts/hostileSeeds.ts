/**
 * The hostile inputs of issue 11's stalls (items 6 to 10), made at run time for the benchmark and the hardening
 * tests: each seed shape is one file added to a copy of the seeds folder, and the long question is asked of the
 * clean seeds. Each carries a sentence about a zeppelin (a word the seeds never use), so a question can find it.
 */

export interface HostileSeed {
  /** The shape, as the issue names it. */
  name: string;
  item: number;
  file: string;
  /** The file's text; `scale` shrinks it (1 is the size the issue reports). */
  text: (scale?: number) => string;
}

export const ZEPPELIN =
  'The zeppelin hangar at the old airfield reopened on Tuesday after two years of repairs, its operator said.';

/** Prose-like words for run-on text: a fixed cycle, so every run gives the same file. */
const WORDS =
  'and the delegation waited while the ministers of both countries discussed the port the rail links the budget and the schedule of the works'.split(
    ' ',
  );
const words = (chars: number) => {
  const out: string[] = [];
  let length = 0;
  for (let index = 0; length < chars; index++) {
    const word = WORDS[index % WORDS.length] ?? 'and';
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
};

export const HOSTILE_SEEDS: readonly HostileSeed[] = [
  {
    name: 'deeply nested HTML (27 KB)',
    item: 6,
    file: 'hostile-nested.html',
    text: (scale = 1) => {
      const levels = Math.round(2400 * scale);
      return `<!doctype html><html><head><title>Hangar reopens</title></head><body>${'<div>'.repeat(levels)}<h1>Hangar reopens</h1><p>${ZEPPELIN}</p><p>${ZEPPELIN.replace('Tuesday', 'Wednesday')}</p>${'</div>'.repeat(levels)}</body></html>`;
    },
  },
  {
    name: 'initials (150 KB)',
    item: 7,
    file: 'hostile-initials.txt',
    text: (scale = 1) =>
      `Hangar donors listed\n\n${ZEPPELIN}\n\nThe donors were ${'J. K. '.repeat(Math.round(25_000 * scale))}and others.\n`,
  },
  {
    name: 'front matter with 80,000 spaces',
    item: 8,
    file: 'hostile-frontmatter.md',
    text: (scale = 1) =>
      `---\ntitle: Hangar${' '.repeat(Math.round(80_000 * scale))}reopens\noutlet: Example Wire\n---\n\n${ZEPPELIN}\n\n${ZEPPELIN.replace('Tuesday', 'Wednesday')}\n`,
  },
  {
    name: 'run-on paragraph (16 KB)',
    item: 9,
    file: 'hostile-runon.txt',
    text: (scale = 1) =>
      `Hangar works drag on\n\n${ZEPPELIN}\n\nThe zeppelin crew said ${words(Math.round(16_000 * scale))}\n`,
  },
  {
    name: 'one 5 MB line',
    item: 9,
    file: 'hostile-line.txt',
    text: (scale = 1) => `${ZEPPELIN} ${words(Math.round(5_000_000 * scale))}`,
  },
];

/** Item 10: a 200 KB question typed on one line (a real question, then 200 KB of words). */
export function longQuestion(scale = 1): string {
  return `What did Mao Ning say about NATO? ${words(Math.round(200_000 * scale))}`;
}
