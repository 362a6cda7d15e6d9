/**
 * Questions over the seeds written blind: by a reader who saw the articles and the development set's README but
 * neither the engine nor any earlier question, in the development set's format and kinds. blind-seeds.json has the
 * development set's mix of kinds; blind-seeds-2.json and blind-seeds-3.json stress out-of-scope questions (20 of
 * 60: false premises, outcomes after the articles, neighbouring people and events) and wordings far from the
 * articles'; blind-seeds-4.json holds 14 paraphrases and 14 out-of-scope questions; blind-seeds-5.json has the
 * development set's mix again, metadata included; blind-seeds-6.json is mostly answerable questions in words the
 * articles never use; blind-seeds-7.json has the development set's mix, in readers' own words; blind-seeds-8.json
 * stresses wordings far from the articles and details buried in one paragraph, blind-seeds-9.json short and
 * rambling questions and out-of-scope ones close to what the articles say, blind-seeds-10.json questions as members of a
 * chat server type them (three words or a long preamble, pronoun follow-ups, outlet comparisons), blind-seeds-11.json
 * the development set's mix as varied readers word it, blind-seeds-12.json that mix in words far from the articles', blind-seeds-13.json
 * that mix from formal to chat (written after the rules of the session it was written in, to check them),
 * blind-seeds-14.json that mix as people checking a story type it (half-remembered phrases, keyword searches, plain
 * English of a second language, a chat preamble), blind-seeds-15.json that mix as a teacher, a fact-checker, a student
 * and an editor type it (yes/no questions, "give me the exact line", negations and exceptions, dates written
 * otherwise, descriptions for names), blind-seeds-16.json that mix as a radio producer, a diplomat's aide and a reader
 * half-remembering type it (spoken fillers, formal nominalisations, a detail slightly wrong, two things asked at once,
 * descriptions for names, keyword queries, British and American spellings), blind-seeds-17.json that mix as a wire
 * journalist, a policy analyst, a student, a second-language reader, someone quoting loosely and someone asking
 * partly-yes questions type it (written after the rules of the session it was written in, to check them),
 * blind-seeds-18.json that mix as a fact-checker testing viral claims, a teacher setting tasks, a retired diplomat
 * writing long formal questions with titles for names and someone typing fast on a phone, blind-seeds-19.json that mix
 * as a podcast host, a librarian, a Korean-studies student and a busy reader type it (written after the rules of the
 * session it was written in, to check them), blind-seeds-20.json that mix as a debate coach, a translator checking wording,
 * an elderly reader writing politely with old names for countries and someone typing search-engine keywords,
 * blind-seeds-21.json that mix as a voice assistant transcribes it (misheard names, no punctuation), a law student, a
 * teenager on a phone, a skeptic testing claims with wrong premises and an analyst asking where a claim came from,
 * blind-seeds-22.json 40 follow-ups in a thread (pronouns, ellipsis, a detail of the answer, another outlet's wording,
 * a contrast, a new topic that must not lean on the first question, a vague first question narrowed),
 * blind-seeds-23.json the development set's mix as a word-game player, a risk consultant, a careful teacher, a
 * word-for-word translator and a sports-radio host word it (written after the rules of the session it was written in,
 * to check them: it was the held-out test of a rule that rose on the tuned halves and was dropped when it did not rise
 * here), blind-seeds-24.json that mix as a keyword searcher, someone giving orders ("Give me the line where..."), a
 * headline writer, a retired diplomat, someone half-remembering a quote and a Spanish or French speaker's calques
 * type it, blind-seeds-25.json that mix as a newsroom editor, an essay-writing student, someone asking by exclusion
 * ("which outlet does NOT ..."), a reader mixing up a detail, someone leaning on pronouns and a non-expert describing
 * what they cannot name type it (written after the rules of the session it was written in, to check them),
 * blind-seeds-26.json that mix as a curator asking for the exact passage, a nervous first-time member apologising, a
 * reader using category words for names ("the Japanese capital", "the Western military bloc"), someone asking about
 * numbers and time, yes/no questions and lower-case chat shorthand ("ur", "pls", "abt") type it, blind-seeds-27.json
 * that mix weighted to what must be refused (12 of 60: outcomes after the articles, people never quoted, figures never
 * given, false premises, neighbouring events) as a news-literacy teacher, a security-studies student's
 * nominalisations, lower case without punctuation, a rambling radio caller, a Korean reader's calques and romanised
 * names and someone asking about "the articles" themselves type it, blind-seeds-28.json that mix weighted to what must
 * be refused (13 of 60) as a retired diplomat, a teenager on a phone ("rn", "ppl", "abt"), a fact-checker ("can you
 * confirm ..."), a Spanish or German speaker's calques, a journalist asking about sourcing and wording and someone
 * asking in the negative or two things at once type it, blind-seeds-29.json that mix as a librarian, a sceptic asking
 * who actually claims what, a busy manager ("tl;dr"), a Japanese or French speaker's calques, someone getting names
 * and titles slightly wrong and someone giving orders ("List ...", "Name the ...") type it (written after the rules
 * of the session it was written in, to check them), blind-seeds-30.json that mix as a graduate student's stiff
 * academic register, someone dictating to a voice assistant (lower case, numbers in words, homophones), a terse
 * keyword searcher, a Korean or Japanese speaker's topic-first English, a lawyer qualifying every question and a
 * sceptic building in true or false premises type it, blind-seeds-31.json that mix as a secondary-school student
 * half-copying an assignment, an Indian- or Nigerian-English speaker's idiom ("kindly tell", "what is the stand of"),
 * someone hedging from half-memory, a podcast producer checking exact wording and attribution, someone opening with
 * an unrelated personal preamble and someone typing clipped fragments ("NK FM view re NATO Tokyo office?") type it,
 * blind-seeds-32.json that mix as speech-to-text dictation, a sceptic with loaded or false premises, a speaker whose
 * first language shows through ("Why North Korea is angry for NATO office?"), an editor checking sourcing, a polite
 * long-winded retiree and a mobile user's abbreviations type it, blind-seeds-33.json that mix as a trivia fan, a policy
 * analyst's jargon, a child's simple words, someone likening it to other events, commands ("List every country
 * ...") and long questions full of asides type it, blind-seeds-34.json that mix as a Discord member chatting to
 * the bot, a fact-checker, a Japanese reader (family names first, Japanese terms), British English, questions about
 * the coverage itself and questions put with negations type it, blind-seeds-35.json that mix as a journalism
 * professor setting quiz questions, someone who read only the headline and asks vaguely, a reader who gets outlet
 * names slightly wrong ("Al Mayadin", "Russia Today"), a Chinese speaker's phrasing, someone asking with quantifiers
 * and superlatives and someone asking about time and order type it, blind-seeds-36.json that mix as a busy
 * analyst's shorthand with symbols ("NK FM -> NATO Tokyo office: position?"), a cautious reader asking "is it true
 * that ..." with true and false premises, a historian relating it to the Cold War, someone naming people by role only,
 * someone asking for the exact words and someone asking two linked questions in one sentence type it, blind-seeds-37.json
 * that mix as a security-studies student's theory terms ("balancing", "hub-and-spoke"), a reader mixing up the two
 * Koreas or officials' names, a sports fan's slang, a Russian speaker's English without articles, someone asking where
 * in an article something appears and someone asking about plausible details the coverage lacks type it,
 * blind-seeds-38.json that mix as a terse newsroom editor, a curious teenager, a Korean speaker's English with Korean
 * terms ("Bukhan"), someone asking how and in what way, someone pasting a quoted phrase to ask who said it and someone
 * asking about reactions and consequences type it, blind-seeds-39.json that mix as a radio newsreader's one-line
 * teasers, an international-relations undergraduate likening it to AUKUS and the Quad, a Portuguese speaker's calques
 * ("what said the ministry about"), a phone's autocorrect mangling names, someone asking how many or how often and a
 * reader asking about tone and framing type it, blind-seeds-40.json that mix as a librarian cataloguing the
 * articles, an impatient two- or three-word searcher, a suspicious reader with loaded or false premises, an
 * Indian-English speaker's idiom ("what is the stand of"), a diplomat asking each country's position and someone asking
 * what one outlet left out that another included type it, blind-seeds-41.json that mix as a debate student
 * gathering evidence, a French speaker's calques, a commuter on a phone, someone writing long run-on questions, a
 * journalist comparing the framing and a reader half-remembering the article type it, and blind-seeds-42.json that
 * mix as a retired intelligence analyst, a parent helping with homework, a German speaker's word order, a reader
 * mixing up outlets and people, a policy blogger's jargon and a polite first-time user explaining why they ask type
 * it (both written after the rules of the session they were written in, to check them), blind-seeds-43.json that mix
 * as a nurse typing tersely on a night shift, a Spanish speaker's calques, a podcaster preparing an episode, a reader
 * asking two things at once, a sceptic challenging the coverage and someone half-remembering names and dates type it,
 * and blind-seeds-44.json that mix as a schoolteacher preparing a lesson, a Japanese speaker's English, a
 * fact-checker asking for exact wording, a voice assistant's unpunctuated transcript, a Reddit commenter's slang and a
 * military historian comparing earlier alliances type it, blind-seeds-45.json that mix as a law student citing
 * sources, a Korean speaker's English, a busy editor's headline fragments, a conspiracy-minded reader's leading
 * questions, a translator checking terms and a teenager's emoji and abbreviations type it, and blind-seeds-46.json that
 * mix as an economist asking about money, an Italian speaker's calques, a radio host reading aloud, a reader's long
 * questions with asides, a student confusing names and acronyms and a data journalist asking for counts and lists
 * type it (both written after the rules of the session they were written in, to check them), blind-seeds-47.json
 * that mix as a retired diplomat's protocol language, a Spanish speaker's literal translations, a podcast producer
 * checking quotes, a sceptic's yes/no questions, a librarian asking for sources and a gamer's slang type it, and
 * blind-seeds-48.json that mix as a military analyst's jargon, a German speaker's word order, a teacher preparing a
 * quiz, a reader remembering things half-wrong, a fact-checker and a voice assistant's run-on sentences type it,
 * blind-seeds-49.json that mix as a human-rights researcher, a French speaker's English, a TV anchor, a headline
 * skimmer, a moderator checking a viral claim and a very polite retired teacher type it, and blind-seeds-50.json that
 * mix as a political science student, a Chinese speaker's English, a crossword fan, a commuter's typos, a peninsula
 * watcher's shorthand and an archivist asking about dates and versions type it (both written while the rules of the
 * session they were written in were made), blind-seeds-51.json that mix as a foreign-policy podcaster, a Portuguese
 * speaker's English, an all-lower-case typist, a lawyer asking for exact attributions, a reader asking what was not
 * said and a retired naval officer's jargon type it, and blind-seeds-52.json that mix as a wire-desk editor, a Russian
 * speaker's English without articles, a curious teenager, a reader paraphrasing into everyday words, a researcher
 * asking for counts and lists and an elderly reader misremembering names type it, blind-seeds-53.json that mix as a
 * security-studies student, a Turkish speaker's English, an office worker's slang, a reader wanting quotes word for
 * word, a reader confusing North and South Korea and a journalist checking who said what first type it, and
 * blind-seeds-54.json that mix as a history teacher, a Vietnamese speaker's English, keywords without verbs, a
 * sceptic's loaded questions, a translator checking terms and a retired officer's Cold War comparisons type it (both
 * written while the rules of the session they were written in were made), blind-seeds-55.json that mix as a radio
 * call-in host, a Hindi speaker's English, a phone typist's autocorrect slips, an economist asking about costs, a reader
 * asking two things at once and a fact-checker type it, and blind-seeds-56.json that mix as a think-tank intern, an
 * Arabic speaker's English, long rambling questions, British spelling and idioms, a grandparent half-remembering and a
 * defence-industry analyst's acronyms type it, blind-seeds-57.json that mix as a debate coach, a Japanese speaker's
 * English, yes/no questions only, people named only by description, questions of timing and sequence and a librarian
 * asking where a thing is stated type it, and blind-seeds-58.json that mix as a local reporter new to foreign affairs,
 * a Spanish speaker's English, heavy pronouns, a peace activist, what one outlet left out and a military-history
 * hobbyist type it (both written while the rules of the session they were written in were made), blind-seeds-59.json
 * that mix as a documentary researcher, a German speaker's English, half-remembered phrases, questions of motive, which
 * outlet was most critical and a chatty diplomat's spouse type it, and blind-seeds-60.json that mix as a terse wire
 * editor, a Korean speaker's English, geography, negative questions, hashtags and emoji and a political scientist's
 * theory terms type it (both written later still in that session), blind-seeds-61.json that mix as a high-school
 * student writing a report, a Portuguese speaker's English, a skeptic's "is it true that", a voice assistant's
 * transcription, a budget analyst and a reader asking how many type it, and blind-seeds-62.json that mix as a retired
 * diplomat writing formally, a French speaker's English, three- or four-word queries, deliberate synonyms, loaded
 * premises and a teacher setting a quiz type it (both written at the start of the next session), blind-seeds-63.json
 * that mix as a news producer abbreviating everything, an Italian speaker's English, causes and consequences, names
 * and titles half-remembered, a security-studies lecturer's jargon and what people wanted type it, and
 * blind-seeds-64.json that mix as a sarcastic forum commenter, a Vietnamese speaker's English, comparisons and
 * superlatives, relations between countries, a retired journalist asking about sourcing and long questions with
 * their background first type it (both written later in that session), blind-seeds-65.json that mix as a podcast
 * host summing up for listeners, a Russian speaker's English, why-questions about motives, outlets named by
 * description ("the Russian channel"), exact wording asked for and a teenager's text-speak type it, and
 * blind-seeds-66.json that mix as a court reporter wanting exact attribution, a Chinese speaker's English, numbers,
 * dates and durations, the passive voice, a media-literacy teacher asking about framing and terse one- or two-word
 * follow-ups type it (both written at the start of the next session), blind-seeds-67.json that mix as a librarian
 * cataloguing sources, a Turkish speaker's English, the order of events, military and diplomatic abbreviations, a
 * skeptic asking whether any outlet backs a claim and short yes/no questions with typos type it, and
 * blind-seeds-68.json that mix as a student journalist asking about attribution verbs, a Polish speaker's English,
 * what was left out, an angry reader venting first, a geopolitics podcaster and remarks quoted from memory with some
 * words wrong type it (both written later in that session), blind-seeds-69.json that mix as a TV fact-checker, a Thai
 * speaker's English, places and distances, the wording of headlines and summaries, loaded premises and a pasted
 * sentence whose speaker is asked type it, and blind-seeds-70.json that mix as a parliamentary researcher, a Swahili
 * speaker's English, what officials want, lower case without punctuation, other alliances compared and dates
 * relative to other events type it (both written later still in that session), blind-seeds-71.json that mix as a
 * newsroom intern checking quotes, an Indonesian speaker's English, who is not quoted, emoji and internet slang, a
 * historian's parallels and exact counts type it, and blind-seeds-72.json that mix as a radio producer, a Farsi
 * speaker's English, what each outlet stressed, double negatives and hedges, NATO jargon and follow-ups of pronouns
 * only type it (both written last in that session), blind-seeds-73.json that mix as a policy student, a Spanish
 * speaker's English, conditions and requirements, long run-on questions, Japanese institutions and more-or-less
 * comparisons type it, and blind-seeds-74.json that mix as a wire editor checking attributions, a Vietnamese
 * speaker's English, how things were done or said, voice dictation, mixed-up names and roles, and sizes, amounts
 * and durations type it (both written at the start of the next session), blind-seeds-75.json that mix as a
 * documentary researcher, a German speaker's English, purposes and goals, notes in fragments, formal protocol
 * language and whether something is confirmed or only reported type it, and blind-seeds-76.json that mix as a
 * fact-check desk editor, an Arabic speaker's English, causes and effects, a phone's autocorrect, earlier NATO
 * history and "what about ..." follow-ups type it (both written later in that session), blind-seeds-77.json that
 * mix as a think-tank intern, a Portuguese speaker's English, who agrees with whom, pasted sentences, Korean and
 * Japanese names for places and bodies and short "so what" questions type it, and blind-seeds-78.json that mix as a
 * high-school teacher, a Hindi speaker's English, what is planned and what has happened, two questions at once, a
 * reader skeptical of state media and "and before that?" follow-ups type it (both written last in that session),
 * blind-seeds-79.json that mix as a retired army officer, a Chinese speaker's English, how governments reacted,
 * short keyword queries, the wider international reaction and "which site" questions type it, and
 * blind-seeds-80.json that mix as a podcaster, a French speaker's English, numbers, sizes and amounts, misremembered
 * details stated as fact, what an official meant by a phrase and "who else?" follow-ups type it (both written at the
 * start of the next session), blind-seeds-81.json that mix as a school newspaper editor, a Russian speaker's
 * English, what NATO is and who its partners are, British spelling and idioms, what happened in what order and
 * "why?" follow-ups type it, and blind-seeds-82.json that mix as a retired diplomat, a Turkish speaker's English,
 * claims resting on unnamed sources, many abbreviations, China's and Russia's roles and "what did the other sites
 * say?" follow-ups type it (both written later in that session), blind-seeds-83.json that mix as a TV
 * fact-checker, a Japanese speaker's English, what each side wants or fears, a phone with no punctuation or
 * capitals, NATO's documents and "same for RT?" follow-ups type it, and blind-seeds-84.json that mix as a graduate
 * student, an Italian speaker's English, said directly or reported second-hand, half-remembered phrases, the parts
 * of Australia, New Zealand and South Korea and "when?" or "where was that?" follow-ups type it (both written last
 * in that session), blind-seeds-85.json that mix as a town councillor's formal motion-drafting, a Spanish speaker's
 * English, numbers and dates, a hedging reader with a detail slightly wrong, what Japan's government itself said or
 * did and "anything else?" follow-ups type it, and blind-seeds-86.json that mix as a wire night editor's clipped
 * attribution checks, a Korean speaker's English with Korean terms, outlets mixed up or misnamed, one- or two-word
 * searches, China's and Russia's roles and follow-ups leaning on "that" and "them" type it (both written at the
 * start of the twenty-first session, in a prompt rewritten from the development set's README), blind-seeds-87.json
 * that mix as a history teacher's quiz questions, an Arabic speaker's English, a fact-checker's "is it true that",
 * a military-hardware hobbyist, a reader asking how each outlet knows and follow-ups shifting place or time type it,
 * and blind-seeds-88.json that mix as a Japanese speaker's English, a TV fact-checker after exact words, a sceptic's
 * loaded premises, two questions in one sentence, a newcomer asking what things are and voice dictation's misheard
 * names type it (both written at the start of the twenty-second session), blind-seeds-89.json that mix as a retired
 * diplomat's long formal questions, a Russian speaker's English, a student asking for causes and consequences, a reader
 * half remembering names and roles, one asking what each outlet stressed or left out and follow-ups narrowing to one
 * detail type it, and blind-seeds-90.json that mix as a chatty podcast host, a Chinese speaker's English, yes-or-no
 * questions, synonyms and euphemisms for everything ("the hermit kingdom"), a researcher after sources and datelines
 * and follow-ups asking why and who else type it (both written at the start of the twenty-third session), blind-seeds-91.json
 * that mix as a fact-checker's "is it true that", a Spanish speaker's English, a teenager typing on a phone, a military
 * history buff's jargon, someone asking only how many, when and where and follow-ups in pronouns only type it, and
 * blind-seeds-92.json that mix as a policy wonk's acronyms, a French speaker's English, a sceptic's slanted but answerable
 * questions, an elderly reader's polite long requests, a reader comparing the outlets and follow-ups half switching
 * topic type it (both written at the start of the twenty-fourth session), blind-seeds-93.json that mix as a journalism
 * student checking sourcing, a Korean speaker's English, a busy reader's verbless fragments, a lawyer's hedged questions,
 * a young gamer's slang and follow-ups pointing back ("that spokesperson", "the other site") type it, and
 * blind-seeds-94.json that mix as a Chinese speaker's English, a historian's Cold War framing, a voice assistant's
 * unpunctuated transcription, a suspicious reader's answerable questions, a headline skimmer and follow-ups in ellipses
 * ("same for the chinese side?") type it (both written at the start of the twenty-fifth session), blind-seeds-95.json
 * that mix as a Spanish speaker's English, a retired diplomat's protocol words, a high-school report, a reader who
 * half-remembers names, a data person's counts and lists and follow-ups in bare pronouns type it, and
 * blind-seeds-96.json that mix as a German speaker's English, a defence analyst's acronyms, an angry commenter's caps,
 * a librarian's bibliographic questions, a reader comparing framing and follow-ups switching subject type it (both
 * written at the start of the twenty-sixth session), blind-seeds-97.json that mix as a Korean speaker's English, a
 * journalism student's sourcing questions, a busy executive's one-liners, a sceptic's loaded framings, a voice
 * assistant's unpunctuated transcription and follow-ups pointing back ("the second one", "same for china?") type it, and
 * blind-seeds-98.json that mix as a French speaker's false friends, a Japan-politics hobbyist's official titles, a
 * teenager's phone shorthand, a fact-checker's exact wordings, a historian's Cold War context and follow-ups asking for
 * more ("says who?", "and the other site?") type it (both written at the start of the twenty-seventh session),
 * blind-seeds-99.json that mix as a Spanish speaker's false friends, a defence-procurement analyst's jargon, a
 * primary-school teacher's plain words, a lawyer's treaty wording, a radio producer's soundbites and follow-ups
 * shifting to another person or outlet type it, and blind-seeds-100.json that mix as a German speaker's English, a
 * climate reporter's drifting jargon, an elderly reader's dated names ("Red China"), an OSINT hobbyist's sources and
 * dates, a speech-to-text user's misheard words and one- or two-word follow-ups ("source?", "and Russia?") type it
 * (both written at the start of the twenty-eighth session), blind-seeds-101.json that mix as a Portuguese speaker's
 * calques, a sports journalist's game metaphors, a civics teacher's quiz questions, a cynical commenter's loaded
 * premises, an archivist's bylines and dates and follow-ups correcting the question before ("no, I meant the Chinese
 * side") type it, and blind-seeds-102.json that mix as a Dutch speaker's English, a retired naval officer's jargon, a
 * high-school debater, someone typing slang and emoji, a data journalist's counts and dates and follow-ups asking "who
 * else said that?" or "same in Al Mayadeen?" type it (both written at the start of the twenty-ninth session),
 * blind-seeds-103.json that mix as a Spanish speaker's false friends, an insurance analyst's risks and costs, a
 * primary-school teacher's simple questions, a voice-dictation user's run-on homophones, a fact-checker's half-true
 * claims and follow-ups asking "did anyone deny it?" type it, and blind-seeds-104.json that mix as a Polish speaker's
 * dropped articles, a diplomat's hedged phrasing, a podcast host's quotable lines, a teenager's lowercase
 * abbreviations, a librarian's citations and follow-ups asking "why?", "says who?" or "and the Chinese side?" type it
 * (both written at the start of the thirtieth session), blind-seeds-105.json that mix as a Turkish speaker's literal
 * translations, a security-studies student's jargon, a rambling radio caller, a sceptic asking whether a claim was
 * really made, a translator asking for a quote's exact wording and follow-ups asking "and Moscow?" or "which paper had
 * that?" type it, and blind-seeds-106.json that mix as a Vietnamese speaker's English without plurals or tense, a risk
 * consultant's business implications, a grandparent's slow misspelt typing, a student's terse keyword questions, a
 * journalist asking who reported something first and follow-ups asking "when?", "is that the same in RT?" or "who
 * said the opposite?" type it (both written at the start of the thirty-first session), blind-seeds-107.json that mix
 * as a Brazilian speaker's false friends, an arms-control analyst, a teenager's lowercase slang, a librarian's
 * citations, a sceptical blogger and follow-ups asking "what about Seoul?", "which one said it harsher?" or "and the
 * date?" type it, and blind-seeds-108.json that mix as a Russian speaker's dropped articles, a Japanese student's
 * polite long questions, a voice assistant's unpunctuated homophones, a fact-checker's exact numbers, a podcast
 * producer's quotable lines and follow-ups asking "who else?", "same story elsewhere?" or "what did the other side
 * say?" type it (both written at the start of the thirty-second session), blind-seeds-109.json that mix as a Turkish
 * speaker's prepositions, a security-studies student's jargon, a busy editor's clipped questions, a retired
 * diplomat's protocol, a quiz host's trivia and follow-ups asking "and Beijing?", "said where?" or "which outlet had
 * that?" type it, and blind-seeds-110.json that mix as a Spanish speaker's calques, a teacher's simple explanations,
 * a journalist checking attribution, a phone's autocorrect, a conspiracy-minded reader's loaded premises and
 * follow-ups asking "why though?", "and Moscow's take?" or "was that in all three?" type it (both written at the
 * start of the thirty-third session), blind-seeds-111.json that mix as a Polish speaker's dropped articles, a
 * defence-procurement analyst's budgets and staffing, a radio host's listener questions, a human-rights researcher's
 * sources and evidence, a first-year student's confused countries and follow-ups asking "and Tokyo's answer?", "who
 * else?" or "on what date?" type it, and blind-seeds-112.json that mix as a Japanese speaker's polite indirect forms,
 * a fact-checker's yes/no checks, a teenager's lowercase slang, a historian's background questions, a media-literacy
 * trainer's framing questions and follow-ups asking "what about the US?", "any numbers?" or "source for that?" type
 * it (both written at the start of the thirty-fourth session), blind-seeds-113.json that mix as a Brazilian speaker's
 * word order and false friends, a NATO-sceptic commentator's loaded questions, a data journalist's counts and dates,
 * a podcast producer checking who can be quoted by name, a retiree's rambling asides and follow-ups asking "who
 * reported that?", "and before that?" or "in what words exactly?" type it, and blind-seeds-114.json that mix as an
 * Indian English speaker's "kindly tell" and "what is the stand of", a protocol officer's titles and bodies, a debate
 * coach's arguments on each side, a voice assistant's unpunctuated homophones, a Russian-studies lecturer's Moscow
 * and Beijing questions and follow-ups asking "what did the other side say?", "quote please" or "which paper?" type
 * it (both written at the start of the thirty-fifth session), blind-seeds-115.json that mix as a Turkish speaker's
 * dropped articles and "how is it" questions, a crossword setter's exact words and names, a fact-checker's "is it true
 * that", a union newsletter editor's plain-language summaries, a Korea hobbyist's romanisation variants and follow-ups
 * asking "says who?", "and the Chinese?" or "when did they say it?" type it, and blind-seeds-116.json that mix as a
 * Polish speaker's "which" for "who", a think-tank intern's government and alliance positions, a radio quiz writer's
 * trivia, a worried parent's "does this mean war", a librarian's sources and outlets and follow-ups asking "and the
 * other outlets?", "source for that?" or "what did Japan answer?" type it (both written at the start of the
 * thirty-sixth session), blind-seeds-117.json that mix as a Brazilian speaker's "how is called" and false friends, a
 * defence-industry analyst's budgets and arms, a debate coach's strongest line for each side, a retired diplomat's
 * protocol words, a night-shift wire editor's terse lower-case fragments and follow-ups asking "any date on that?",
 * "who else agreed?" or "in which paper?" type it, and blind-seeds-118.json that mix as a Vietnamese speaker's
 * dropped plurals and tenses, a geography teacher's places and countries, a media-literacy trainer's sources behind
 * each claim, a sceptical commenter's "is it really true that", a podcast producer's one-line quotes and follow-ups
 * asking "and Moscow?", "what was the reason given?" or "when did they say it?" type it (both written at the start of
 * the thirty-seventh session), blind-seeds-119.json that mix as a Polish speaker's dropped articles and "which" for
 * "who", an investigative journalist's who reported each claim first, a student's key arguments and main points, a
 * Japanese local official's worries for Japan, a trivia host's quiz questions and follow-ups asking "and the other
 * paper?", "what did he mean by that?" or "was that before or after?" type it, and blind-seeds-120.json that mix as a
 * German speaker's verb-final order and "becomes" for "gets", a translator's precise phrases, a NATO-sceptic
 * activist's loaded wording, a librarian's sources and publication details, a mobile user's autocorrect slips and
 * follow-ups asking "same question for Seoul", "did others report this too?" or "who was that again?" type it (both
 * written at the start of the thirty-eighth session), blind-seeds-121.json that mix as a Spanish speaker's calques
 * ("what said the minister about"), a defence-beat reporter's source behind each claim, a high-school student's vague
 * questions, a Korean-American reader's questions on both Koreas, yes-or-no questions only and follow-ups asking "and
 * what about Beijing?", "which paper had that?" or "when was this?" type it, and blind-seeds-122.json that mix as a
 * retired professor's long formal sub-clauses, a Dutch speaker's English, a fact-checker's false details, a Discord
 * regular's lower-case slang ("ngl", "tbh"), a Japanese journalist's questions on Japan's role and follow-ups asking
 * "who said that exactly?", "any other outlet?" or "what was the reason?" type it (both written at the start of the
 * thirty-ninth session), blind-seeds-123.json that mix as a commuter's one-handed phone typing, a Chinese graduate
 * student's careful English, a sceptical NATO-watcher's loaded questions, a librarian's exact citations and dates, a
 * teenager's "like" and "kinda" and follow-ups asking "and the chinese side?", "where was that published?" or "say
 * more about the second one" type it, and blind-seeds-124.json that mix as a Russian speaker's English without
 * articles, a podcast host's segment questions, a military-history hobbyist's alliances and history, an Indian
 * reader's comparisons with the Quad, a lawyer's who-alleged-what and follow-ups asking "did anyone else say so?",
 * "which outlet was that?" or "what about japan's answer?" type it (both written at the start of the fortieth session),
 * blind-seeds-125.json that mix as a retired diplomat's formal roundabout English, a debate coach building a case, a
 * Korean-American reader's romanised Korean words, a fact-checker's exact attributions, a busy editor's terse fragments
 * and follow-ups asking "who else?", "same thing in the other outlets?" or "what did beijing make of it?" type it, and
 * blind-seeds-126.json that mix as a Japanese reader's polite English, a defence-industry analyst's budgets and
 * capabilities, a sceptical reader's "is that backed up?", a radio producer's quotable lines, a non-native speaker's
 * wrong prepositions and plurals and follow-ups asking "and before that?", "who was she speaking for?" or "did the
 * japanese side respond?" type it (both written at the start of the forty-first session), blind-seeds-127.json that
 * mix as a Filipino student's textbook English, an insurance risk analyst's escalation and costs, a grandparent who
 * half-remembers names, a podcast host's who-versus-who framing, a translator's exact wording and follow-ups asking
 * "and the russians?", "was that in all three?" or "who else said something like it?" type it, and
 * blind-seeds-128.json that mix as a German reader's literal English with compound nouns, a naval officer's ships,
 * bases and deployments, an activist's loaded questions, a school librarian's where and when, a teenager's lower-case
 * slang and follow-ups asking "why tho?", "who's she again?" or "what about south korea then?" type it (both written
 * at the start of the forty-second session), blind-seeds-129.json that mix as a Nigerian civil servant's formal
 * "kindly" and "the said office", a commodity trader's market and trade risk, a history teacher's Cold War parallels,
 * a Japanese exchange student's careful textbook phrasing, a fact-checker's who-said-it-and-where and follow-ups
 * asking "and beijing's take?", "says who?" or "when was this again?" type it, and blind-seeds-130.json that mix as a
 * retired British diplomat's understatement, a gamer's fast typing without punctuation, a Korean-American
 * journalist's inter-Korean angles, a lawyer's claimed-versus-reported, a ten-year-old's simple "why" and "what is"
 * and follow-ups asking "ok but who runs it?", "did the others say that too?" or "what did japan say back?" type it
 * (both written at the start of the forty-third session), blind-seeds-131.json that mix as an Australian talk-radio host's blunt questions, a security-studies PhD student's jargon ("extended deterrence", "hub-and-spoke"), a Chinese-Canadian small-business owner's plain English, a retired naval officer's bases and ships, a sceptic's "is it true that" about what the articles may not say and follow-ups asking "and the koreans in the south?", "what did they mean by that?" or "who else reported it?" type it, and blind-seeds-132.json that mix as a Spanish journalist's careful second-language English, a teenager's slang ("lowkey", "fr", "ngl"), a librarian's where and when each thing was printed, an economist's costs and budgets, a peace activist's escalation and risk of war and follow-ups asking "any numbers on that?", "and moscow?" or "was that the same day?" type it (both written at the start of the forty-fourth session), blind-seeds-133.json that mix as a Filipino nurse abroad's quick phone questions with missing words, an Osaka pensioner's formal worries about war, a defence-procurement consultant's budgets, arms and timelines, a podcast host's "walk me through who said what", a fact-checker's whether and where a claim appears and follow-ups asking "and pyongyang's take?", "which paper had that?" or "what about the beijing side?" type it, and blind-seeds-134.json that mix as a Korean-American student's Korean place names in English, an elderly British reader's long polite sentences, a cybersecurity analyst's hackers, spies and intelligence, a data journalist's "how many" and "when exactly", a conspiracy-minded commenter's leading questions and follow-ups asking "and the americans?", "who first said that?" or "did the others carry it too?" type it (both written at the start of the forty-fifth session), blind-seeds-135.json that mix as a Brazilian exchange student's English with Portuguese word order and words, a retired Japanese maritime officer's ships, missiles and ranges, a school teacher's "what does X mean" and "why does it matter", a sceptic's "is it true that" about claims the articles may not make, a radio producer's "give me a line from" and follow-ups asking "same question for beijing", "what about the date?" or "and who reported it first?" type it, and blind-seeds-136.json that mix as a Turkish diplomat-in-training's formal textbook English, a Discord gamer's lowercase slang ("tbh", "ngl", "wdym"), a historian's Cold War, Korean War and postwar history, a business reporter's money, budgets and trade, a media-literacy student's framing and sources and follow-ups asking "and the south koreans?", "what did they mean by that?" or "was that in all three?" type it (both written at the start of the forty-sixth session), blind-seeds-137.json that mix as a Vietnamese engineering student's short questions with dropped plurals and tenses, a retired US Army colonel's jargon ("force posture", "theatre", "C2"), a librarian's exact citations, a peace activist's loaded questions about escalation, a linguist's "what expression did X use" and follow-ups asking "and tokyo's answer?", "how did the chinese put it?" or "did anyone else repeat that?" type it, and blind-seeds-138.json that mix as an Indian IT worker's "kindly tell" and "what is the reason for", a Russian speaker's literal translation ("about what did they speak"), a debate coach's arguments on each side, an investor's risks to markets and supply chains, a Korean War veteran's grandson's history of the peninsula and follow-ups asking "and nato itself?", "when did they say it?" or "who else said so?" type it (both written at the start of the forty-seventh session), blind-seeds-139.json that mix as a Ghanaian schoolteacher's careful formal English ("I wish to know"), a Japanese university student's textbook English with Japanese place names, a defence journalist's acronyms and shorthand ("DPRK MFA", "JSDF", "NAC"), a sceptical pensioner's "is it really true that" with true and false premises, a translator asking for the exact words used and follow-ups asking "and the chinese view?", "which site said that?" or "was it the same person?" type it, and blind-seeds-140.json that mix as a Polish engineer's English without articles, a high-school debater's "what evidence is there that", a Reddit user's lowercase slang ("nk", "jp", "imo", "lol"), a historian linking it to the Cold War and the Korean War, a risk analyst's consequences and escalation and follow-ups asking "and russia?", "when was this?" or "did all of them report it?" type it (both written at the start of the forty-eighth session), blind-seeds-141.json that mix as an Irish radio producer's chatty run-on sentences, a Brazilian exchange student's Portuguese word order, a fact-checker's "can you confirm that" with true and false claims, a diplomat's protocol vocabulary ("démarche", "communiqué", "interlocutor"), a 14-year-old's school-project questions and follow-ups asking "who else?", "and the japanese side?" or "what about before that?" type it, and blind-seeds-142.json that mix as a Vietnamese business reporter's compact English, a retired naval officer's military terms ("forward presence", "force posture", "theatre"), a podcaster's "so basically what's the deal with", a librarian's "which outlet, which day", a peace activist's loaded wording with false premises and follow-ups asking "and stoltenberg?", "same day?" or "did the chinese say more?" type it (both written at the start of the forty-ninth session), blind-seeds-143.json that mix as a Scottish retiree's dry understatement ("aye", "wee"), a Korean-American graduate student's romanised Korean words ("Bukhan", "Ilbon"), a data journalist's "how many", "what share" and "which one most", a Reddit commenter's sarcastic shorthand, a foreign-policy professor's theory words ("balancing", "alliance entrapment", "spheres of influence") and follow-ups asking "and who reported that?", "what did they mean by it?" or "same outlet?" type it, and blind-seeds-144.json that mix as a Nigerian columnist's formal English with idioms, a Japanese commuter's short phone questions without articles ("Japan NATO office why"), a lawyer's precise attribution ("who exactly stated", "on whose behalf"), a history teacher's Cold War and Korean War, a conspiracy-minded caller's leading questions with false premises and follow-ups asking "and Moscow?", "when was this said?" or "anything from the French?" type it (both written at the start of the fiftieth session), blind-seeds-145.json that mix as an Indian IT worker's "kindly tell" and "what is the stand of", a retired US Army officer's jargon ("force posture", "forward presence", "theater"), a German exchange student's literal translations and compound nouns, a podcaster's loose summary before asking, a fact-checker's "is it accurate that" and "where does it say" and follow-ups asking "what about Seoul?", "did anyone else echo that?" or "which paper?" type it, and blind-seeds-146.json that mix as a Filipino nurse's Taglish-flavoured English, a diplomat's hedged wording ("to what extent", "would it be fair to say"), a teenager's slang ("wdym", "ngl", "fr"), a Brazilian economist's costs and money, a librarian's which outlet, headline and date and follow-ups asking "and the Chinese side?", "who else?" or "same day?" type it (both written at the start of the fifty-first session), blind-seeds-147.json that mix as a Nigerian journalist's formal English ("what is the position of", "kindly clarify"), a debate coach's "what is the strongest argument that", an elderly reader's half-remembered names ("that Chinese lady spokesperson", "the NATO boss"), a Korean-American student's romanised Korean words ("Bukhan", "ilbon"), a crossword fan's "what word did they use for" and follow-ups asking "why though?", "and Tokyo's reply?" or "what outlet said that?" type it, and blind-seeds-148.json that mix as a Mexican translator's Spanish word order ("what said the Chinese ministry"), a busy executive's lower case without punctuation, a conspiracy-minded reader's loaded premises ("isn't it true NATO is secretly"), a history teacher's background and precedents, a data analyst's counts, dates and sources and follow-ups asking "source?", "and before that?" or "did RT say so too?" type it (both written at the start of the fifty-second session).
 * Each was measured before any rule was changed for it; then its odd-numbered half was tuned on and its even half
 * kept sealed (only its figures are printed).
 */
