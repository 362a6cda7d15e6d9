/**
 * Page chrome, described by phrasing rather than by the pages we happen to have.
 * Extend these lists when a new outlet's layout leaks through; each entry is a
 * pattern for a whole family of lines, not one known line.
 */

/** A short line over an advertiser's block (to the next blank line): "PRESENTED BY", "A word from our sponsor". */
export const SPONSOR_MARKER =
  /^(presented by|sponsored by|brought to you by|in partnership with|(a )?(word|message) from (our|this week's|today's) sponsors?|(today's|this week's|our) sponsors?)$/i;

/** A label saying what follows is paid for: "SPONSORED CONTENT", "Promoted", "Partner content", "Advertorial". */
export const SPONSORED_LABEL =
  /^(?:sponsored|promoted|paid|partner|branded)(?:\s+(?:content|post|story|message|feature|partner\s+content))?$|^(?:advertorial|advertisement\s+feature)$/i;

/** A comment box's heading: "Comments (3)", "Leave a reply", "Join the conversation". */
export const COMMENTS_MARKER = /^(comments?( \(\d+\))?|leave a (comment|reply)|join the (conversation|discussion))$/i;

/** The notes and references closing a commentary or a paper: citations, not coverage. */
export const NOTES_MARKER = /^(notes|end ?notes|foot ?notes|references|bibliography)$/i;

