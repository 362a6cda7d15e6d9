import { termOf } from './analyzer.ts';
import type { Concept } from './analyzeQuestion.ts';
import type { SearchEngine } from './engine.ts';
import { RELATION_WEIGHTS } from './wordNet.ts';

/**
 * "Which part of", "what branch of", "which arm of", "the particular unit within": a question for one unit of a body.
 */
const PART_OF =
  /\b(?:which|what|the)\s+(?:(?:particular|specific|exact|precise)\s+)?(?:part|parts|branch|arm|wing|section|bit|unit|division|department)\s+(?:of|within|inside)\b/i;
/** The kinds of unit a public body or an organisation is made of, as English names them. */
const UNIT_NOUNS = [
  'division',
  'department',
  'bureau',
  'directorate',
  'command',
  'office',
  'agency',
  'branch',
  'section',
  'unit',
  'ministry',
  'secretariat',
  'committee',
  'council',
  'centre',
  'center',
  'service',
];

/** Weight of the unit asked for: a common word's, below the body's own name. */
const UNIT_WEIGHT = 0.5;

/** A concept standing for the unit a "which part of" question asks for: the unit nouns the coverage uses. */
export function unitConcept(question: string, engine: SearchEngine): Concept | null {
  if (!PART_OF.test(question)) return null;
  const related = new Map<string, number>();
  for (const noun of UNIT_NOUNS) {
    const stem = termOf(noun)?.stem;
    if (stem && engine.documentFrequency.has(stem)) related.set(stem, RELATION_WEIGHTS.synonym);
  }
  if (related.size === 0) return null;
  return {
    label: 'part',
    phrasings: [],
    ownStems: [],
    related,
    weight: UNIT_WEIGHT,
    vague: false,
    absent: false,
    name: false,
    qualifier: false,
  };
}
