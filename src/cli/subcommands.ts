import { attributionOf } from '../attribution/attribution.ts';
import { compareCoverage } from '../attribution/compareCoverage.ts';
import { whoSaid } from '../attribution/whoSaid.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { CommandLine } from './commandLine.ts';
import { compareJson, formatCompare, formatWho, whoJson } from './formatAttribution.ts';

/** `npm start -- who ...` and `npm start -- compare ...`: one answer, as text or JSON. */
export function runSubcommand(
  engine: SearchEngine,
  command: Extract<CommandLine, { kind: 'who' | 'compare' }>,
  output: NodeJS.WritableStream,
): void {
  const print = (text: string) => output.write(`${text}\n`);
  if (command.kind === 'who') {
    const result = whoSaid(engine, attributionOf(engine).statements, command.topic, command.speaker);
    print(command.json ? JSON.stringify(whoJson(result), null, 2) : formatWho(result));
    return;
  }
  const result = compareCoverage(engine, command.topic);
  print(command.json ? JSON.stringify(compareJson(result), null, 2) : formatCompare(result));
}
