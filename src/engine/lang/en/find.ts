// The English rules: for each sentence, find cues, the source of each cue
// (before or after it), the content it governs, and resolve who the source
// is (pronouns, surnames, "the campaign", "the paper").
import type { ExtraLexicon, Grade, Span } from '../../types.js';
import { kindOfGrade } from '../../types.js';
import type { Candidate, DocView, Quote } from '../types.js';
import { tokenize, isQuote, type Tok } from './tokens.js';
import { findCues, extraVerbForms, titleCase, type Cue } from './cues.js';
import { subjectBefore, phraseAfter, skipVerbPrefix, skipAfterVerb, relativeSubject, unclosedAppositive, type Phrase } from './np.js';
import { classify, spanText, UNNAMED_WHEN_ALONE, type SourceInfo } from './classify.js';
import { Entities, type Mention } from './entities.js';
import { commonPlural, demonym, nameType, tradeNoun } from './tagger.js';
import { QuoteIndex } from './quotes-view.js';
import { Claims, markEnd, TRAIL, POINTED_NOUN } from './content.js';
import { nounFrames, ownerFrom, subjectClaimEnd } from './noun-cues.js';
import { resolveForward, resolveSelfNamed, resolveDelayedName, resolveCounsel, dropEmbedded, quoteParagraphs } from './passes.js';
import { COURT_HEDGES } from './lexicon/phrases.js';
import { POINT_BACK_VERBS, POINT_ONLY_VERBS, POINT_BACK_OBJECT, POINT_BACK_PRONOUN, POINT_BACK_SUBJECT, pointedTopic } from './point-back.js';
import type { Emitted } from './emitted.js';
import { ANONYMITY_REASONS, ANONYMOUS_HEADS, DOCUMENT_HEADS, KNOWING_ALT } from './lexicon/anonymous.js';
/** Plural heads of unnamed people ("officials", "specialists"). */
/** A dash closing a dateline. */
/** A claim noun and its "that" opening what an answer rejects: "claims that", "the allegations that". */
const CLAIM_NOUN_THAT = /^(?:(?:the|any|all|those|these|such)\s+)?(?:claims?|allegations?|accusations?|suggestions?|reports?|rumou?rs?|assertions?)\s+that\s+/i;
const DASH_CLOSE = /^[-—–]$/;
const PLURAL_PEOPLE: ReadonlySet<string> = new Set(Object.values(ANONYMOUS_HEADS));
import { ORG_DESCRIPTIONS, ORG_NAME_HEADS, ROLE_NOUNS, isBodyNoun } from './lexicon/titles.js';
import { CAPITAL_COUNTRIES, DEMONYM_COUNTRIES } from './lexicon/capitals.js';
import { NOT_SOURCE, SUBJECT_PRONOUNS, DETERMINERS, NP_STOP, GROUP_NAMES } from './lexicon/words.js';
import { countBelow } from '../../sorted.js';
import { isDateWord } from './dates.js';

/** Singular heads of an unnamed person ("a colleague", "an aide"). */
const SINGULAR_HEADS = new Set(Object.keys(ANONYMOUS_HEADS));
function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}

/** The gender words describing a person give ("a woman who …", "a neighbour … because she feared"), else null. */
function genderOfWords(words: string): 'm' | 'f' | null {
  const f = /\b(?:woman|mother|wife|sister|daughter|girl|she|her|grandmother|widow|mum|mom|aunt|niece|girlfriend)\b/i.test(words);
  const m = /\b(?:man|father|husband|brother|son|boy|he|his|him|grandfather|widower|dad|uncle|nephew|boyfriend)\b/i.test(words);
  return f === m ? null : f ? 'f' : 'm';
}
/** A plural group a later "they" can point to: "many analysts", "Cruz’s allies", "opponents". */
const GROUP_PHRASE = new RegExp(`(?:\\b(?:many|some|most|several|other|few|the|these|those|his|her|their)\\s+)?(?:[\\p{L}’'-]+\\s+){0,2}\\b(?:${[...new Set([...Object.values(ANONYMOUS_HEADS), ...GROUP_NAMES])].filter((w) => w.endsWith('s')).join('|')})\\b`, 'giu');
/** Offices a headline names bare ("mayor says", "minister denies"). */
const OFFICE_NOUNS = new Set(['president', 'senator', 'governor', 'minister', 'mayor', 'judge', 'ambassador', 'chairman', 'chairwoman', 'chair', 'director', 'commissioner', 'chancellor', 'manager', 'chief', 'ceo', 'founder', 'coach', 'sheriff', 'prosecutor', 'premier', 'captain', 'owner', 'boss', 'widow', 'mother', 'father', 'wife', 'husband', 'pope', 'king', 'queen', 'mp']);
/** Records of a case that "the …" names by itself (no issuer needed): "the indictment", "the complaint". */
/** "The team, led by epidemiologist Miriam Okafor", "lead author Dr Ann Roe", "the study's lead researcher, Ann Roe". */
const STUDY_LEAD = /\b(?:(?:team|study|research|researchers|project|trial|work),?\s+(?:was\s+)?led\s+by|lead\s+(?:author|researcher|scientist|investigator),?)\s+(?:(?:an?|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:(?:Dr|Prof|Professor)\.?\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:de|del|van|von|der|da|di|du|la|le|bin|al|dos)\s+)*\p{Lu}[\p{L}’'-]+){1,2})/u;
/** "Dr Ann Roe, the study's lead author", "Ann Roe, a biologist at Kelby University who led the research": the name first. */
const STUDY_LEAD_AFTER = /(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}),\s+(?:(?:the\s+)?(?:study|paper|report|research|trial|review)['’]s\s+(?:senior\s+|first\s+|co-)?lead\s+(?:author|researcher|scientist|investigator)|(?:the\s+|a\s+)?(?:senior\s+|first\s+|co-)?lead\s+(?:author|researcher|scientist|investigator)\s+(?:of|on|for)\s+the\s+(?:study|paper|report|research|trial|review)|(?:(?:a|an|the)\s+[^,.;“”"]{1,80}?\s+)?who\s+(?:co-)?led\s+the\s+(?:study|research|team|work|project|trial|review))\b/u;
/** "Dominic Harle, 47, denies arson", "Roe pleaded not guilty", "Roe, who is accused of fraud": the one on trial. */
const DEFENDANT = /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?:,\s*\d{1,3},)?(?:,\s*who)?\s+(?:denies|denied|has denied|pleaded not guilty|pleads not guilty|has pleaded not guilty|is accused|was accused|is charged|was charged|stands accused)\b/gu;
/** Papers one can name by what they are ("the audit", "the first information report"); recordings, posts and data are not. */
/** Pictures and recordings of a scene ("images", "videos posted online", "footage"). */
const PICTURES = /^(?:images?|photos?|photographs?|pictures?|videos?|footage|clips?)$/;
/** Bare source nouns that may close a headline after a colon or a dash ("…: report", "… – sources"). */
const TRAILING_LABELS = /^(?:report|reports|sources|source|officials|police|poll|survey|study|insiders|witnesses)$/;
/** Right after a cue: "said in a news release", "told investors in a regulatory filing on Friday": the paper it came in. */
const ISSUED_IN = new Map<string, RegExp>();
function issuedInPaper(head: string): RegExp {
  let re = ISSUED_IN.get(head);
  if (!re) ISSUED_IN.set(head, re = new RegExp(`^[^.;“”"]{0,30}?\\b(?:in|via|through)\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}${head.replace(/[^\p{L} -]/gu, '')}\\b`, 'iu'));
  return re;
}
const PAPERS = new Set(['report', 'audit', 'notice', 'memo', 'transcript', 'letter', 'study', 'review', 'assessment', 'inquiry', 'investigation', 'evaluation', 'analysis', 'forecast', 'projection', 'census', 'autopsy', 'post-mortem', 'inquest', 'filing', 'indictment', 'complaint', 'lawsuit', 'ruling', 'order']);
/** A force that opens its name with the word ("Police Scotland", "Police Service of Northern Ireland"). */
const POLICE_FIRST = /^Police\s\p{Lu}/u;
/** Countries whose one national force is called "<Country> Police" ("New Zealand Police", "Kenya Police"). */
const NATIONAL_POLICE = new Set(['New Zealand', 'Kenya', 'Uganda', 'Nigeria', 'Ghana', 'Zambia', 'Sri Lanka', 'Nepal', 'Bangladesh', 'Israel', 'Iceland']);
/**
 * A national body of one of those countries, by the country's name or its short form, ending in a body noun ("NZ
 * Transport Agency", "Kenya Revenue Authority"): a story that cites one, and names no country in its lead, is set there.
 */
const NATIONAL_BODY = /\b(New Zealand|NZ|Kenya|Uganda|Nigeria|Ghana|Zambia|Sri Lanka|Nepal|Bangladesh|Israel|Iceland)(?:\s+\p{Lu}[\p{L}-]+){0,3}\s+(?:Agency|Authority|Commission|Ministry|Department|Service|Board|Council|Directorate|Bureau)\b/u;
const COUNTRY_SHORT: Readonly<Record<string, string>> = { NZ: 'New Zealand' };
/** Numbers a body publishes: "the figures", "the data", "the statistics". */
const DATA_HEADS = new Set(['figure', 'data', 'statistic', 'number', 'result']);
const LEGAL_RECORDS = new Set(['indictment', 'complaint', 'lawsuit', 'ruling', 'verdict', 'affidavit', 'judgment', 'judgement', 'warrant', 'subpoena', 'filing', 'motion', 'petition', 'charge sheet', 'court papers']);
/** "that view, diplomats said": an object without the report that the sentence ends with. */
function withoutTrailingReport(after: string): string {
  const m = /^([^,“”"]*),\s+[^,“”"]{1,60}\s(?:said|say|says|told\s+\S+|reported|added)\s*[.!]?\s*$/.exec(after);
  return m ? m[1]! : after;
}

/** Participles whose own clause is their claim (", adding the plan had failed"), unlike "describing", "calling". */
const CLAUSE_PARTICIPLES = new Set(['add', 'note', 'say', 'argue', 'insist', 'warn', 'explain', 'claim', 'suggest', 'stress', 'acknowledge', 'admit', 'predict', 'contend', 'maintain', 'assert', 'concede', 'promise', 'vow', 'pledge', 'emphasize', 'emphasise', 'reveal', 'confirm', 'deny', 'announce', 'declare', 'complain', 'estimate']);
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', "'re", "'ve", "'ll"]);
const NOT_SUBJECT = /^(?:In|On|At|For|With|From|By|As|After|Before|During|Since|But|And|Or|So|Yet|Then|Now|Still|Also|Even|Here|There|This|That|It|When|While|If|Although|Though|Because)$/;
const COLON_STOP = new Set(['the latest', 'update', 'updated', 'editor', "editor's note", 'note', 'breaking', 'watch', 'related', 'photos', 'photo', 'video', 'read', 'more', 'correction', 'exclusive', 'opinion', 'analysis', 'live', 'transcript', 'q', 'a', 'source', 'sources', 'credit', 'listen', 'see also', 'warning', 'disclosure', 'full disclosure', 'also', 'plus', 'bottom line', 'why', 'what', 'who', 'when', 'where', 'how', 'update', 'reporting', 'contact']);

const CORE_END = new RegExp(`\\s+(?:${KNOWING_ALT}|with|who|at|in|from|of|for|on|speaking)\\b`);
/** Where a source's head noun ends: a preposition, a relative word or a describing adjective or participle. */
const HEAD_END = new RegExp(`^(?:of|at|for|with|from|in|on|to|by|${KNOWING_ALT}|who|which|that|near|inside|within|among|speaking|talking|present)$`);

/** The last word of a phrase before a clause about it, lower case ("one diplomat familiar with the talks" → "diplomat"). */
function lastWordOf(phrase: string): string {
  const core = phrase.toLowerCase().split(CORE_END)[0]!;
  return /([\p{L}-]+)\W*$/u.exec(core)?.[1] ?? '';
}

/** "…, a claim echoed by …", "…, a view shared by …": nouns for the clause before, verbs of agreeing with it. */
const ECHO_NOUNS = /^(?:claim|view|assessment|concern|fear|position|sentiment|argument|charge|allegation|account|estimate|forecast|prediction|warning|finding|conclusion|point|criticism|complaint)$/;
const ECHO_VERBS = /^(?:echoed|shared|backed|supported|disputed|rejected|denied|contested|confirmed|challenged|repeated|questioned|endorsed|voiced)$/;

/** Body nouns for a business: "the company" is never the union or the council named last. */
const COMPANY_KINDS = new Set(['company', 'firm', 'bank', 'corporation', 'airline', 'carrier', 'insurer', 'automaker', 'retailer', 'carmaker', 'chipmaker', 'drugmaker', 'conglomerate', 'brewer', 'publisher', 'supermarket', 'startup', 'studio']);
/** Body nouns for a public body: "the agency" is never the drone maker named last. */
const PUBLIC_KINDS = new Set(['opposition', 'palace', 'agency', 'ministry', 'department', 'council', 'commission', 'authority', 'regulator', 'watchdog', 'court', 'government', 'administration', 'parliament', 'embassy', 'bureau', 'board',
  'prefecture', 'municipality', 'governorate', 'directorate', 'secretariat', 'inspectorate', 'registry', 'akimat', 'mayoralty', 'consulate', 'ombudsman']);
/** The object of a plea: a crime or the charges ("denies arson", "denied all charges", "denies two counts of fraud"). */
const PLEA = /^(?:(?:all|both|the|two|three|four|five|several)\s+)?(?:(?:charges?|counts?)\b|(?:arson|murder|manslaughter|fraud|rape|assault|theft|robbery|burglary|kidnapping|bribery|embezzlement|stalking|harassment|perjury|misconduct|attempted)\b)/;
/** Public bodies one description may stand for: "the ministry" may be the Foreign Office, never a court or a council. */
const PUBLIC_GROUPS: readonly string[][] = [
  ['council', 'authority', 'board', 'administration'],
  ['ministry', 'department', 'office', 'government', 'administration', 'service', 'agency', 'bureau'],
  ['agency', 'regulator', 'watchdog', 'authority', 'commission', 'bureau', 'office', 'service', 'board', 'administration', 'department', 'committee'],
  ['court', 'tribunal'],
  ['parliament', 'assembly', 'congress'],
  ['embassy', 'consulate'],
  // (A local administration is its own kind: "the prefecture" is no ministry named before.)
  ['prefecture', 'municipality', 'governorate', 'akimat', 'mayoralty', 'council', 'administration'],
  ['directorate', 'secretariat', 'inspectorate', 'registry', 'ombudsman'],
  ['palace'],
  ['opposition'],
  ['government', 'administration', 'ministry', 'office', 'cabinet'],
  ['commission', 'committee', 'board'],
];
/** Can a body so named be what "the <kind>" means? Its name says a body of a kindred kind, or it is an acronym. */
function publicFits(kind: string): (name: string) => boolean {
  // ("the opposition" is no ministry or bureau named before.)
  if (kind === 'opposition') return (name) => /\bopposition\b/i.test(name);
  const group = PUBLIC_GROUPS.filter((g) => g.includes(kind)).flat();
  return (name) => {
    const end = PUBLIC_BODY_END.exec(name)?.[0]?.toLowerCase().replace(/['’]$/, '');
    if (end) return !group.length || group.includes(end);
    // ("Office for National Statistics", "Centers for Disease Control and Prevention": a public body's kind may open its
    // name, before "of" or "for".)
    return /^\p{Lu}{2,6}$/u.test(name) && !NAMED_ONLY_KINDS.has(kind) || /^(?:Department|Ministry|Office|Bureau) of /.test(name) || /^(?:Office|Agency|Commission|Administration|Authority|Centers|Centres|Bureau|Service) for /.test(name);
  };
}
/** Bodies of other kinds that one description may stand for ("the charity" may be a society or a trust, not a university). */
const OTHER_GROUPS: readonly string[][] = [
  ['charity', 'trust', 'foundation', 'society', 'fund', 'association', 'appeal'],
  ['university', 'college', 'institute', 'school'],
  ['hospital', 'trust', 'clinic'],
  ['club', 'team'],
  ['union', 'federation', 'association', 'congress'],
  // ("The army said" is no statistics office quoted before.)
  ['army', 'military', 'navy', 'forces'],
];
const BODY_WORD = /\b(Union|Council|Agency|Ministry|Department|Police|Court|Commission|Committee|Party|Government|Service|Authority|Office|Bureau|Parliament|University|College|Institute|School|Hospital|Clinic|Charity|Trust|Foundation|Society|Fund|Association|Federation|League|Club|Army|Navy|Embassy|Board)\b/g;
const BODY_WORD_IN = new RegExp(BODY_WORD.source);
/** Where and when an object was given, closing it: " on Instagram on Sunday", " in an interview", " on social media". */
const OBJECT_SETTING = /\s+(?:(?:on|in|via)\s+(?:(?:Instagram|Twitter|X|Facebook|TikTok|Threads|LinkedIn|YouTube|Telegram|social\s+media)|(?:an?|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?(?:interview|statement|post|video|podcast|broadcast|speech))|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s+(?:on|in|at|last|this)\s+[\p{L}\d]+)*\s*$/u;
/** Words before an opponent's name: "defeat to Kelby Town", "against Rovers", "Harlow v Kelby". */
// ("a 4-0 defeat by local rivals Ardgowan Rovers", "beat derby rivals X": rivals, and the side a defeat came by.)
const OPPONENT_BEFORE = /\b(?:(?:to|against|over|v|vs|versus|beat|beating|by)\.?\s+(?:(?:local|city|derby|bitter|fierce|old|arch|league|title|promotion)[\s-]+)?(?:rivals?\s+)?|rivals\s+)$/i;
/** Nouns one research paper goes by: "a report by …", then "the study". */
const PAPER_FAMILY = ['report', 'study', 'review', 'paper', 'analysis', 'assessment'];
/** A sentence opening on a paper and who wrote it: "The 48-page report, prepared by the law firm Dunmore & Pratt". */
const PAPER_AUTHOR_OPENS = /^The\s+(?:[\p{L}\d-]+\s+){0,2}(?:report|review|study|audit|investigation|inquiry|analysis|assessment|findings)\s*,\s*(?:prepared|conducted|compiled|carried\s+out|written|produced)\s+by\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}'’.-]*(?:\s+(?:&|and|of|\p{Lu}[\p{L}'’.-]*))*)/u;
/** Words before the outlet one spoke or wrote in: "speaking on BBC Radio", "writing in The Times". */
const SPOKEN_ON = /\b(?:speaking|talking|appearing|writing)\s+(?:on|in|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}$/u;
/** Those who speak for a person: "her representative", "the star's publicist", "the rep". */
const REPS = /^(?:rep|representative|publicist|spokes(?:man|woman|person))$/;
const REP_WORDS = /\b(?:rep|reps|representatives?|publicists?|spokes(?:man|woman|person))\b/i;
const ANON_PLURAL_WORDS = new Set(Object.values(ANONYMOUS_HEADS));
/** For a kind with kindred kinds: a name that says it is a body of an unrelated kind is not meant. */
function otherFits(kind: string): ((name: string) => boolean) | undefined {
  const group = OTHER_GROUPS.filter((g) => g.includes(kind)).flat();
  if (!group.length) return undefined;
  return (name) => {
    const words = name.match(BODY_WORD);
    return !words || words.some((w) => group.includes(w.toLowerCase()));
  };
}
/** Last words of the names a kind of body goes by when the name does not say the kind ("her label" → "… Records"). */
const CLUB_NAME_ENDS = ['fc', 'afc', 'united', 'city', 'town', 'rovers', 'wanderers', 'athletic', 'albion', 'county', 'rangers', 'celtic', 'hotspur', 'villa', 'harriers', 'dynamo', 'sporting', 'olympic', 'club', 'rfc'];
const KIND_NAME_WORDS: Readonly<Record<string, readonly string[]>> = {
  label: ['records', 'recordings', 'music', 'entertainment'],
  // ("According to The Rugby Paper, the club has told …": the club is "Harlow Wanderers", not the paper.)
  club: CLUB_NAME_ENDS,
  side: CLUB_NAME_ENDS,
};
/** Kinds an acronym never stands for ("the council" is no "CCTV"). */
const NAMED_ONLY_KINDS = new Set(['opposition', 'council', 'court', 'parliament', 'embassy', 'palace']);
/** People who comment from a firm of their own: "analysts at …", "an economist with …", "head of research at …". */
const EXPERT_AT = /\b(?:analysts?|economists?|strategists?|researchers?|research|professor|lecturer|scientists?|experts?|fellow|consultants?|traders?|brokers?)\s+(?:at|with)\s+(?:the\s+)?$/i;
// (Nor a seat of learning or care named for its place: "University of Toyama", "College of Policing", "Hospital for Sick Children".)
const CENTRE_END = /\b(?:Center|Centre)['’]?$|^(?:Department|Ministry|Office|Bureau|Agency|Commission|Administration|Authority|Centers|Centres|Centre|Center|Service|University|College|School|Hospital|Institute|Museum)\s+(?:of|for)\s/;
const PUBLIC_BODY_END = /\b(?:Union|Council|Agency|Ministry|Department|Police|Court|Commission|Committee|Party|Government|Service|Authority|Office|Bureau|Parliament|University|Institute|Hospital|Charity|Foundation|Association|Federation|League|Army|Navy|Embassy|Constabulary|Administration|Board|Regulator|Workers)['’]?$/;

/** No auxiliary, modal or past form ahead: what follows is no clause. */
const NO_VERB_AHEAD = String.raw`(?!.*\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|did|does|do|\p{L}+ed|\p{L}+n't)\b)`;
/** Words with no auxiliary, modal or past form among them: a noun phrase, not a clause. */
/** Text taken from the article, read literally inside a pattern. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const NO_CLAUSE = new RegExp(`^${NO_VERB_AHEAD}`, 'su');
/** Up to six such words: a thing, not a clause ("fiction on the side"). */
const SHORT_THING = new RegExp(String.raw`^${NO_VERB_AHEAD}(?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+[.,;]?$`, 'u');

/** Irregular past tenses that open a first clause before "… and said": "met the family and said". */
const PAST_IRREGULAR = new Set(['met', 'held', 'took', 'made', 'gave', 'spoke', 'left', 'went', 'sent', 'led', 'won', 'lost', 'hit', 'struck', 'sat', 'stood', 'wrote', 'brought', 'thought', 'sought', 'began', 'came', 'drew', 'threw', 'read', 'shot', 'fought', 'broke', 'chose', 'rose', 'set', 'put', 'cut', 'paid', 'laid', 'ran', 'saw', 'swore', 'withdrew', 'upheld', 'overturned']);
/** What a source puts out, and the verbs of putting it out: "issued a statement saying …", "posted a video calling …". */
const ISSUED_THINGS = /^(?:statement|message|letter|note|post|video|tweet|release|memo|email|e-mail|update|notice|response|reply)$/;
const ISSUING_VERBS = /^(?:issued|released|posted|published|sent|shared|put|filed|delivered|issues|releases|posts|publishes|sends|shares|puts|files)$/;
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'who', 'which', 'those']);
/** Words of a short setting between an impersonal cue and its "that": "on Monday", "last week", "in court". */
const SETTING_WORDS = /^(?:on|in|at|last|this|earlier|later|late|early|overnight|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend|court|parliament|also|previously|now|recently|publicly|officially)$/;
/** Impersonal announcements, which need their "that" (or to trail the claim). */
const ANNOUNCED = /^it (?:was|has been|had been|is) (?:announced|confirmed|revealed|disclosed|learned|learnt)$/;
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'did', 'does', "n't", 'not', 'to', 'also', 'often', 'still', 'sometimes', 'usually', 'never', 'and', 'or']);

/** Where an unnamed source's own description ends and a clause about it begins. */
const ANON_SPEAKER_END = /,\s*(?:and\s+)?(?:who|which|speaking|talking|released|published|issued|dated|citing|quoting)\b|\s+(?:who\s+)?(?:spoke|speaking|talking)\s+(?:on\s+(?:the\s+)?condition|anonymously|privately|on\s+background)\b|\s+who\s+(?:(?:was|were|is|are)\s+not\s+(?:authorized|authorised|permitted|allowed|cleared)|declined\s+to\s+(?:be|give)|refused\s+to\s+(?:be|give)|asked\s+not\s+to\s+be|asked\s+that|requested\s+anonymity|insisted\s+on\s+anonymity|did\s+not\s+(?:want|wish)\s+to\s+be|gave\s+only)\b/i;

