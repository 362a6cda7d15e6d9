import { parseArgs } from 'node:util';

/** What the command line asks for. */
export type CommandLine =
  | { kind: 'question'; json: boolean; question: string | null; context: string | null }
  | { kind: 'who'; json: boolean; topic: string | null; speaker: string | null }
  | { kind: 'compare'; json: boolean; topic: string | null }
  | { kind: 'add'; file: string }
  | { kind: 'remove'; name: string }
  | { kind: 'reindex' }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const USAGE = `Usage:
  npm start -- [--json] ["question"]            answer a question (or each line typed, without one; a line
                                                that leans on the one before, "and Russia?", is a follow-up)
  npm start -- --context "earlier" "follow-up"  answer a follow-up as the bot does in a thread
  npm start -- who [topic] [--speaker NAME] [--json]
                                                who is quoted (on a topic), with their statements cited;
                                                with neither, every speaker with counts and outlets
  npm start -- compare [topic] [--json]         what every outlet reports, what only one adds, who credits whom
  npm start -- add FILE                         add an article (.txt, .md, .html) to the seeds folder and the index
  npm start -- remove FILE                      take an article out of the coverage (by file name or headline):
                                                its file goes to DATA_DIR/removed/, the index is updated in place
  npm start -- reindex                          re-read the seeds folder, save the index, list skipped files

  A question that starts with "who", "compare", "add", "remove" or "reindex" is asked in quotes: npm start -- "who said it?"
  With DISCORD_TOKEN set (see .env.example) a plain start connects the bot to Discord; who and compare
  always answer here.`;

/** The options every form takes; `--speaker` belongs to `who` and is read with its topic. */
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  context: { type: 'string' },
} as const;

/**
 * Reads the arguments after `npm start --`. "who" and "compare" are subcommands only as the first argument on
 * its own; anything else is a question, as before. Words that look like options but are not ones (a question's
 * "--" or "-5") stay where they were.
 */
export function parseCommandLine(args: readonly string[]): CommandLine {
  const { values, tokens } = parseArgs({
    args: [...args],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (values.help) return { kind: 'help' };
  const json = values.json === true;
  const context = values.context === undefined ? null : values.context;
  if (context !== null && (typeof context !== 'string' || !context.trim() || context.startsWith('--'))) {
    return {
      kind: 'error',
      message: `--context needs the earlier question, e.g. --context "What did China say?" "And Russia?"\n\n${USAGE}`,
    };
  }
  const rest = argsOf(args, tokens, (name) => !Object.hasOwn(OPTIONS, name));
  const [first, ...tail] = rest;
  if (first === 'reindex' && tail.length === 0) return { kind: 'reindex' };
  if (first === 'add') {
    if (tail.length !== 1 || !tail[0])
      return { kind: 'error', message: `add takes one file, e.g. npm start -- add article.html\n\n${USAGE}` };
    return { kind: 'add', file: tail[0] };
  }
  if (first === 'remove') {
    if (tail.length === 0 || !tail.join(' ').trim())
      return {
        kind: 'error',
        message: `remove takes an article's file name, e.g. npm start -- remove article.html\n\n${USAGE}`,
      };
    return { kind: 'remove', name: tail.join(' ') };
  }
  if (first !== 'who' && first !== 'compare')
    return { kind: 'question', json, question: rest.length > 0 ? rest.join(' ') : null, context };

  const speakerOption = { speaker: { type: 'string' } } as const;
  const topicArgs = parseArgs({
    args: tail,
    options: first === 'who' ? speakerOption : {},
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let speaker: string | null = null;
  for (const token of topicArgs.tokens) {
    if (token.kind !== 'option' || !tail[token.index]?.startsWith('--')) continue;
    if (first === 'who' && token.name === 'speaker') {
      if (!token.value?.trim() || token.value.startsWith('--'))
        return { kind: 'error', message: `--speaker needs a name, e.g. --speaker "Mao Ning"\n\n${USAGE}` };
      speaker = token.value.trim();
    } else return { kind: 'error', message: `Unknown option ${tail[token.index] ?? ''} for ${first}.\n\n${USAGE}` };
  }
  const topic =
    argsOf(tail, topicArgs.tokens, (name) => first !== 'who' || name !== 'speaker')
      .join(' ')
      .trim() || null;
  return first === 'who' ? { kind: 'who', json, topic, speaker } : { kind: 'compare', json, topic };
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** The arguments as typed, without the options `keep` says no to (nor the values they took). */
function argsOf(args: readonly string[], tokens: readonly Token[], keep: (option: string) => boolean): string[] {
  const kept: string[] = [];
  let last = -1;
  for (const token of tokens) {
    // A group of short options ("-xy") is one argument with a token for each letter.
    if (token.index === last || (token.kind === 'option' && !keep(token.name))) continue;
    last = token.index;
    kept.push(args[token.index] ?? '');
  }
  return kept;
}