import { readFileSync } from 'node:fs';
import type { DevQuestion } from './devSet.ts';

export interface BlindSeeds {
  tuned: DevQuestion[];
  sealed: DevQuestion[];
  /** The chrome the boilerplate-trap questions name: what no top 3 may hold. */
  chrome: string[];
}

/** The blind sets, by file name. */
export const BLIND_SETS = [
  'blind-seeds.json',
  'blind-seeds-2.json',
  'blind-seeds-3.json',
  'blind-seeds-4.json',
  'blind-seeds-5.json',
  'blind-seeds-6.json',
  'blind-seeds-7.json',
  'blind-seeds-8.json',
  'blind-seeds-9.json',
  'blind-seeds-10.json',
  'blind-seeds-11.json',
  'blind-seeds-12.json',
  'blind-seeds-13.json',
  'blind-seeds-14.json',
  'blind-seeds-15.json',
  'blind-seeds-16.json',
  'blind-seeds-17.json',
  'blind-seeds-18.json',
  'blind-seeds-19.json',
  'blind-seeds-20.json',
  'blind-seeds-21.json',
  'blind-seeds-22.json',
  'blind-seeds-23.json',
  'blind-seeds-24.json',
  'blind-seeds-25.json',
  'blind-seeds-26.json',
  'blind-seeds-27.json',
  'blind-seeds-28.json',
  'blind-seeds-29.json',
  'blind-seeds-30.json',
  'blind-seeds-31.json',
  'blind-seeds-32.json',
  'blind-seeds-33.json',
  'blind-seeds-34.json',
  'blind-seeds-35.json',
  'blind-seeds-36.json',
  'blind-seeds-37.json',
  'blind-seeds-38.json',
  'blind-seeds-39.json',
  'blind-seeds-40.json',
  'blind-seeds-41.json',
  'blind-seeds-42.json',
  'blind-seeds-43.json',
  'blind-seeds-44.json',
  'blind-seeds-45.json',
  'blind-seeds-46.json',
  'blind-seeds-47.json',
  'blind-seeds-48.json',
  'blind-seeds-49.json',
  'blind-seeds-50.json',
  'blind-seeds-51.json',
  'blind-seeds-52.json',
  'blind-seeds-53.json',
  'blind-seeds-54.json',
  'blind-seeds-55.json',
  'blind-seeds-56.json',
  'blind-seeds-57.json',
  'blind-seeds-58.json',
  'blind-seeds-59.json',
  'blind-seeds-60.json',
  'blind-seeds-61.json',
  'blind-seeds-62.json',
  'blind-seeds-63.json',
  'blind-seeds-64.json',
  'blind-seeds-65.json',
  'blind-seeds-66.json',
  'blind-seeds-67.json',
  'blind-seeds-68.json',
  'blind-seeds-69.json',
  'blind-seeds-70.json',
  'blind-seeds-71.json',
  'blind-seeds-72.json',
  'blind-seeds-73.json',
  'blind-seeds-74.json',
  'blind-seeds-75.json',
  'blind-seeds-76.json',
  'blind-seeds-77.json',
  'blind-seeds-78.json',
  'blind-seeds-79.json',
  'blind-seeds-80.json',
  'blind-seeds-81.json',
  'blind-seeds-82.json',
  'blind-seeds-83.json',
  'blind-seeds-84.json',
  'blind-seeds-85.json',
  'blind-seeds-86.json',
  'blind-seeds-87.json',
  'blind-seeds-88.json',
  'blind-seeds-89.json',
  'blind-seeds-90.json',
  'blind-seeds-91.json',
  'blind-seeds-92.json',
  'blind-seeds-93.json',
  'blind-seeds-94.json',
  'blind-seeds-95.json',
  'blind-seeds-96.json',
  'blind-seeds-97.json',
  'blind-seeds-98.json',
  'blind-seeds-99.json',
  'blind-seeds-100.json',
  'blind-seeds-101.json',
  'blind-seeds-102.json',
  'blind-seeds-103.json',
  'blind-seeds-104.json',
  'blind-seeds-105.json',
  'blind-seeds-106.json',
  'blind-seeds-107.json',
  'blind-seeds-108.json',
  'blind-seeds-109.json',
  'blind-seeds-110.json',
  'blind-seeds-111.json',
  'blind-seeds-112.json',
  'blind-seeds-113.json',
  'blind-seeds-114.json',
  'blind-seeds-115.json',
  'blind-seeds-116.json',
  'blind-seeds-117.json',
  'blind-seeds-118.json',
  'blind-seeds-119.json',
  'blind-seeds-120.json',
  'blind-seeds-121.json',
  'blind-seeds-122.json',
  'blind-seeds-123.json',
  'blind-seeds-124.json',
  'blind-seeds-125.json',
  'blind-seeds-126.json',
  'blind-seeds-127.json',
  'blind-seeds-128.json',
  'blind-seeds-129.json',
  'blind-seeds-130.json',
  'blind-seeds-131.json',
  'blind-seeds-132.json',
  'blind-seeds-133.json',
  'blind-seeds-134.json',
  'blind-seeds-135.json',
  'blind-seeds-136.json',
  'blind-seeds-137.json',
  'blind-seeds-138.json',
  'blind-seeds-139.json',
  'blind-seeds-140.json',
  'blind-seeds-141.json',
  'blind-seeds-142.json',
  'blind-seeds-143.json',
  'blind-seeds-144.json',
  'blind-seeds-145.json',
  'blind-seeds-146.json',
  'blind-seeds-147.json',
  'blind-seeds-148.json',
] as const;

export function readBlindSeeds(file: (typeof BLIND_SETS)[number] = 'blind-seeds.json'): BlindSeeds {
  const questions = JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as DevQuestion[];
  const number = (question: DevQuestion) => Number(question.id.replace(/\D+/g, ''));
  return {
    tuned: questions.filter((question) => number(question) % 2 === 1),
    sealed: questions.filter((question) => number(question) % 2 === 0),
    chrome: questions
      .filter((question) => question.kind === 'boilerplate-trap')
      .flatMap((question) => question.expect.mustNotContain ?? []),
  };
}