/**
 * The summary's name for an unnamed source: the phrase without the clause the writer adds about it
 * ("Two officials, who spoke on condition of anonymity because …" → "Two officials"; the reason is kept apart).
 */
export function anonymousSpeaker(speaker: string): string {
  const m = ANON_SPEAKER_END.exec(speaker);
  // (", and" closes the first of two who-clauses: "A rider who has worked for both firms, and who …".)
  return (m && m.index > 0 ? speaker.slice(0, m.index).trim() : speaker).replace(/,\s*and$/i, '');
}

/**
 * The lower-case words before a phrase's head that set it apart from another of its kind ("the ambulance service" →
 * ambulance; "the officials, who added …" → none): a source it points to must have them too.
 */
function distinguishingWords(phrase: string): string[] {
  const core = phrase.toLowerCase().split(/,|\s(?:who|which|that|whose)\s/)[0]!.trim();
  return core.split(/\s+/).slice(0, -1).filter((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !DETERMINERS.has(w) && !GENERIC_MODIFIERS.has(w));
}

/** Words that refer back without setting a source apart: "the other official", "the two officials", "the same source". */
const GENERIC_MODIFIERS = new Set(['other', 'same', 'first', 'second', 'third', 'latter', 'former', 'one', 'two', 'three', 'four', 'five', 'both', 'several', 'unnamed', 'anonymous', 'said']);

/** Words that open a clause after a verb: "insist the striker …", "claim that …", "say it …". */
const CLAUSE_OPENERS = /^(?:that|the|a|an|it|its|they|their|he|she|his|her|we|our|there|this|these|those|no|none|all|any|[“"‘:])$/;

/**
 * A base-form verb ("say", "predict") needs a plural subject or an auxiliary: "the pollster predict" is no clause.
 * A named body may take one, as British English writes ("Arsenal insist the striker is not for sale", "Ofwat say
 * …"), when a clause follows the verb (not "the company report found …", a noun).
 */
function agrees(toks: Tok[], cue: Cue, src: Phrase, grade?: Grade): boolean {
  if (cue.form !== 0) return true;
  const last = toks[src.coreTo - 1];
  if (grade === 'organization' && last && (last.cap || isBodyNoun(last.lo)) && CLAUSE_OPENERS.test(toks[cue.to]?.lo ?? '')) return true;
  // ("Sato would only say that …", "she would simply say": an adverb between the modal and the verb.)
  let b = cue.from - 1;
  while (b > src.coreTo && /^(?:only|just|simply|merely)$/.test(toks[b]!.lo)) b--;
  const before = toks[b];
  if (before && MODALS.has(before.lo)) return true;
  // The head noun: the last word before a post-modifier ("people close to her", "officials at the agency").
  let h = src.coreTo - 1;
  for (let k = src.from + 1; k < src.coreTo; k++) {
    // (… or a participle describing it: "economists polled by Reuters expect", "documents tabled at the hearing show".)
    // ("people involved in the talks say", "officials speaking on condition of anonymity say": a describing participle.)
    // ("Astronomers using the telescope say", "doctors working in the clinic say": a present participle describing it.)
    if (HEAD_END.test(toks[k]!.lo) || /^\p{Ll}+ed$/u.test(toks[k]!.text) && /^(?:by|on|in|at|to|from|before|during|under|last|this|earlier|yesterday|today)$/.test(toks[k + 1]?.lo ?? '') || /^\p{Ll}{2,}ing$/u.test(toks[k]!.text) && /s$/.test(toks[k - 1]!.lo) && (!toks[k - 1]!.cap || k - 1 === src.from)) { h = k - 1; break; }
  }
  while (h > src.from && !toks[h]!.word) h--;
  const head = toks[h]!;
  if (PLURAL_PRONOUNS.has(head.lo)) return true;
  if (head.lo in SUBJECT_PRONOUNS) return false;
  if (/(?:s|people|men|women|staff|police|media|data|public|team)$/.test(head.lo) || /^(?:some|many|most|others|both|all|majority|minority|half|number|dozens|few|several|none|third|quarter)$/.test(head.lo)) return true;
  // Coordinated subjects: "Clinton and Sanders say".
  return toks.slice(src.from, src.coreTo).some((t) => t.lo === 'and');
}

/**
 * What a headline's bare noun stands for: an office ("mayor") a person, a body ("union") an
 * organization, an unnamed person ("ex-colleague") an anonymous one; resolved later by its word.
 */
function headlineNoun(t: Tok, titled = false): { info: SourceInfo; head: string } | null {
  // (A title-case headline capitalises every word: "…, Mayor Says".)
  if (t.cap && !titled || !t.word) return null;
  const head = t.lo.replace(/^(?:ex|former)-/, '');
  if (!/^\p{Ll}+$/u.test(head) || NOT_SOURCE.has(head) || head in SUBJECT_PRONOUNS) return null;
  // ("Journal retracts …, citing …": a journal the body names below.)
  const org = ORG_DESCRIPTIONS[head] ?? (head === 'journal' ? 'media' : undefined);
  // ("…, poll finds": a document no headline names stays an unnamed one.)
  if (org === 'document' || DOCUMENT_HEADS.has(head)) return { info: { grade: 'vague-group', speaker: t.text, plural: false }, head: '' };
  if (org) return { info: { grade: org, speaker: t.text, plural: false }, head };
  if (OFFICE_NOUNS.has(head)) return { info: { grade: 'anonymous-bare', speaker: t.text, plural: false }, head };
  if (SINGULAR_HEADS.has(head)) return { info: { grade: 'anonymous-bare', speaker: t.text, plural: false }, head };
  return null;
}

/**
 * "Rhea Anand hits back at director X, calls his remarks ‘cheap publicity’": in a headline, a present verb right after
 * a comma with no subject of its own shares the name that opens the headline and its first present verb.
 */
function headlineCommaSubject(toks: Tok[], cue: Cue): Phrase | null {
  if (cue.type !== 'verb' || toks[cue.from - 1]?.text !== ',' || !/^\p{Ll}{3,}s$/u.test(toks[cue.from]!.text)) return null;
  let v = 0;
  while (v < toks.length && v < 5 && toks[v]!.word && toks[v]!.cap) v++;
  if (v === 0 || v >= cue.from - 1 || v === 5 || !/^\p{Ll}{3,}s$/u.test(toks[v]!.text) || /(?:ss|us|is)$/.test(toks[v]!.lo)) return null;
  // (One clause between: no other verb's comma, quotation or conjunction before the cue's comma.)
  if (toks.slice(v + 1, cue.from - 1).some((t) => !t.word && t.text !== "'s" && t.text !== '’s' && t.text !== '-' || /^(?:and|but|as|while|after|before|when|because|if)$/.test(t.lo))) return null;
  return { from: 0, to: v, coreTo: v };
}

export function findEnglish(doc: DocView, sentences: number[], extra?: ExtraLexicon): Candidate[] {
  const f = new Finder(doc, extra);
  for (const i of sentences) f.sentence(i);
  f.continuations();
  return f.out.map((e) => e.cand);
}

class Finder {
  readonly out: Emitted[] = [];
  private ents: Entities;
  private quotes: QuoteIndex;
  private claims: Claims;
  private extraVerbs;
  private extraAnon: string[];
  /** Speakers quoted inside a quote, with that quote: they are reported through its speaker. */
  private nestedIn = new Map<Emitted, Quote>();
  /** Answers of qualifierFits, by the description's words and the name; mentions by canonical name. */
  private fitsCache = new Map<string, boolean>();
  private byName: Map<string, Mention[]> | null = null;
  /** The attributions of the sentence being read, not yet in `out`. */
  private current: Emitted[] = [];
  private text: string;

  constructor(private doc: DocView, extra?: ExtraLexicon) {
    this.text = doc.text;
    this.ents = new Entities(doc.text);
    this.quotes = new QuoteIndex(doc.quotes, doc.text);
    this.claims = new Claims(doc.text, doc, this.quotes);
    this.extraVerbs = extraVerbForms(extra?.reportingVerbs);
    this.extraAnon = (extra?.anonymousPhrases ?? []).map((s) => s.toLowerCase().trim()).filter(Boolean);
  }

  /** Where the sentence holding pos starts. */
  private sentenceStart(pos: number): number {
    const ss = this.doc.sentences;
    return ss[countBelow(ss, pos + 1, (x) => x.start) - 1]?.start ?? 0;
  }

  /** The author the sentence after pos gives a paper: "The 48-page report, prepared by the law firm Dunmore & Pratt, …". */
  private paperAuthorNext(pos: number): string | null {
    const ss = this.doc.sentences;
    const next = ss[countBelow(ss, pos + 1, (x) => x.start)];
    if (!next) return null;
    const m = PAPER_AUTHOR_OPENS.exec(this.text.slice(next.start, next.start + 200));
    return m ? m[1]!.replace(/\s+(?:&|and|of)$/, '') : null;
  }

  private country: string | null | undefined;
  private lead: string | null | undefined;

  /**
   * For a description with capitalised words of its own ("The Democratic presidential nominee", "the governor of the
   * Bryansk region"): does a name stand by one of those words — near one of its mentions, in the same sentence?
   */
  private qualifierFits(description: string): (name: string) => boolean {
    // (Only words that tell holders of one office apart: a party, or the place or body after "of" — "the South Carolina
    // senator" may be "Sen. Lindsey Graham (R-S.C.)".)
    const party = description.match(/\b(?:Democratic|Democrat|Republican|Labour|Conservative|Tory|Liberal|Green|Reform|Socialist|Communist)\b/g) ?? [];
    const of = /\s(?:of|for|at)\s+(.*)$/.exec(description)?.[1]?.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
    const words = [...party, ...of];
    if (!words.length) return () => true;
    const ss = this.doc.sentences;
    const key = words.join('|');
    return (name) => {
      const k = `${key}\u0000${name}`;
      let yes = this.fitsCache.get(k);
      if (yes !== undefined) return yes;
      // (In the sentence that names them: "Kharkiv governor Oleh Synko said …. In Russia, the governor of the Bryansk
      // region said" does not make Synko Bryansk's.)
      yes = (this.mentionsByName().get(name) ?? []).some((m) => {
        const sent = ss[countBelow(ss, m.start + 1, (x) => x.start) - 1];
        const around = this.text.slice(Math.max(sent?.start ?? 0, m.start - 80), Math.min(sent?.end ?? this.text.length, m.end + 80));
        return words.some((w) => around.includes(w));
      });
      this.fitsCache.set(k, yes);
      return yes;
    };
  }

  /** Each name's mentions, by the name they canonicalise to (built once). */
  private mentionsByName(): Map<string, Mention[]> {
    if (!this.byName) {
      this.byName = new Map();
      for (const m of this.ents.mentions) {
        const name = this.ents.canonical(m.name, m.start);
        const list = this.byName.get(name);
        if (list) list.push(m); else this.byName.set(name, [m]);
      }
    }
    return this.byName;
  }

  /** Index of the first mention (outside quotes) at or after `from`, not after index `upTo`. */
  private firstMentionIn(from: number, upTo: number): number {
    const ms = this.ents.mentions;
    for (let i = countBelow(ms, from, (m) => m.start); i <= upTo; i++) if (!this.quotes.inside(ms[i]!.start)) return i;
    return -1;
  }

  /** Is a person named (outside quotes) between from and to? */
  private personNamedBetween(from: number, to: number): boolean {
    const ms = this.ents.mentions;
    for (let i = countBelow(ms, from, (m) => m.start); i < ms.length && ms[i]!.start < to; i++) {
      if (!this.quotes.inside(ms[i]!.start) && this.ents.type(this.ents.canonical(ms[i]!.name, ms[i]!.start)) === 'person') return true;
    }
    return false;
  }

  private paragraphOf(pos: number): Span {
    const ps = this.doc.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = ps[mid]!;
      if (pos < p.start) hi = mid - 1;
      else if (pos >= p.end) lo = mid + 1;
      else return p;
    }
    return { start: pos, end: pos };
  }

  sentence(si: number): void {
    const s = this.doc.sentences[si]!;
    const text = this.text;
    const toks = tokenize(text, s.start, s.end);
    if (!toks.length) return;
    const cues = findCues(toks, this.extraVerbs);
    // A headline: a short paragraph of one sentence with no closing punctuation.
    // (A quotation may close it — "…; board cites ‘governance lapses’" — when no punctuation closes the quote itself.)
    const headline = s.start === this.paragraphOf(s.start).start && s.end === this.paragraphOf(s.start).end && toks.length <= 30 && !/(?:[.!?:;)]|[.!?,:;…)][”"’»]+|^[“"‘«][^]*[”"’»])$/.test(text.slice(s.start, s.end).trimEnd());
    const made: Emitted[] = [];
    this.current = made;
    const para = this.paragraphOf(s.start);

    // "Pat Caddell: Democrat voters worried …" / transcript "WALLACE: …".
    if (s.start === para.start || isQuote(toks[0]) && toks[0]!.start === para.start) this.colonCue(toks, made, para, cues);
    if (headline && !made.length) this.trailingLabel(toks, made);
    // (Not when the headline's verb reports the quotation itself: "Ann Roe insists: ‘…’".)
    if (headline && !made.length && !cues.some((q) => q.type === 'verb' && q.from < toks.findIndex((t) => t.text === ':'))) this.verbColonQuote(toks, made, para);

    // "RIA quoted the minister as saying X", "the minister was quoted by Interfax as saying X".
    const quotedAs = this.quotedAs(toks, s, para, made).concat(this.learnedFrom(toks, s, made));
    // "Okafor's assertion that X", "repeated her warning that X".
    this.nounCues(toks, s, made);
    // "In Hale's words, X" / "X, in Hale's words."
    this.inWords(toks, s, made);

    for (const cue of cues) {
      const cueStart = toks[cue.from]!.start;
      if (quotedAs.some(([a, b]) => cue.from >= a && cue.from < b)) continue;
      const inQ = this.quotes.inside(cueStart);
      // Words inside a quotation belong to the quoted speaker, not to the article.
      if (inQ && cue.type !== 'hedge') {
        if (cue.type === 'verb') this.nested(toks, cue, inQ, made);
        continue;
      }
      if (cue.type === 'hedge') { this.hedge(toks, cue, s, made); continue; }
      let src: Phrase | null = null;
      let inverted = false;
      let pointedSubject = false;
      if (cue.type === 'after' || cue.type === 'passive') {
        // "According to X, claim": X ends at the comma.
        const leading = cue.from === 0 || /^(?:but|and|yet|so|still|because|since|although|though|while|whereas|if|when)$/.test(toks[cue.from - 1]!.lo) || toks[cue.from - 1]!.text === ',';
        // ("According to a report citing ministry sources, the …": "citing" inside an opening phrase ends at its comma.)
        const citingInOpening = cue.phrase === 'citing' && cue.from > 0 && !toks.slice(0, cue.from).some((t) => t.text === ',' || isQuote(t)) && /^(?:according|per|in)$/.test(toks[0]!.lo);
        // ("Citing unnamed sources, the newspaper said …": an opening "citing" phrase ends at its comma too.)
        // ("X, which cited police sources, reported …": the cited source ends at the comma closing the relative clause.)
        src = phraseAfter(toks, cue.to, toks.length, leading && cue.phrase !== 'citing' || citingInOpening || cue.phrase === 'citing' && cue.from === 0 || cue.phrase === 'cited');
        if (!src) continue;
        // ("…, quoting reference QP2411234", "quoting crime number 12/345": a reference given in a call is no source.)
        if (cue.phrase === 'quoting' && toks.slice(src.from, src.coreTo).some((t) => /^(?:reference|ref|number|code)$/.test(t.lo) || /\d/.test(t.text) && /\p{L}/u.test(t.text))) continue;
        inverted = true;
      } else {
        const before = skipVerbPrefix(toks, cue.from);
        const b = toks[before];
        // ("… “a risk” and recommended hiring 40 nurses": a verb after "and" shares a subject; it inverts nothing.)
        const joined = toks.slice(before + 1, cue.from).some((t) => t.lo === 'and' || t.lo === 'but');
        let canInvert = cue.form !== 3 && !cue.verb?.addressee && !joined && (before < 0 || b!.text === ',' || isQuote(b) && /[”"’»']/.test(b!.text) || b!.text === '—' || b!.text === '–' || b!.text === '?' || b!.text === '!');
        // "Richard Revesz, director of …, said the states …": a subject with an appositive, not an inversion.
        if (canInvert && b?.text === ',') {
          const sb = subjectBefore(toks, cue.from);
          // ("Cracks form when water seeps in, freeze and expand, creating a gap, said Joe Hale": a clause that
          // names no source is the claim before an inversion, not a subject.)
          // ("LAGOS — The chair, Prof X, has rejected …": after a dateline's dash the subject opens the sentence too.)
          if (sb && (sb.from === 0 || isQuote(toks[sb.from - 1]) || /^(?:and|but|so|because|while)$/.test(toks[sb.from - 1]!.lo) || DASH_CLOSE.test(toks[sb.from - 1]!.text) && /^\p{Lu}{3,}$/u.test(toks[0]!.text) && sb.from <= 10) && this.source(toks, sb, cue)) { canInvert = false; src = sb; }
        }
        // ("Ann Roe hits back at critics, calls their claims ‘nonsense’": a headline's second present verb, no inversion.)
        if (canInvert && headline && b?.text === ',') {
          const hs = headlineCommaSubject(toks, cue);
          if (hs && this.source(toks, hs, cue)) { canInvert = false; src = hs; }
        }
        if (canInvert) {
          const n = toks[cue.to];
          // ("said her lawyer", "said her neighbour, Alan Hughes": "her" before a person noun is a possessive.)
          const herOf = n?.lo === 'her' && !!toks[cue.to + 1]?.word && (ROLE_NOUNS.has(toks[cue.to + 1]!.lo) || toks[cue.to + 1]!.lo in ANONYMOUS_HEADS);
          if (n && n.word && (herOf || !['that', 'him', 'her', 'them', 'me', 'us', 'it', 'to', 'in', 'on', 'at', 'of', 'for', 'with'].includes(n.lo))) {
            src = phraseAfter(toks, skipAfterVerb(toks, cue.to));
            // "…," said he. — but "…, said he hopes …" has its subject before the verb.
            if (src && toks[src.from]!.lo in SUBJECT_PRONOUNS && toks[src.from + 1]?.word) src = null;
            // "X, owner of Y, said the campaign has yet to …": a clause follows, not an inverted name.
            if (src && toks.slice(src.from, src.coreTo).some((t, i) => i > 0 && AUX.has(t.lo))) src = null;
            if (src) inverted = true;
          }
        }
        // ("Oman is understood to have proposed that …", "the minister is said to have told colleagues …": the hedge's
        // subject is the source of the verb it hedges.)
        if (!src && !inverted && cue.form !== 0 && toks[cue.from - 1]?.lo === 'have' && toks[cue.from - 2]?.lo === 'to') {
          let h = cue.from - 3;
          if (/^(?:also|now|widely|still)$/.test(toks[h]?.lo ?? '')) h--;
          if (/^(?:said|understood|believed|reported|thought|alleged|rumou?red)$/.test(toks[h]?.lo ?? '') && /^(?:is|are|was|were)$/.test(toks[h - 1]?.lo ?? '') && !this.quotes.inside(toks[h]!.start)) src = subjectBefore(toks, h - 1);
        }
        if (!src && !inverted) {
          if (cue.form === 3) src = this.ingSubject(toks, cue, made);
          else src = this.coordinated(toks, cue, made) ?? subjectBefore(toks, cue.from);
        }
        // "…, a spokesperson who declined to be named said": a subject with a relative clause of its own.
        if (!inverted && cue.form !== 3) {
          const rel = relativeSubject(toks, cue.from) ?? unclosedAppositive(toks, cue.from);
          // ("A person who has seen the letter said": a phrase found inside the relative clause is its object, not the subject.)
          if (rel && (!src || !this.source(toks, src, cue) || toks[rel.coreTo]?.lo === 'who' && src.from > rel.coreTo && src.from < rel.to && !!this.source(toks, rel, cue))) src = rel;
        }
        if (!src) continue;
        // ("…, a figure Moscow disputes", "…, a rumour two people close to him denied": the noun names the claim before
        // the comma; the source is what follows it.)
        if (cue.type === 'verb' && /^(?:a|an|one)$/.test(toks[src.from]!.lo) && POINTED_NOUN.test(toks[src.from + 1]?.lo ?? '') && src.from + 2 < src.coreTo && toks[src.from - 1]?.text === ',') {
          src = { from: src.from + 2, to: src.to, coreTo: src.coreTo };
          pointedSubject = true;
        }
      }
      let info = this.source(toks, src, cue);
      // The user's own anonymous-source phrases ("hallway voices") make a source even where the lexicon has none.
      if (!info && this.extraAnon.length) {
        const phrase = text.slice(toks[src.from]!.start, toks[src.to - 1]!.end);
        if (this.extraAnon.some((p) => phrase.toLowerCase().includes(p))) info = { grade: 'anonymous-described', speaker: phrase, plural: /s$/i.test(phrase) };
      }
      // "Brenton lifts notice, but mayor says …": a headline drops its articles; the bare noun names a source told later.
      let forwardHead: string | undefined;
      // ("… as family of missing hiker says …": the noun described by "of" and lower-case words is the bare noun too.)
      const ofDescribed = !info && src.coreTo - src.from >= 3 && src.coreTo - src.from <= 6 && toks[src.from + 1]!.lo === 'of' && toks.slice(src.from + 2, src.coreTo).every((t) => t.word && /^[\p{Ll}-]+$/u.test(t.text));
      if ((!info || src.from === 0 && !info.pointer && !this.ents.entity(info.speaker)) && headline && (src.coreTo - src.from === 1 || ofDescribed)) {
        // ("Ex-mayor denies …", "Union says …": the bare noun opening a headline is capitalised by position only.)
        const h = headlineNoun(toks[src.from]!, titleCase(toks) || src.from === 0);
        if (h) { info = h.info; forwardHead = h.head || undefined; }
      }
      // ("…, telecom firm admits", "…, island council says": a lower-case word before the bare noun says what kind.)
      if (!info && headline && src.coreTo - src.from === 2 && !titleCase(toks) && toks[src.from]!.word && !toks[src.from]!.cap && !DETERMINERS.has(toks[src.from]!.lo) && !NP_STOP.has(toks[src.from]!.lo) && /^\p{Ll}+$/u.test(toks[src.from]!.text)) {
        const h = headlineNoun(toks[src.from + 1]!);
        if (h && ORG_DESCRIPTIONS[h.head] && ORG_DESCRIPTIONS[h.head] !== 'document') { info = { ...h.info, speaker: text.slice(toks[src.from]!.start, toks[src.from + 1]!.end) }; forwardHead = h.head; }
      }
      // ("…, deputy governor says", "…, vice president says": an office with its rank, its holder named below as
      // "Deputy Governor X".)
      if (!info && headline && src.coreTo - src.from === 2 && !titleCase(toks) && /^(?:deputy|vice|assistant|associate|acting|interim)$/.test(toks[src.from]!.text) && OFFICE_NOUNS.has(toks[src.from + 1]!.text)) {
        info = { grade: 'anonymous-bare', speaker: text.slice(toks[src.from]!.start, toks[src.from + 1]!.end), plural: false };
        forwardHead = `${toks[src.from]!.text} ${toks[src.from + 1]!.text}`;
      }
      // ("…, says Wanderers coach", "Calderon boss hails …": a team's or a firm's office, its holder named below.)
      const office = toks[src.from + 1]?.lo ?? '';
      if (info?.grade === 'person' && headline && src.coreTo - src.from === 2 && toks[src.from]!.cap && OFFICE_NOUNS.has(office) && !this.ents.entity(info.speaker) && !titleCase(toks)) forwardHead = office;
      // ("…, poll finds", "…, memo shows": a headline's bare paper is the one the story cites by that noun — "according
      // to a Marist Poll survey", "an internal memo from chief executive Priya Halloran"; with none, it stays unnamed.)
      // ("…, university report warns": a lower-case word before it says whose; the noun still finds the paper.)
      const described = src.coreTo - src.from === 2 && toks[src.from]!.word && /^\p{Ll}+$/u.test(toks[src.from]!.text) && !DETERMINERS.has(toks[src.from]!.lo) && !NP_STOP.has(toks[src.from]!.lo);
      const paper = toks[src.coreTo - 1]!.lo;
      if (info?.grade === 'vague-group' && !info.pointer && headline && (src.coreTo - src.from === 1 || described) && !titleCase(toks) && (DOCUMENT_HEADS.has(paper) || /s$/.test(paper) && DOCUMENT_HEADS.has(paper.slice(0, -1)))) forwardHead = paper;
      if (!info) continue;
      // ("a GP who writes about ageing, tweeted that …", "who speaks for the union,": a relative clause describing the
      // source's habit or role reports nothing; the sentence's own verb follows.)
      if (cue.type === 'verb' && /^(?:who|which)$/.test(toks[src.from]!.lo) && /^(?:about|for|on|at|in|with|to|from|under)$/.test(toks[cue.to]?.lo ?? '')) {
        let c = cue.to;
        while (c < toks.length && toks[c]!.text !== ',' && toks[c]!.lo !== 'that' && !isQuote(toks[c])) c++;
        if (toks[c]?.text === ',' && c - cue.to <= 8) continue;
      }
      // ("The union rejected this.": an answer pointing back is a report even from a bare body.)
      // ("council officers recommended that the scheme be approved": a weak verb with its "that" clause still reports.)
      // ("Employees posted on LinkedIn that …": a short setting may stand before the "that".)
      const thatSoon = toks[cue.to]?.lo === 'that' || /^(?:on|in|online|via)$/.test(toks[cue.to]?.lo ?? '') && (() => {
        const that = toks.findIndex((t, i) => i > cue.to && i < cue.to + 7 && t.lo === 'that');
        return that > 0 && toks.slice(cue.to, that).every((t) => t.word);
      })();
      // ("…, claims source" closing a headline: the inverted verb after the claim reports it.)
      if (cue.weak && cue.type === 'verb' && (info.grade === 'anonymous-bare' && !info.pointer) && !pointedSubject && !thatSoon && !(headline && inverted && src.to === toks.length) && !(POINT_BACK_VERBS.has(cue.verb?.forms[0] ?? '') && POINT_BACK_PRONOUN.test(text.slice(toks[cue.to - 1]!.end, s.end)))) continue;
      if (cue.type === 'verb' && !inverted && !agrees(toks, cue, src, info.grade)) continue;
      // ("… but declined to say whether it had declared force majeure": the clause of a question reports nothing.)
      if (cue.type === 'verb' && !inverted && toks[src.from - 1]?.lo === 'whether') continue;
      // ("“A,” Ruiz said, adding that B": the participle's claim is B, not the quotation before its borrowed subject.)
      // (Only a participle that reports a clause: "…,” he said, describing his model" describes the quotation.)
      const borrowed = cue.form === 3 && !inverted && src.to < cue.from - 1
        && (/^(?:that|:)$/.test(toks[cue.to]?.lo ?? '') || isQuote(toks[cue.to]) || CLAUSE_PARTICIPLES.has(cue.verb?.forms[0] ?? ''));
      let content = this.claims.content(toks, cue, borrowed ? { from: cue.from, to: cue.to, coreTo: cue.to } : src, inverted, s, para);
      // ("citing “medical advice” but giving no details": what is cited is the quotation right after the cue; "captioned
      // the photo “Lessons learned”": the caption, after its object.)
      if (content && (cue.verb?.forms[0] === 'cite' || cue.verb?.forms[2] === 'captioned')) {
        const q = this.quotes.startingAfter(toks[cue.to - 1]!.end, cue.verb.forms[0] === 'cite' ? /^\s*$/ : /^\s*(?:(?:the|a|her|his|their|its)\s+)?(?:[\p{L}-]+\s*){0,2}$/u, s.end);
        // ("citing ‘unreliable’ images": a quoted word inside a noun phrase that ends the sentence is part of what is cited.)
        const rest = q && q.close !== null && cue.verb.forms[0] === 'cite' ? /^[^\S\n]+(?:[\p{Ll}-]+[^\S\n]*){1,3}$/u.exec(this.text.slice(markEnd(q), s.end)) : null;
        if (rest && content.span.end >= s.end - 1) content = { span: this.claims.trim(q!.open, s.end), direct: false };
        else if (q && q.close !== null) content = { span: this.claims.trim(q.content.start, q.content.end), direct: true };
      }
      // ("‘People hit the ceiling’: 14 hurt as turbulence rocks jet, passengers describe": a headline opening on a quotation
      // and a colon, with the report at its very end, reports that quotation; the words between sum up the story.)
      if (content && headline && !content.direct && cue.to === toks.length && isQuote(toks[0])) {
        const q = this.quotes.inside(toks[0]!.end);
        const colon = q && q.close !== null && q.open === toks[0]!.start ? toks.find((t) => t.start >= markEnd(q)) : undefined;
        if (colon?.text === ':' && content.span.start >= colon.end) content = { span: this.claims.trim(q!.content.start, q!.content.end), direct: true };
      }
      // ("The charge, which the council says will cut traffic, starts in May": a claim inside a relative clause ends with it.)
      if (content && !content.direct && toks[src.from - 1]?.lo === 'which' && toks[src.from - 2]?.text === ',' && cue.from > src.from) {
        const span = content.span;
        const close = toks.findIndex((t, i) => i > cue.to && t.text === ',' && t.start > span.start && t.start < span.end && !this.quotes.inside(t.start));
        if (close > 0) content.span = this.claims.trim(span.start, toks[close]!.start);
      }
      // "Mendez, who denies the charges, is due in court": a relative clause's claim ends with the clause.
      if (content && !content.direct && /^(?:who|which)$/.test(toks[src.from]!.lo) && toks[src.from - 1]?.text === ',') {
        const span = content.span;
        const close = toks.findIndex((t, i) => i > cue.to && t.text === ',' && t.start > span.start && t.start < span.end && !this.quotes.inside(t.start));
        if (close > 0) content.span = this.claims.trim(content.span.start, toks[close]!.start);
      }
      // "Pryce dismissed the suggestion", "Ferreyra rejected that view": the claim is the one the noun points back to.
      // ("Pryce denied that, saying …", "Hale disputed this.": a pronoun object points back too.)
      // ("The ministry denied this on Monday.": a pronoun object leaves no claim of its own, so it always points back.)
      const base = cue.verb?.forms[0] ?? '';
      let pointed = false;
      if (cue.type === 'verb' && POINT_BACK_VERBS.has(base) && !content?.direct
        && (POINT_BACK_PRONOUN.test(text.slice(toks[cue.to - 1]!.end, s.end)) || !!content && POINT_BACK_OBJECT.test(withoutTrailingReport(text.slice(toks[cue.to - 1]!.end, content.span.end)).trim()))) {
        // ("rejected the account of the looting": the claim that names the looting, not merely the latest one.)
        const object = content ? text.slice(toks[cue.to - 1]!.end, content.span.end) : '';
        const back = this.pointedClaim(toks[cue.from]!.start, made, pointedTopic(object), /^\s*\S+\s+(?:views?|arguments?|position|stance|assessment)\b/.test(object), kindOfGrade(info.grade) === 'named' ? info.speaker : null);
        if (back) { content = { span: back, direct: false }; pointed = true; }
      }
      // ("has rejected claims that the list was settled early", "denied allegations that …": the claim rejected is the
      // that-clause of the claim noun.)
      if (!pointed && cue.type === 'verb' && POINT_BACK_VERBS.has(base) && content && !content.direct) {
        const m = CLAIM_NOUN_THAT.exec(text.slice(content.span.start, content.span.end));
        if (m && content.span.start + m[0].length < content.span.end) content = { span: this.claims.trim(content.span.start + m[0].length, content.span.end), direct: false };
      }
      // ("That account was disputed by two witnesses", "Both claims were rejected by …": a passive answer's subject points back.)
      if (cue.type === 'passive' && inverted && POINT_BACK_SUBJECT.test(text.slice(s.start, toks[cue.from]!.start).trim())) {
        const back = this.pointedClaim(s.start, made);
        if (back) { content = { span: back, direct: false }; pointed = true; }
      }
      // ("contested the election", "challenged the ruling": these answer only a claim made before.)
      if (!pointed && (POINT_ONLY_VERBS.has(base) || cue.type === 'passive' && /\b(?:contradicted|contested|challenged)\b/.test(cue.phrase ?? text.slice(cueStart, toks[cue.to - 1]!.end)))) continue;
      // ("Officials estimate that X, a figure Moscow disputes": what is disputed is the estimate's claim, X.)
      if (pointedSubject && content && !content.direct) {
        // (The report before the comma ends there: "Billboard reported that X, a suggestion her label dismissed".)
        const comma = toks[src.from - 3]!.start;
        for (const x of made) if (x.cand.content.start < comma && x.cand.content.end > comma && !x.cand.direct) x.cand.content = this.claims.trim(x.cand.content.start, comma);
        const span = content.span;
        const inner = made.find((x) => x.cand.content.end === span.end && x.cand.content.start > span.start);
        if (inner) content = { span: { ...inner.cand.content }, direct: false };
      }
      if (!content || this.claims.junk(content.span)) continue;
      // "added salt to the soup", "charged two men with murder": an object moved or charged, not a claim.
      if (!content.direct && cue.type === 'verb' && content.span.start > toks[cue.to - 1]!.end - 1) {
        const c = text.slice(content.span.start, content.span.end);
        const base = cue.verb?.forms[0];
        if (base === 'add' && !/^[\s,:]*that\b/.test(text.slice(toks[cue.to - 1]!.end, content.span.start)) && /^(?:[\p{L}\p{N}$%.,'’-]+\s+){1,5}to\s+(?:the|its|his|her|their|a|an|our)\b/u.test(c) && !/\b(?:is|are|was|were|had|has|have|will|would|could|can|should|did|does)\b/.test(c.split(/\bto\b/)[0]!)) continue;
        if (base === 'charge' && /^(?:[\p{L}\p{N}'’-]+\s+){1,5}with\s/u.test(c)) continue;
        // ("Harle, 47, denies arson with intent …", "denied two counts of fraud": a plea to a charge, not an answer to a claim.)
        if (base === 'deny' && !pointed && PLEA.test(c)) continue;
      }
      // ("bloggers posted videos that they said …", "posted a picture of …": what is posted is a thing unless a clause,
      // a colon or a quotation follows.)
      if (cue.verb?.forms[2] === 'posted' && !content.direct && content.span.start > toks[cue.to - 1]!.end && !/(?:\bthat|[:“"‘«])\s*$/.test(text.slice(toks[cue.to - 1]!.end, content.span.start)) && /^\p{Ll}+s?\s+(?:that|which|of|from|showing)\b/u.test(text.slice(content.span.start, content.span.end))) continue;
      // "who wrote the measure", "published the report": a writing verb with a short object wrote a thing, not a claim.
      if (cue.verb?.cls === 'writing' && !content.direct && /^(?:the|a|an|this|that|his|her|their|its|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/u.test(text.slice(content.span.start, content.span.end))) continue;
      // ("a teacher who writes fiction on the side (…)", "agreed personal terms with the club": a short object with no
      // verb in it, no "that", colon or quote before it, is a thing written or agreed, not a claim.)
      if ((cue.verb?.cls === 'writing' || cue.verb?.forms[0] === 'agree') && !content.direct && content.span.start > toks[cue.to - 1]!.end - 1 && !/(?:\bthat|[:“"‘«])\s*$/.test(text.slice(toks[cue.to - 1]!.end, content.span.start)) && SHORT_THING.test(text.slice(content.span.start, content.span.end).split(/\s*[(;—–]/)[0]!)) continue;
      // ("hinted at the split on Instagram on Sunday, posting a picture …": an object with no clause of its own ends before
      // the participle that follows it and before where and when it was given.)
      if (cue.type === 'verb' && !content.direct && content.span.start > toks[cue.to - 1]!.end - 1 && !/(?:\bthat|[:“"‘«])\s*$/.test(text.slice(toks[cue.to - 1]!.end, content.span.start))) {
        const c = text.slice(content.span.start, content.span.end);
        const ing = /,\s+\p{Ll}{2,}ing\b/u.exec(c);
        const head = ing ? c.slice(0, ing.index) : c;
        const setting = head.length < c.length && NO_CLAUSE.test(head) && /^(?:the|a|an|his|her|its|their|this|that)\s/i.test(head) ? OBJECT_SETTING.exec(head) : null;
        if (setting && setting.index > 0) content = { span: this.claims.trim(content.span.start, content.span.start + setting.index), direct: false };
      }
      // ("accused the referee of “bottling it” after his side were denied a penalty": the accusation ends where the
      // writer's time clause begins.)
      if (cue.type === 'verb' && cue.verb?.forms[0] === 'accuse' && !content.direct) {
        const c = text.slice(content.span.start, content.span.end);
        const of = /\sof\s/.exec(c);
        // (A clause with its own verb: "after his side were denied …", not a preposition's "before passenger safety".)
        const when = of ? /\s(?:after|before|when|while)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:was|were|had|has|is|are|did|\p{Ll}{3,}ed)\b/u.exec(c.slice(of.index + 4)) : null;
        if (of && when) content = { span: this.claims.trim(content.span.start, content.span.start + of.index + 4 + when.index), direct: false };
      }
      // ("briefed the board on the restructuring", "told staff about the cuts": a topic after the addressee is no claim.)
      if (cue.type === 'verb' && !inverted && cue.verb?.addressee && !content.direct && content.span.start > toks[cue.to - 1]!.end && /^(?:on|about)\s/.test(text.slice(content.span.start, content.span.end)) && NO_CLAUSE.test(text.slice(content.span.start, content.span.end))) continue;
      // ("The agency would not immediately describe the malfunction", "declined to explain the delay": a refusal with a
      // short object says nothing of it.)
      if (cue.type === 'verb' && !inverted && !content.direct && content.span.start > toks[cue.to - 1]!.end - 1 && !/(?:\bthat|[:“"‘«])\s*$/.test(text.slice(toks[cue.to - 1]!.end, content.span.start))
        && /\b(?:not|n't|never|declined\s+to|refused\s+to)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(s.start, cueStart - 30), cueStart))
        && SHORT_THING.test(text.slice(content.span.start, content.span.end))) continue;
      // ("the company had shown a wholesale disregard for the environment": a person or a body shows a quality; only a
      // document, data or a poll shows a finding without "that".)
      // (Quoted or not: "had shown “a shocking disregard”" names a quality in the judge's words.)
      if (cue.verb?.cls === 'evidence' && info.grade !== 'document' && info.grade !== 'vague-group' && !this.documentWords(toks, src) && content.span.start > toks[cue.to - 1]!.end - 1 && !/(?:\bthat|:)\s*[“"‘«]?\s*$/.test(text.slice(toks[cue.to - 1]!.end, content.span.start)) && NO_CLAUSE.test(text.slice(content.span.start, content.span.end))) continue;
      // ("Videos posted on TikTok showed long lines outside …": pictures that show a scene are the writer's description of
      // it; "Images shared online appeared to show …", "footage shows that …" report what they are taken to prove.)
      if (cue.verb?.cls === 'evidence' && toks.slice(src.from, src.coreTo).some((t) => PICTURES.test(t.lo)) && !/\b(?:appear|appears|appeared|seem|seems|seemed)\b/i.test(text.slice(toks[cue.from]!.start, toks[cue.to - 1]!.end))
        && !/(?:\bthat|:)\s*[“"‘«]?\s*$/.test(text.slice(toks[cue.to - 1]!.end, content.span.start)) && NO_CLAUSE.test(text.slice(content.span.start, content.span.end))) continue;
      // "posted a picture of the samples", "called a meeting": a weak verb before an indefinite object reports nothing.
      // ("had expected a reading of about 3.8%": a forecast figure is a claim.)
      // ("…, adding a heart emoji": a participle "adding" with only a thing after it adds no words.)
      const addsThing = cue.verb?.forms[0] === 'add' && cue.form === 3 && !/\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|\p{Ll}+ed)\b/u.test(text.slice(content.span.start, content.span.end));
      if ((cue.weak || addsThing) && cue.type === 'verb' && !content.direct && content.span.start > toks[cue.to - 1]!.end && /^(?:a|an)\s/i.test(text.slice(content.span.start, content.span.end)) && !/^[\s,:]*(?:that\b|[“"‘«])/.test(text.slice(toks[cue.to - 1]!.end, content.span.start))
        && !(cue.verb?.forms[0] === 'expect' && /^(?:a|an)\s[^,;]*(?:\b(?:of|at|to)\s+(?:about\s+|around\s+|roughly\s+)?[$€£]?\d|\d\s*(?:%|per ?cent|percent))/.test(text.slice(content.span.start, content.span.end)))) continue;
      // ("slammed what she called “a deliberate policy of starvation”", "after what he termed a ‘rant’": a name the
      // source gives a thing, quoted after a naming verb in a "what" clause, is that source's words, even inside
      // another's claim.)
      let namedThing = false;
      if (cue.type === 'verb' && !inverted && (toks[src.from - 1]?.lo === 'what' || toks[src.from - 1]?.lo === 'which' && toks[src.from - 2]?.text === ',') && /^(?:called|termed|dubbed|branded|labell?ed|described)$/.test(cue.verb?.forms[2] ?? '')) {
        let q = cue.to;
        if (toks[q]?.lo === 'as') q++;
        if (/^(?:a|an|the)$/.test(toks[q]?.lo ?? '')) q++;
        const quote = isQuote(toks[q]) ? this.quotes.next(toks[q]!.start) : undefined;
        if (quote && quote.open === toks[q]!.start && quote.close !== null) {
          let end = quote.content.end;
          while (end > quote.content.start && /[\s,;:]/.test(text[end - 1]!)) end--;
          content = { span: { start: quote.content.start, end }, direct: true };
          namedThing = true;
        } else if (/^(?:calls?|calling|terms?|terming|dubs?|dubbing|brands?|branding|labels?|labell?ing)$/.test(toks[cue.to - 1]!.lo)) {
          // ("what Apple is calling its fastest chip yet", "what economists call a soft landing": a name in the present,
          // unquoted, introduces a term or a product; nothing is claimed.)
          continue;
        }
      }
      const srcSpan = { start: toks[src.from]!.start, end: toks[src.to - 1]!.end };
      // Reasons for anonymity belong to unnamed sources (and to spokespeople who are not named).
      const reason = kindOfGrade(info.grade) !== 'named' || /spokes|official|aide|adviser|advisor/i.test(info.speaker) ? this.reason(srcSpan, s, cueStart > srcSpan.start ? cueStart : s.end) : null;
      let grade = info.grade;
      if (reason && kindOfGrade(grade) === 'named' && !info.pointer && /spokes|official|aide|adviser|advisor/i.test(info.speaker)) grade = 'anonymous-described';
      // ("A neighbour, who did not want to be named, said": one person who gave a reason, not a vague crowd.)
      if (reason && (grade === 'anonymous-bare' || grade === 'vague-group')) grade = 'anonymous-described';
      if (this.extraAnon.length && this.extraAnon.some((p) => text.slice(srcSpan.start, srcSpan.end).toLowerCase().includes(p))) grade = 'anonymous-described';
      const cand: Candidate = {
        grade,
        source: srcSpan,
        speaker: kindOfGrade(grade) === 'named' ? info.speaker : anonymousSpeaker(info.speaker),
        cue: { start: cueStart, end: toks[cue.to - 1]!.end },
        content: content.span,
        direct: content.direct,
        plural: info.plural,
        anonymityReason: reason,
      };
      const e: Emitted = { cand, pos: srcSpan.start, info: { ...info, grade }, forwardHead, noun: namedThing || undefined };
      // A headline's "New Poll Shows …" / "Popular Website …" names its source later in the text.
      if (titleCase(toks) && !info.pointer) {
        const last = toks[src.coreTo - 1]?.lo ?? '';
        const type = ORG_DESCRIPTIONS[last] ?? (DOCUMENT_HEADS.has(last) ? 'document' : undefined);
        if (type) e.forward = type === 'document' ? 'document' : type;
      }
      made.push(e);
      e.cue = cue;
    }
    // "X, a view shared by many economists." (after the sentence's other reports: an echo takes their claim.)
    this.echoedBy(toks, s, made);
    this.dropCoveredHedges(made);
    this.dropAnonymityReasons(made);
    this.link(made);
    for (const e of made) this.out.push(e);
  }

  /**
   * "I was standing with a colleague, and he said, ‘This is a collapse.’": a speaker quoted inside a
   * quote, with the inner quote as the claim. A pronoun counts only when the quote itself introduced
   * who it is ("a colleague"); names are classified as anywhere else.
   */
  private nested(toks: Tok[], cue: Cue, outer: Quote, made: Emitted[]): void {
    const cueEnd = toks[cue.to - 1]!.end;
    const inner = this.quotes.innerAfter(cueEnd, outer);
    if (!inner || inner.close === null) return;
    const lo = toks.findIndex((t) => t.start >= outer.content.start);
    const src = subjectBefore(toks, cue.from, Math.max(0, lo));
    if (!src) return;
    const first = toks[src.from]!;
    let info: SourceInfo | null;
    if (src.coreTo - src.from === 1 && first.lo in SUBJECT_PRONOUNS) {
      if (!/^(?:he|she)$/.test(first.lo)) return;
      const said = this.text.slice(outer.content.start, first.start);
      let m: RegExpExecArray | null;
      let last: string | null = null;
      const re = /\b(?:a|an)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+)\b/gu;
      while ((m = re.exec(said))) if (SINGULAR_HEADS.has(m[1]!)) last = m[0];
      if (!last) return;
      info = { grade: 'anonymous-described', speaker: last, plural: false };
    } else {
      info = this.source(toks, src, cue);
    }
    if (!info) return;
    const source = { start: first.start, end: toks[src.to - 1]!.end };
    const content = { start: inner.content.start, end: inner.content.end };
    while (content.end > content.start && /[\s,]/.test(this.text[content.end - 1]!)) content.end--;
    const e: Emitted = { cand: { grade: info.grade, source, speaker: kindOfGrade(info.grade) === 'named' ? info.speaker : anonymousSpeaker(info.speaker), cue: { start: toks[cue.from]!.start, end: cueEnd }, content, direct: true, plural: info.plural, anonymityReason: null }, pos: source.start, info, cue };
    this.nestedIn.set(e, outer);
    made.push(e);
  }

  /**
   * Wire reports of someone's words: "RIA quoted Deputy Minister X as saying that Y", "Interfax cited a
   * source as saying Y", "X was quoted by Interfax as saying Y". The quoted person says Y, reported
   * through the outlet (when it is named). Returns the token ranges it covered, so other cues there
   * ("was quoted by") are not read again.
   */
  private quotedAs(toks: Tok[], s: Span, para: Span, made: Emitted[]): [number, number][] {
    const covered: [number, number][] = [];
    for (let k = 1; k + 2 < toks.length; k++) {
      if (toks[k]!.lo !== 'as' || !/^(?:saying|telling|stating|writing|warning|adding)$/.test(toks[k + 1]!.lo) || this.quotes.inside(toks[k]!.start)) continue;
      let v = k - 1;
      while (v >= Math.max(0, k - 16) && !/^(?:quoted|quotes|cited|cites)$/.test(toks[v]!.lo)) v--;
      if (v < 0 || v < k - 16) continue;
      const passive = /^(?:is|are|was|were|been|be)$/.test(toks[v - 1]?.lo ?? '');
      if (!passive && v + 1 >= k) continue;
      let who: Phrase | null;
      let outletPh: Phrase | null = null;
      if (passive) {
        who = subjectBefore(toks, v);
        if (toks[v + 1]?.lo === 'by') outletPh = { from: v + 2, to: k, coreTo: k };
      } else {
        who = { from: v + 1, to: k, coreTo: toks.findIndex((t, i) => i > v && i < k && t.text === ',') > 0 ? toks.findIndex((t, i) => i > v && i < k && t.text === ',') : k };
        outletPh = subjectBefore(toks, v);
      }
      if (!who) continue;
      const cue: Cue = { type: 'verb', from: k, to: k + 2 };
      // ("The plan is dead, Hale was quoted as saying by the Times.": the outlet after the verb, the claim before.)
      if (passive && !outletPh && toks[k + 2]?.lo === 'by') {
        let e = k + 3;
        while (e < toks.length && toks[e]!.word) e++;
        if (e > k + 3 && (e >= toks.length || /^[.!?]$/.test(toks[e]!.text))) { outletPh = { from: k + 3, to: e, coreTo: e }; cue.to = e; }
      }
      const info = this.source(toks, who, cue);
      if (!info) continue;
      // The words: a quotation right after or before ("“…,” Braynard is quoted as saying."), else the clause.
      const claim = this.claims.content(toks, cue, who, false, s, para);
      if (!claim) continue;
      const content = claim.span;
      const direct = claim.direct;
      const cueEnd = toks[k + 1]!.end;
      if (content.end <= content.start) continue;
      const cueSpan = { start: toks[k]!.start, end: cueEnd };
      const srcSpan = { start: toks[who.from]!.start, end: toks[who.to - 1]!.end };
      const inner: Emitted = { cand: { grade: info.grade, source: srcSpan, speaker: kindOfGrade(info.grade) === 'named' ? info.speaker : anonymousSpeaker(info.speaker), cue: cueSpan, content, direct, plural: info.plural, anonymityReason: kindOfGrade(info.grade) !== 'named' ? this.reason(srcSpan, s) : null }, pos: srcSpan.start, info };
      made.push(inner);
      covered.push([Math.min(who.from, v), k + 2]);
      const outlet = outletPh ? this.source(toks, outletPh, { type: 'verb', from: v, to: v + 1 }) : null;
      // ("The state news agency quoted …", "Local media cited …": an unnamed outlet is a source too, an anonymous one.)
      if (outlet && outletPh && kindOfGrade(outlet.grade) !== 'unattributed') {
        const oSpan = { start: toks[outletPh.from]!.start, end: toks[outletPh.to - 1]!.end };
        const named = kindOfGrade(outlet.grade) === 'named';
        const o: Emitted = { cand: { grade: outlet.grade, source: oSpan, speaker: named ? outlet.speaker : anonymousSpeaker(outlet.speaker), cue: { start: toks[v]!.start, end: toks[v]!.end }, content: { ...content }, direct, plural: false, anonymityReason: named ? null : this.reason(oSpan, s) }, pos: oSpan.start, info: outlet };
        made.push(o);
        inner.via = o;
      }
    }
    return covered;
  }

  /**
   * "they had learned from a member of staff that X", "she heard from a neighbour that X": the one it was learned from
   * is the source of X (cue "had learned from"), reported inside the learner's account; the learner reports nothing of
   * their own. Returns the token ranges it covered.
   */
  private learnedFrom(toks: Tok[], s: Span, made: Emitted[]): [number, number][] {
    const covered: [number, number][] = [];
    for (let k = 0; k + 3 < toks.length; k++) {
      if (!/^(?:learned|learnt|heard)$/.test(toks[k]!.lo) || toks[k + 1]!.lo !== 'from' || this.quotes.inside(toks[k]!.start)) continue;
      const that = toks.findIndex((t, i) => i > k + 2 && i < k + 16 && t.lo === 'that');
      if (that < 0 || toks.slice(k + 2, that).some((t) => t.text === ',' || t.text === ';' || !t.word && !isQuote(t) && t.text !== "'s" && t.text !== '’s')) continue;
      // The source's words, without the quotation marks round them.
      let from = k + 2;
      let to = that;
      while (from < to && isQuote(toks[from])) from++;
      while (to > from && isQuote(toks[to - 1])) to--;
      if (to <= from) continue;
      const aux = /^(?:had|has|have)$/.test(toks[k - 1]?.lo ?? '') ? k - 1 : k;
      const cue: Cue = { type: 'verb', from: aux, to: k + 2 };
      const ph: Phrase = { from, to, coreTo: to };
      const info = this.source(toks, ph, cue);
      if (!info || kindOfGrade(info.grade) === 'unattributed') continue;
      const content = this.claims.trim(toks[that + 1]!.start, s.end);
      if (content.end <= content.start) continue;
      const srcSpan = { start: toks[from]!.start, end: toks[to - 1]!.end };
      const named = kindOfGrade(info.grade) === 'named';
      made.push({ cand: { grade: info.grade, source: srcSpan, speaker: named ? info.speaker : anonymousSpeaker(info.speaker), cue: { start: toks[aux]!.start, end: toks[k + 1]!.end }, content, direct: false, plural: info.plural, anonymityReason: named ? null : this.reason(srcSpan, s) }, pos: srcSpan.start, info, noun: true });
      covered.push([aux, that + 1]);
    }
    return covered;
  }

  /**
   * "Okafor's assertion that visitors would pay drew groans", "repeated her warning that the party was
   * sleepwalking": the owner of a noun of saying is the source, its that-clause the claim (up to the
   * sentence's own verb when the frame is the subject).
   */
  private nounCues(toks: Tok[], s: Span, made: Emitted[]): void {
    for (const f of nounFrames(toks, (p) => !!this.quotes.inside(p))) {
      const cue: Cue = { type: 'verb', from: f.noun, to: f.noun + 1 };
      let ph: Phrase | null;
      let info: SourceInfo | null;
      if (f.clitic === -2) {
        ph = { from: f.ownerFrom!, to: f.ownerEnd + 1, coreTo: f.ownerEnd + 1 };
        info = this.source(toks, ph, cue);
      } else if (f.clitic < 0) {
        const w = toks[f.ownerEnd]!;
        ph = { from: f.ownerEnd, to: f.ownerEnd + 1, coreTo: f.ownerEnd + 1 };
        const plural = w.lo === 'their';
        info = this.resolve({ grade: 'person', speaker: w.text, plural, pointer: { word: w.lo, gender: w.lo === 'his' ? 'm' : w.lo === 'her' ? 'f' : 'any', plural } }, w.start);
        // (An unresolved "his"/"her" names nobody we can report.)
        if (info && /^(?:his|her|their|its)$/i.test(info.speaker)) info = null;
      } else {
        const from = ownerFrom(toks, f.clitic);
        if (from < 0 || f.clitic - from > 6) continue;
        ph = { from, to: f.clitic, coreTo: f.clitic };
        info = this.source(toks, { from: ph.from, to: ph.to, coreTo: ph.to }, cue);
      }
      if (!ph || !info) continue;
      // The frame is the sentence's subject when only a leading phrase and its comma stand before it.
      // (With the owner after the noun, the frame starts at its determiner: "The assertion by Hale that …".)
      const frameFrom = f.clitic === -2 ? f.noun - 1 : ph.from;
      const lead = toks.slice(0, frameFrom);
      const subject = frameFrom === 0 || isQuote(toks[0]) && frameFrom === 1 || toks[frameFrom - 1]!.text === ',' && lead.every((t) => !t.word || !/^(?:said|says|told|is|was|were|are|has|had|have|repeated|rejected|dismissed|denied|questioned|echoed|backed)$/.test(t.lo));
      let end = s.end;
      if (subject && !f.copula) {
        const e = subjectClaimEnd(toks, f.claimFrom);
        if (e < 0) continue;
        end = toks[e]!.start;
      } else {
        const semi = toks.findIndex((t, i) => i > f.claimFrom && t.text === ';' && !this.quotes.inside(t.start));
        if (semi > 0) end = toks[semi]!.start;
      }
      const content = this.claims.trim(toks[f.claimFrom]!.start, end);
      if (content.end <= content.start || this.claims.junk(content)) continue;
      const source = { start: toks[ph.from]!.start, end: toks[ph.to - 1]!.end };
      const grade = info.grade;
      const e: Emitted = {
        cand: { grade, source, speaker: kindOfGrade(grade) === 'named' ? info.speaker : anonymousSpeaker(info.speaker), cue: { start: toks[f.noun]!.start, end: toks[f.noun]!.end }, content, direct: false, plural: info.plural, anonymityReason: null },
        pos: source.start,
        info,
        cue,
        noun: true,
      };
      made.push(e);
    }
  }

  /** "In Hale's words, the plan was dead", "The plan, in the minister's words, was dead": the owner's claim. */
  private inWords(toks: Tok[], s: Span, made: Emitted[]): void {
    for (let k = 0; k + 4 < toks.length; k++) {
      if (toks[k]!.lo !== 'in' || (k > 0 && toks[k - 1]!.text !== ',') || this.quotes.inside(toks[k]!.start)) continue;
      // ("In Hale's words, X", and a stated opinion: "In his view, X", "in the minister's opinion, X".)
      const w = toks.findIndex((t, i) => i > k + 1 && i <= k + 6 && /^(?:words|view|opinion|estimation|assessment|judgment|judgement)$/.test(t.lo));
      if (w < 0 || toks[w + 1]?.text !== ',' && !/^[.!?]$/.test(toks[w + 1]?.text ?? '.')) continue;
      // (A pronoun's view only opening the sentence: "Keith told me that, in his view, …" is Keith's report already.)
      const pronoun = w === k + 2 && /^(?:his|her|their)$/.test(toks[k + 1]!.lo) && (k === 0 || isQuote(toks[k - 1]));
      if (toks[w]!.lo !== 'words' && k > 0 && !pronoun && toks.slice(0, k).some((t) => t.lo === 'that')) continue;
      if (!pronoun && !/^['’]s$/.test(toks[w - 1]!.lo)) continue;
      // (The owner runs from right after "In": "In Hale's words", "in the minister's words".)
      const owner = pronoun ? k + 1 : ownerFrom(toks, w - 1);
      if (owner < 0 || owner > k + 1) continue;
      const from = k + 1;
      const ph: Phrase = pronoun ? { from, to: from + 1, coreTo: from + 1 } : { from, to: w - 1, coreTo: w - 1 };
      const cue: Cue = { type: 'after', from: k, to: w + 1, phrase: 'in words' };
      // ("In his view, …": the person "his" points to.)
      const p = toks[from]!.lo;
      const info = pronoun ? this.resolve({ grade: 'person', speaker: toks[from]!.text, plural: p === 'their', pointer: { word: p, gender: p === 'his' ? 'm' : p === 'her' ? 'f' : 'any', plural: p === 'their' } }, toks[from]!.start) : this.source(toks, ph, cue);
      if (!info || pronoun && info.speaker === toks[from]!.text) continue;
      // Opening the sentence: the rest is the claim; inside it: the whole sentence, as with "X, Hale said, Y".
      const content = k === 0 ? this.claims.trim(toks[w + 1]!.end, s.end) : this.claims.trim(s.start, s.end);
      if (content.end <= content.start || this.claims.junk(content)) continue;
      const source = { start: toks[from]!.start, end: toks[pronoun ? from : w - 2]!.end };
      made.push({ cand: { grade: info.grade, source, speaker: kindOfGrade(info.grade) === 'named' ? info.speaker : anonymousSpeaker(info.speaker), cue: { start: toks[k]!.start, end: toks[w]!.end }, content, direct: false, plural: info.plural, anonymityReason: null }, pos: source.start, info, cue });
    }
  }

  /**
   * "Insurance premiums had risen, a claim echoed by a Lloyd's List report", "…, a view shared by most economists":
   * the clause before the comma is also the claim of the agent after "by".
   */
  private echoedBy(toks: Tok[], s: Span, made: Emitted[]): void {
    for (let k = 2; k + 4 < toks.length; k++) {
      if (toks[k]!.text !== ',' || this.quotes.inside(toks[k]!.start)) continue;
      let j = k + 1;
      if (!/^(?:a|an)$/.test(toks[j]!.lo)) continue;
      j++;
      if (!ECHO_NOUNS.test(toks[j]!.lo)) { j++; if (!ECHO_NOUNS.test(toks[j]?.lo ?? '')) continue; }
      if (!ECHO_VERBS.test(toks[j + 1]?.lo ?? '') || toks[j + 2]?.lo !== 'by') continue;
      let e = j + 3;
      // (Up to a comma, the sentence end or a closing time: "a Lloyd's List report on Friday".)
      while (e < toks.length && toks[e]!.text !== ',' && !/^[.!?;]$/.test(toks[e]!.text) && !(/^(?:on|last|this|earlier)$/.test(toks[e]!.lo) && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)$/.test(toks[e + 1]?.lo ?? ''))) e++;
      if (e <= j + 3) continue;
      const ph: Phrase = { from: j + 3, to: e, coreTo: e };
      const cue: Cue = { type: 'verb', from: j + 1, to: j + 3 };
      const info = this.source(toks, ph, cue);
      if (!info) continue;
      // (When the clause before is itself a report, its claim is what is echoed.)
      const inner = made.find((x) => x.cand.source && x.cand.content.end === this.claims.trim(s.start, toks[k]!.start).end && x.cand.content.start >= s.start);
      const content = inner ? { ...inner.cand.content } : this.claims.trim(s.start, toks[k]!.start);
      if (content.end <= content.start || this.claims.junk(content)) continue;
      const source = { start: toks[ph.from]!.start, end: toks[e - 1]!.end };
      made.push({ cand: { grade: info.grade, source, speaker: kindOfGrade(info.grade) === 'named' ? info.speaker : anonymousSpeaker(info.speaker), cue: { start: toks[j + 1]!.start, end: toks[j + 2]!.end }, content, direct: false, plural: info.plural, anonymityReason: null }, pos: source.start, info, cue, noun: true });
    }
  }

  /** The claim a "the suggestion" / "that view" at pos points back to: the latest report before it, else the sentence before. */
  private pointedClaim(pos: number, made: Emitted[], topic: string | null = null, opinion = false, answerer: string | null = null): Span | null {
    // ("X contended A and said B. Y echoed that view": a view is the speaker's stance or belief, A, not the plain report B.)
    if (opinion) {
      const list = made.length ? made : this.out;
      const last = list[list.length - 1];
      for (let i = list.length - 1, n = 0; last && i >= 0 && n < 4; i--, n++) {
        const e = list[i]!;
        if (e.cand.speaker !== last.cand.speaker) break;
        const cls = e.cue?.verb?.cls;
        if (e.cand.content.end <= pos && pos - e.cand.content.end < 600 && (cls === 'stance' || cls === 'belief')) return { ...e.cand.content };
      }
    }
    // A topic ("looting") picks the latest claim holding a word of its stem ("looted").
    const stem = topic && topic.length > 4 ? topic.slice(0, Math.max(4, topic.length - 3)) : null;
    if (stem) {
      for (const list of [made, this.out]) {
        for (let i = list.length - 1, n = 0; i >= 0 && n < 20; i--, n++) {
          const c = list[i]!.cand.content;
          if (c.end <= pos && pos - c.end < 1500 && this.text.slice(c.start, c.end).toLowerCase().includes(stem)) return { ...c };
        }
      }
    }
    // ("Ortega's campaign said Halloway had promised chairs jobs. … Halloway dismissed the accusation": a denial answers
    // the latest claim about the one who denies, by another source.)
    const name = answerer?.split(/\s+/).pop();
    if (name && name.length > 2 && /^\p{Lu}/u.test(name)) {
      const re = new RegExp(`\\b${escapeRegExp(name)}\\b`);
      for (const list of [made, this.out]) {
        for (let i = list.length - 1, n = 0; i >= 0 && n < 12; i--, n++) {
          const e = list[i]!;
          const c = e.cand.content;
          if (c.end <= pos && pos - c.end < 1500 && e.cand.speaker !== answerer && re.test(this.text.slice(c.start, c.end))) return { ...c };
        }
      }
    }
    for (const list of [made, this.out]) {
      for (let i = list.length - 1, n = 0; i >= 0 && n < 8; i--, n++) {
        // ("He said he had seen a memo in which the chief engineer told colleagues that X. Marsh rejected the claim":
        // the claim made to the reader, not one reported inside it.)
        const e = list[i]!;
        if (e.via || this.nestedIn.has(e) || list.some((x) => x !== e && !x.cand.direct && x.cand.content.start <= e.cand.cue.start && e.cand.content.end <= x.cand.content.end)) continue;
        const c = e.cand.content;
        if (c.end <= pos && pos - c.end < 600) return { ...c };
      }
    }
    const ss = this.doc.sentences;
    const si = countBelow(ss, pos + 1, (x) => x.start) - 1;
    const prev = ss[si - 1];
    return prev && pos - prev.end < 600 ? this.claims.trim(prev.start, prev.end) : null;
  }

  /** "Trump said A and warned B": a verb after "and" shares the subject of the report before it. */
  private coordinated(toks: Tok[], cue: Cue, made: Emitted[]): Phrase | null {
    let before = cue.from - 1;
    while (before >= 0 && toks[before]!.lo !== 'and' && toks[before]!.lo !== 'but' && /^(?:also|then|later|has|have|had|would|will|quickly|repeatedly)$/.test(toks[before]!.lo)) before--;
    if (toks[before]?.lo !== 'and' && toks[before]?.lo !== 'but') return null;
    // The latest report of the sentence that is not itself inside another's claim
    // ("Her office said the mayor would announce X but argued Y": the office argued).
    const outer = made.filter((e) => !made.some((o) => o !== e && o.cand.content.start <= e.cand.cue.start && e.cand.cue.end <= o.cand.content.end));
    const prev = outer[outer.length - 1];
    if (!prev) return this.clauseSubject(toks, before);
    if (!prev.cand.source || prev.cand.grade === 'unattributed') return null;
    // ("X described her as a disgrace after she attacked Y and blamed Z": the verb after "and" belongs to the
    // subordinate clause in between, not to the report before it.)
    if (toks.some((t, i) => i < before && t.start >= prev.cand.cue.end && /^(?:after|before|when|while|because|since|although|though|until|once|whereas)$/.test(t.lo) && !this.quotes.inside(t.start)
      // (A conjunction with a subject of its own: "before passenger safety" is a preposition's phrase.)
      // ("since January", "until Monday": a date after it is a preposition's phrase too.)
      && (/^(?:he|she|they|we|i|it)$/.test(toks[i + 1]?.lo ?? '') || !!toks[i + 1]?.cap && !isDateWord(toks[i + 1]!.lo)))) return null;
    const start = toks.findIndex((t) => t.start === prev.cand.source!.start);
    const end = toks.findIndex((t) => t.end === prev.cand.source!.end);
    if (start < 0 || end < start) return null;
    // ("Corvane Outdoor, the Denver-based seller of ski gear, reported … and said": the core before its appositive.)
    const comma = toks.findIndex((t, i) => i > start && i <= end && t.text === ',');
    return { from: start, to: end + 1, coreTo: comma > 0 ? comma : end + 1 };
  }

  /**
   * "Governor Ross condemned the vote and said …": with no report before it, a verb after "and" shares
   * the subject of the clause's first verb (a past tense), when that subject opens the sentence.
   */
  private clauseSubject(toks: Tok[], and: number): Phrase | null {
    // ("The club thanked him for his “commitment” and said …": a few words in scare quotes inside the object are the
    // writer's quoting, no clause of their own.)
    const scare = (t: Tok) => {
      const q = this.quotes.inside(isQuote(t) ? (/[“‘«]/.test(t.text) ? t.end : t.start - 1) : t.start);
      return !!q && q.close !== null && q.content.end - q.content.start <= 40 && !/[.!?,;:]/.test(this.text.slice(q.content.start, q.content.end)) && q.open > toks[0]!.start;
    };
    for (let v = 1; v < and; v++) {
      const t = toks[v]!;
      if ((this.quotes.inside(t.start) || isQuote(t)) && !scare(t)) return null;
      // ("Ukraine's General Staff did not mention X but said Y": "did" carries the clause's tense.)
      // ("The Russian space agency would not describe the fault, saying …": a modal refusal carries the clause too.)
      // ("Journal retracts lab's study, citing …": a headline, with no closing stop, tells in the present.)
      const headlinePresent = v === 1 && toks[0]!.cap && /^\p{Ll}{3,}s$/u.test(t.text) && !/(?:ss|us|is)$/.test(t.lo) && !/^[.!?]$/.test(toks[toks.length - 1]!.text);
      if (!t.word || t.cap || !(headlinePresent || /^\p{Ll}{3,}ed$/u.test(t.lo) || PAST_IRREGULAR.has(t.lo) || /^(?:did|would|could|will|can|does)$/.test(t.lo) && /^(?:not|n't)$/.test(toks[v + 1]?.lo ?? ''))) continue;
      // ("The storm that hit the town destroyed …": a relative clause before, no plain subject.)
      // ("would not confirm that account, saying …": "that" before a noun naming a claim is a determiner.)
      if (toks.slice(v + 1, and).some((x, j) => /^(?:that|who|which|when|while|because|after|before|if|is|are|was|were)$/.test(x.lo) && !(x.lo === 'that' && POINTED_NOUN.test(toks[v + 2 + j]?.lo ?? '')) || isQuote(x) && !scare(x) || x.text === ';' || x.text === ':')) return null;
      const sb = subjectBefore(toks, v);
      // ("FBI officials were angered by the deal and predicted …": an auxiliary or adverb may stand before the verb.)
      if (!sb || sb.coreTo !== v && toks[sb.to]?.text !== ',' && !(sb.to === sb.coreTo && skipVerbPrefix(toks, v) + 1 === sb.to)) return null;
      // The subject opens the sentence, or follows a leading phrase and its comma ("On Monday, Hale …"), or a dateline
      // ("BENGALURU: The board of …").
      // ("BRUSSELS, Oct 2 (Reuters) - The Commission fined …", "NAIROBI — The union …": a place in capitals, maybe a
      // date and an agency in brackets, closed by a spaced dash.)
      const dateline = toks[sb.from - 1]?.text === ':' && sb.from > 1 && toks.slice(0, sb.from - 1).every((x) => x.word && /^\p{Lu}+$/u.test(x.text))
        || sb.from > 1 && sb.from <= 10 && DASH_CLOSE.test(toks[sb.from - 1]!.text) && /^\p{Lu}{3,}$/u.test(toks[0]!.text)
          && toks.slice(1, sb.from - 1).every((x) => /^(?:\p{Lu}+|\p{Lu}\p{Ll}+\.?|\d{1,4}|[,().])$/u.test(x.text));
      // ("Then the Leader of the Opposition … rose … and demanded …": a connective opening the sentence.)
      if (dateline || sb.from === 1 && /^(?:then|later|earlier|meanwhile|but|and|yet|so|now|also|still)$/.test(toks[0]!.lo)) return sb;
      if (sb.from !== 0 && toks[sb.from - 1]?.text !== ',') return null;
      if (sb.from !== 0 && toks.slice(0, sb.from - 1).some((x) => !x.word && x.text !== '.')) return null;
      return sb;
    }
    return null;
  }

  /** Subject of a participle: ", saying …" takes the source of the clause it hangs on. */
  private ingSubject(toks: Tok[], cue: Cue, made: Emitted[]): Phrase | null {
    // ("X can be heard saying that …", "the officer is seen telling …", "was recorded saying": a voice on a recording.)
    if (/^(?:heard|overheard|seen|recorded|filmed|captured|caught|shown)$/.test(toks[cue.from - 1]?.lo ?? '')) {
      let a = cue.from - 2;
      if (/^(?:on|in)$/.test(toks[a]?.lo ?? '')) return null;
      while (a >= 0 && /^(?:be|been|being|is|are|was|were|can|could|may|might|clearly|also|allegedly|apparently|reportedly|then|later|'s|'re)$/.test(toks[a]!.lo)) a--;
      if (a < cue.from - 2 && /^(?:be|been|is|are|was|were|'s|'re)$/.test(toks[a + 1]!.lo) || a < cue.from - 3) return subjectBefore(toks, a + 1);
      return null;
    }
    if (/^(?:is|are|was|were|been|be|'s|'re)$/.test(toks[cue.from - 1]?.lo ?? '')) return subjectBefore(toks, cue.from);
    // ("He keeps telling everyone he's fine", "she kept insisting …", "they keep on saying": a verb of going on with it.)
    const on = toks[cue.from - 1]?.lo === 'on' ? 1 : 0;
    if (/^(?:keep|keeps|kept|keeping)$/.test(toks[cue.from - 1 - on]?.lo ?? '')) return subjectBefore(toks, cue.from - 1 - on);
    // ("Senior Democrats are privately warning that …": an adverb inside the progressive.)
    if (/^(?:privately|publicly|openly|quietly|now|also|still|increasingly|already|repeatedly|loudly)$/.test(toks[cue.from - 1]?.lo ?? '') && /^(?:is|are|was|were|been|'s|'re)$/.test(toks[cue.from - 2]?.lo ?? '')) return subjectBefore(toks, cue.from - 1);
    // ("…, with Senator Ward of Alaska arguing that …", "with one fan page writing that …": the absolute phrase's own subject.)
    for (let w = cue.from - 1; w >= Math.max(1, cue.from - 9); w--) {
      const t = toks[w]!;
      if (!t.word || this.quotes.inside(t.start)) break;
      if (t.lo === 'with' && w + 1 < cue.from && toks[w - 1]?.text === ',') {
        const np = subjectBefore(toks, cue.from, w + 1);
        if (np && np.from === w + 1) return np;
        // ("…, with one commander saying …", "with one telling colleagues …": a common noun or "one" right after "with"
        // is the phrase's subject here, not the object of a leading preposition.)
        const end = skipVerbPrefix(toks, cue.from) + 1;
        if (!np && end - (w + 1) <= 4 && end > w + 1 && toks.slice(w + 1, end).every((x) => x.word && !/^\p{Ll}+(?:ed|ing)$/u.test(x.text))) return { from: w + 1, to: end, coreTo: end };
        break;
      }
    }
    // ("The company issued a statement saying …", "the campaign released a video calling …": a participle right after a
    // statement or post the subject put out says what that subject said.)
    if (ISSUED_THINGS.test(toks[cue.from - 1]?.lo ?? '') && !this.quotes.inside(toks[cue.from]!.start)) {
      for (let v = cue.from - 2; v >= Math.max(1, cue.from - 6); v--) {
        const t = toks[v]!;
        if (ISSUING_VERBS.test(t.lo)) return subjectBefore(toks, v);
        if (!t.word || t.cap) break;
      }
    }
    let before = skipVerbPrefix(toks, cue.from);
    // ("“…,” Lyle said, before adding that …": a participle after "before", "after" or "then" hangs on the clause before.)
    if (/^(?:before|after|then)$/.test(toks[before]?.lo ?? '') && toks[before - 1]?.text === ',') before--;
    // ("… as “a fantasy,” telling a radio host …": a comma inside the closing quote mark.)
    if (isQuote(toks[before]) && toks[before - 1]?.text === ',' && !this.quotes.inside(toks[before]!.end)) before--;
    const b = toks[before];
    // ("Voss responded to the protesters by saying …": the clause's subject says it.)
    if (b?.lo === 'by' && before > 1) return this.clauseSubject(toks, before);
    if (b?.text !== ',') return null;
    let prev = made[made.length - 1];
    // ("Voss told the council that she believes X, saying …": the participle hangs on the outer report, not the one inside its claim.)
    for (let n = 0; prev?.cand.source && n < 3; n++) {
      const src = prev.cand.source;
      const outer = made.find((m) => m !== prev && !m.cand.direct && m.cand.content.start <= src.start && src.end <= m.cand.content.end && m.cand.cue.end <= src.start);
      if (!outer) break;
      prev = outer;
    }
    // "X said A, while the Riverside Merchants Association backed the plan, saying B": the subject of the nearer clause.
    const prevCue = prev ? toks.findIndex((t) => t.start >= prev.cand.cue.end) : 0;
    for (let w = before - 1; w > Math.max(prevCue, 0); w--) {
      if (!/^(?:while|whereas|but)$/.test(toks[w]!.lo) || this.quotes.inside(toks[w]!.start)) continue;
      let a = w + 1;
      if (toks[a]?.lo === 'the') a++;
      let e = a;
      while (e < before && toks[e]!.cap && toks[e]!.word) e++;
      if (e > a && toks[e]?.word && !toks[e]!.cap) return { from: w + 1, to: e, coreTo: e };
      break;
    }
    // ("forced to defend not paying an architect who said …, saying …": a restrictive "who" on an object is not the
    // clause the participle hangs on; the sentence's subject is.)
    const prevWho = prev?.cand.source ? toks.findIndex((t) => t.start === prev.cand.source!.start) : -1;
    const objectWho = prevWho > 0 && toks[prevWho]!.lo === 'who' && toks[prevWho - 1]!.text !== ',' && !toks[prevWho - 1]!.cap;
    if (prev?.cand.source && !objectWho) {
      const start = toks.findIndex((t) => t.start === prev.cand.source!.start);
      const end = toks.findIndex((t) => t.end === prev.cand.source!.end);
      // ("Corvane Outdoor, the Denver-based seller of ski gear, reported …, blaming …": the core before its appositive.)
      const comma = toks.findIndex((t, i) => i > start && i <= end && t.text === ',');
      if (start >= 0 && end >= start) return { from: start, to: end + 1, coreTo: comma > 0 ? comma : end + 1 };
    }
    // ("The ministry rejected the report, saying …", "Meanwhile, it attacked Hale, saying …": the subject of the clause's
    // first past-tense verb, when it opens the sentence; a name after that verb is its object.)
    if (!prev) {
      const cs = this.clauseSubject(toks, before);
      if (cs) return cs;
    }
    // "In October, Trump's state director, Mike Rubino, reached out …, writing …": the first person named.
    for (let k = 0; k < before; k++) {
      const t = toks[k]!;
      if (!t.cap || !t.word || this.quotes.inside(t.start)) continue;
      let e = k;
      while (e + 1 < before && toks[e + 1]!.cap && toks[e + 1]!.word) e++;
      const name = this.text.slice(t.start, toks[e]!.end);
      if (/^['’]s$/.test(toks[e + 1]?.lo ?? '') || NOT_SUBJECT.test(toks[k]!.text)) { k = e; continue; }
      const canon = this.ents.canonical(name.replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+/, ''), t.start);
      if (canon.includes(' ') && this.ents.type(canon) === 'person') return { from: k, to: e + 1, coreTo: e + 1 };
      k = e;
    }
    // "Clinton, speaking in Ohio, …" → the sentence's first noun phrase, when it is a name or pronoun.
    for (let k = 0; k < Math.min(before, 4); k++) {
      const t = toks[k]!;
      if (t.lo in SUBJECT_PRONOUNS && !['it', 'who', 'which', 'i', 'we', 'you'].includes(t.lo)) return { from: k, to: k + 1, coreTo: k + 1 };
      if (t.cap && t.word && !DETERMINERS.has(t.lo) && !/(?:ing|ed|ly)$/.test(t.lo) && !NOT_SUBJECT.test(t.text)) {
        let e = k;
        while (e + 1 < before && toks[e + 1]!.cap && toks[e + 1]!.word) e++;
        // ("Environmental groups have criticised X, saying …": a capitalised first word heads a common noun phrase.)
        if (k === 0 && e === k) while (toks[e + 1]?.word && !toks[e + 1]!.cap && !NP_STOP.has(toks[e + 1]!.lo) && !AUX.has(toks[e + 1]!.lo) && !/ed$/.test(toks[e + 1]!.lo) && !/^(?:on|in|at|of|for|with|from|to|by|about|over|under|across|against|near)$/.test(toks[e + 1]!.lo) && e - k < 3) e++;
        // ("The Russians have used …, saying …": the article opening the sentence belongs to the phrase.)
        const from = k === 1 && toks[0]!.lo === 'the' ? 0 : k;
        if (toks[e + 1]?.text === ',' || toks[e + 1]?.word && !toks[e + 1]!.cap) return { from, to: e + 1, coreTo: e + 1 };
      }
    }
    return null;
  }

  /** Does the sentence before pos name a group of people by a plural ("Several specialists contacted by …")? */
  private peopleJustBefore(pos: number): boolean {
    const from = this.sentenceStart(Math.max(0, this.sentenceStart(pos) - 2));
    const words = this.text.slice(from, this.sentenceStart(pos)).match(/\b\p{Ll}{4,}s\b/gu) ?? [];
    return words.slice(0, 12).some((w) => PLURAL_PEOPLE.has(w) || tradeNoun(w) === w.slice(0, -1));
  }

  /** Classifies the source phrase and resolves pointers (pronouns, "the campaign", "the source"). */
  private source(toks: Tok[], ph: Phrase, cue: Cue): SourceInfo | null {
    const first = toks[ph.from]!;
    // "Those who know him say …": a group described by its relative clause.
    if (ph.coreTo - ph.from === 1 && first.lo === 'those' && toks[ph.coreTo]?.lo === 'who' && ph.to > ph.coreTo + 1) {
      return { grade: 'vague-group', speaker: this.text.slice(first.start, toks[ph.to - 1]!.end), plural: true };
    }
    // "“…,” another added" / "one said": one more of the unnamed people quoted just before, else nobody.
    // ("Several specialists were split. One, who asked not to be named, said …": one of a group of people the sentence
    // before names, quoted or not.)
    if (ph.to - ph.from === 1 && (first.lo === 'another' || first.lo === 'one') || ph.coreTo - ph.from === 1 && first.lo === 'one' && toks[ph.coreTo]?.text === ',') {
      const pos = first.start;
      for (let i = this.out.length - 1; i >= 0 && pos - this.out[i]!.pos < 2000; i--) {
        const e = this.out[i]!;
        if (e.pos < pos && kindOfGrade(e.info.grade) === 'anonymous') return { grade: e.info.grade, speaker: first.text, plural: false };
      }
      if (first.lo === 'one' && this.peopleJustBefore(pos)) return { grade: 'anonymous-bare', speaker: first.text, plural: false };
      return null;
    }
    if (ph.coreTo - ph.from === 1 && NOT_SOURCE.has(first.lo) && first.lo !== 'it' && first.lo !== 'which') return null;
    if (first.lo === 'i' || first.lo === 'we' || first.lo === 'you') return null;
    // ("Few would argue against …", "Nobody disputes that …", "No one denies …": the writer's own claim, no one's report.)
    if (ph.coreTo - ph.from === 1 && /^(?:few|nobody|none)$/.test(first.lo) || ph.coreTo - ph.from === 2 && first.lo === 'no' && toks[ph.from + 1]?.lo === 'one') return null;
    // ", who said" / "people who said" → the phrase before.
    if ((first.lo === 'who' || first.lo === 'which') && ph.coreTo - ph.from === 1) {
      let np = subjectBefore(toks, toks[ph.from - 1]?.text === ',' ? ph.from - 1 : ph.from);
      if (!np || np.from >= ph.from) return null;
      // ("members of the Saudi government, which has denied …": a singular verb after "which" agrees with the body after
      // "of", not with the plural before it.)
      const verb = toks[ph.from + 1]?.lo ?? '';
      if (first.lo === 'which' && /^(?:has|is|was|does|says)$/.test(verb)) {
        for (let j = np.coreTo - 2; j > np.from; j--) {
          if (toks[j]!.lo === 'of' && /[^s]s$/.test(toks[j - 1]!.lo) && !/^(?:dozens|hundreds|thousands|millions|billions|tens|scores|lots)$/.test(toks[j - 1]!.lo) && toks[j - 1]!.word && !toks[j - 1]!.cap) { np = { from: j + 1, to: np.to, coreTo: np.coreTo }; break; }
        }
      }
      // ("The case is being handled by Ofcom, which said …", "… was referred to the Office of Rail Regulation (ORR),
      // which said": the one a passive's "by" or "to" names, not the participle phrase before it.)
      for (let j = np.coreTo - 2; j > np.from; j--) {
        if (/^(?:by|to)$/.test(toks[j]!.lo) && /(?:ed|en|ent|eld|ade)$/.test(toks[j - 1]!.lo)) {
          if (toks[j + 1]?.cap || toks[j + 2]?.cap) return this.source(toks, { from: j + 1, to: np.to, coreTo: np.coreTo }, cue);
          break;
        }
      }
      return this.source(toks, np, cue);
    }
    // ("Maria Lopez, 34, and Tom Chen, 41, said", "The mayor, Joan Pike, and the police chief, Dan Yates, said": two
    // sources, each with its appositive, speak together.)
    const and = toks.findIndex((t, i) => i > ph.from + 1 && i < ph.coreTo - 1 && t.lo === 'and' && toks[i - 1]!.text === ',');
    if (and > 0) {
      const left = subjectBefore(toks, and, ph.from);
      const l = left && left.from === ph.from ? this.source(toks, left, cue) : null;
      const r = l ? this.source(toks, { from: and + 1, to: ph.to, coreTo: ph.coreTo }, cue) : null;
      if (l && r && kindOfGrade(l.grade) === 'named' && kindOfGrade(r.grade) === 'named' && l.speaker !== r.speaker) return { grade: l.grade, speaker: `${l.speaker} and ${r.speaker}`, plural: true };
    }
    const info = classify(this.text, toks, ph, this.ents);
    if (!info) return null;
    // ("Tehran insists …", "Moscow denied …": a capital alone stands for its country's government.)
    const country = !info.pointer && kindOfGrade(info.grade) === 'named' ? CAPITAL_COUNTRIES.get(info.speaker) : undefined;
    if (country && spanText(this.text, toks, ph.from, ph.coreTo) === info.speaker) return { grade: 'organization', speaker: country, plural: false };
    // ("The Russians saying …": a people with "the" speaks as its government.)
    const people = /^the\s+((?:North|South)\s+)?(\p{Lu}\p{Ll}+)$/iu.exec(spanText(this.text, toks, ph.from, ph.coreTo));
    const nation = people && /^\p{Lu}/u.test(people[2]!) ? DEMONYM_COUNTRIES.get(`${people[1] ?? ''}${people[2]}`.toLowerCase()) : undefined;
    if (nation) return { grade: 'organization', speaker: nation, plural: true };
    // ("…, according to an outside review released Thursday. The 48-page report, prepared by the law firm X, found …":
    // a paper met unnamed is the one whose author the next sentence names.)
    if (info.grade === 'vague-group' && !info.pointer && !info.plural && (first.lo === 'a' || first.lo === 'an') && toks.slice(ph.from + 1, Math.min(ph.coreTo, ph.from + 4)).some((t) => DOCUMENT_HEADS.has(t.lo))) {
      const author = this.paperAuthorNext(first.start);
      if (author) return { grade: 'organization', speaker: author, plural: false };
    }
    if (!info.pointer) return info;
    const resolved = this.resolve(info, first.start);
    return resolved && info.joint ? { ...resolved, plural: true } : resolved;
  }

  /** Resolves a pointer; null when a pronoun has nothing to point to (then it is no source we can report). */
  private resolve(info: SourceInfo, pos: number): SourceInfo | null {
    const p = info.pointer!;
    const hist = this.out;
    const recent = (pred: (e: Emitted) => boolean, window = 3000) => {
      for (let i = hist.length - 1; i >= 0; i--) {
        const e = hist[i]!;
        if (pos - e.pos > window) break;
        if (e.pos < pos && pred(e)) return e;
      }
      return null;
    };
    const take = (e: Emitted, keepGrade = false): SourceInfo => ({ grade: keepGrade ? info.grade : e.info.grade, speaker: e.info.speaker, plural: e.info.plural });
    const word = p.word;
    if (word === 'he' || word === 'she' || word === 'his' || word === 'her') {
      const g = word === 'he' || word === 'his' ? 'm' : 'f';
      // ("A neighbour, who asked not to be named because she feared for her safety, said … “I grabbed my kids,” she
      // said.": the unnamed person quoted last in the paragraph, with no one named since, is who "she" means.)
      if (word === 'he' || word === 'she') {
        const last = hist[hist.length - 1];
        const para = this.paragraphOf(pos);
        if (last && last.pos < pos && last.pos >= para.start && kindOfGrade(last.info.grade) === 'anonymous' && !last.info.plural && !last.info.pointer && last.cand.source
          && SINGULAR_HEADS.has(lastWordOf(last.info.speaker)) && genderOfWords(this.text.slice(last.cand.source.start, last.cand.source.end)) === g && !this.personNamedBetween(last.cand.source.end, pos)) return take(last);
      }
      const who = this.person(pos, g);
      if (who) {
        if (word === 'he' || word === 'she') this.ents.learnGender(who, g);
        if (p.kin) return { grade: 'person', speaker: `${who}’s ${p.kin}`, plural: info.plural };
        return { grade: 'person', speaker: who, plural: false };
      }
      // (Kin of no one named stay an unnamed source: "his family" alone.)
      if (p.kin) return { grade: 'anonymous-bare', speaker: info.speaker, plural: info.plural };
      // ("According to one diplomat familiar with the talks, … He described …": with no person of that gender
      // named, the one unnamed person quoted just before.)
      const anon = recent((x) => kindOfGrade(x.info.grade) === 'anonymous' && !x.info.plural && !x.info.pointer && SINGULAR_HEADS.has(lastWordOf(x.info.speaker)), 1500);
      if (anon && (word === 'he' || word === 'she')) return take(anon);
      // ("“We will appeal,” said her lawyer" with no one named before: the lawyer stays an unnamed source.)
      if ((word === 'his' || word === 'her') && UNNAMED_WHEN_ALONE.test(lastWordOf(info.speaker))) return { grade: 'anonymous-bare', speaker: info.speaker, plural: false };
      return { grade: 'person', speaker: info.speaker, plural: false };
    }
    if (word === 'lead') {
      // The study's named lead ("led by Dr Ann Roe", "lead author Ann Roe"); else the unnamed researchers as before.
      const who = this.studyLead();
      if (who) return { grade: 'person', speaker: who, plural: false };
      const anon = recent((x) => kindOfGrade(x.info.grade) === 'anonymous' && /researcher|scientist|author|team/i.test(x.info.speaker), 6000);
      return anon ? take(anon) : { grade: info.grade, speaker: info.speaker, plural: info.plural };
    }
    if (word === 'defendant') {
      // The person the text has deny the charges or plead not guilty; else the defence stays unnamed.
      const who = this.defendant(pos);
      return who ? { grade: 'person', speaker: who, plural: false } : { grade: info.grade, speaker: info.speaker, plural: false };
    }
    if (word === 'spokes') {
      // The body quoted last in this paragraph; else the spokesperson stays unnamed.
      const para = this.paragraphOf(pos);
      const e = recent((x) => x.pos >= para.start && (x.info.grade === 'organization' || x.info.grade === 'media') && !x.info.pointer && !this.nestedIn.has(x), 1500);
      if (e) return take(e);
      // ("The White House welcomed the decision. A spokesperson said …": the body that is the subject of the sentence before.)
      const body = this.subjectBodyBefore(pos, para.start);
      return body ? { grade: body.type, speaker: body.name, plural: false } : { grade: info.grade, speaker: info.speaker, plural: false };
    }
    if (word === 'my') {
      // Only in an interview's answer ("A: My husband reckons …"): the one answering is the first person quoted in
      // the piece; elsewhere "my" belongs to a quotation or a first-person column we cannot name.
      const ps = this.doc.paragraphs;
      const para = ps[countBelow(ps, pos + 1, (x) => x.start) - 1];
      if (!para || !/^\s*A\s*[:.]\s/.test(this.text.slice(para.start, para.start + 4))) return null;
      const first = this.out.find((x) => x.info.grade === 'person' && !x.info.pointer && x.info.speaker.includes(' '));
      if (!first || first.pos >= pos) return null;
      return { grade: 'person', speaker: `${first.info.speaker}’s ${info.speaker.replace(/^my\s+/i, '')}`, plural: false };
    }
    if (word === 'they' || word === 'their') {
      // ("Military bloggers posted videos that they said showed the strike": a group named earlier in the same sentence.)
      const ss = this.doc.sentences;
      const here = ss[countBelow(ss, pos + 1, (x) => x.start) - 1];
      const sameSentence = here ? this.lastGroup(pos, here.start) : null;
      if (sameSentence && !recent((x) => x.pos >= here!.start && x.pos < pos && (x.info.plural || x.info.grade === 'organization'), 1500)) return { grade: 'vague-group', speaker: sameSentence, plural: true };
      const e = recent((x) => x.info.plural || x.info.grade === 'organization' && !x.info.pointer, 1500);
      // ("Analysts at Dunmore Securities were less sure. “…,” they wrote": a group opening the sentence just before,
      // after the last source, is who "they" are.)
      const si = countBelow(ss, pos + 1, (x) => x.start) - 1;
      const prev = si > 0 ? ss[si - 1] : undefined;
      if (prev && (!e || e.pos < prev.start) && !this.quotes.inside(prev.start)) {
        const re = GROUP_PHRASE;
        re.lastIndex = 0;
        const m = re.exec(this.text.slice(prev.start, Math.min(prev.end, prev.start + 80)));
        if (m && m.index === 0 && /^\p{Lu}/u.test(m[0])) return { grade: 'vague-group', speaker: m[0], plural: true };
      }
      if (e) return take(e);
      const group = this.lastGroup(pos);
      if (group) return { grade: 'vague-group', speaker: group, plural: true };
      return null;
    }
    if (word === 'it' || word === 'which' || word === 'its') {
      // ("Andes Pacific said that it had offered X, which it described as …": a body reporting earlier in the same sentence.)
      let here: Emitted | undefined;
      for (const x of this.current) if (x.pos < pos && !x.info.pointer && (x.info.grade === 'organization' || x.info.grade === 'media') && !this.nestedIn.has(x)) here = x;
      // (A paper's "its" is a body's, never another paper's.)
      const kinds = info.grade === 'document' ? ['organization', 'media'] : ['organization', 'media', 'document'];
      const e = here ?? recent((x) => kinds.includes(x.info.grade), 1500);
      // "… a report from the Humboldt Commission, a joint body … It found that …": a body named in the
      // sentence just before, after the last source, is what "it" means.
      // (So is a body's own paper: "Corvane employed 15,000 people, according to its latest filing.")
      if (word === 'it' || word === 'its' && info.grade === 'document') {
        const body = this.bodyNamedSince(pos, e?.pos ?? -1);
        if (body) return { grade: body.type, speaker: body.name, plural: false };
      }
      if (e) return take(e);
      // The latest outlet or body named (not only talked about in a quote).
      const media = this.lastMention(pos, 'media', 1500);
      if (media) return { grade: 'media', speaker: media, plural: false };
      // ("The union said talks had failed. It said …": an unnamed body quoted just before.)
      const body = recent((x) => kindOfGrade(x.info.grade) === 'anonymous' && !x.info.plural && !!ORG_DESCRIPTIONS[lastWordOf(x.info.speaker)], 1500);
      if (body && word === 'it') return take(body);
      // (A paper whose body is not found is still a paper.)
      if (info.grade === 'document') return { grade: 'document', speaker: info.speaker.replace(/^its\s+/i, ''), plural: false };
      return null;
    }
    if (word === 'paper-authors') {
      // (The paper "its" means: the latest named source within a paragraph or so that was a paper or "it".)
      const paper = recent((x) => kindOfGrade(x.info.grade) === 'named' && !!x.cand.source && /^(?:it|(?:the|this|that)\s+(?:[\p{L}\d-]+\s+){0,2}(?:report|study|review|paper|analysis|assessment|survey|audit)\b)/iu.test(this.text.slice(x.cand.source.start, x.cand.source.end)), 1500);
      if (paper) return take(paper);
      return { grade: 'vague-group', speaker: info.speaker, plural: true };
    }
    if (word === 'former' || word === 'latter') {
      // The last two different people named outside quotes: "the latter" the nearer, "the former" the other.
      const ms = this.ents.mentions;
      const seen: string[] = [];
      for (let i = countBelow(ms, pos, (m) => m.start) - 1, n = 0; i >= 0 && n < 30 && pos - ms[i]!.start < 1500 && seen.length < 2; i--, n++) {
        if (this.quotes.inside(ms[i]!.start)) continue;
        const name = this.ents.canonical(ms[i]!.name, ms[i]!.start);
        if (this.ents.type(name) === 'person' && !seen.includes(name)) seen.push(name);
      }
      if (seen.length < 2) return null;
      return { grade: 'person', speaker: word === 'latter' ? seen[0]! : seen[1]!, plural: false };
    }
    if (word === 'epithet') {
      // "The Ohio Democrat said": the person last named outside quotes; else the description itself.
      const ms = this.ents.mentions;
      for (let i = countBelow(ms, pos, (m) => m.start) - 1, n = 0; i >= 0 && n < 30 && pos - ms[i]!.start < 2000; i--, n++) {
        if (this.quotes.inside(ms[i]!.start)) continue;
        const name = this.ents.canonical(ms[i]!.name, ms[i]!.start);
        if (this.ents.type(name) !== 'person') continue;
        // ("Max Verstappen took pole, edging Lando Norris … The Dutchman said": the person the sentence is about — the
        // first it names — not one named after its verb.)
        const ss = this.doc.sentences;
        const sent = ss[countBelow(ss, ms[i]!.start + 1, (x) => x.start) - 1];
        const f = sent ? this.firstMentionIn(sent.start, i) : -1;
        const first = f >= 0 && f < i ? this.ents.canonical(ms[f]!.name, ms[f]!.start) : name;
        return { grade: 'person', speaker: this.ents.type(first) === 'person' ? first : name, plural: false };
      }
      return { grade: 'person', speaker: info.speaker.replace(/^(?:the|this)\s+/i, ''), plural: false };
    }
    if (word === 'aged') {
      // The person quoted last (not a pronoun left unresolved); with none, no source we can report.
      const e = recent((x) => x.info.grade === 'person' && !x.info.pointer && !/^(?:he|she|his|her)$/i.test(x.info.speaker), 3000);
      // ("Actor Ann Hale slammed director Tom Roe, a day after he claimed …. '…,' the 31-year-old wrote": a pronoun
      // quoted in a clause after another person opens the sentence is less the topic than that person.)
      if (e && e.cand.source && /^(?:he|she)$/i.test(this.text.slice(e.cand.source.start, e.cand.source.end))) {
        const ss = this.doc.sentences;
        const sent = ss[countBelow(ss, e.cand.source.start + 1, (x) => x.start) - 1];
        const ms = this.ents.mentions;
        const f = sent ? this.firstMentionIn(sent.start, countBelow(ms, e.cand.source.start, (m) => m.start) - 1) : -1;
        const first = f >= 0 && ms[f]!.start < e.cand.source.start ? this.ents.canonical(ms[f]!.name, ms[f]!.start) : null;
        if (first && first !== e.info.speaker && this.ents.type(first) === 'person') return { grade: 'person', speaker: first, plural: false };
      }
      if (e) return take(e);
      // Else the person last named outside quotes ("Ann Hale was arrested … the 54-year-old said").
      const ms = this.ents.mentions;
      for (let i = countBelow(ms, pos, (m) => m.start) - 1, n = 0; i >= 0 && n < 30 && pos - ms[i]!.start < 2000; i--, n++) {
        if (this.quotes.inside(ms[i]!.start)) continue;
        const name = this.ents.canonical(ms[i]!.name, ms[i]!.start);
        if (this.ents.type(name) !== 'person') continue;
        // ("Actor Ann Hale slammed director Tom Roe, a day after he … . '…,' the 31-year-old wrote": as with an epithet,
        // the person the sentence is about — the first it names — not one named after its verb.)
        const ss = this.doc.sentences;
        const sent = ss[countBelow(ss, ms[i]!.start + 1, (x) => x.start) - 1];
        const f = sent ? this.firstMentionIn(sent.start, i) : -1;
        const first = f >= 0 && f < i ? this.ents.canonical(ms[f]!.name, ms[f]!.start) : name;
        return { grade: 'person', speaker: this.ents.type(first) === 'person' ? first : name, plural: false };
      }
      return null;
    }
    if (word === 'anon:family' && /^the\s+family$/i.test(info.speaker)) {
      // ("… who represents the Oakes family. … The family says …": the family the text named by its surname just before.)
      const before = this.text.slice(Math.max(0, pos - 1500), pos);
      let last: RegExpExecArray | null = null;
      for (const m of before.matchAll(/\bthe\s+(\p{Lu}[\p{L}’'-]+)\s+family\b/gu)) last = m;
      if (last && !demonym(last[1]!)) return { grade: 'person', speaker: `${last[1]} family`, plural: true };
    }
    if (word.startsWith('anon:')) {
      // ("the scientists" is the group of scientists named before, not "neuroscientific studies".)
      // ("The people said" after "Two people familiar with …": the plural of "person" shares no stem with it.)
      const sing = word.slice(5);
      const stems = [sing, ANONYMOUS_HEADS[sing] ?? sing].map((w) => w.slice(0, 5).replace(/[^\p{L}]/gu, ''));
      const stem = new RegExp(`(?:^|[^\\p{L}])(?:${stems.join('|')})`, 'u');
      // ("Rescue services said … The ambulance service said": a word that sets the phrase apart must be in the earlier one.)
      const marks = distinguishingWords(info.speaker);
      const e = recent((x) => kindOfGrade(x.info.grade) === 'anonymous' && stem.test(x.info.speaker.toLowerCase()) && marks.every((w) => x.info.speaker.toLowerCase().includes(w))
        // ("A coast guard spokesman said … the spokesman told …": the spokesman quoted before, who speaks for a body.)
        || /^spokes/.test(sing) && (x.info.grade === 'organization' || x.info.grade === 'media') && !!x.cand.source && stem.test(this.text.slice(x.cand.source.start, x.cand.source.end).toLowerCase())
        // ("Her representative confirmed … the rep said": one who speaks for a person, quoted before as that person.)
        || REPS.test(sing) && x.info.grade === 'person' && !!x.cand.source && REP_WORDS.test(this.text.slice(x.cand.source.start, x.cand.source.end)), 6000);
      if (e) return take(e);
      // ("… a spokeswoman for the council, Jane Ito. The spokeswoman said": the person that noun introduced.)
      if (!info.plural) {
        const named = this.introducedAs(word.slice(5), pos);
        if (named) return { grade: 'person', speaker: named, plural: false };
      }
      return { grade: info.grade, speaker: info.speaker, plural: info.plural };
    }
    if (word.startsWith('doc:')) {
      const head = word.slice(4);
      // ("the poll" may be the survey named before, and the other way round.)
      const heads = head === 'poll' || head === 'survey' ? ['poll', 'survey'] : [head];
      // The document named before: by its speaker ("Bloomberg poll") or by how the text called it ("a memo from …").
      const e = recent((x) => x.info.grade === 'document' && heads.some((hd) => x.info.speaker.toLowerCase().includes(hd) || !!x.cand.source && this.text.slice(x.cand.source.start, x.cand.source.end).toLowerCase().includes(hd)), 8000);
      if (e) return take(e);
      // ("according to analysis by the climate website Carbon Brief … the analysis shows": the document a named issuer
      // published before, by how the text called it.)
      // ("according to a report released on Monday by the Marsh Climate Unit … The 60-page study finds": a research paper
      // may be called by another of its nouns, and the one who put it out may follow when and how.)
      const called = PAPER_FAMILY.includes(heads[0]!) ? PAPER_FAMILY.join('|') : heads[0];
      const calledSo = new RegExp(`^(?:an?\\s+|the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:${called})s?\\s+(?:(?:released|published|issued|produced|prepared|compiled|written)\\s+(?:(?:on|last|this|in)\\s+[\\p{L}\\d]+\\s+)?)?(?:by|from)\\s`, 'iu');
      const issued = recent((x) => kindOfGrade(x.info.grade) === 'named' && !!x.cand.source && calledSo.test(this.text.slice(x.cand.source.start, x.cand.source.end)), 8000);
      if (issued) return take(issued);
      // ("Ruiz said in a news release … according to the release", "The firm said in a statement … According to the
      // statement": the one who issued it just before.)
      // ("the company said in a regulatory filing … the filing said", "wrote in a letter … the letter says": any paper.)
      {
        const issuedIn = issuedInPaper(head);
        const issuer = recent((x) => kindOfGrade(x.info.grade) === 'named' && issuedIn.test(this.text.slice(x.cand.cue.end, x.cand.cue.end + 60)), 3000);
        if (issuer) return take(issuer);
      }
      // "According to the indictment": a court's or a prosecutor's papers in a case are one named record.
      if (LEGAL_RECORDS.has(head)) return { grade: 'document', speaker: head, plural: false };
      // ("The statistics office said prices rose 3%. … Energy prices fell, the figures showed.": the numbers of the body
      // that reported just before.)
      if (DATA_HEADS.has(head)) {
        const body = recent((x) => (x.info.grade === 'organization' || x.info.grade === 'media') && !x.info.pointer && !x.forwardHead, 1500);
        if (body) return take(body);
      }
      // "X reported … According to the report, …": the outlet's own report.
      if (/^(?:report|story|article)$/.test(head)) {
        const m = recent((x) => (x.info.grade === 'media' || x.info.grade === 'organization') && !x.info.pointer && kindOfGrade(x.info.grade) === 'named' && /^report/.test(this.text.slice(x.cand.cue.start, x.cand.cue.end).toLowerCase()), 1500);
        if (m) return take(m);
      }
      // ("According to the first information report", "The audit itself warned", "Video of the incident shows": one
      // particular paper or recording, named by what it is; plural records and data stay unnamed.)
      // ("…, the paper says" in a story whose study a named lead led: the paper speaks as its lead author.)
      if (/^(?:paper|preprint|study)$/.test(head)) {
        const who = this.studyLead();
        if (who) return { grade: 'person', speaker: who, plural: false };
      }
      if (!info.plural && PAPERS.has(head)) {
        // ("In a 62-page report to councillors, planning officers say … The report says": the paper of that earlier source.)
        // (The sentence's outer source, not one inside its claim: "In a notice, X said a review had found …" is X's notice.)
        const inClaim = (x: Emitted) => hist.some((y) => y !== x && !!x.cand.source && y.cand.cue.end <= x.cand.source.start && y.cand.content.start <= x.cand.source.start && x.cand.source.end <= y.cand.content.end);
        const named = new RegExp(`\\b${head}\\b`, 'i');
        const author = recent((x) => !!x.cand.source && named.test(this.text.slice(this.sentenceStart(x.cand.cue.start), Math.min(x.cand.source.start, x.cand.cue.start))) && !inClaim(x), 3000);
        if (author) return take(author);
        return { grade: 'document', speaker: info.speaker.replace(/^(?:the|this|that)\s+/i, '').replace(/\s*,.*$/s, ''), plural: false };
      }
      return { grade: 'vague-group', speaker: info.speaker, plural: info.plural };
    }
    if (word.startsWith('org:')) {
      const type = word.slice(4);
      // ("The county council said" is no "Kelby Police" quoted before; "The Dutch foreign ministry" is that ministry.)
      const kind = (info.speaker.toLowerCase().match(/\p{L}+/gu) ?? []).reverse().find((w) => PUBLIC_KINDS.has(w));
      if (kind && /^(?:the\s+)?\p{Lu}[\p{L}-]+\s/u.test(info.speaker) && !/^the\s+\p{Ll}/u.test(info.speaker) && /^\p{Lu}/u.test(info.speaker.replace(/^the\s+/i, ''))) return { grade: type as Grade, speaker: info.speaker.replace(/^the\s+/i, ''), plural: false };
      // ("her label announced …": the label named before or, as the story goes on, just after — "Halcyon Records".)
      const nameWords = KIND_NAME_WORDS[lastWordOf(info.speaker).toLowerCase()];
      const kindName = nameWords ? this.kindMention(pos, nameWords) : null;
      if (kindName) return { grade: type as Grade, speaker: kindName, plural: false };
      // ("the Aslef union", "the RMT union", "the Unite union": a name before the kind names the body itself — not a
      // nationality or a place, "the British government", "the Texas company".)
      const mod = /^(?:the\s+)?(\p{Lu}[\p{L}-]*)\s+\p{Ll}+$/u.exec(info.speaker);
      if (mod && !/(?:an|ian|ish|ese|i|ic|ch)$/.test(mod[1]!) && nameType(mod[1]!) !== 'place') return { grade: type as Grade, speaker: this.ents.canonical(mod[1]!, pos), plural: false };
      const fits = kind ? publicFits(kind) : () => true;
      const e = recent((x) => x.info.grade === type && fits(x.info.speaker), 8000);
      // ("…, the Texas company that operates it said. Meridian Lunar Systems said …": a lead may describe the body
      // before naming it; a headline's bare "company says" is no name of it.)
      const ahead = (!e || e.forwardHead) && !kind ? this.bodyNamedNext(pos, type === 'media' ? 'media' : 'organization', lastWordOf(info.speaker).toLowerCase(), info.speaker) : null;
      if (ahead) return { grade: type as Grade, speaker: ahead, plural: false };
      if (e) return take(e);
      if (kind) return { grade: type as Grade, speaker: info.speaker.replace(/^(?:the|this|that)\s+/i, ''), plural: false };
      const m = this.lastMention(pos, type === 'media' ? 'media' : 'organization');
      if (m) return { grade: type === 'media' ? 'media' : 'organization', speaker: m, plural: false };
      return { grade: type as Grade, speaker: info.speaker.replace(/^(?:the|this|that)\s+/i, ''), plural: false };
    }
    if (word.startsWith('office:')) {
      const holder = new RegExp(`\\b${word.slice(7)}['’]s\\s`, 'i');
      const named = this.lastMention(pos, 'organization', 6000, undefined, (n) => holder.test(n));
      return { grade: 'organization', speaker: named ?? info.speaker.replace(/^the\s+/i, ''), plural: false };
    }
    if (word.startsWith('held:')) {
      // "the detective": an unnamed detective quoted more recently than the named one is meant.
      const role = word.slice(5);
      const anon = recent((x) => kindOfGrade(x.info.grade) === 'anonymous' && new RegExp(`\\b${role}\\b`, 'i').test(x.info.speaker), 3000);
      const named = recent((x) => x.info.speaker === info.speaker, 3000);
      if (anon && (!named || anon.pos > named.pos)) return take(anon);
      return { grade: info.grade, speaker: info.speaker, plural: false };
    }
    if (word.startsWith('body:')) {
      // The body most recently named nearby; if none, it stays an unnamed one.
      const type = word.slice(5) as 'media' | 'organization';
      // "the authority" is first the body whose name ends in Authority ("Halverton Transit Authority"), then any body.
      // ("A company spokeswoman", "a spokesperson for the council": the body noun, wherever it stands.)
      const kind = (info.speaker.toLowerCase().match(/\p{L}+/gu) ?? []).reverse().find((w) => ORG_DESCRIPTIONS[w] && ORG_DESCRIPTIONS[w] !== 'document');
      const headWord = kind ?? /(\p{L}+)\s*$/u.exec(info.speaker)?.[1]?.toLowerCase();
      // "Police said" is the force named before ("Kestrel Valley Police"), else unnamed police, never another body.
      if (kind === 'police' || kind === 'constabulary') {
        // ("Police Scotland", "Police Service of Northern Ireland": a force may open its name with the word.)
        const force = this.lastMention(pos, type, 6000, 'police') ?? this.lastMention(pos, type, 6000, 'constabulary') ?? this.lastMention(pos, type, 6000, undefined, (n) => POLICE_FIRST.test(n));
        if (force) return { grade: type, speaker: force, plural: false };
        // ("A Harlow City police officer shot … Police said": the force of the officers the story names.)
        const members = this.forceOfMembers(pos);
        if (members) return { grade: type, speaker: `${members} Police`, plural: false };
        // ("WELLINGTON — … Police said": with no force named, a national force of the country the story is in.)
        // ("Hastings … Police told the court … the NZ Transport Agency": with no country in the lead, the country of a
        // national body the story cites.)
        const where = this.storyCountry() ?? this.bodyCountry();
        const country = /^police$/i.test(info.speaker) && NATIONAL_POLICE.has(where ?? '') ? where : null;
        return country ? { grade: type, speaker: `${country} Police`, plural: false } : { grade: 'anonymous-bare', speaker: info.speaker, plural: info.plural };
      }
      // ("the company", "the firm": a business, not the union, council or agency named last.)
      // ("the agency", "the ministry": a public body — one whose name says so or an acronym — not the firm named last.)
      // (A body of another kind is not meant: "the county council" is no "Kelby Police", "the court" no ministry.)
      // ("the company" is no "Coral Bay Medical Center" or "Centers for Disease Control" either: a centre is a public or
      // medical place, and a public body's kind may open its name before "of" or "for".)
      const fits = kind && COMPANY_KINDS.has(kind) ? (name: string) => !PUBLIC_BODY_END.test(name) && !CENTRE_END.test(name)
        : kind && PUBLIC_KINDS.has(kind) ? publicFits(kind) : kind ? otherFits(kind) : undefined;
      // ("her label" is "Halcyon Records", before or — named as the story goes on — just after.)
      const nameWords = kind ? KIND_NAME_WORDS[kind] : undefined;
      const byHead = (headWord ? this.lastMention(pos, type, 6000, headWord) : null)
        ?? (nameWords ? this.kindMention(pos, nameWords) : null);
      // ("Roscosmos launched … The Russian space agency said": an agency by its country and field is the body of one word
      // the sentence before named, whatever its name says.)
      // (Else it is the body so described, named as written: "Spanish weather agency".)
      if (!byHead && kind === 'agency' && /^the\s+\p{Lu}[\p{L}.-]*\s+\p{Ll}+\s+agency$/iu.test(info.speaker)) return { grade: type, speaker: this.oneWordBodyBefore(pos) ?? info.speaker.replace(/^the\s+/i, ''), plural: false };
      // ("The Dutch foreign ministry said": a body described by its country or place is that body, named as written.)
      if (!byHead && kind && PUBLIC_KINDS.has(kind) && /^(?:the\s+)?\p{Lu}[\p{L}-]+\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+$/u.test(info.speaker) && /^(?:the\s+)?\S+\s/i.test(info.speaker) && !/^the\s+\p{Ll}/u.test(info.speaker) && info.speaker.split(/\s+/).length >= 2) {
        const own = info.speaker.replace(/^the\s+/i, '');
        if (/^\p{Lu}/u.test(own) && own.includes(' ')) return { grade: type, speaker: own, plural: false };
      }
      // ("The Alzheimer's Society said … A spokesperson for the charity noted …": for a kind that names no public body or
      // business, the body of that kind quoted just before comes first.)
      // (Whichever is nearer: "Harrowgate Athletic lost again. The club said" is the club just named.)
      const quoted = !byHead && kind && !COMPANY_KINDS.has(kind) && !PUBLIC_KINDS.has(kind) && fits ? recent((x) => x.info.grade === type && kindOfGrade(x.info.grade) === 'named' && !x.info.pointer && fits(x.info.speaker), 1500) : null;
      const mention = byHead ? null : this.findMention(pos, type, 3000, undefined, fits);
      if (quoted && (!mention || quoted.pos > mention.start)) return { grade: type, speaker: quoted.info.speaker, plural: false };
      // ("Karton-Pol said it would appeal to the EU's General Court. … the company said": a body named inside the claim
      // of a body that spoke is less the story's than the speaker, when the speaker is of the kind too.)
      const claimant = mention && !byHead ? recent((x) => x.info.grade === type && kindOfGrade(x.info.grade) === 'named' && !x.info.pointer && x.pos < mention.start
        && x.cand.content.start <= mention.start && mention.start < x.cand.content.end && x.info.speaker !== mention.name && (!fits || fits(x.info.speaker)), 1500) : null;
      if (claimant) return { grade: type, speaker: claimant.info.speaker, plural: false };
      const m = byHead ?? mention?.name;
      if (m) return { grade: type, speaker: m, plural: false };
      // (Not a headline's bare noun waiting for the name the story gives it: "…, operator says" then "…, the operator said".)
      const e = recent((x) => (x.info.grade === type || type === 'media' && x.info.grade === 'organization') && kindOfGrade(x.info.grade) === 'named' && !x.forwardHead && (!fits || fits(x.info.speaker)), 3000);
      if (e) return { grade: type, speaker: e.info.speaker, plural: false };
      // ("The ambulance service said … The service added": an unnamed body of that kind quoted just before.)
      // ("A Harlow City police officer shot … the department said": with no department named, the force of the officers
      // the story names.)
      const members = (kind === 'department' || kind === 'force') && /^the\s+\p{Ll}+$/iu.test(info.speaker) ? this.forceOfMembers(pos) : null;
      if (members) return { grade: type, speaker: kind === 'department' ? `${members} Police Department` : `${members} Police`, plural: false };
      const unnamed = kind && /^the\s+\p{Ll}+$/iu.test(info.speaker) ? recent((x) => kindOfGrade(x.info.grade) === 'anonymous' && !x.info.plural && lastWordOf(x.info.speaker).toLowerCase() === kind, 1500) : null;
      if (unnamed) return take(unnamed);
      // ("a survey commissioned by the council", no council named: still a document with its issuer's kind.)
      if (info.grade === 'document') return { grade: 'document', speaker: p.paper ?? info.speaker.replace(/^the\s+/i, ''), plural: false };
      // ("WELLINGTON — … The government said": with no government named, the government of the country the story is in.)
      const country = kind === 'government' && /^the\s+government$/i.test(info.speaker) ? this.storyCountry() : null;
      if (country) return { grade: 'organization', speaker: `${country} government`, plural: false };
      // ("A water company has been fined, the regulator said. … Ofwat said …": a lead may describe the body before
      // naming it; with no body named before, the one that opens a sentence just after is meant.)
      const ahead = kind && kind !== 'government' && kind !== 'police' ? this.bodyOpeningNext(pos, type === 'media' ? 'media' : 'organization', kind) : null;
      if (ahead) return { grade: type === 'media' ? 'media' : 'organization', speaker: ahead, plural: false };
      // ("…, the paper says" with no newspaper named, in a story whose study a named lead led: the research paper.)
      if (kind === 'paper' && /^the\s+paper$/i.test(info.speaker)) {
        const who = this.studyLead();
        if (who) return { grade: 'person', speaker: who, plural: false };
      }
      return { grade: 'anonymous-bare', speaker: info.speaker, plural: false };
    }
    if (word.startsWith('role:')) {
      const role = word.slice(5);
      // The latest speaker who holds the office, else the latest holder named, else the latest person speaking.
      // ("The Democratic presidential nominee" is not the Republican one; "the governor of the Bryansk region" not
      // the governor of Kharkiv: a description's own capitalised words must stand by the holder's name somewhere.)
      const fits = this.qualifierFits(info.speaker);
      const holder = recent((x) => x.info.grade === 'person' && !!this.ents.entity(x.info.speaker)?.roles.has(role) && fits(x.info.speaker), 3000);
      const anon = recent((x) => kindOfGrade(x.info.grade) === 'anonymous' && new RegExp(`\\b${role}\\b`, 'i').test(x.info.speaker), 3000);
      if (anon && (!holder || anon.pos > holder.pos)) return take(anon);
      if (holder) return take(holder);
      const named = this.ents.byRole(role, pos, fits);
      if (named) return { grade: 'person', speaker: named, plural: false };
      // ("the governor of the Bryansk region": a role of a place or body named with it is its own description,
      // not whoever spoke last.)
      // ("The sister in charge told me": a post held in one place is its own description too.)
      if (/\s(?:of|for|at)\s|\sin charge\b/.test(info.speaker)) return { grade: 'person', speaker: info.speaker, plural: false };
      // (Not a speaker described by another role: "midwife Glenys Parry" is no "the minister".)
      const e = recent((x) => x.info.grade === 'person' && fits(x.info.speaker), 1500);
      // (Nor someone unnamed: "the sister in charge" quoted before is no "the minister".)
      if (e && (this.ents.hasOtherRole(e.info.speaker, role) || !this.ents.entity(e.info.speaker))) return { grade: 'person', speaker: info.speaker, plural: false };
      if (e) return take(e);
      return { grade: 'person', speaker: info.speaker, plural: false };
    }
    return info;
  }

  /** The person named right after "a/the <head> (for/of/at …)," in the 800 characters before pos ("a spokeswoman for the council, Jane Ito,"). */
  private introducedAs(head: string, pos: number): string | null {
    if (!/^\p{Ll}+$/u.test(head)) return null;
    const from = Math.max(0, pos - 800);
    const re = new RegExp(`\\b(?:a|an|the|its|his|her|their|[\\p{L}]+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}${head}(?:\\s+(?:for|of|at|to|with)\\s+[^,.;“”"]{1,60})?,\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}\\p{Lu}[\\p{L}'’-]+)(?=[,.;\\s])`, 'gu');
    const slice = this.text.slice(from, pos);
    let m: RegExpExecArray | null;
    let last: string | null = null;
    while ((m = re.exec(slice))) if (!this.quotes.inside(from + m.index)) last = this.ents.canonical(m[1]!, from + m.index + m[0].length);
    return last && this.ents.type(last) === 'person' ? last : null;
  }

  /** "Many analysts doubt it. They believe …": the latest plural group named in the two sentences before pos. */
  private lastGroup(pos: number, since?: number): string | null {
    const ss = this.doc.sentences;
    let from = since ?? -1;
    if (from < 0) {
      let si = countBelow(ss, pos + 1, (x) => x.start) - 1;
      if (si < 0) si = ss.length - 1;
      from = ss[Math.max(0, si - 2)]!.start;
    }
    const slice = this.text.slice(from, pos);
    const re = GROUP_PHRASE;
    re.lastIndex = 0;
    let best: string | null = null;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) if (!this.quotes.inside(from + m.index)) best = m[0];
    // ("… and when officers arrived": conjunctions caught before the group are no part of it.)
    return best ? best.replace(/^(?:(?:and|but|or|when|while|as|if|that|because|after|before|so|then|since|until|where)\s+)+/i, '') || null : null;
  }

  /** The latest body (several words, an organization or outlet) named in the sentence before pos, after `since`. */
  /**
   * With no body of the type named anywhere before pos: the body that opens one of the next sentences within 600
   * characters ("Ofwat said …" after "…, the regulator said."), of a kind that fits (a company is no public body).
   */
  private bodyOpeningNext(pos: number, type: 'media' | 'organization', kind: string): string | null {
    if (this.findMention(pos, type, pos + 1)) return null;
    const ss = this.doc.sentences;
    const ms = this.ents.mentions;
    for (let si = countBelow(ss, pos + 1, (x) => x.start); si < ss.length && ss[si]!.start - pos < 600; si++) {
      const st = ss[si]!.start;
      const m = ms[countBelow(ms, st, (x) => x.start)];
      if (!m || m.start > st + 4 || this.quotes.inside(m.start) || !/^(?:the\s+)?$/i.test(this.text.slice(st, m.start))) continue;
      const name = this.ents.canonical(m.name, m.start);
      // (A name, not a group named for someone: "Representatives for Vey did not respond" is no label.)
      if (this.ents.type(name) !== type || nameType(name) === 'place' || /\s\p{Ll}/u.test(name)) continue;
      if (COMPANY_KINDS.has(kind) && PUBLIC_BODY_END.test(name) || PUBLIC_KINDS.has(kind) && /\b(?:Group|Holdings|Inc|Corp|Ltd|plc|Company|Motors|Airlines)\.?$/.test(name)) continue;
      // (A kind its names end with: "her label" is "… Records"; a kind with kindred kinds, a body of one of them.)
      const ends = KIND_NAME_WORDS[kind];
      if (ends && !ends.some((w) => name.toLowerCase().endsWith(' ' + w))) continue;
      const fits = otherFits(kind);
      if (fits && !fits(name)) continue;
      return name;
    }
    return null;
  }

  /** The body named at the start of the sentence before pos, in the same paragraph ("The White House welcomed …"). */
  private subjectBodyBefore(pos: number, paraStart: number): { name: string; type: 'organization' | 'media' } | null {
    const ss = this.doc.sentences;
    const prev = ss[countBelow(ss, pos + 1, (x) => x.start) - 2];
    if (!prev || prev.start < paraStart) return null;
    const ms = this.ents.mentions;
    const m = ms[countBelow(ms, prev.start, (x) => x.start)];
    if (!m || m.start > prev.start + 4 || this.quotes.inside(m.start) || !/^(?:the\s+)?$/i.test(this.text.slice(prev.start, m.start))) return null;
    const name = this.ents.canonical(m.name, m.start);
    const t = this.ents.type(name);
    return t === 'organization' || t === 'media' ? { name, type: t } : null;
  }

  private bodyNamedSince(pos: number, since: number): { name: string; type: 'organization' | 'media' } | null {
    const ss = this.doc.sentences;
    const si = countBelow(ss, pos + 1, (x) => x.start) - 1;
    const prev = ss[si - 1];
    if (!prev) return null;
    const from = Math.max(prev.start, since + 1);
    const ms = this.ents.mentions;
    for (let i = countBelow(ms, pos, (m) => m.start) - 1; i >= 0 && ms[i]!.start >= from; i--) {
      const m = ms[i]!;
      if (this.quotes.inside(m.start) || !m.name.includes(' ')) continue;
      // Only the issuer of what the sentence is about ("a report from the X Commission"), not a modifier ("Native Alaskan groups").
      if (!/\b(?:from|by)\s+(?:the\s+)?$/i.test(this.text.slice(Math.max(0, m.start - 12), m.start)) || /^\s+\p{Ll}/u.test(this.text.slice(m.end, m.end + 3))) continue;
      const name = this.ents.canonical(m.name, m.start);
      const t = this.ents.type(name);
      if (t === 'organization' || t === 'media') return { name, type: t };
    }
    return null;
  }

  /** The latest outlet or organization named before pos (not inside quotes), for "the paper", "the bank". */
  private lastMention(pos: number, type: 'media' | 'organization', window = 6000, lastWord?: string, fits?: (name: string) => boolean): string | null {
    return this.findMention(pos, type, window, lastWord, fits)?.name ?? null;
  }

  /**
   * The body whose name ends with one of `lastWords` ("… Records" for "her label"): the latest named before pos,
   * else the first named in the next 1,500 characters (a story may name the label only after "her label said").
   */
  private kindMention(pos: number, lastWords: readonly string[]): string | null {
    const ms = this.ents.mentions;
    const fits = (i: number) => {
      const m = ms[i]!;
      if (this.quotes.inside(m.start)) return null;
      const name = this.ents.canonical(m.name, m.start);
      return name.includes(' ') && lastWords.some((w) => name.toLowerCase().endsWith(' ' + w)) && this.ents.type(name) !== 'person' ? name : null;
    };
    const at = countBelow(ms, pos, (m) => m.start);
    // ("Harlow Rovers sacked their manager after a defeat to Kelby Town left the club bottom": a side after "to",
    // "against", "v" is the opponent; the club the story is about comes first, the latest otherwise.)
    let latest: string | null = null;
    for (let i = at - 1, n = 0; i >= 0 && n < 30 && pos - ms[i]!.start < 6000; i--, n++) {
      const f = fits(i);
      if (!f) continue;
      if (!OPPONENT_BEFORE.test(this.text.slice(Math.max(0, ms[i]!.start - 30), ms[i]!.start))) return f;
      latest ??= f;
    }
    if (latest) return latest;
    for (let i = at, n = 0; i < ms.length && n < 30 && ms[i]!.start - pos < 1500; i++, n++) { const f = fits(i); if (f) return f; }
    return null;
  }

  /** The named lead of the study a story reports: "The team, led by epidemiologist Miriam Okafor", "lead author Ann Roe". */
  private studyLead(): string | null {
    if (this.lead !== undefined) return this.lead;
    const head = this.text.slice(0, 4000);
    const a = STUDY_LEAD.exec(head);
    const b = STUDY_LEAD_AFTER.exec(head);
    // (Whichever the story gives first.)
    const m = a && (!b || a.index <= b.index) ? a : b;
    const name = m ? this.ents.canonical(m[1]!.replace(/^(?:Dr|Prof|Professor)\.?\s+/, ''), m.index) : null;
    this.lead = name && this.ents.type(name) === 'person' ? name : null;
    return this.lead;
  }

  /** The one on trial: the last person before pos who "denies" a charge, "pleaded not guilty" or "is accused". */
  private defendant(pos: number): string | null {
    const before = this.text.slice(Math.max(0, pos - 4000), pos);
    let name: string | null = null;
    for (const m of before.matchAll(DEFENDANT)) name = m[1]!;
    if (!name) return null;
    const canon = this.ents.canonical(name, pos);
    return this.ents.type(canon) === 'person' ? canon : null;
  }

  /** The country a story is set in: its dateline's capital, else the first country its headline or lead names. */
  /** The latest name before pos, if it is one word (no acronym, no kind of body in it) for a body, named since the sentence before. */
  private oneWordBodyBefore(pos: number): string | null {
    const ss = this.doc.sentences;
    const since = ss[Math.max(0, countBelow(ss, pos + 1, (x) => x.start) - 2)]?.start ?? 0;
    const ms = this.ents.mentions;
    for (let i = countBelow(ms, pos, (m) => m.start) - 1; i >= 0 && ms[i]!.start >= since; i--) {
      const m = ms[i]!;
      if (this.quotes.inside(m.start)) continue;
      const name = this.ents.canonical(m.name, m.start);
      // (The body itself, opening its clause — not "Kremlin officials", a modifier of the people who spoke.)
      const next = /^\s+(\p{Ll}+)/u.exec(this.text.slice(m.end, m.end + 30))?.[1] ?? '';
      if (next in ANONYMOUS_HEADS || ANON_PLURAL_WORDS.has(next) || ROLE_NOUNS.has(next) || isBodyNoun(next)) return null;
      if (/\s/.test(name) || /^\p{Lu}{2,}$/u.test(name) || BODY_WORD_IN.test(name) || nameType(name) === 'place' || nameType(name) === 'person' || this.ents.type(name) !== 'organization') return null;
      return name;
    }
    return null;
  }

  private forces: { at: number; place: string }[] | undefined;

  /**
   * A force named only through its people: "a Harlow City police officer", "Kelby police detectives" — the last such
   * place before pos (or within the sentence holding pos), listed once per text.
   */
  private forceOfMembers(pos: number): string | null {
    if (!this.forces) {
      this.forces = [];
      const re = /\b((?:\p{Lu}[\p{Ll}'’-]+\s+){1,3})police\s+(?:officers?|detectives?|chief|sergeant|constables?|department|spokes(?:man|woman|person))\b/gu;
      let m: RegExpExecArray | null;
      while ((m = re.exec(this.text))) {
        if (this.quotes.inside(m.index)) continue;
        // (Words a sentence start capitalises are no place: "The police officer", "Two police officers".)
        const words = m[1]!.trim().split(/\s+/);
        while (words.length && (DETERMINERS.has(words[0]!.toLowerCase()) || NP_STOP.has(words[0]!.toLowerCase()) || /^(?:one|two|three|four|five|several|many|some|off-duty|former|local|state|city|county|federal|interim|acting)$/i.test(words[0]!))) words.shift();
        if (!words.length || words.some((w) => isDateWord(w.toLowerCase()))) continue;
        const place = words.join(' ');
        if (nameType(place) === 'person' || this.ents.type(this.ents.canonical(place, m.index)) === 'person') continue;
        this.forces.push({ at: m.index, place });
      }
    }
    const end = this.doc.sentences[countBelow(this.doc.sentences, pos + 1, (x) => x.start) - 1]?.end ?? pos;
    const i = countBelow(this.forces, end, (x) => x.at) - 1;
    return i >= 0 ? this.forces[i]!.place : null;
  }

  /** The country of the first national body the text cites ("NZ Transport Agency" → New Zealand), if any. */
  private bodyCountry(): string | null {
    const m = NATIONAL_BODY.exec(this.text);
    return m ? COUNTRY_SHORT[m[1]!] ?? m[1]! : null;
  }

  private storyCountry(): string | null {
    if (this.country !== undefined) return this.country;
    const ps = this.doc.paragraphs;
    const lead = this.text.slice(0, ps[Math.min(1, ps.length - 1)]?.end ?? 0);
    const dateline = /(?:^|\n)\s*(\p{Lu}{3,}(?:\s+\p{Lu}{3,})?)\s*(?:,|\(|[-—–])/u.exec(lead);
    const cap = dateline ? dateline[1]!.toLowerCase().replace(/(?:^|\s)\p{L}/gu, (c) => c.toUpperCase()) : '';
    let country = CAPITAL_COUNTRIES.get(cap) ?? null;
    if (!country) {
      let at = Infinity;
      for (const name of new Set(CAPITAL_COUNTRIES.values())) {
        const m = new RegExp(`\\b${name}\\b`).exec(lead);
        if (m && m.index < at) { at = m.index; country = name; }
      }
    }
    this.country = country;
    return country;
  }

  /**
   * The body a lead describes before naming it: the first multi-word name of that type in the next paragraph or two,
   * found only when no body of the kind was named before pos. (A business is no public body: "the company" is not
   * the council named next.)
   */
  private bodyNamedNext(pos: number, type: 'media' | 'organization', kindWord: string, phrase = ''): string | null {
    if (this.findMention(pos, type, 6000)) return null;
    const ms = this.ents.mentions;
    // ("The ambulance service said …. The Secret Service said": a body of the same kind named with other words is another.)
    const marks = distinguishingWords(phrase);
    for (let i = countBelow(ms, pos, (m) => m.start), n = 0; i < ms.length && n < 20 && ms[i]!.start - pos < 800; i++, n++) {
      const m = ms[i]!;
      if (this.quotes.inside(m.start)) continue;
      const name = this.ents.canonical(m.name, m.start);
      if (!name.includes(' ') || this.ents.type(name) !== type || nameType(name) === 'place') continue;
      if (COMPANY_KINDS.has(kindWord) && PUBLIC_BODY_END.test(name)) continue;
      if (name.toLowerCase().endsWith(' ' + kindWord) && !marks.every((w) => name.toLowerCase().includes(w))) continue;
      return name;
    }
    return null;
  }

  private findMention(pos: number, type: 'media' | 'organization', window = 6000, lastWord?: string, fits?: (name: string) => boolean): { name: string; start: number } | null {
    const ms = this.ents.mentions;
    let i = ms.length - 1;
    while (i >= 0 && ms[i]!.start >= pos) i--;
    for (let n = 0; i >= 0 && n < 30; i--, n++) {
      const m = ms[i]!;
      if (pos - m.start > window) break;
      if (this.quotes.inside(m.start)) continue;
      const name = this.ents.canonical(m.name, m.start);
      // ("the bank" is "Bank of Korea" too: a body's kind may open its name.)
      if (lastWord && !name.toLowerCase().endsWith(' ' + lastWord) && !name.toLowerCase().startsWith(lastWord + ' of ')) continue;
      if (fits && !fits(name)) continue;
      // ("to speak to a GP", "an MP said": an acronym after "a"/"an" is a common noun, no body.)
      if (/^\p{Lu}{2,6}$/u.test(m.name) && /\b(?:a|an)\s+$/i.test(this.text.slice(Math.max(0, m.start - 4), m.start))) continue;
      // ("Regardless, the State Department said …": one capitalised word opening a sentence before a comma is an adverb.)
      if (!m.name.includes(' ') && this.text[m.end] === ',' && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(this.text.slice(Math.max(0, m.start - 3), m.start))) continue;
      // ("Analysts at Haverford Securities estimated …. The company said": an expert's employer is no body the story is about.)
      if (EXPERT_AT.test(this.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      // ("Hale, speaking on BBC Radio Five Live, said …. The club said": where one spoke is an outlet, no body of the story.)
      if (type === 'organization' && SPOKEN_ON.test(this.text.slice(Math.max(0, m.start - 60), m.start))) continue;
      const t = this.ents.type(name);
      // (A place — "Marlow Falls", "New York" — is where a body is, not the body.)
      // (A test of the name's own words overrides: "Police Scotland" names a place too.)
      if (!lastWord && nameType(name) === 'place' && !(fits && POLICE_FIRST.test(name))) continue;
      if (t === type && (type === 'media' || name.includes(' ') || nameType(name) === 'organization' || /^\p{Lu}{2,6}$/u.test(name))) return { name, start: m.start };
    }
    return null;
  }

  /**
   * The person a he/she at pos points to: the latest compatible person that
   * was a speaker or the subject of a sentence (a name at the start of its
   * sentence), not one only talked about inside a quote or a claim.
   */
  private person(pos: number, g: 'm' | 'f'): string | null {
    const ms = this.ents.mentions;
    const idx = countBelow(ms, pos, (m) => m.start) - 1;
    let speaker: Emitted | null = null;
    for (let i = this.out.length - 1; i >= 0; i--) {
      const e = this.out[i]!;
      if (pos - e.pos > 5000) break;
      // (A person quoted inside another's quotation is talked about there; the pronoun after it is the quoter.)
      // (Nor is one whose report sits inside another's claim: "Earnest said Obama has called for X. He said …" is Earnest.)
      if (e.pos < pos && e.info.grade === 'person' && !this.nestedIn.has(e) && !/^(?:he|she|his|her)$/i.test(e.info.speaker) && !this.opensClaimBefore(i)) {
        const gg = this.ents.gender(e.info.speaker);
        if (!gg || gg === g) { speaker = e; break; }
      }
    }
    const speakerGender = speaker ? this.ents.gender(speaker.info.speaker) : null;
    const candidate = (i: number, strict: boolean): string | null => {
      const m = ms[i]!;
      // Names inside quotes or inside what someone said are talked about, not talking.
      if (this.quotes.inside(m.start) || strict && (this.inContent(m.start) || !this.subjectLike(m.start))) return null;
      const name = this.ents.canonical(m.name, m.start, g);
      if (this.ents.type(name) !== 'person' || !name.includes(' ') && !this.ents.entity(name) && nameType(name) !== 'person') return null;
      const gg = this.ents.gender(name);
      // (A name of unknown gender is taken over a speaker of known gender only when nothing else fits; after a
      // speaker whose gender is unknown too, the person made the subject since is the nearer one: "…, said Aoife
      // Gallagher. Minister Declan Moriarty disagreed. He said …".)
      if (gg && gg !== g || !gg && (speakerGender && !(strict && m.start >= near && name.includes(" ")) || !strict)) return null;
      return name;
    };
    // ("Pollster Whit Ayres is sceptical. … “…,” he said": a person of unknown gender made the subject in this paragraph
    // or the one before is the one now quoted, not a speaker of known gender quoted further back.)
    const here = this.paragraphOf(pos);
    const ps = this.doc.paragraphs;
    const pi = countBelow(ps, here.start + 1, (x) => x.start) - 1;
    const near = ps[pi - 1]?.start ?? here.start;
    for (let i = idx, n = 0; i >= 0 && n < 60; i--, n++) {
      if (pos - ms[i]!.start > 5000 || speaker && ms[i]!.start <= speaker.pos) break;
      const name = candidate(i, true);
      if (name) return name;
    }
    // ("… worries Henry Crespo, president of the city's caucus. “…,” he said": a person introduced in full with a role
    // in apposition, after the last speaker, in this paragraph or the one before, is who the next quote's pronoun
    // gives voice to, though the name sits in the object — as a writer introduces the one about to speak.)
    // (Not a name inside the speaker's own sentence: "Christie, who has campaigned for GOP nominee Donald Trump, …".)
    const ss = this.doc.sentences;
    const speakerEnd = speaker ? ss[countBelow(ss, speaker.pos + 1, (x) => x.start) - 1]?.end ?? speaker.pos : 0;
    if (speaker) for (let i = idx, n = 0; i >= 0 && n < 30; i--, n++) {
      const m = ms[i]!;
      if (m.start < speakerEnd || m.start < near) break;
      if (!m.name.includes(' ') || !this.ents.describedAt(m.start) || this.quotes.inside(m.start) || this.inContent(m.start)) continue;
      const name = this.ents.canonical(m.name, m.start, g);
      const gg = this.ents.gender(name);
      if (this.ents.type(name) !== 'person' || gg && gg !== g || this.ents.entity(name)?.first !== m.start) continue;
      return name;
    }
    if (speaker) return speaker.info.speaker;
    // No subject or speaker fits: the latest person of that gender named anywhere before.
    for (let i = idx, n = 0; i >= 0 && n < 30; i--, n++) {
      if (pos - ms[i]!.start > 3000) break;
      const name = candidate(i, false);
      if (name) return name;
    }
    // ("Tadhg Ruane runs a fish farm. He said …": a name no list knows, the subject just before, is the person the
    // pronoun needs — two or three capitalised words that name no body, place or outlet.)
    for (let i = idx, n = 0; i >= 0 && n < 8; i--, n++) {
      const m = ms[i]!;
      if (pos - m.start > 600) break;
      if (this.quotes.inside(m.start) || this.inContent(m.start) || !this.subjectLike(m.start)) continue;
      const name = this.ents.canonical(m.name, m.start);
      const words = name.split(' ');
      if (words.length < 2 || words.length > 3 || this.ents.gender(name) || nameType(name) === 'organization' || nameType(name) === 'place' || this.ents.type(name) === 'media' || ORG_NAME_HEADS.has(words[words.length - 1]!.toLowerCase()) || !!ORG_DESCRIPTIONS[words[words.length - 1]!.toLowerCase()] || commonPlural(words[words.length - 1]!)) continue;
      // (Nor one already quoted as a body: "The ferry's operator, Kelso Lines, said …. He added …"; only reports near
      // the name are looked at, so long texts stay linear.)
      if (this.out.slice(-40).some((e) => e.info.speaker === name && e.info.grade !== 'person')) continue;
      return name;
    }
    return null;
  }

  /** Is a name at pos the subject of its sentence: near its start, after at most an introductory phrase? */
  private subjectLike(pos: number): boolean {
    const ss = this.doc.sentences;
    const si = countBelow(ss, pos + 1, (s) => s.start) - 1; // the last sentence starting at or before pos
    if (si < 0) return false;
    let prefix = this.text.slice(ss[si]!.start, pos);
    if (prefix.length > 160) return false;
    prefix = prefix.replace(/^[“"‘]/, '').replace(/^[^,]{0,80},\s*/, '').replace(/^(?:but|and|yet|so|still|now|then|meanwhile|however)\s+/i, '');
    const words = prefix.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    if (words.length > 5) return false;
    // ("Ortega, campaigning in Henderson, …": a name after a preposition is a place or an object, not the subject.)
    if (/^(?:in|at|on|from|to|for|with|by|of|near|outside|inside|across|into)$/i.test(words[words.length - 1] ?? '')) return false;
    // ("Luis Ortiz, who campaigned for Senate nominee Dan Hurley, …": a name inside the subject's relative clause is not it.)
    if (words.some((w) => /^(?:who|whom|whose|which)$/i.test(w))) return false;
    return !words.some((w) => NP_STOP.has(w.toLowerCase()) && !DETERMINERS.has(w.toLowerCase()));
  }

  /** Does the source of out[at] open the claim of one made just before it ("X said Y called for Z")? */
  private opensClaimBefore(at: number): boolean {
    const pos = this.out[at]!.pos;
    for (let i = at - 1; i >= 0 && i >= at - 6; i--) {
      const c = this.out[i]!.cand;
      if (c.content.start === pos && !c.direct) return true;
    }
    return false;
  }

  private inContent(pos: number): boolean {
    for (let i = this.out.length - 1, n = 0; i >= 0 && n < 12; i--, n++) {
      const c = this.out[i]!.cand.content;
      if (c.start <= pos && pos < c.end) return true;
    }
    return false;
  }

  /** Why a source is unnamed, looked for from the source to the sentence's end; one that starts before `stop` (the cue after the source) ends there. */
  private reason(src: Span, s: Span, stop = s.end): Span | null {
    const from = src.start;
    const to = s.end;
    const slice = this.text.slice(from, to);
    for (const re of ANONYMITY_REASONS) {
      const m = re.exec(slice);
      if (m && m.index < 260) {
        let end = from + m.index + m[0].length;
        // ("Two aides, who spoke on condition of anonymity because …, said X": the reason ends with the source, not with X.)
        if (from + m.index < stop) end = Math.min(end, stop);
        while (end > from && /[\s,.]/.test(this.text[end - 1]!)) end--;
        return { start: from + m.index, end };
      }
    }
    return null;
  }

  /**
   * "According to the complaint, the men allegedly stole …": a one-word hedge inside a claim the
   * sentence already gives to a source is that source's wording, not a second, sourceless report.
   */
  private dropCoveredHedges(made: Emitted[]): void {
    for (let i = made.length - 1; i >= 0; i--) {
      const h = made[i]!;
      // (Also "was expected to", "is believed to" inside "Judge X said the trial was expected to …": the judge's words.)
      const cueText = this.text.slice(h.cand.cue.start, h.cand.cue.end);
      if (h.cand.grade !== 'unattributed' || /\s/.test(cueText) && !/ to$/.test(cueText)) continue;
      // ("An official said Hale is believed to have …", "X is thought to have drowned, a spokesman said": a rumour the
      // source passes on unsourced is still marked as one; "expected to" is the source's own forecast.)
      if (/\b(?:said|believed|thought|understood|rumou?red|reported)\s+to$/.test(cueText)) continue;
      // (Only inside a charging paper's own words — "According to the complaint, X allegedly …" — is the hedge the
      // paper's; "An insider revealed X allegedly stormed out" still marks the claim as unproven.)
      const covers = made.filter((x) => x !== h && x.cand.source && x.cand.content.start <= h.cand.cue.start && h.cand.cue.end <= x.cand.content.end);
      if (covers.some((x) => / to$/.test(cueText) || this.chargingPaper(x))) made.splice(i, 1);
      // (The hedge then marks the claim the source gives, not the whole sentence with its source.)
      // ("…, where Jonno allegedly stormed out": from the start of the hedge's own clause inside that claim.)
      else if (covers.length && !/\s/.test(cueText)) {
        const c = covers[covers.length - 1]!.cand.content;
        const before = this.text.slice(c.start, h.cand.cue.start);
        let from = c.start;
        for (const m of before.matchAll(/[,;]\s+(?:where|when|and|but|while|after|as)?\s*/g)) from = c.start + m.index! + m[0].length;
        h.cand.content = this.claims.trim(from, c.end);
      }
    }
  }

  /**
   * "…, who spoke on condition of anonymity because they feared legal action, described …": the reason a source gives
   * for not being named is no report of its own.
   */
  private dropAnonymityReasons(made: Emitted[]): void {
    for (let i = made.length - 1; i >= 0; i--) {
      const src = made[i]!.cand.source;
      if (src && /\b(?:anonymity|anonymous|named|identified)\s+(?:because|as|since|for fear that)\s+$/i.test(this.text.slice(Math.max(0, src.start - 50), src.start))) made.splice(i, 1);
    }
  }

  /** Does the source phrase name a document or data by its noun ("Data from the UK Biobank", "a popular website")? */
  private documentWords(toks: Tok[], src: Phrase): boolean {
    return toks.slice(src.from, src.coreTo).some((t) => DOCUMENT_HEADS.has(t.lo.replace(/s$/, '')) || /^(?:data|website|site)$/.test(t.lo));
  }

  /** Is this source a complaint, an indictment, a lawsuit or another charging paper? */
  private chargingPaper(x: Emitted): boolean {
    const words = this.text.slice(x.cand.source!.start, x.cand.source!.end).toLowerCase().match(/[\p{L}-]+/gu) ?? [];
    return words.some((w) => LEGAL_RECORDS.has(w));
  }

  /** Unattributed hedges: "reportedly", "it was reported that", "are expected to". */
  private hedge(toks: Tok[], cue: Cue, s: Span, made: Emitted[]): void {
    const start = toks[cue.from]!.start;
    const end = toks[cue.to - 1]!.end;
    let content: Span;
    if (/(?: that| of)$/.test(cue.phrase ?? '')) content = this.claims.trim(end, s.end);
    // "By one estimate, …", "…, according to some accounts.": the clause after (or before) the phrase.
    else if (/^(?:by|according to) /.test(cue.phrase ?? '') && (cue.from === 0 || isQuote(toks[cue.from - 1])) && toks[cue.to]?.text === ',') content = this.claims.trim(toks[cue.to + 1]?.start ?? end, s.end);
    else if (/^(?:by|according to) /.test(cue.phrase ?? '') && toks[cue.from - 1]?.text === ',' && (!toks[cue.to] || /^[.!?]$/.test(toks[cue.to]!.text))) content = this.claims.trim(s.start, toks[cue.from - 1]!.start);
    // "There are reports that/of …": the claim follows the conjunction or preposition.
    else if (/^there .*reports$/.test(cue.phrase ?? '') && /^(?:that|of)$/.test(toks[cue.to]?.lo ?? '')) content = this.claims.trim(toks[cue.to + 1]?.start ?? end, s.end);
    else if (cue.phrase === 'it was reported' || cue.phrase?.startsWith('it ')) {
      let k = cue.to;
      // "It was announced on Monday that …", "it emerged last week that …": a short time or place setting before
      // "that" belongs to the cue, not the claim.
      const that = toks.findIndex((t, j) => j >= k && j < k + 5 && t.lo === 'that');
      if (that > k && toks.slice(k, that).every((t) => t.word && SETTING_WORDS.test(t.lo))) k = that;
      // ("When it was announced, fans cheered": an announcement reports a claim only with "that" or trailing one.)
      const rest = toks.slice(cue.to).filter((t) => !/^[.!?]$/.test(t.text));
      const trailing = toks[cue.from - 1]?.text === ',' && rest.length < 4 && rest.every((t) => t.word && SETTING_WORDS.test(t.lo));
      if (ANNOUNCED.test(cue.phrase) && toks[k]?.lo !== 'that' && !trailing) return;
      if (toks[k]?.lo === 'that') k++;
      content = this.claims.trim(toks[k]?.start ?? end, s.end);
      // "The talks had collapsed, it is understood.": a trailing hedge marks the clause before it.
      if ((content.end - content.start < 2 || trailing) && toks[cue.from - 1]?.text === ',') content = this.claims.trim(s.start, toks[cue.from - 1]!.start);
    } else if (COURT_HEDGES.has(cue.phrase ?? '') && toks[cue.from - 1]?.text === ',') {
      // ("…, jury told", "…, the court heard.": a trailing court hedge marks the clause before it.)
      content = this.claims.trim(s.start, toks[cue.from - 1]!.start);
    } else {
      // (Words quoted are the speaker's: an "apparently" inside a quotation is no hedge of the writer's.)
      if (cue.phrase === 'apparently' && this.quotes.inside(start)) return;
      content = this.hedgedClause(toks, cue, s);
    }
    if (content.end <= content.start) return;
    const info: SourceInfo = { grade: 'unattributed', speaker: '', plural: false };
    made.push({ cand: { grade: 'unattributed', source: null, speaker: null, cue: { start, end }, content, direct: false, plural: false, anonymityReason: null }, pos: start, info });
  }

  /**
   * The clause a hedge inside the sentence marks: "…, where the singer reportedly left the stage twice" and
   * "Shops were reportedly looted, although police said …" keep to their own clause, not the whole sentence.
   */
  private hedgedClause(toks: Tok[], cue: Cue, s: Span): Span {
    // ("…, with the forward said to be keen on a move": an absolute "with" phrase is a clause of its own.)
    const opens = /^(?:where|when|although|though|while|whereas|but|with)$/;
    // ("…agreed personal terms, and the clubs are said to be close": ", and" between two clauses of four words or more
    // joins two claims; in a list — "apples, pears, and oranges are reportedly scarce" — the item before is short.)
    const wordsAround = (k: number, step: 1 | -1): number => {
      let n = 0;
      for (let j = k + step; j >= 0 && j < toks.length && n < 4; j += step) {
        const t = toks[j]!;
        if (t.text === ',' || t.text === ';' || /^[.!?]$/.test(t.text) || t.start < s.start || t.end > s.end) break;
        if (t.word) n++;
      }
      return n;
    };
    const clauseAnd = (k: number) => toks[k - 1]!.text === ',' && toks[k]!.lo === 'and' && wordsAround(k - 1, -1) >= 4 && wordsAround(k, 1) >= 4;
    let from = s.start;
    for (let k = cue.from - 1; k > 0; k--) {
      if (this.quotes.inside(toks[k]!.start)) continue;
      if (toks[k]!.text === ';') { from = toks[k]!.end; break; }
      if (toks[k - 1]!.text === ',' && (opens.test(toks[k]!.lo) || clauseAnd(k)) && k + 1 < cue.from) { from = toks[k + 1]!.start; break; }
    }
    // ("Allegedly, the money was never paid.": a hedge opening its clause with a comma is no part of the claim.)
    if (from >= toks[cue.from]!.start && toks[cue.to]?.text === ',' && toks[cue.to + 1]) from = toks[cue.to + 1]!.start;
    let to = s.end;
    for (let k = cue.to; k + 1 < toks.length; k++) {
      if (this.quotes.inside(toks[k]!.start)) continue;
      // ("…, a suggestion Vale dismissed": the writer names the hedged claim and turns to its answer.)
      if (toks[k]!.text === ';' || toks[k]!.text === ',' && (opens.test(toks[k + 1]!.lo) || clauseAnd(k + 1) || toks[k + 1]!.lo === 'which' || /^(?:a|an)$/.test(toks[k + 1]!.lo) && POINTED_NOUN.test(toks[k + 2]?.lo ?? ''))) { to = toks[k]!.start; break; }
    }
    return this.claims.trim(from, to);
  }

  /**
   * A one-line paragraph "<description>: “quote”" whose description ends in a person noun ("Retiring teacher",
   * "Flood-hit farmer"): the quote belongs to the first person the text later describes with that noun.
   */
  /**
   * "Prize chair defends shortlist: ‘I read every book’", "Ann Roe hits back: ‘I did nothing wrong’": a headline whose
   * subject acts, then a colon and a quotation closing it, quotes the subject; the cue is the opening quotation mark. A
   * bare office ("chair") waits for its holder as the body names him.
   */
  private verbColonQuote(toks: Tok[], made: Emitted[], para: Span): void {
    if (para.end - para.start > 160) return;
    let v = 0;
    while (v < 5 && toks[v]?.word && (toks[v]!.cap || v > 0 && /^\p{Ll}+$/u.test(toks[v]!.text) && !/^\p{Ll}{3,}s$/u.test(toks[v]!.text))) v++;
    if (v === 0 || !toks[v]?.word || !/^\p{Ll}{3,}s$/u.test(toks[v]!.text) || /(?:ss|us|is)$/.test(toks[v]!.lo)) return;
    const c = toks.findIndex((t, k) => k > v && k < v + 8 && t.text === ':');
    if (c < 0 || toks.slice(v + 1, c).some((t) => !t.word && t.text !== '-' && t.text !== "'s" && t.text !== '’s')) return;
    const qq = this.quotes.startingAfter(toks[c]!.end, /^\s*$/, para.end);
    if (!qq || qq.close === null || !TRAIL.test(this.text.slice(markEnd(qq), para.end))) return;
    const open = toks.findIndex((t) => t.start === qq.open);
    if (open < 0) return;
    const ph: Phrase = { from: 0, to: v, coreTo: v };
    const cue: Cue = { type: 'verb', from: open, to: open + 1 };
    let info = this.source(toks, ph, cue);
    const head = toks[v - 1]!.lo;
    let forwardHead: string | undefined;
    if ((!info || info.grade !== 'person' || info.speaker.toLowerCase().endsWith(head)) && OFFICE_NOUNS.has(head)) {
      info = { grade: 'anonymous-bare', speaker: this.text.slice(toks[0]!.start, toks[v - 1]!.end), plural: false };
      forwardHead = head;
    }
    // (A name the story knows or an office, not any capitalised word: "Live updates from the count: ‘…’".)
    if (!info || !forwardHead && !((info.grade === 'person' || info.grade === 'organization') && this.ents.entity(info.speaker))) return;
    const content = this.claims.trim(qq.content.start, qq.content.end);
    if (content.end <= content.start) return;
    const src = { start: toks[0]!.start, end: toks[v - 1]!.end };
    const named = kindOfGrade(info.grade) === 'named';
    made.push({ cand: { grade: info.grade, source: src, speaker: named ? info.speaker : anonymousSpeaker(info.speaker), cue: { start: toks[open]!.start, end: toks[open]!.end }, content, direct: true, plural: false, anonymityReason: null }, pos: src.start, info, forwardHead });
  }

  private describedHeadline(toks: Tok[], k0: number, para: Span): Emitted | null {
    if (para.end - para.start > 160) return null;
    const c = toks.findIndex((t, k) => k >= k0 && k < k0 + 6 && t.text === ':');
    if (c <= k0) return null;
    const label = toks.slice(k0, c);
    if (!label.every((t, n) => t.word && (!t.cap || n === 0) || t.text === '-')) return null;
    const head = label[label.length - 1]!.lo;
    if (!(head in ANONYMOUS_HEADS) && !ROLE_NOUNS.has(head)) return null;
    const qq = this.quotes.startingAfter(toks[c]!.end, /^\s*$/, para.end);
    if (!qq || qq.close === null || !TRAIL.test(this.text.slice(markEnd(qq), para.end))) return null;
    const who = this.ents.firstDescribedAs(head, para.end);
    if (!who || this.ents.type(who) !== 'person') return null;
    const content = this.claims.trim(qq.content.start, qq.content.end);
    if (content.end <= content.start) return null;
    const src = { start: toks[k0]!.start, end: toks[c - 1]!.end };
    const info: SourceInfo = { grade: 'person', speaker: who, plural: false };
    return { cand: { grade: 'person', source: src, speaker: who, cue: { start: toks[c]!.start, end: toks[c]!.end }, content, direct: true, plural: false, anonymityReason: null }, pos: src.start, info };
  }

  /**
   * "‘I never wanted to be famous’: Olympic champion on life after gold", "“We were abandoned” – flood victims": a
   * headline that opens with the quotation, then a colon or a dash and who said it (a topic after "on" may follow).
   */
  private quoteFirstHeadline(toks: Tok[], para: Span): Emitted | null {
    if (para.end - para.start > 200 || toks[0]?.start !== para.start) return null;
    let quoted: Span;
    let after: number;
    if (toks[0].text === "'") {
      // (Straight single marks, as many headlines have them — "'I never wanted to be famous': …" — pair no quote of
      // their own: the text is full of apostrophes. Here the closing one is right before the colon or the dash.)
      const close = toks.findIndex((t, k) => k > 1 && k < 40 && t.text === "'" && /^[:—–-]$/.test(toks[k + 1]?.text ?? ''));
      if (close < 0) return null;
      quoted = { start: toks[0].end, end: toks[close]!.start };
      after = close + 1;
    } else {
      if (!isQuote(toks[0])) return null;
      const q = this.quotes.inside(toks[0].end);
      if (!q || q.close === null || q.open !== toks[0].start) return null;
      quoted = q.content;
      after = toks.findIndex((t) => t.start >= markEnd(q));
    }
    const sep = toks[after];
    if (!sep || !/^[:—–-]$/.test(sep.text) || !toks[after + 1]?.word) return null;
    let end = after + 1;
    while (end < toks.length && toks[end]!.lo !== 'on' && toks[end]!.lo !== 'about' && !/^[.,;:!?]$/.test(toks[end]!.text)) end++;
    if (end - (after + 1) > 7) return null;
    const ph: Phrase = { from: after + 1, to: end, coreTo: end };
    const cue: Cue = { type: 'verb', from: after, to: after + 1 };
    let info = this.source(toks, ph, cue);
    // ("Olympic champion", "Flood-hit farmer": a description of the person the article names below.)
    const head = toks[end - 1]!.lo;
    if (!info || kindOfGrade(info.grade) !== 'named' || info.pointer) {
      const who = head in ANONYMOUS_HEADS || ROLE_NOUNS.has(head) || !toks[end - 1]!.cap ? this.ents.firstDescribedAs(head, para.end) : null;
      if (who && this.ents.type(who) === 'person') info = { grade: 'person', speaker: who, plural: false };
    }
    if (!info) return null;
    const content = this.claims.trim(quoted.start, quoted.end);
    if (content.end <= content.start) return null;
    const src = { start: toks[ph.from]!.start, end: toks[end - 1]!.end };
    const named = kindOfGrade(info.grade) === 'named';
    return { cand: { grade: info.grade, source: src, speaker: named ? info.speaker : anonymousSpeaker(info.speaker), cue: { start: sep.start, end: sep.end }, content, direct: true, plural: info.plural, anonymityReason: null }, pos: src.start, info };
  }

  /**
   * "Star quits hit drama after pay dispute: report", "… – sources": a headline's claim, then a colon or a dash and a
   * bare source noun that stands for its cue too. A report is the outlet the story says reported it (resolveForward).
   */
  private trailingLabel(toks: Tok[], made: Emitted[]): void {
    const n = toks.length;
    const last = toks[n - 1];
    const sep = toks[n - 2];
    if (!last?.word || !sep || !/^[:–—-]$/.test(sep.text) || n < 5 || !TRAILING_LABELS.test(last.lo)) return;
    // ("Arsenal 2-1 Chelsea: report" labels a match report: a report is a source only when the story says who reported.)
    if (/^reports?$/.test(last.lo) && !/\breport(?:ed|s|ing)\b/i.test(this.text.slice(last.end, last.end + 1500))) return;
    const info = classify(this.text, toks, { from: n - 1, to: n, coreTo: n }, this.ents) ?? { grade: 'vague-group' as Grade, speaker: last.text, plural: /s$/.test(last.lo) };
    const content = this.claims.trim(toks[0]!.start, sep.start);
    if (content.end <= content.start) return;
    const src = { start: last.start, end: last.end };
    const named = kindOfGrade(info.grade) === 'named';
    made.push({
      cand: { grade: info.grade, source: src, speaker: named ? info.speaker : anonymousSpeaker(info.speaker), cue: src, content, direct: false, plural: info.plural, anonymityReason: null },
      pos: src.start, info, forwardHead: last.lo,
    });
  }

  /** "Name: claim" at a paragraph start (headlines, transcripts). */
  private colonCue(toks: Tok[], made: Emitted[], para: Span, cues: readonly Cue[]): void {
    const quoteFirst = this.quoteFirstHeadline(toks, para);
    if (quoteFirst) { made.push(quoteFirst); return; }
    let k0 = isQuote(toks[0]) ? 1 : 0;
    let c = -1;
    // "Flood-hit farmer: “We have lost everything”": a headline's description of the person quoted, who is named below.
    const described = this.describedHeadline(toks, k0, para);
    if (described) { made.push(described); return; }
    // ("Retiring midwife Glenys Parry: ‘…’": describing words before the full name of the person quoted.)
    const labelStart = k0;
    if (para.end - para.start <= 160 && toks[k0]?.word && !toks[k0 + 1]?.cap) {
      const c2 = toks.findIndex((t, k) => k > k0 && k < k0 + 9 && t.text === ':');
      let n = c2 - 1;
      while (n > k0 && toks[n]!.word && toks[n]!.cap) n--;
      const qq = c2 > 0 ? this.quotes.startingAfter(toks[c2]!.end, /^\s*$/, para.end) : null;
      if (c2 > 0 && n > k0 && c2 - 1 - n >= 2 && toks.slice(k0 + 1, n + 1).every((t) => t.word && !t.cap || t.text === '-')
        && qq && qq.close !== null && TRAIL.test(this.text.slice(markEnd(qq), para.end))) k0 = n + 1;
    }
    // "Ross on the bridge: “…”", "Mayor Ross to residents: “…”": a headline naming its speaker, then the topic.
    let topic = -1;
    for (let k = k0; k < Math.min(toks.length, k0 + 12); k++) {
      if (toks[k]!.text === ':') { c = k; break; }
      if (topic < 0 && k > k0 && (toks[k]!.lo === 'on' || toks[k]!.lo === 'to') && toks[k - 1]!.cap) { topic = k; continue; }
      if (topic >= 0) { if (!toks[k]!.word && toks[k]!.text !== '-' && toks[k]!.text !== "'s" && toks[k]!.text !== '’s') return; continue; }
      if (k >= k0 + 7) return;
      if (!toks[k]!.word && toks[k]!.text !== '.' && toks[k]!.text !== "'s" && toks[k]!.text !== '’s') return;
      if (toks[k]!.word && !toks[k]!.cap && !/^(?:of|the|and|for|de|van)$/.test(toks[k]!.lo)) return;
    }
    if (c <= k0 || c + 1 >= toks.length) return;
    // (The topic form only before a quotation that ends the headline.)
    if (topic >= 0) {
      const qq = this.quotes.startingAfter(toks[c]!.end, /^\s*$/, para.end);
      if (!qq || qq.close === null || !TRAIL.test(this.text.slice(markEnd(qq), para.end)) || para.end - para.start > 160) return;
    }
    const nameEnd = topic >= 0 ? topic : c;
    const label = toks.slice(k0, nameEnd).map((t) => t.lo).join(' ').replace(/ '/g, "'");
    if (COLON_STOP.has(label) || /^\d/.test(label)) return;
    const ph: Phrase = { from: k0, to: nameEnd, coreTo: nameEnd };
    const info = classify(this.text, toks, ph, this.ents);
    if (!info || info.pointer || kindOfGrade(info.grade) !== 'named') return;
    // Only a person the text names in full, an outlet, a document with an issuer, or a transcript speaker in capitals.
    const caps = c - k0 === 1 && /^\p{Lu}{2,}$/u.test(toks[k0]!.text);
    // ("PUNE: The civic body said on Monday …": a dateline in capitals, then a sentence reporting on its own.
    // A transcript's "WALLACE: …" speaks without a reporting verb of its own after the colon.)
    if (caps && !(info.grade === 'person' && / /.test(info.speaker)) && info.grade !== 'media'
      && cues.some((q) => q.from > c && (q.type === 'verb' || q.type === 'after') && !this.quotes.inside(toks[q.from]!.start))) return;
    // ("Reeves: “We will not borrow …”", a live blog's entry: a surname alone, when the story gives it a personal title
    // elsewhere — "Ms Reeves said" — and a quotation is all the headline says.)
    const surnameQuote = !caps && info.grade === 'person' && !/ /.test(info.speaker) && c - k0 === 1 && para.end - para.start <= 200
      && new RegExp(`\\b(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady)\\.?\\s+${escapeRegExp(info.speaker)}\\b`).test(this.text)
      && ((qq) => !!qq && qq.close !== null && TRAIL.test(this.text.slice(markEnd(qq), para.end)))(this.quotes.startingAfter(toks[c]!.end, /^\s*$/, para.end));
    if (!caps && !surnameQuote && !(info.grade === 'person' && / /.test(info.speaker)) && info.grade !== 'media' && info.grade !== 'document') return;
    let cs = toks[c + 1]!.start;
    let ce = para.end;
    const q = this.quotes.inside(cs);
    let direct = false;
    if (this.text[cs] && /[“"‘'«]/.test(this.text[cs]!)) {
      const qq = this.quotes.startingAfter(cs, /^$/, para.end);
      if (qq && (qq.close === null || TRAIL.test(this.text.slice(markEnd(qq), para.end)))) { cs = qq.content.start; ce = qq.content.end; direct = true; }
    }
    void q;
    const content = this.claims.trim(cs, ce);
    if (content.end <= content.start) return;
    const src = { start: toks[labelStart]!.start, end: toks[nameEnd - 1]!.end };
    made.push({ cand: { grade: info.grade, source: src, speaker: info.speaker, cue: { start: toks[c]!.start, end: toks[c]!.end }, content, direct, plural: false, anonymityReason: null }, pos: src.start, info });
  }

  /** Is the next non-space thing after this quote the end of its sentence? */


  /**
   * "X, citing Y, …": Y is reported through X. ("Y told The Post": the outlet only listened; it is no source of its
   * own — every annotated set leaves the listener out.)
   */
  private link(made: Emitted[]): void {
    for (const e of made) {
      const cue = e.cue;
      if (!cue) continue;
      if (cue.phrase === 'citing' || cue.phrase === 'quoting' || cue.phrase === 'cited') {
        const hosts = made.filter((x) => x !== e && x.cue?.phrase !== 'citing' && x.cue?.phrase !== 'cited' && x.cand.source && e.cand.source && Math.abs(x.cand.cue.start - e.cand.cue.start) < 400);
        // ("The Post, citing unnamed sources, reported that officials had warned …": the report whose source holds the
        // "citing" phrase, not a report inside its claim.)
        const host = hosts.find((x) => x.cand.source!.start <= e.cand.cue.start && e.cand.cue.end <= x.cand.source!.end) ?? hosts[0];
        if (host) {
          e.cand.content = { ...host.cand.content };
          e.cand.direct = host.cand.direct;
          e.via = host;
        }
      }
    }
  }

  /** Resolves `via` links to indices into the output, after all sentences. */
  continuations(): void {
    const ctx = { out: this.out, text: this.text, doc: this.doc, quotes: this.quotes, claims: this.claims };
    resolveDelayedName(ctx);
    resolveCounsel(ctx);
    resolveForward(ctx);
    resolveSelfNamed(ctx);
    dropEmbedded(ctx);
    quoteParagraphs(ctx);
    // A speaker quoted inside a quote is reported through whoever the outer quote belongs to
    // (often named after it, in a later sentence).
    // (Only the neighbours in document order are looked at, so long texts stay linear.)
    if (this.nestedIn.size) {
      this.out.forEach((e, i) => {
        const outer = this.nestedIn.get(e);
        if (!outer) return;
        const near = this.out.slice(Math.max(0, i - 20), i + 20);
        e.via = near.find((x) => x !== e && x.cand.source && x.cand.content.start <= outer.content.start && outer.content.start < x.cand.content.end) ?? e.via;
      });
    }
    const index = new Map<Emitted, number>();
    this.out.forEach((e, i) => index.set(e, i));
    for (const e of this.out) {
      const via = e.via;
      if (via && index.has(via)) e.cand.via = index.get(via)!;
    }
  }
}
