import { normalizeUnicode, straightenQuotes } from '../corpus/normalizeText.ts';
import { SPEAKERS, type SpeakerEntry } from './speakers.ts';
import type { SpeakerKind } from './types.ts';

/** A speaker as resolved: the table's entry, or a name the table does not know. */
export interface KnownSpeaker {
  canonical: string;
  kind: SpeakerKind;
  memberOf: string | null;
}

/** The speakers table indexed for look-up by any of its names. */
export interface SpeakerDirectory {
  /** Full names and names that identify a speaker anywhere. */
  byName(text: string): KnownSpeaker | null;
  /** Family names ("Putin"): the fallback when an article has not introduced the person itself. */
  byShortName(text: string): KnownSpeaker | null;
  /** Descriptions used with "the" ("NATO chief", "bloc"). */
  byDescription(text: string): KnownSpeaker | null;
  /** Every name, family name and description the table gives a speaker (empty for a speaker it does not list). */
  namesOf(canonical: string): readonly string[];
  /** A speaker and everyone who speaks for it, through `memberOf` at any depth (China: its Foreign Ministry, Mao Ning). */
  voicesOf(canonical: string): ReadonlySet<string>;
  /** Every canonical speaker of the table. */
  entries: readonly KnownSpeaker[];
}

/**
 * The form names are compared in: lowercase, no accents, straight apostrophes, "U.S." as "us", hyphens as
 * spaces, no leading "the". "Kim Seol-hwa", "kim seol hwa" and "KIM SEOL-HWA" have one key.
 */
export function nameKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= KEY_CACHE) keys.clear();
    key = computeKey(text);
    keys.set(text, key);
  }
  return key;
}

/** Names repeat across a corpus: their keys are kept, up to this many. */
const KEY_CACHE = 50_000;
const keys = new Map<string, string>();

function computeKey(text: string): string {
  return straightenQuotes(normalizeUnicode(text))
    .replace(/\b(?:\p{Lu}\.){2,}/gu, (acronym) => acronym.replaceAll('.', ''))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[-‐‑–]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export function createSpeakerDirectory(table: readonly SpeakerEntry[] = SPEAKERS): SpeakerDirectory {
  const names = new Map<string, KnownSpeaker>();
  const shortNames = new Map<string, KnownSpeaker | null>();
  const descriptions = new Map<string, KnownSpeaker>();
  const entries: KnownSpeaker[] = [];
  const allNames = new Map<string, string[]>();
  for (const entry of table) {
    allNames.set(entry.canonical, [
      entry.canonical,
      ...entry.names,
      ...(entry.shortNames ?? []),
      ...(entry.descriptions ?? []),
    ]);
    const speaker: KnownSpeaker = { canonical: entry.canonical, kind: entry.kind, memberOf: entry.memberOf ?? null };
    entries.push(speaker);
    for (const name of [entry.canonical, ...entry.names]) names.set(nameKey(name), speaker);
    // A family name shared by two listed people identifies neither.
    for (const name of entry.shortNames ?? []) {
      const key = nameKey(name);
      shortNames.set(key, shortNames.has(key) && shortNames.get(key)?.canonical !== speaker.canonical ? null : speaker);
    }
    for (const description of entry.descriptions ?? []) descriptions.set(nameKey(description), speaker);
  }
  return {
    byName: (text) => names.get(nameKey(text)) ?? null,
    byShortName: (text) => shortNames.get(nameKey(text)) ?? null,
    byDescription: (text) => descriptions.get(nameKey(text)) ?? null,
    namesOf: (canonical) => allNames.get(canonical) ?? [],
    voicesOf: (canonical) => {
      const voices = new Set([canonical]);
      for (let grew = true; grew;) {
        grew = false;
        for (const entry of entries) {
          if (entry.memberOf && voices.has(entry.memberOf) && !voices.has(entry.canonical)) {
            voices.add(entry.canonical);
            grew = true;
          }
        }
      }
      return voices;
    },
    entries,
  };
}

/** The table as shipped, built once. */
export const DEFAULT_DIRECTORY = createSpeakerDirectory();
