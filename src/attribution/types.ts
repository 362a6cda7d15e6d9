/** Who a speaker is: a named person, or a body that speaks as one (ministry, alliance, outlet, government). */
export type SpeakerKind = 'person' | 'institution' | 'outlet' | 'state';

/** Characters [start, end) of a passage's text. */
export interface Span {
  start: number;
  end: number;
}

/** One attributed statement: what a speaker said, as one article reports it. */
export interface Statement {
  /** `${passageId}~${n}`: stable for the same corpus. */
  id: string;
  /** Canonical name: the same person or body across every article. */
  speaker: string;
  speakerKind: SpeakerKind;
  /** The role or affiliation as the article gives it ("Chinese Foreign Ministry spokeswoman"); null when it gives none. */
  role: string | null;
  /** How the article names the speaker at this statement: "he", "the Foreign Ministry official", "Mao". */
  mention: string;
  /** Exactly `passage.text.slice(span.start, span.end)`: the quotation without its marks, or the reported clause. */
  text: string;
  /** 'quote' when the whole statement is a quotation; 'reported' for reported speech, which may hold quoted fragments. */
  kind: 'quote' | 'reported';
  /** The reporting verb as written ("said", "adding", "according to"); null for a quotation that continues an earlier one. */
  verb: string | null;
  /** Who carried the words when the article says so ("in remarks reported by KCNA"): canonical name. */
  via: string | null;
  passageId: string;
  articleId: string;
  span: Span;
}