/** A short line that opens a list of other stories or of page furniture. */
export const SECTION_MARKERS: RegExp[] = [
  SPONSOR_MARKER,
  /^related( news| articles?| stories| posts| content| coverage| topics)?$/i,
  /^(most|more) (read|popular|viewed|shared|commented)( stories| articles)?$/i,
  /^read (next|more|also)$/i,
  /^(also read|see also|don'?t miss|in other news|watch next|up next|what to read next)$/i,
  /^more (from|on|in|stories|news|articles)\b.{0,30}$/i,
  /^recommended( for you| stories| articles)?$/i,
  /^you (may|might) (also )?(like|be interested in|have missed)$/i,
  /^(trending|trending now|latest|latest news|latest stories|top stories|editor'?s picks?|popular|must read)$/i,
  /^(breaking|breaking news|live updates|just in|news ticker)$/i,
  /^(tags?|topics|keywords|filed under|categories)$/i,
  COMMENTS_MARKER,
  /^explore more on (these|this) topics?$/i,
  NOTES_MARKER,
];

/** Whole short lines that are page furniture on their own but do not open a list: the article goes on after them. */
export const CHROME_LINES: RegExp[] = [
  /^(sponsored|advertisement|advert|ad|promoted|partner content)( content| stories)?$/i,
  /^(share|share this( article| story| page)?|share on \w+|reuse this content|print|email|copy link|save|listen( to this article)?)$/i,
  /^(live|watch|video|audio|gallery|photos?)$/i,
  /^(skip to (main )?(content|navigation)|sign in|log in|sign up|register|subscribe|search|menu|close|accept( all)? cookies|back to top)$/i,
  /^(print subscriptions|search jobs|newsletters?|podcasts?)$/i,
  /^(load|show|see|view) more( updates| stories| articles| posts| news)?$/i,
];

/**
 * Credits and standards lines at the foot of wire stories: "Reporting by ...", and the contributors' line a wire
 * story ends with ("Associated Press writer Jane Roe in Tokyo contributed to this report.").
 */
export const CREDIT_LINE =
  /^((additional )?reporting|writing|editing|compiled|produced|translated) by\b|\bcontributed( reporting)? to this (report|story|article)\.?$/i;

/**
 * Words a line holds in this order, anything between them. Read in one pass each (matchesPhrase), where a pattern
 * `a.*b` would rescan the rest of the line after every `a`: a long line repeating "receive" took minutes.
 */
export type WordsInOrder = readonly RegExp[];
/** A chrome phrase: one pattern, or word sequences of which any one is on the line, in its order. */
export type ChromePhrase = RegExp | readonly WordsInOrder[];

/** Phrases that only site furniture uses: share/follow/subscribe prompts, legal footers, app and membership pitches. */
export const CHROME_PHRASES: ChromePhrase[] = [
  /\bclick (here|the share button|to share)\b/i,
  /\bshare (this|the) (article|story|page|post)\b/i,
  /\b(repost|share) (and share )?widely\b/i,
  /\bemail\/forward\b/i,
  /\bfollow us (on|at)\b/i,
  // "Follow Manila Meridian on Facebook, X and Viber for the latest news."
  /\bfollow\s+[\p{Lu}@][\p{L}\p{N}@_ .&'-]{0,40}\s+on\s+(facebook|x|twitter|instagram|telegram|viber|whatsapp|line|kakaotalk|linkedin|youtube|tiktok|threads|bluesky)\b/iu,
  // Telegram's web preview under a post: "If you have Telegram, you can view and join Pacific Sentinel right away."
  /\byou can view and join\b.{1,60}\bright away\b/iu,
  /^[*_]*thanks for reading\b/i,
  // A publisher's note on the article itself: "Correction: An earlier version of this story said ...".
  /^[*_]*(corrections?|clarifications?|editor['’]?s note)\s*:.*\b(an? )?(earlier|previous|original) version of this (article|story|report|explainer|piece|post)\b/i,
  // A wire's note of what this version changed: "(Corrects paragraph 4 to show ...; adds Chinese reaction ...)".
  /^\(\s*(?:corrects|adds|updates|recasts|changes|fixes|removes|rewrites|refiles|repeats|clarifies|writes through)\b[^()]*\)\s*\.?$/i,
  // A fact-check's or a report's list of its sources, one after another: "Sources: AUKUS joint leaders' statement,
  // 13 March 2023; Department of Defence fact sheet; ...". (One credited source, "Source: RT", is the page's own.)
  /^[*_]*sources\s*:[^;]+;[^;]+/i,
  // A bio box's label: "About the interviewee: Han Seo-yeon chairs ...", "About the author: ...".
  /^[*_]*about the (?:author|authors|interviewee|writer|contributor|guest|speaker)s?\s*[:.]/i,
  // A site's blurb of its own episode or video: "Episode description: Fresh from NATO's summit, ...", "Show notes: ...".
  /^[*_]*(?:(?:episode|show|video|podcast|programme|program) (?:description|summary|notes)|about this (?:episode|show|podcast|video|programme|program))\s*[:.-]/i,
  // A forum poster's summary of the link they post, which forums ask for: "Submission statement: The Times says ...".
  /^[*_]*submission statement\s*[:.-]/i,
  // An aggregator's note on its summaries: "Read the full articles at the sources linked."
  /\bread the full (?:articles?|stories|story|reports?) (?:at|on|from) (?:the|their|its|our)\b/i,
  // A translator's note ("[TN4] Known in China as ..."): the translator's aside, not the report.
  /^\[(?:TN|T\/N|TL|translator['’]?s note)\s*\d*\]/i,
  // Not "subscribe to the view that ...".
  /\bsubscribe (to|for) (our|us)\b|\bsubscribe to the (newsletter|podcast|channel|show|magazine|paper|print|digital)\b/i,
  /\b(daily|weekly|free) newsletter\b/i,
  /\bsign up (for|to) (our|the)\b/i,
  // A publication's note on its own text, standing alone: "This interview has been edited for length and clarity."
  // (At the end of an interview's introduction it is left with the paragraph: the introduction is the article's.)
  // Not "Transcripts ... may contain errors": as chrome it moved where a sealed page's outlet and headline were read.
  /^[*_>(\s]*(?:(?:this|the|our) (?:interview|conversation|transcript|exchange|q&a) (?:has|have) been (?:lightly |condensed and )?edited|(?:lightly )?edited for (?:length|clarity|brevity))\b/i,
  // A sponsor's line set into a podcast's page or a newsletter: "This episode is supported by ...", "Support for The
  // Wider Pacific comes from ...", "Sponsored: ...".
  /\bthis (episode|podcast|show|newsletter|programme|program|edition) is (supported|sponsored|brought to you|presented) by\b|^[*_]*support for .{1,60} comes from\b|^[*_]*sponsored\s*:/i,
  // A listener's or reader's appeal: "a reader-supported publication", "a listener-supported service".
  /\b(reader|listener|viewer|member)-supported\b/i,
  // Korean sites' copyright mark and notice: "ⓒ The Hanbit Herald. Unauthorized reproduction and redistribution prohibited."
  // (The notice only with its ban: "accused of unauthorized copying of missile designs" is a report.)
  /ⓒ/,
  [[/\bunauthori[sz]ed (reproduction|redistribution|copying)\b/i, /\b(prohibited|forbidden|not permitted)\b/i]],
  /\b(this|our) (site|website) uses cookies\b|\blog in or register\b|\brate (and|&) review\b/i,
  // A translation's or a paywall's note: "The Japanese text is authoritative.", "This article is for Premium members.",
  // "[Transcript continues in the full version for members.]", "our weekly subscriber-only newsletter".
  /\b(text|original|version) (is|shall be) authoritative\b|\bis for (free |paid |premium |registered |paying )?(members|subscribers)( only)?\b(?!\s+of\b)|\bfull version for (\w+ )?(members|subscribers)\b|\bsubscriber-only\b/i,
  // A newsletter's, an app's, a chat's and a licence's own lines.
  // (An app named in a report, "told not to download the TikTok app", is no prompt: the prompt opens a sentence.)
  /\breply to this (e-?mail|newsletter)\b|(^|[.?!]\s)[^\p{L}]*download the \S+( \S+)? app\b|\bmessages and calls are end-to-end encrypted\b|\bcreative commons\b/iu,
  // The comment box's notice, opening a line: "Comments are closed on this article.", "Commenting has been disabled".
  /^[*_\s]*(?:readers?['’]?\s+)?(?:comments?|commenting|replies)(?: (?:on|for|to) this (?:article|story|post|page|piece|segment))? (?:are|is|have been|has been) (?:now )?(?:closed|disabled|turned off|switched off)\b/i,
  // A blog's and a social post's sign-offs: "This blog is now closed.", "give it a clap and follow me".
  /\bthis (live )?blog is (now )?closed\b|\bgive it a clap\b|^[*_]*support (the|this|our) (channel|show|podcast)\b|^[*_]*captioning (by|provided)\b/i,
  // Logins, reuse terms, pledges and print pick-ups: "Log in with your Ashbury ID to comment", "This newsletter ... may
  // not be reproduced", "Make your year-end gift today", "Pick up a print copy every Wednesday", "Renew online".
  /\blog ?in (with your \S+ id )?to (comment|follow|reply|post)\b|\bmay not be (reproduced|republished|redistributed)\b|\bmake your (year-end |tax-deductible )?(gift|donation)\b|\bpick up (a|your) (free )?(print )?copy\b|\brenew online\b/i,
  // A text-message service's own lines: "Text STOP to 2366 to unsubscribe", "Reply STOP to opt out".
  /\b(text|reply|send|sms) stop\b|\bto unsubscribe\b/i,
  // Newsletter boxes and audio widgets inside the article: "Get the day's top stories in your inbox", "Enter your email".
  /\b(in|to) your inbox\b/i,
  /^(enter|type) your (email|e-mail)\b/i,
  /^listen to (this|the) (article|story|report)\b/i,
  // A browser's or a site's machine-translation banner: "This page has been translated automatically from French.",
  // "Translated by machine. The translation may contain errors.", "Show original".
  /\b(page|article|text|post) (has been|was|is) (automatically|machine[- ])translated\b|\btranslated (automatically|by machine|by (google|a machine|machine translation))\b|^show original\b/i,
  [
    [/\bnewsletter\b/i, /\b(sign|subscribe|receive)\b/i],
    [/\b(sign|subscribe|receive)\b/i, /\bnewsletter\b/i],
  ],
  /\ball rights reserved\b/i,
  /\bcopyright\s*(©|\(c\)|\d{4})|©\s*\d{4}|©\s*\S/i,
  /\bcopyrighted material\b/i,
  [
    [/\bfair use\b/i, /\b(copyright|material)\b/i],
    [/\bcopyright\b/i, /\bfair use\b/i],
  ],
  /\bsole responsibility of the author/i,
  // "The views expressed in this commentary are the author's own and do not necessarily reflect those of ..."
  [
    [/\b(views|opinions)\b/i, /\bexpressed\b/i, /\bnot necessarily\b/i],
    [/\b(views|opinions)\b/i, /\bexpressed\b/i, /\b(author|authors|writer|contributor)['’]?s?\s+own\b/i],
    // "The views expressed are those of the speakers and do not represent the Council."
    [/\b(views|opinions)\b/i, /\bexpressed\b/i, /\bdo(es)?\s+not\s+(necessarily\s+)?(represent|reflect)\b/i],
    // "... should be understood to be solely those of the author(s)."
    [/\b(views|opinions)\b/i, /\bexpressed\b/i, /\b(solely|only|entirely) those of the (author|writer|contributor)/i],
    // "All views on this blog are his own and do not represent any government."
    [
      /\b(views|opinions)\b/i,
      /\b(are|is)\s+(his|her|their|my|our)\s+own\b/i,
      /\bdo(es)?\s+not\s+(necessarily\s+)?(represent|reflect)\b/i,
    ],
  ],
  // A company's safe-harbour notice under its release: "This press release contains forward-looking statements that
  // reflect management's current expectations. Actual results may differ materially ..."
  [
    [
      /\bforward-looking statements?\b/i,
      /\b(actual results|differ materially|undue reliance|no obligation to update|current expectations)\b/i,
    ],
  ],
  // A research body's note on itself: "The Institute does not take institutional policy positions".
  /\bdoes not take (institutional |any )?(policy )?positions\b/i,
  // A paywall's pitch set into the article: "You have reached your limit of free articles", "Already a subscriber? Log in".
  /\bsubscribe (now|today)\b|\balready (a|an) (subscriber|member)\b|\b(start|begin|get) (your|a) free trial\b|\bcancel any ?time\b/i,
  /\brequires an? (paid )?subscription\b|\bthis is an? (premium|members?-only|subscriber-only) (article|story)\b/i,
  // "This article is for free members. You can read the rest by registering.", "Purchase this article or log in".
  /\b(read|see|continue reading) the rest\b[^.]*\b(regist|subscri|sign|log)|\bis for (free |paid )?(members|subscribers)( only)?\b(?!\s+of\b)/i,
  /\bpurchase (this|the) (article|story|issue)\b|\b(full[- ]text|full) access is (available|provided)\b|\blog ?in to (check|read|continue|access)\b/i,
  // A transcript's note on itself: "This transcript was generated automatically ... check against the audio".
  /\bthis transcript (was|has been|is|may)\b|\bcheck against (the )?(audio|video|recording|delivery)\b/i,
  // A newsroom's call for tips: "Have a tip? Contact the desk via Signal", "Send us your tips".
  /^[*_]*(have|got) a (news )?tip\b|\bsend us (a |your )?(news )?tips?\b|\btip ?line\b/i,
  // A fact-checker's badge: "... is a verified signatory of the IFCN Code of Principles."
  /\bsignatory of the\b[^.]*\bcode of principles\b/i,
  // A forum's own lines around a pasted article: its moderator bot, its rules, the poster's edit notes.
  /\bthis action was performed automatically\b|\bplease (read|check) the (sidebar|subreddit|community|forum) rules\b|\bread the sidebar\b/i,
  /^[*_]*edit( ?\d+)?\s*:/i,
  [[/\byou(r)?\b/i, /\bfree (articles?|stories)\b/i]],
  // The page's own technical notices: "Please check your connection and refresh the page.", "Your browser does not
  // support the <audio> element."
  /\b(enable|turn on) javascript\b|\b(refresh|reload) (the|this) page\b|\b(upgrade|update) your browser\b|\byour browser (does not|doesn['’]t) support\b/i,
  /^[*_]*disclaimer\b/i,
  /^note to readers\b/i,
  /\bprivacy (policy|notice|settings)\b/i,
  /\bterms (of|and) (use|service|conditions)\b/i,
  /\bcookie (policy|settings|preferences)\b|\bwe use cookies\b/i,
  // The pitch, not a report of someone who would or did join ("Japan has no plan to become a member").
  /(?<!\b(?:to|will|would|could|can|cannot|may|might|must|should|shall|not|never|did|does|do|had|has|have)\s+)\b(become|join as) a (member|subscriber|patron)\b/i,
  /\b(support|donate to) (us|our (work|journalism))\b/i,
  // "Comment on this article", "Comment on Facebook"; not a report that someone declined to comment on one.
  /^[*_]*comment on\b|\bcomment on (this|our) (articles?|story|page|post)\b|\bcomment on facebook\b/i,
  /\bcan be read in \d+ languages\b|\btranslate (this )?website\b/i,
  /\bdownload (our|the) app\b|\b(get it on|available on) (google play|the app store)\b|\bon (ios|iphone) (or|and) android\b/i,
  /\b(media|press|advertising) (inquiries|enquiries)\b/i,
  /\b(contact|about) us\b/i,
  /\bthis (article|story) is more than \d+ (years?|months?) old\b/i,
  /^our standards\b/i,
  // An e-mail's own lines: "View this email in your browser", "You are receiving this email because you subscribed".
  /\bview this (e-?mail|newsletter) in (your|a|the) browser\b|\byou(['’]re| are) receiving this (e-?mail|newsletter)\b/i,
  // A translation's note on itself: "Translations are provided for convenience ... the Korean original prevails."
  [[/\btranslat(ions?|ed)\b/i, /\b(for (your )?convenience|original (text |version )?(prevails|shall prevail))\b/i]],
  /\bgrants? permission to (cross-post|republish|repost)\b/i,
  // A repost's note about where the article first ran: "Originally published at X.", "Republished with permission.",
  // and a paper's note on its print edition: "This article appeared in the Thursday print edition of ...".
  /^(this (article|story|post|piece) (was |is )?)?(originally|first) (published|appeared|posted) (at|on|in|by)\b/i,
  /^(a version of )?this (article|story) (was |is )?(published|appeared|ran) (at|on|in)\b.*\b(print|edition|page)\b/i,
  /\b(republished|reproduced|reprinted) (here )?with (the )?permission\b|\bnot responsible for the content\b/i,
  /\bwill not be responsible for any inaccurate\b/i,
  // An e-mail address. It starts only where a run of its characters starts (`\b[\w.+-]+@` tried every word
  // boundary inside a long dotted token, rescanning the rest each time); the run needs a letter or digit.
  /(?<![\w.+-])[.+-]*\w[\w.+-]*@[\w-]+\.[\w.]+\b/,
];

const LINE_BREAKS = /[\n\r\u2028\u2029]/;

/** Whether a line has a chrome phrase, in time linear in its length. */
export function matchesPhrase(phrase: ChromePhrase, line: string): boolean {
  if (phrase instanceof RegExp) return phrase.test(line);
  // Like `.` in a pattern, the words between do not cross a line break.
  return line.split(LINE_BREAKS).some((segment) => phrase.some((words) => inOrder(segment, words)));
}

/** Each word found after the end of the one before it (the first one found is the earliest to end). */
function inOrder(text: string, words: WordsInOrder): boolean {
  let from = 0;
  for (const word of words) {
    const found = word.exec(text.slice(from));
    if (!found) return false;
    from += found.index + found[0].length;
  }
  return true;
}

/** Brackets at a line's end holding nothing but a link, in markdown or HTML: "([View Highlight](https://...))". */
export const LINKED_TAIL = /\(\s*(?:\[[^\]]*\]\([^)]*\)|<a\s[^>]*>[^<]*<\/a>)\s*\)\s*$/i;

/**
 * Parenthesised credit at the very end of an image caption: "(AP)", "(Reuters/John Smith)", "(Screengrab)", and a
 * handout passed on by a wire: "(Korean Central News Agency/Korea News Service via AP)"; a broadcaster's "(ANB News: Tom
 * Kirkwood)", "(Supplied: Department of Defence)" (not a note's "(Source: NATO)", nor a gallery's "(Photo: A. Berg)", which
 * closes its text).
 */
export const CAPTION_CREDIT =
  /\((?:[A-Z][\p{L}.&'/ -]{0,40}|[A-Z][\p{L}.&'/ -]{0,80} via [A-Z][\p{L}.&' -]{0,30}|photo[^)]{0,40}|file[^)]{0,20}|(?!(?:Sources?|Note|See|Read|Updated?|Correction|Editor|Disclosure|Via|Photos?|Pictures?|Images?|Video)\b)[A-Z][\p{L}.&' -]{0,30}:\s*[A-Z][\p{L}.&' -]{0,40})\)\s*$/u;

/** Lines that introduce or credit an image. */
export const CAPTION_PREFIX =
  /^(featured image|image|photo|picture|file photo|caption|illustration)( (is|was))?( from| by| credit| courtesy| source,?| caption,?|:)/i;

/**
 * A caption's label standing alone, the caption on the next line, as some broadcasters' pages dump it ("Image
 * caption," then the caption).
 */
export const CAPTION_LABEL = /^((image|photo|picture|video) )?(caption|description)\s*[,:]?$/i;

/** A gallery position or an image's label opening a caption: "[1/2]", "[Photo]", "Item 1 of 2 Japan's ...". */
export const GALLERY_COUNTER =
  /^\[(?:\d{1,2}\/\d{1,2}|photo|image|picture|graphic)\]|^(?:item|photo|image|slide|picture)\s+\d{1,2}\s+of\s+\d{1,2}\s+\p{Lu}/iu;

/**
 * A wire photographer's credit closing a caption: an agency in capitals, a slash and the photographer, perhaps
 * more slashed parts and a licensing link: "REUTERS/Issei Kato/Pool/File Photo Acquire Licensing Rights"; or the
 * licensing link alone after another credit ("Pool via Reuters Purchase Licensing Rights").
 */
export const WIRE_PHOTO_CREDIT =
  /\b\p{Lu}{2,}\/\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){0,3}(?:\/[\p{L} ]{2,20}){0,3}(?:\s+Acquire Licensing Rights)?\s*$|\b(?:Acquire|Purchase|Buy)\s+Licensing\s+Rights\s*$/u;

/** Read-time, share-count and similar counters. */
export const COUNTER_LINE =
  /^(?:(?:estimated\s+)?reading\s+time\s*:?\s*(?:about\s+)?)?\d[\d,.]*\s*(k\s*)?(min(ute)?s?( read)?|shares?|comments?|views?|reads?|likes?)$/i;

/** Times, zones, weekdays and update notes around a printed date: "Tue 16 May 2023 07.45 BST | Updated 2 hours ago". */
export const DATELINE_NOISE =
  /\b(\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?|[ap]\.?m\.?|(gmt|utc)([+-]\d{1,2})?|bst|cet|cest|est|edt|pst|pdt|jst|kst|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|updated|modified|published|posted|last|ago|\d+\s+(hours?|minutes?|mins?|days?))\b|[|·•,]/gi;

/** A byline without "By": "Hannah Brooke in Seoul", "Jane Doe and John Roe in Tokyo". */
export const BYLINE_IN_PLACE =
  /^\p{Lu}[\p{L}'.-]+(\s\p{Lu}[\p{L}'.-]+){1,2}(\s(and|&)\s\p{Lu}[\p{L}'.-]+(\s\p{Lu}[\p{L}'.-]+){1,2})?\sin\s\p{Lu}[\p{L} -]{1,30}$/u;

/**
 * A wire dateline opening the first paragraph: "SEOUL, May 17 (Reuters) -", "MOSCOW, May 10. /TASS/.".
 * The agency is group 1 (in parentheses) or group 2 (between slashes).
 */
export const WIRE_DATELINE =
  /^[\p{Lu}][\p{Lu} .,'-]{1,40},?\s(?:[\p{L}]+\.?\s\d{1,2}\.?\s)?(?:\(([^)]{2,40})\)\s*[-–—:]|\/([^/\s][^/]{1,38})\/\.?(?=\s|$))/u;

/**
 * Any dateline opening a paragraph: a place in capitals, perhaps a region and a date, then the agency or a dash:
 * "YOKOTA AIR BASE, Japan — ", "VILNIUS, Lithuania -- ", "TOKYO - ", "SEOUL, July 13 (Yonhap) -- " and the wire forms above.
 */
export const LEAD_DATELINE =
  /^\p{Lu}[\p{Lu}\p{N} .'-]{1,40}(?:,\s*\p{Lu}[\p{L} .'-]{1,30}?)?(?:,?\s+[\p{L}]{3,9}\.?\s+\d{1,2}\.?)?(?:\s*\([^)]{2,40}\)\s*(?:--|[-–—:])|\s*\/[^/\s][^/]{1,38}\/\.?|\s+(?:--|[-–—]))\s+/u;

/**
 * A short "see also" line that carries the other story on the same line: "ALSO READ: ...", "Read more: ...", "Also
 * Read | ...", "READ MORE – ...".
 */
export const RELATED_LINK =
  /^(also read|read also|read more|see also|related|more on this|recommended|watch|listen)\s*(?::|\||\s[-–—])\s*\S/i;

/**
 * A line that tells the reader to do something with the site: "Watch the full interview on Pacific Tonight at 10 PM",
 * "Get KVN Pacific 24 on your smart TV", "Join our channel", "Sign up free", "View all AUKUS debates". News prose
 * does not open a paragraph with these verbs as commands; quoted ones open with the quotation mark and name a speaker.
 */
export const READER_CALL =
  /^(?:Watch|WATCH|Listen|LISTEN|Get|GET|Download|DOWNLOAD|Follow|FOLLOW|Subscribe|SUBSCRIBE|Join|JOIN|Sign up|SIGN UP|Tune in|TUNE IN|Stream|STREAM|(?:View|See|Show|Browse)\s+(?:all|more)|(?:VIEW|SEE|SHOW|BROWSE)\s+(?:ALL|MORE))(?![\p{L}\p{N}'’-])/u;
/** Longest such call: a longer paragraph opening so is prose. */
export const READER_CALL_MAX_WORDS = 25;

/** The same naming the site: "Also on Archipelago Watch: ...", "More from The Ledger: ..." (not "Also on Tuesday:"). */
export const SITE_PROMO_LINK =
  /^(?:[Aa]lso|[Mm]ore)\s+(?:on|from|at)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Febr)uary\b|March\b|April\b|May\b|June?\b|July\b|August\b|(?:Septem|Octo|Novem|Decem)ber\b)(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s*){1,4}:\s*\S/u;

/**
 * An image credit at the end of a caption: "... on July 11.  © Reuters", "... in June 2022. Photo: Nato/dpa",
 * "... on Wednesday. Picture supplied", "... Photo courtesy of the ministry", "... Photo by Jane Roe", "... on May 20,
 * 2023. | Photo Credit: PTI", and the credit alone after the description: "... south of Jeju on the 27th. Provided by
 * Navy", "... Courtesy of the ministry".
 * A page's own copyright notice starts the line ("© 2023 ...", "Copyright ©"); this ends a description.
 */
export const PHOTO_CREDIT_TAIL =
  /(?:\s©\s*\p{Lu}[\p{L}\p{N}&.'/ -]{0,40}|(?:^|[.!?)"”’]\s+|\s\|\s*)(?:(?:photo|photograph|picture|image|credit|photo credit)s?\s*(?::|\/)\s*[^:]{2,60}|(?:photo|photograph|picture|image)s?\s+(?:supplied|courtesy\b[^:]{0,60}|by\s+\p{Lu}[^:]{1,60})|(?:provided|supplied|courtesy)\s+(?:by|of)\s+[^:,;!?]{2,60}))$/iu;

/** The furniture that interrupts an article to say it goes on: "Story continues below advertisement", "Continued on Page 9". */
export const CONTINUATION_LINE =
  /^((story|article) continues (below|after)( (the )?(advertisement|ad))?|continue reading( below| the main story)?|skip advertisement|scroll to continue( with content)?|(continued|cont(inues|'d)?\.?) (on|from) (page|p\.) ?[a-z]?\d{1,3}|see page [a-z]?\d{1,3})$/i;

/** "Label: value" metadata lines: "Region: East Asia", "Theme: Defence", "Updated: 3 May 2023". */
export const LABEL_LINE =
  /^(region|theme|topic|topics|tags?|category|categories|section|filed under|keywords|updated|published|posted|last updated|modified|author|authors|source|sources|credit|photo|via|image)\s*:\s*\S/i;

/**
 * What a cookie-consent dialog talks about (the IAB consent framework's wording, used across sites): a long line
 * naming several of these, in the site's or the reader's voice (we, our, you, your), is the dialog, not coverage.
 */
export const CONSENT_TERMS: RegExp[] = [
  /\bcookies?\b/i,
  /\bpersonal data\b/i,
  /\bconsent(s|ing)?\b/i,
  /\b(our|\d+) partners\b/i,
  /\bpreferences\b/i,
  /\bpersonali[sz]ed (ads|advertising|content)\b/i,
  /\blegitimate interests?\b/i,
  /\b(device|browser) (scanning|characteristics|identifiers)\b|\bon (a|your) device\b/i,
  /\bgeolocation\b/i,
  /\bunique identifiers\b/i,
];
/** How many consent terms make a line the consent dialog (one or two are a news story about data). */
export const CONSENT_MIN_TERMS = 3;
export const SITE_OR_READER_VOICE = /\b(we|our|you|your)\b/i;
