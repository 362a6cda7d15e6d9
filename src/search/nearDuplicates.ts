/** Passages sharing at least this share of their terms (Dice coefficient) report the same thing. */
export const NEAR_DUPLICATE_DICE = 0.7;
/** Terms in more passages than this are too common to propose candidate pairs. */
const CANDIDATE_MAX_POSTINGS = 64;

export interface TermSet {
  id: string;
  /** Passages of the same article are never grouped with each other. */
  articleId: string;
  terms: ReadonlySet<string>;
}

/** Dice coefficient of two term sets: 1 for the same words, 0 for none in common. */
export function termSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Groups of near-identical passages from different articles: the same report lightly reworded by
 * another outlet. Candidate pairs come from shared uncommon terms, so the cost stays near linear.
 * Returns each grouped passage's id mapped to every id in its group (itself included).
 */
export function nearDuplicateGroups(sets: readonly TermSet[]): Map<string, string[]> {
  const postings = new Map<string, number[]>();
  sets.forEach((set, index) => {
    for (const term of set.terms) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const parent = sets.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index] ?? index] ?? index;
    return index;
  };
  sets.forEach((set, index) => {
    const sharedCounts = new Map<number, number>();
    for (const term of set.terms) {
      const list = postings.get(term) ?? [];
      if (list.length > CANDIDATE_MAX_POSTINGS) continue;
      for (const other of list) if (other > index) sharedCounts.set(other, (sharedCounts.get(other) ?? 0) + 1);
    }
    for (const [other, shared] of sharedCounts) {
      const otherSet = sets[other];
      if (!otherSet || otherSet.articleId === set.articleId || shared < set.terms.size * 0.3) continue;
      if (termSimilarity(set.terms, otherSet.terms) >= NEAR_DUPLICATE_DICE) parent[root(other)] = root(index);
    }
  });
  const members = new Map<number, string[]>();
  sets.forEach((set, index) => {
    const group = members.get(root(index));
    if (group) group.push(set.id);
    else members.set(root(index), [set.id]);
  });
  const groups = new Map<string, string[]>();
  for (const group of members.values()) if (group.length > 1) for (const id of group) groups.set(id, group);
  return groups;
}

/**
 * The groups with passages added to the corpus (after every passage already grouped, all of one new article):
 * each joins the group of every earlier passage it nearly duplicates, by the test nearDuplicateGroups applies
 * (candidates through terms in at most CANDIDATE_MAX_POSTINGS passages, counting the new ones). `passagesWith`
 * gives the passages whose text holds a term, `order` each passage's place in the corpus.
 */
export function groupsWithPassages(
  groups: ReadonlyMap<string, string[]>,
  added: readonly TermSet[],
  lookUp: {
    /** In how many passages a term is, the added ones included. */
    passageCount: (term: string) => number;
    passagesWith: (term: string) => readonly string[];
    termsOf: (id: string) => ReadonlySet<string> | undefined;
    articleOf: (id: string) => string | undefined;
    order: (id: string) => number;
  },
): Map<string, string[]> {
  const next = new Map(groups);
  for (const set of added) {
    const sharedCounts = new Map<string, number>();
    for (const term of set.terms) {
      if (lookUp.passageCount(term) > CANDIDATE_MAX_POSTINGS) continue;
      for (const other of lookUp.passagesWith(term))
        if (lookUp.articleOf(other) !== set.articleId) sharedCounts.set(other, (sharedCounts.get(other) ?? 0) + 1);
    }
    const members = new Set([set.id]);
    for (const [other, shared] of sharedCounts) {
      const otherTerms = lookUp.termsOf(other);
      // The earlier passage's share, as nearDuplicateGroups counts it for a pair.
      if (!otherTerms || shared < otherTerms.size * 0.3) continue;
      if (termSimilarity(otherTerms, set.terms) < NEAR_DUPLICATE_DICE) continue;
      for (const member of next.get(other) ?? [other]) members.add(member);
    }
    if (members.size === 1) continue;
    const group = [...members].sort((a, b) => lookUp.order(a) - lookUp.order(b));
    for (const id of group) next.set(id, group);
  }
  return next;
}

/**
 * The groups with `removed` passages taken out (an article removed from the corpus). What is left of a group is
 * grouped again among itself, so a passage that alone linked two others that are not alike no longer holds them
 * together; a group left with one passage is no group.
 */
export function groupsWithoutPassages(
  groups: ReadonlyMap<string, string[]>,
  removed: ReadonlySet<string>,
  lookUp: { termsOf: (id: string) => ReadonlySet<string> | undefined; articleOf: (id: string) => string | undefined },
): Map<string, string[]> {
  const next = new Map(groups);
  for (const id of removed) {
    const group = next.get(id);
    if (!group) continue;
    for (const member of group) next.delete(member);
    const kept = group
      .filter((member) => !removed.has(member))
      .map((member) => ({
        id: member,
        articleId: lookUp.articleOf(member) ?? '',
        terms: lookUp.termsOf(member) ?? new Set<string>(),
      }));
    for (const [member, regrouped] of nearDuplicateGroups(kept)) next.set(member, regrouped);
  }
  return next;
}
