/** What the command line asks for. */
export type CommandLine =
  | { kind: 'question'; json: boolean; question: string | null; context: string | null }
  | { kind: 'who'; json: boolean; topic: string | null; speaker: string | null }
  | { kind: 'compare'; json: boolean; topic: string | null }
  | { kind: 'add'; file: string }
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
  npm start -- reindex                          re-read the seeds folder, save the index, list skipped files

  A question that starts with "who", "compare", "add" or "reindex" is asked in quotes: npm start -- "who said it?"
  With DISCORD_TOKEN set (see .env.example) a plain start connects the bot to Discord; who and compare
  always answer here.`;

/**
 * Reads the arguments after `npm start --`. "who" and "compare" are subcommands only as the first argument on
 * its own; anything else is a question, as before.
 */
export function parseCommandLine(args: readonly string[]): CommandLine {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  const json = args.includes('--json');
  const contextAt = args.findIndex((arg) => arg === '--context' || arg.startsWith('--context='));
  const contextArg = contextAt < 0 ? undefined : args[contextAt];
  const context = contextArg === undefined ? null : contextArg === '--context' ? (args[contextAt + 1] ?? '') : contextArg.slice('--context='.length);
  if (contextArg !== undefined && (context === null || !context.trim() || context.startsWith('--'))) {
    return { kind: 'error', message: `--context needs the earlier question, e.g. --context "What did China say?" "And Russia?"\n\n${USAGE}` };
  }
  const rest = args.filter((arg, i) => arg !== '--json' && (contextAt < 0 || (i !== contextAt && !(contextArg === '--context' && i === contextAt + 1))));
  const [first, ...tail] = rest;
  if (first === 'reindex' && tail.length === 0) return { kind: 'reindex' };
  if (first === 'add') {
    if (tail.length !== 1 || !tail[0]) return { kind: 'error', message: `add takes one file, e.g. npm start -- add article.html\n\n${USAGE}` };
    return { kind: 'add', file: tail[0] };
  }
  if (first !== 'who' && first !== 'compare') return { kind: 'question', json, question: rest.length > 0 ? rest.join(' ') : null, context };

  const words: string[] = [];
  let speaker: string | null = null;
  for (let i = 0; i < tail.length; i++) {
    const arg = tail[i] ?? '';
    if (first === 'who' && (arg === '--speaker' || arg.startsWith('--speaker='))) {
      const value = arg === '--speaker' ? tail[++i] : arg.slice('--speaker='.length);
      if (!value?.trim() || value.startsWith('--')) return { kind: 'error', message: `--speaker needs a name, e.g. --speaker "Mao Ning"\n\n${USAGE}` };
      speaker = value.trim();
    } else if (arg.startsWith('--')) {
      return { kind: 'error', message: `Unknown option ${arg} for ${first}.\n\n${USAGE}` };
    } else words.push(arg);
  }
  const topic = words.join(' ').trim() || null;
  return first === 'who' ? { kind: 'who', json, topic, speaker } : { kind: 'compare', json, topic };
}
