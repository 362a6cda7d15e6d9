import type { Claim, CoverageComparison, OutletCoverage } from '../attribution/compareCoverage.ts';
import type { CitedStatement, SpeakerStatements, WhoSaidResult } from '../attribution/whoSaid.ts';
import { wrap } from './formatAnswer.ts';

/** "¶4" for passage `...#p4`, "¶4.2" for a piece of a long paragraph. */
export function paragraphOf(passageId: string): string {
  const at = passageId.lastIndexOf('#p');
  return at >= 0 ? `¶${passageId.slice(at + 2)}` : passageId;
}

/** "RT ¶4; Asia-Pacific Research (2023-05-18) ¶4; Al Mayadeen English (2023-05-16) ¶7" */
function carriersLine(
  carriers: readonly { outlet: string; date: string | null; passageIds: readonly string[] }[],
): string {
  return carriers
    .map(
      (carrier) =>
        `${carrier.outlet}${carrier.date ? ` (${carrier.date})` : ''} ${carrier.passageIds.map(paragraphOf).join('+')}`,
    )
    .join('; ');
}

function statementLine(statement: CitedStatement): string {
  const words = statement.kind === 'quote' ? `“${statement.text}”` : statement.text;
  const via = statement.via ? ` (via ${statement.via})` : '';
  return `${statement.verb ?? 'went on'}${via}: ${words}`;
}

function speakerHeading(speaker: SpeakerStatements): string {
  const who = [speaker.speaker, speaker.roles[0]].filter(Boolean).join(', ');
  const count = `${speaker.statementCount} ${speaker.statementCount === 1 ? 'statement' : 'statements'}`;
  return `${who} — ${count}, in ${speaker.outlets.join(', ')}`;
}

/** Who said what, for the terminal: each speaker with their statements, each cited with every outlet that carried it. */
export function formatWho(result: WhoSaidResult): string {
  if (!result.answered) return result.reason ?? 'Nobody is quoted on that in the coverage.';
  if (result.mode === 'overview') {
    const width = Math.max(...result.speakers.map((speaker) => speaker.speaker.length));
    const lines = [`Speakers in the coverage (${result.speakers.length}), most statements first:`, ''];
    for (const speaker of result.speakers) {
      const count = `${String(speaker.statementCount).padStart(3)} ${speaker.statementCount === 1 ? 'statement ' : 'statements'}`;
      lines.push(`  ${speaker.speaker.padEnd(width)}  ${count}  ${speaker.outlets.join(', ')}`);
    }
    lines.push('', 'Ask for one: npm start -- who --speaker "NAME"; or a topic: npm start -- who "liaison office"');
    return lines.join('\n');
  }
  const on = result.topic ? ` on "${result.topic}"` : '';
  const heading = result.speaker
    ? `What ${result.speaker} said${on}`
    : `Who is quoted${on} (${result.speakers.length} ${result.speakers.length === 1 ? 'speaker' : 'speakers'})`;
  const lines = [`${heading}:`, ''];
  for (const speaker of result.speakers) {
    lines.push(speakerHeading(speaker));
    speaker.statements.forEach((statement, index) => {
      lines.push(`  [${index + 1}] ${wrap(statementLine(statement), 6)}`);
      lines.push(
        `      — ${carriersLine(statement.carriers.map((carrier) => ({ ...carrier, passageIds: [carrier.passageId] })))}`,
      );
    });
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

export function whoJson(result: WhoSaidResult): object {
  return {
    topic: result.topic,
    speaker: result.speaker,
    mode: result.mode,
    answered: result.answered,
    ...(result.answered ? {} : { reason: result.reason }),
    speakers: result.speakers.map((speaker) => ({
      speaker: speaker.speaker,
      kind: speaker.kind,
      roles: speaker.roles,
      memberOf: speaker.memberOf,
      statementCount: speaker.statementCount,
      outlets: speaker.outlets,
      ...(result.mode === 'statements'
        ? {
            statements: speaker.statements.map((statement) => ({
              text: statement.text,
              kind: statement.kind,
              verb: statement.verb,
              via: statement.via,
              outlets: statement.carriers.map((carrier) => carrier.outlet),
              citations: statement.carriers.map((carrier) => ({
                outlet: carrier.outlet,
                passageId: carrier.passageId,
                title: carrier.title,
                date: carrier.date,
                text: carrier.text,
              })),
            })),
          }
        : {}),
    })),
  };
}

function outletLine(outlet: OutletCoverage): string {
  const parts = [
    outlet.outlet,
    outlet.titles.map((title) => `“${title}”`).join(', '),
    outlet.date ?? 'date not printed',
  ];
  if (outlet.creditedSource)
    parts.push(
      outlet.creditedSource === outlet.outlet
        ? `credits itself ("Source: ${outlet.creditedSource}")`
        : `credits ${outlet.creditedSource}`,
    );
  if (outlet.citesInText.length > 0) parts.push(`reports from ${outlet.citesInText.join(', ')}`);
  return parts.join(', ');
}

/** Numbered claims, each cited with every outlet that carries it and who speaks in it. */
function claimLines(claims: readonly Claim[]): string[] {
  return claims.flatMap((claim, index) => {
    const speakers = claim.speakers.length > 0 ? ` · speaking: ${claim.speakers.join(', ')}` : '';
    return [`  [${index + 1}] ${wrap(claim.text, 6)}`, `      — ${carriersLine(claim.carriers)}${speakers}`];
  });
}

/** How the outlets' coverage compares, for the terminal. */
export function formatCompare(result: CoverageComparison): string {
  if (!result.answered) return result.reason ?? 'Nothing to compare.';
  const subject = result.topic ? `"${result.topic}"` : 'the whole story';
  const all = result.outlets.length;
  const lines = [`How the outlets cover ${subject}`, '', 'Outlets:'];
  for (const outlet of result.outlets)
    lines.push(`  - ${outletLine(outlet)} (${outlet.claims} ${outlet.claims === 1 ? 'claim' : 'claims'})`);
  if (all >= 2) {
    lines.push(
      '',
      `Reported by all ${all} outlets (${result.shared.length}):`,
      ...(result.shared.length > 0 ? claimLines(result.shared) : ['  (nothing)']),
    );
  }
  if (result.partial.length > 0)
    lines.push('', `Reported by some (${result.partial.length}):`, ...claimLines(result.partial));
  for (const { outlet, claims } of result.only)
    lines.push('', `Only in ${outlet} (${claims.length}):`, ...claimLines(claims));
  return lines.join('\n');
}

function claimJson(claim: Claim): object {
  return {
    text: claim.text,
    speakers: claim.speakers,
    outlets: claim.carriers.map((carrier) => carrier.outlet),
    citations: claim.carriers.map((carrier) => ({
      outlet: carrier.outlet,
      passageIds: carrier.passageIds,
      title: carrier.title,
      date: carrier.date,
      text: carrier.text,
    })),
  };
}

export function compareJson(result: CoverageComparison): object {
  return {
    topic: result.topic,
    answered: result.answered,
    ...(result.answered ? {} : { reason: result.reason }),
    outlets: result.outlets.map((outlet) => ({
      outlet: outlet.outlet,
      titles: outlet.titles,
      date: outlet.date,
      byline: outlet.byline,
      creditedSource: outlet.creditedSource,
      citesInText: outlet.citesInText,
      claims: outlet.claims,
    })),
    shared: result.shared.map(claimJson),
    partial: result.partial.map(claimJson),
    only: result.only.map(({ outlet, claims }) => ({ outlet, claims: claims.map(claimJson) })),
  };
}
