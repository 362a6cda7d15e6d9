/**
 * A video page's caption track as copied with the page: a time on a line of its own, then the few words shown at
 * that time ("0:05" / "the nato summit here in vilnius wrapped up"), or both on one line ("0:05 the nato summit
 * ..."). Each fragment is too short to be read as prose, so the track is put back together as paragraphs: a new one
 * where the captions pause (a cut between chapters) or when one grows to a passage's length. Sound cues ("[Music]")
 * are dropped.
 */

/** "0:05", "12:41", "1:02:33": a caption's start time. */
const CAPTION_TIME = /^\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s*$/;
/** The time and the words on one line: "0:05 the nato summit ...". */
const TIMED_LINE = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2})\s+(\S.*)$/;
/** A sound cue in place of words: "[Music]", "[Applause]", "(laughter)". */
const SOUND_CUE = /^\s*[[(][\p{L}\s]{1,20}[\])]\s*$/u;
/** Fewer timed fragments in a row are a chapter list or a schedule, not a caption track. */
const MIN_CAPTIONS = 8;
/** Captions are shown every few seconds: a longer silence between two is a cut. */
const PAUSE_SECONDS = 8;
/** A paragraph of captions closes at a caption's end once it holds this many words. */
const PARAGRAPH_WORDS = 45;

interface Caption {
  /** Start time in seconds. */
  at: number;
  text: string;
  /** The raw lines the caption took: one or two. */
  lines: number;
}

function secondsOf(time: string): number {
  const [, hours, minutes, seconds] = CAPTION_TIME.exec(time) ?? [];
  return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/** The caption starting at line `at`, or null when none does. */
function captionAt(rawLines: readonly string[], at: number): Caption | null {
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
    for (const caption of track) {
      const paused = caption.at - last > PAUSE_SECONDS;
      if (paragraph.length > 0 && (paused || paragraph.join(' ').split(/\s+/).length >= PARAGRAPH_WORDS)) {
        close(paragraph);
        paragraph = [];
      }
      if (!SOUND_CUE.test(caption.text)) paragraph.push(caption.text);
      last = caption.at;
      i += caption.lines;
    }
    if (paragraph.length > 0) close(paragraph);
  }
  return { lines: out, paragraphs };
}
