/**
 * A video page's caption track as copied with the page: a time on a line of its own, then the few words shown at
 * that time ("0:05" / "the nato summit here in vilnius wrapped up"), or both on one line ("0:05 the nato summit
 * ..."), or a subtitle file's numbered and timed cues. Each fragment is too short to be read as prose, so the track is
 * put back together as paragraphs: a new one
 * where the captions pause (a cut between chapters) or when one grows to a passage's length. Sound cues ("[Music]")
 * are dropped.
 */

/** Switches for the rules here, so that a test can show what each one does. */
export const CAPTION_RULES = { voices: true };

/** "0:05", "12:41", "1:02:33": a caption's start time. */
const CAPTION_TIME = /^\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s*$/;
/** The time and the words on one line: "0:05 the nato summit ...". */
const TIMED_LINE = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2})\s+(\S.*)$/;
/**
 * A subtitle file's cue (SRT, WebVTT): its number on a line of its own (optional in WebVTT), its timing
 * ("00:00:08,000 --> 00:00:11,640", settings may follow), then its text over one or more lines up to a blank one.
 */
const CUE_NUMBER = /^\s*\d+\s*$/;
const CUE_TIMING =
  /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?(?:\s.*)?$/;
/** A WebVTT voice or style tag around a cue's words: "<v Kellner>", "</i>". */
const CUE_TAG = /<\/?[a-z][^>]*>/gi;
/** A WebVTT voice tag names who speaks the cue: "<v Rina Hosokawa>", "<v.loud Kellner>". */
const VOICE_TAG = /<v(?:\.[\w.-]+)?\s+([^>]+)>/i;
/** A sound cue in place of words: "[Music]", "[Applause]", "(laughter)". */
const SOUND_CUE = /^\s*[[(][\p{L}\s]{1,20}[\])]\s*$/u;
/** Fewer timed fragments in a row are a chapter list or a schedule, not a caption track. */
const MIN_CAPTIONS = 8;
/** Captions are shown every few seconds: a longer silence between two is a cut. */
const PAUSE_SECONDS = 8;
/**
 * A paragraph of captions closes at a caption's end once it holds this many words, at a sentence's end when the
 * captions have punctuation, and at twice as many whatever they end with.
 */
const PARAGRAPH_WORDS = 45;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

interface Caption {
  /** Start time in seconds. */
  at: number;
  text: string;
  /** The raw lines the caption took: one or two. */
  lines: number;
  /** Who speaks it, when a subtitle file's voice tag says so. */
  voice?: string;
}

