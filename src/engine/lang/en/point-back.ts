// Answers that point back to a claim reported before: "The ministry denied
// this on Monday", "Kyiv rejected the claim", "That account was disputed by
// two witnesses", "Both claims were rejected by the fire service". The claim
// of such an answer is the one it points to, not its own object.

/** Verbs that answer a claim named by a noun or a pronoun: "denied the report", "dismissed it". */
export const POINT_BACK_VERBS: ReadonlySet<string> = new Set(['deny', 'dismiss', 'reject', 'dispute', 'confirm', 'rebut', 'refute', 'contest', 'challenge', 'contradict', 'echo']);

/** Verbs that report only when they answer such a claim ("contested the account"; "contested the election" says nothing). */
export const POINT_ONLY_VERBS: ReadonlySet<string> = new Set(['contest', 'challenge', 'contradict', 'echo']);

const CLAIM_NOUN = '(?:claims?|suggestions?|reports?|rumou?rs?|speculation|allegations?|accusations?|accounts?|story|stories|idea|views?|characteri[sz]ation|notion|assertion|argument|criticism|assessment|concerns?|sentiments?|version(?:\\s+of\\s+events)?)';
/** What the claim noun is about: "the account of the looting", "the reports of a ceasefire" (see pointedTopic). */
const ABOUT = "(?:\\s+(?:of|about)\\s+(?:the|a|an|any|his|her|their|its)\\s+[\\p{Ll}-]+)?";

/** A determiner, a possessive, or both: "the", "those", "Hale's", "the company's". */
const OWNER = "(?:(?:the|that|this|these|those|such|both|his|her|their|its)\\s+(?:[\\p{L}.-]+['’]s?\\s+)?|[\\p{L}.-]+['’]s?\\s+)";

/** What may close the answer after its object: a time, a manner, a setting ("on Monday", "outright", "in a statement"). */
const SETTING = '(?:\\s+(?:on|in|at|during|last|this|as|outright|flatly|strongly|firmly|categorically|vehemently|immediately|swiftly|later|again|repeatedly|publicly|too|also|altogether|entirely|completely)\\b(?:\\s+(?!(?:he|she|they|it|we|i|there|that|is|are|was|were|had|has|have|would|will|could|did)\\b)[\\p{L}\\p{N}’-]+){0,5}|\\s+as\\s[^;]*)?';

/** "the suggestion", "that view", "the reports on Friday", "those claims as nonsense", "the company's account". */
export const POINT_BACK_OBJECT = new RegExp(`^${OWNER}(?:[\\p{Ll}-]+\\s+)?${CLAIM_NOUN}\\b${ABOUT}${SETTING}$`, 'u');

/** The topic word of such an object ("looting" in "the account of the looting"), to find the claim it names. */
const TOPIC = new RegExp(`${CLAIM_NOUN}\\s+(?:of|about)\\s+(?:the|a|an|any|his|her|their|its)\\s+([\\p{Ll}-]+)`, 'u');
export function pointedTopic(object: string): string | null {
  const m = TOPIC.exec(object);
  return m ? m[1]! : null;
}

/** A pronoun object right after the verb, then only a setting: "denied this.", "rejected it on Monday,", "disputed that in a statement". */
export const POINT_BACK_PRONOUN = new RegExp(`^\\s*(?:that|this|it|them|both)${SETTING}\\s*(?:[,.;]|$)`, 'u');

/** The subject of a passive answer: "That account was disputed by …", "Both claims were rejected by …". */
export const POINT_BACK_SUBJECT = new RegExp(`^(?:but\\s+|however,?\\s+)?${OWNER}(?:[\\p{Ll}-]+\\s+)?${CLAIM_NOUN}(?:\\s+(?:have|has|had))?\\s*$`, 'iu');

/** The text right after the verb starts an answer to a claim before (what POINT_ONLY_VERBS require). */
export function pointsBack(after: string): boolean {
  return POINT_BACK_PRONOUN.test(after) || POINT_BACK_OBJECT.test(after.replace(/[.;,]?\s*$/, '').trim());
}
