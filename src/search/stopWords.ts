/**
 * Words that carry no topic: function words, question words, and the verbs of asking and reporting
 * ("what did X say about Y" is about X and Y), with what is left of a negative contraction split at its
 * apostrophe ("isn't" -> isn; "won't" leaves "won", a currency too). Plain data; extend as needed.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing done down during each either else ever few for from further get gets got
  had has have having he her here hers herself him himself his how i if in into is it its itself just let lets me
  more most much my myself no nor not now of off on once only or other our ours ourselves out over own per please
  same she should so some such than that the their theirs them themselves then there these they this those through
  to too under until up upon us very via was we were what whatever when where whether which while who whom whose why
  will with within without would yet you your yours yourself yourselves
  say says said saying tell tells told talk talked mention mentioned report reported reports reporting
  according anything something someone anyone thing things know think any
  give show find explain describe summarize summarise regarding re concerning
  outlet outlets article articles coverage story stories piece pieces
  many much
  instead rather already still even actually really perhaps maybe quite exactly anyway
  toward towards across around among amongst behind beyond despite inside outside onto near along amid amidst
  besides unlike alongside throughout whereas though although unless since ago
  quote quoted quotes quoting
  whats whos hows wheres whens dont doesnt didnt isnt arent wasnt werent wont cant im ive
  ought ones stuff whatnot etc
  aren couldn didn doesn don hadn hasn haven isn mightn mustn needn shouldn wasn weren wouldn ain`
    .split(/\s+/)
    .filter(Boolean),
);