function secondsOf(time: string): number {
  const [, hours, minutes, seconds] = CAPTION_TIME.exec(time) ?? [];
  return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/** The subtitle cue starting at line `at` with the blank lines after it, or null when none does. */
function cueAt(rawLines: readonly string[], at: number): Caption | null {
  let line = at;
  if (CUE_NUMBER.test(rawLines[line] ?? '') && CUE_TIMING.test(rawLines[line + 1] ?? '')) line++;
  const timing = CUE_TIMING.exec(rawLines[line] ?? '');
  if (!timing?.[1]) return null;
  const words: string[] = [];
  let voice: string | undefined;
  for (line++; line < rawLines.length && (rawLines[line] ?? '').trim() !== ''; line++) {
    if (CUE_TIMING.test(rawLines[line] ?? '')) break;
    voice ??= VOICE_TAG.exec(rawLines[line] ?? '')?.[1]?.trim();
    words.push((rawLines[line] ?? '').replace(CUE_TAG, '').trim());
  }
  while (line < rawLines.length && (rawLines[line] ?? '').trim() === '') line++;
  const cue = { at: secondsOf(timing[1]), text: words.join(' ').trim(), lines: line - at };
  return voice && CAPTION_RULES.voices ? { ...cue, voice } : cue;
}

/** The caption starting at line `at`, or null when none does. */
function captionAt(rawLines: readonly string[], at: number): Caption | null {
  const cue = cueAt(rawLines, at);
  if (cue) return cue;
  const line = rawLines[at] ?? '';
  const timed = TIMED_LINE.exec(line);
  if (timed?.[1] && timed[2] && /\p{L}/u.test(timed[2]))
    return { at: secondsOf(timed[1]), text: timed[2].trim(), lines: 1 };
  if (!CAPTION_TIME.test(line)) return null;
  const next = rawLines[at + 1] ?? '';
  if (next.trim() === '' || CAPTION_TIME.test(next) || TIMED_LINE.test(next)) return null;
  return { at: secondsOf(line), text: next.trim(), lines: 2 };
}

/**
 * The captions of a track that are shown rather than spoken: in a track that has lower-case words, one all in
 * capitals ("CH9 ASIA NEWS · THE WORLD TONIGHT", a title card); in one with punctuation, those after the last
 * sentence's end that end none themselves (the closing credits: "Subtitles: ...", "Watch the full bulletin at ...").
 */
function unspokenCaptions(track: readonly Caption[], punctuated: boolean): Set<number> {
  const unspoken = new Set<number>();
  const spoken = (caption: Caption) => caption.text !== '' && !SOUND_CUE.test(caption.text);
  if (track.some((caption) => /\p{Ll}/u.test(caption.text)))
    track.forEach((caption, index) => {
      if (spoken(caption) && /\p{Lu}.*\p{Lu}/u.test(caption.text) && !/\p{Ll}/u.test(caption.text)) unspoken.add(index);
    });
  if (punctuated) {
    const lastEnd = track.findLastIndex((caption) => spoken(caption) && SENTENCE_END.test(caption.text));
    for (let index = lastEnd + 1; index < track.length; index++) if (spoken(track[index]!)) unspoken.add(index);
  }
  return unspoken;
}

/**
 * The lines with each caption track of at least MIN_CAPTIONS captions made into paragraphs, other lines as they
 * were; and those paragraphs, which end where the captions paused rather than where a sentence does.
 */
export function joinedCaptions(rawLines: readonly string[]): { lines: string[]; paragraphs: Set<string> } {
  const out: string[] = [];
  const paragraphs = new Set<string>();
  const close = (words: string[]) => {
    const paragraph = words.join(' ');
    paragraphs.add(paragraph);
    out.push(paragraph, '');
  };
  for (let i = 0; i < rawLines.length;) {
    const track: Caption[] = [];
    for (let at = i, caption = captionAt(rawLines, at); caption; caption = captionAt(rawLines, at)) {
      track.push(caption);
      at += caption.lines;
    }
    if (track.length < MIN_CAPTIONS) {
      out.push(rawLines[i] ?? '');
      i++;
      continue;
    }
    let paragraph: string[] = [];
    let last = track[0]?.at ?? 0;
    let voice: string | undefined;
    // Captions written with punctuation (a subtitle file) close a long paragraph where a sentence ends.
    const punctuated = track.some((caption) => SENTENCE_END.test(caption.text));
    const unspoken = unspokenCaptions(track, punctuated);
    for (const [index, caption] of track.entries()) {
      if (unspoken.has(index)) {
        // A title card or a closing credit is put on a line of its own, for the cleaner to judge as any other line.
        if (paragraph.length > 0) close(paragraph);
        paragraph = [];
        out.push(caption.text, '');
        i += caption.lines;
        continue;
      }
      const paused = caption.at - last > PAUSE_SECONDS;
      const words = paragraph.join(' ').split(/\s+/).length;
      const full =
        words >= PARAGRAPH_WORDS * 2 ||
        (words >= PARAGRAPH_WORDS && (!punctuated || SENTENCE_END.test(paragraph.at(-1) ?? '')));
      // Another voice is another turn: its paragraph opens with the speaker's name, as a transcript labels it.
      const turn = caption.voice !== undefined && caption.voice !== voice;
      if (paragraph.length > 0 && (paused || full || turn)) {
        close(paragraph);
        paragraph = [];
      }
      if (caption.voice !== undefined) voice = caption.voice;
      if (caption.text !== '' && !SOUND_CUE.test(caption.text))
        paragraph.push(paragraph.length === 0 && voice !== undefined ? `${voice}: ${caption.text}` : caption.text);
      last = caption.at;
      i += caption.lines;
    }
    if (paragraph.length > 0) close(paragraph);
  }
  return { lines: out, paragraphs };
}
