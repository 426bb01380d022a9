// What a source phrase is: a named person, organization, outlet or document;
// an anonymous source (described, bare, or a vague group); or a pronoun or a
// definite description that takes the kind of what it points back to.
import type { Grade } from '../../types.js';
import { kindOfGrade } from '../../types.js';
import type { Tok } from './tokens.js';
import type { Entities } from './entities.js';
import { mediaName } from './entities.js';
import { SUIT_PAPERS, plaintiffBefore } from './plaintiff.js';
import { commonPlural, demonym, firstNameGender, nameType, plainPlural, tradeNoun } from './tagger.js';
import { ANONYMOUS_HEADS, VAGUE_GROUP_HEADS, DOCUMENT_HEADS, SPOKES_HEADS, DESCRIBING_WORDS, QUANTIFIER_SOURCES, DESCRIBING_POSTMODIFIERS, KNOWING_ADJECTIVES, KNOWING_ALT } from './lexicon/anonymous.js';
import { TITLES, ROLE_NOUNS, PRINCIPAL_BODIES, ORG_DESCRIPTIONS, isBodyNoun, ORG_NAME_HEADS, MALE_TITLES, FEMALE_TITLES } from './lexicon/titles.js';
import { GROUP_NAMES, DETERMINERS, IRREGULAR_PARTICIPLES, POSSESSIVES, SUBJECT_PRONOUNS } from './lexicon/words.js';

/** "posted on the agency’s website", "on the ministry's Telegram channel": a body's own site, by the body's kind. */
/** "of astronomers", "of scientists in Chile": what a study's team is made of. */
const SCIENCE_TEAM = /^\s*of\s+(?:[\p{L}-]+\s+)?(?:researchers|scientists|astronomers|astrophysicists|physicists|chemists|biologists|geologists|ecologists|archaeologists|palaeontologists|paleontologists|epidemiologists|economists|engineers|doctors|psychologists|neuroscientists|climatologists|mathematicians)\b/u;
const ON_BODY_SITE = /^\s*,?\s*(?:(?:posted|published|issued|released|put\s+up)\s+)?(?:\S+\s+){0,2}?on\s+the\s+(\p{Ll}+)['’]s\s+(?:[\p{L}-]+\s+)?(?:website|site|page|account|channel|feed)\b/u;

/** A describing adjective after a source's head ("people familiar with", "two people aware of"). */
const KNOWING_WORD = new RegExp(`\\b(?:${KNOWING_ALT})\\b`);
const KNOWING_PHRASE = new RegExp(`^\\s*(?:${KNOWING_ALT})\\s+(?:with|to|on|in|about|of)\\b`);

export interface SourceInfo {
  grade: Grade;
  speaker: string;
  plural: boolean;
  /** Pronoun or definite description: resolved by the caller against earlier sources. */
  /** (kin: "his family" speaks as that person's family: "Daniel Okafor’s family".) */
  /** (paper: what a body's paper is called, its speaker when no such body is named: "notice".) */
  pointer?: { word: string; gender: 'm' | 'f' | 'n' | 'any'; plural: boolean; kin?: string; paper?: string };
  /** The pointer is the first of two sources joined by "and": several speak, whoever it resolves to. */
  joint?: true;
}

const SINGULAR_OF = new Map<string, string>();
for (const [s, p] of Object.entries(ANONYMOUS_HEADS)) { SINGULAR_OF.set(s, s); SINGULAR_OF.set(p, s); }
const NUMBER_WORDS = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|percent|half|third|quarter|majority|minority|plurality|share)$/;
const PREPS = new Set(['of', 'at', 'for', 'with', 'from', 'in', 'on', 'to', 'by', 'inside', 'within', 'near', 'under', 'among']);

/** Capitalised words that are not names: sentence adverbs, weekdays, months, prepositions. */
const NOT_NAME = /^(?:\p{Lu}\p{Ll}+(?:al|ive|ous|ent|ant|ful|less|ic|ar|ate|ed|ing|ible|able|ual|ite|ure|ong|ear|ight|ain|ast|ost)ly|In|On|At|For|With|From|By|As|After|Before|During|Since|Until|While|When|If|But|And|Or|So|Yet|Then|Now|Still|Also|Even|Only|Just|Here|There|This|That|These|Those|It|Its|His|Her|Their|Our|My|Your|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Meanwhile|However|Instead|Indeed|Thus|Yes|No|Well|Oh|Asked|Speaking|According|Democratic|Republican|Conservative|Liberal|Progressive|Federal|National|American)$/u;

/** Words that can open a sentence before a document noun without naming who issued it. */
const COMMON_ISSUER_WORDS = new Set(['media', 'news', 'press', 'local', 'state', 'western', 'foreign', 'internal', 'official', 'new', 'recent', 'earlier', 'published', 'unconfirmed', 'initial', 'preliminary', 'leaked', 'court', 'police', 'government']);

/** "… which calls itself Nightjar", "… calling themselves the Free Hands Front": the name a group gives itself. */
/** A person named in part by the story itself: "who gave her name only as Inês", "(a user) named @dana_travels", "identified only as Marta". */
const GIVEN_NAME = /^(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:man|woman|person|resident|user|passenger|witness|worker|employee|nurse|student|mother|father|neighbou?r|shopper|customer|driver|fan|voter|teenager|girl|boy|account|poster|commenter)\s*,?\s+(?:(?:who|whom)\s+(?:gave|only\s+gave|would\s+only\s+give|asked\s+to\s+be\s+identified|(?:was|is)\s+identified|identified\s+(?:himself|herself|themselves))\s+(?:only\s+)?(?:(?:his|her|their)\s+(?:first\s+)?name\s+)?(?:only\s+)?(?:as|by)\s+|identified\s+only\s+(?:as|by\s+(?:his|her|their)\s+first\s+name,?)\s+|named\s+|called\s+|calling\s+(?:himself|herself|themselves)\s+|going\s+by\s+))(@[\p{L}\p{N}_.]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:\s*,?$|\s+and\s+(?:said|says|claimed|told)\s)/u;
/** Pictures and models of things that "show" or "predict" ("Photos showed …", "Models predict …"). */
const PICTURE_PLURALS = /^(?:photos|photographs|images|pictures|videos|models|projections|maps|charts|graphs|screenshots|simulations|tests|results)$/;
const SELF_NAMED = /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:group|gang|militia|movement|network|cell|faction|collective|outfit|organi[sz]ation|hackers|activists|militants|rebels|crew)\s*,?\s+(?:(?:which|who|that)\s+(?:calls?|called)|calling)\s+(?:itself|themselves)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+the\s+|of\s+)?\p{Lu}[\p{L}’'-]*)*)/iu;

/** "by the Republican firm Copper State Strategies", "from the polling company Orvell Data": a kind of body, then its name. */
const DESCRIBED_ISSUER = /\b(?:by|from)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?(?:firm|company|pollster|consultancy|agency|group|institute|think\s+tank|charity|outlet|newspaper|broadcaster|website|site|blog|magazine|journal)\s+(\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*)*)/u;

/** "from chief executive Priya Halloran", "by its chairman, Tom Roe": a role (group 1), then the person's name (group 2). */
const PERSON_ISSUER = /^\s*,?\s*(?:(?:sent|written|signed|issued)\s+)?(?:from|by)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),?\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})/u;

/** "Minutes of the Federal Reserve's July meeting": the body whose meeting it was. */
const MINUTES_OF = /^[Mm]inutes\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}.’'-]*)*)['’]s\s/u;

/** Offices one person holds: "the senator" points back to a named senator. */
const OFFICES = new Set(['president', 'senator', 'governor', 'congressman', 'congresswoman', 'representative', 'mayor', 'secretary', 'minister', 'director', 'chairman', 'chairwoman', 'speaker', 'leader', 'judge', 'justice', 'ambassador', 'commissioner', 'chancellor', 'nominee', 'candidate', 'general', 'sheriff', 'ceo', 'president-elect', 'premier', 'king', 'queen', 'pope']);

/** "a survey commissioned by the council", "a memo from the city's budget office": a body named by what it is. */
const BODY_FROM_SRC = (postedOn: string) => String.raw`^\s*,?\s*(?:(?:commissioned|conducted|published|released|issued|prepared|compiled|carried out)\s+)?${postedOn}(?:by|from)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+['’]s\s+)?((?:[\p{Ll}-]+\s+)?([\p{Ll}]+))\b`;
const BODY_FROM = new RegExp(BODY_FROM_SRC(''), 'u');
/** ("A post on X by the ministry", "a video on Telegram from the army": where a post went up, then whose it is.) */
const BODY_FROM_POSTED = new RegExp(BODY_FROM_SRC(String.raw`(?:(?:on|in|via)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\p{N}.-]+\s+){1,3}?)?`), 'u');

/** "by the King's Fund think tank", "by the Ipsos polling firm": a name, then what kind of body it is (not a place: "the London think tank"). */
const KIND_AFTER_ISSUER = /\b(?:by|from)\s+the\s+(\p{Lu}[\p{L}’'.\-]*(?:\s+(?:(?:for|of|and)\s+)?\p{Lu}[\p{L}’'.\-]*)*)\s+(?:think[\s-]tank|research\s+(?:group|institute|firm)|polling\s+firm|consultancy|pollster|charity)\b/u;

/** "by the Office for National Statistics", "from Eurostat", "by the nonpartisan Congressional Budget Office": the issuer of a document, a whole name (after a word or two that describe it). */
// ("by Stanford University's Center on Poverty and Inequality", "the Council on Foreign Relations": "on" inside a name.)
const ISSUER_BY = /(?<!\b(?:reviewed|seen|obtained|viewed|examined|verified|reported|cited|quoted|described|criticized|criticised|disputed|rejected)\s)\b(?:by|from)\s+(?:the\s+(?:(?:nonpartisan|non-partisan|bipartisan|independent|official|respected|influential|conservative|liberal|progressive|libertarian|centre-right|centre-left|center-right|center-left|left-leaning|right-leaning|government-funded|state-run|state-owned|private|public|federal|national|international|global|local|regional)\s+){0,2})?(\p{Lu}[\p{L}\p{N}’'.\-]*(?:\s+(?:(?:for|of|on|and)\s+)?\p{Lu}[\p{L}\p{N}’'.\-]*)*)(?![\p{L}\p{N}’'.\-]|\s+\p{Lu}|\s+(?!(?:\p{Ll}+(?:ed|ing)|of|in|on|at|for|from|to|with|and|or|by|that|which|who)\b)\p{Ll})/u;

/** Lower-case words between an outlet's name and the noun saying what it is ("the Nikkei business daily"). */
const OUTLET_MODIFIERS = new Set(['news', 'business', 'financial', 'state', 'daily', 'online', 'weekly', 'evening', 'morning', 'local', 'national', 'regional', 'official', 'independent', 'sports', 'economic']);

/** Lower-case words inside names of bodies: "Department of Homeland Security", "Alliance to Reclaim Our Schools". */
/** Last words of a body's name ("Communications", "Services"): not a plural of people. */
const ORG_END_WORD = /^(?:communications|services|industries|holdings|systems|solutions|partners|associates|networks|resources|technologies|airlines|motors|pharmaceuticals|labs|laboratories|studios|records|games|news|times|olympics|nations|games)$/;
/** Nouns of quantity before "of": "a number of", "a handful of", "a couple of". */
const QUANTITY_NOUNS = new Set(['number', 'handful', 'couple', 'pair', 'host', 'dozen', 'dozens', 'scores', 'hundreds', 'thousands', 'majority', 'minority', 'lot', 'lots', 'body']);
/** What an outlet publishes as its own journalism. */
const OUTLET_WORK = new Set(['article', 'story', 'editorial', 'column', 'investigation', 'analysis', 'report', 'piece', 'op-ed', 'headline']);
/** Heads of unnamed sources that point back to an unnamed source, not to a person described that way. */
const SOURCE_HEADS = new Set(['official', 'source', 'aide', 'adviser', 'advisor', 'person', 'insider', 'diplomat', 'staffer', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'member', 'employee', 'executive', 'officer', 'agent', 'lawyer', 'attorney', 'man', 'woman', 'someone', 'somebody', 'witness', 'associate', 'ally', 'friend', 'colleague']);
const FUNCTION_WORDS_LO = new Set(['the', 'a', 'an', 'and', 'of', 'who', 'which', 'that', 'to', 'in', 'at', 'for', 'with', 'on', 'by', 'from']);
const JOINERS = new Set(['of', 'to', 'for', 'on']);
/** People close to a speaker who says "my …": family, partners, bosses, old teachers. */
const CLOSE_PEOPLE = /^(?:husband|wife|partner|son|daughter|mother|father|mum|mom|dad|sister|brother|grandson|granddaughter|grandmother|grandfather|gran|nan|grandad|aunt|uncle|niece|nephew|boss|matron|teacher|coach|manager|doctor|neighbou?r|friend|colleague|landlord|landlady|mentor)$/;

/** Players' positions and sports: a singular one described by country or club names a player ("the Dutch striker"). */
const SPORT_ROLES = new Set(['striker', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'defender', 'forward', 'skipper', 'captain', 'batsman', 'bowler', 'quarterback', 'pitcher', 'rider', 'boxer', 'golfer', 'sprinter', 'swimmer', 'cyclist', 'driver', 'full-back', 'centre-back', 'playmaker', 'fly-half', 'scrum-half', 'opener', 'spinner']);

/** Roles one unnamed holder may speak in ("a regional director", "one senior manager"). */
const INDEFINITE_ROLES = new Set(['director', 'manager', 'chief', 'editor', 'detective', 'coach', 'professor', 'judge', 'chairman', 'chairwoman', 'founder', 'co-founder', 'owner', 'partner', 'principal', 'headteacher', 'headmaster', 'headmistress', 'superintendent', 'treasurer', 'inspector', 'administrator', 'commander', 'supervisor', 'foreman', 'deputy', 'minister', 'secretary', 'producer', 'agent']);

const strip = (s: string) => s.replace(/^[\s,]+|[\s,]+$/g, '');

/** Text of tokens [a, b) as written. */
export function spanText(text: string, toks: Tok[], a: number, b: number): string {
  if (b <= a) return '';
  return text.slice(toks[a]!.start, toks[b - 1]!.end);
}

/** The capitalised name run ending at or before `end` inside [from, end): titles and role words dropped. */
function properRun(toks: Tok[], from: number, end: number): [number, number] | null {
  let e = end - 1;
  while (e >= from && (!toks[e]!.cap || !toks[e]!.word)) {
    if (toks[e]!.lo === "'s" || toks[e]!.text === ')' ) { e--; continue; }
    return null;
  }
  if (e < from) return null;
  let s = e;
  // ("a Lloyd's List report": a possessive written inside a capitalised name belongs to it.)
  while (s - 1 >= from && (toks[s - 1]!.cap && toks[s - 1]!.word || JOINERS.has(toks[s - 1]!.lo) && toks[s - 2]?.cap && s - 2 >= from
    // ("Institute for the Study of War": "the" after a joiner inside the name.)
    || toks[s - 1]!.lo === 'the' && JOINERS.has(toks[s - 2]?.lo ?? '') && !!toks[s - 3]?.cap && s - 3 >= from && !(toks[s - 3]!.lo in TITLES) && !ROLE_NOUNS.has(toks[s - 3]!.lo)
    || /^['’]s$/.test(toks[s - 1]!.lo) && s - 2 >= from && toks[s - 2]!.cap && toks[s - 2]!.end === toks[s - 1]!.start && (DOCUMENT_HEADS.has(toks[e + 1]?.lo ?? '')
      // ("The Alzheimer's Society", "King's College": a possessive inside a body's name.)
      || s === e && /^(?:society|college|hospital|trust|foundation|fund|school|university|association)$/.test(toks[s]!.lo)))) s--;
  // Drop titles in front ("Sen.", "President") and sentence-initial articles.
  // (Not a title that is all there is: "Gayle King … King said" is the surname; "Chair of the …" is still the office,
  // and "General Staff" a body.)
  while (s <= e && (toks[s]!.lo in TITLES && (s < e || /^(?:of|for|to|at|in)$/.test(toks[e + 1]?.lo ?? '') || !!toks[e + 1]?.cap && toks[e + 1]!.word) || DETERMINERS.has(toks[s]!.lo) || JOINERS.has(toks[s]!.lo))) s++;
  if (s > e) return null;
  return [s, e + 1];
}

/** Participles not in -ed that follow a head noun: "a memo seen by the Gazette", "a letter sent to staff". */

/** Quantifiers before a plural group: "many Tunisians", "thousands of Lebanese". */
const QUANTIFIERS = new Set(['many', 'most', 'some', 'few', 'several', 'all', 'other', 'ordinary', 'young', 'older', 'thousands', 'millions', 'hundreds', 'dozens']);

export function classify(text: string, toks: Tok[], ph: { from: number; to: number; coreTo: number }, ents: Entities): SourceInfo | null {
  const core = toks.slice(ph.from, ph.coreTo).filter((t) => t.text !== '(' && t.text !== ')');
  if (!core.length) return null;
  const words = core.filter((t) => t.word);
  if (!words.length) return null;
  const pos = toks[ph.from]!.start;
  const phraseText = strip(spanText(text, toks, ph.from, ph.to));
  const first = words[0]!;
  // Pronouns.
  if (words.length === 1 && first.lo in SUBJECT_PRONOUNS) {
    const p = SUBJECT_PRONOUNS[first.lo]!;
    return { grade: 'person', speaker: first.text, plural: p.plural, pointer: { word: first.lo, gender: p.gender, plural: p.plural } };
  }

  // "The group, which calls itself Nightjar,", "a group calling itself the Free Hands Front": a body that names itself is
  // that name.
  const selfNamed = SELF_NAMED.exec(phraseText);
  if (selfNamed) {
    return { grade: 'organization', speaker: selfNamed[1]!, plural: false };
  }
  // ("a woman who gave her name only as Inês", "a user named @dana_travels", "a nurse identified only as Marta", "a man
  // who identified himself as Abdirashid": a person the story names, if only in part, is named by that name.)
  const givenName = GIVEN_NAME.exec(phraseText);
  if (givenName) return { grade: 'person', speaker: givenName[1]!, plural: false };
  // ("Minutes of the Bank of England's November meeting showed": the minutes of a named body's meeting are that body's.)
  const meeting = first.lo === 'minutes' ? MINUTES_OF.exec(phraseText) : null;
  if (meeting) {
    const body = ents.canonical(meeting[1]!, pos);
    if (ents.type(body) === 'organization' || ents.type(body) === 'media') return { grade: 'organization', speaker: body, plural: false };
  }
  // "the 54-year-old said": a person described by age points back to the person last quoted.
  if (words.length === 2 && first.lo === 'the' && /^\d{1,3}-year-old$/.test(words[1]!.lo)) {
    return { grade: 'person', speaker: phraseText, plural: false, pointer: { word: 'aged', gender: 'any', plural: false } };
  }
  // "the former said", "the latter argued": one of the last two people named.
  if (words.length === 2 && first.lo === 'the' && /^(?:former|latter)$/.test(words[1]!.lo) && ph.coreTo - ph.from === 2) {
    return { grade: 'person', speaker: phraseText, plural: false, pointer: { word: words[1]!.lo, gender: 'any', plural: false } };
  }
  // "Police said", "police believe": the police force, named nearby ("Cornwall Police") or left unnamed.
  if (words.length === 1 && first.lo === 'police') {
    return { grade: 'organization', speaker: first.text, plural: true, pointer: { word: 'body:organization', gender: 'n', plural: true } };
  }

  // ("state television reported", "Iranian state TV said": a country's own broadcaster is one outlet.)
  const lastWord = words[words.length - 1]!;
  if (words.length >= 2 && words.length <= 4 && /^(?:television|tv|radio|broadcaster)$/.test(lastWord.lo) && /^(?:state|state-run|state-owned|public)$/.test(words[words.length - 2]!.lo)) {
    return { grade: 'media', speaker: phraseText.replace(/^the\s+/i, ''), plural: false };
  }
  // ("Local radio said", "foreign broadcasters reported": outlets of a kind, none named.)
  if (words.length === 2 && /^(?:television|tv|radio|press|broadcasters|newspapers|outlets)$/.test(lastWord.lo) && /^(?:local|regional|national|foreign|western|international|independent|opposition|pro-government|pro-kremlin)$/i.test(words[0]!.lo)) {
    return { grade: 'anonymous-described', speaker: phraseText, plural: true };
  }
  // ("China's coast guard said", "the Philippine coast guard": a body by its country and kind, one body.)
  if (/^(?:coast|national|border)$/.test(words[words.length - 2]?.lo ?? '') && lastWord.lo === 'guard' && words.length <= 4 && words.slice(0, -2).some((t) => t.cap && !DETERMINERS.has(t.lo))) {
    return { grade: 'organization', speaker: phraseText.replace(/^the\s+/i, ''), plural: false };
  }
  // The head: the last word before a lower-case preposition or relative clause.
  let headEnd = ph.coreTo;
  for (let k = ph.from + 1; k < ph.coreTo; k++) {
    const t = toks[k]!;
    if (t.text === '(') { headEnd = k; break; }
    if (!t.word) continue;
    // "the poll released Friday", "officials speaking on …", "the union representing them": a participle after the head noun.
    const before = toks[k - 1]!;
    // ("Several people present", "the officials there": a place word after the head describes it.)
    if (/^(?:present|there|here|nearby|outside|inside)$/.test(t.lo) && SINGULAR_OF.has(before.lo)) { headEnd = k; break; }
    // "A number of residents", "a handful of officials": the quantity is not the head; the people after "of" are.
    if (t.lo === 'of' && QUANTITY_NOUNS.has(before.lo) && toks[k + 1]?.word) continue;
    // "Those briefed on the plan", "those interviewed": the participle describes "those", the head.
    if (before.lo === 'those' && k - 1 === ph.from && !t.cap && /ed$/.test(t.lo)) { headEnd = k; break; }
    if (!t.cap && (/(?:ed|ing)$/.test(t.lo) && t.lo.length > 4 || IRREGULAR_PARTICIPLES.has(t.lo)) && (DOCUMENT_HEADS.has(before.lo) || SINGULAR_OF.has(before.lo) || before.cap && k - 1 > ph.from || !!ORG_DESCRIPTIONS[before.lo] && !before.cap)) { headEnd = k; break; }
    // ("Astronomers using the James Webb Space Telescope say": people by their trade, then what they use; no name.)
    if (!t.cap && /ing$/.test(t.lo) && t.lo.length > 4 && k - 1 === ph.from && before.cap && /s$/.test(before.lo) && commonPlural(before.text)) { headEnd = k; break; }
    const prevCap = toks[k - 1]!.cap;
    // ("Institute for the Study of War", "Museum of the Moving Image": an article inside a capitalised name.)
    const nextCap = toks[k + 1]?.cap || toks[k + 1]?.lo === 'the' && !!toks[k + 2]?.cap && prevCap && k + 2 < ph.coreTo && !(toks[k - 1]!.lo in TITLES) && !ROLE_NOUNS.has(toks[k - 1]!.lo);
    // (A capitalised word inside a name is no group noun: "Institute for the Study of War".)
    const midName = prevCap && k - 2 > ph.from && toks[k - 2]!.lo === 'the' && JOINERS.has(toks[k - 3]?.lo ?? '') && !!toks[k - 4]?.cap && !(toks[k - 4]!.lo in TITLES) && !ROLE_NOUNS.has(toks[k - 4]!.lo);
    const prevGroup = (GROUP_NAMES.has(toks[k - 1]!.lo) || SINGULAR_OF.has(toks[k - 1]!.lo)) && !midName;
    if ((PREPS.has(t.lo) && !(prevCap && nextCap && JOINERS.has(t.lo) && !prevGroup)) || t.lo === 'who' || t.lo === 'which' || KNOWING_ADJECTIVES.has(t.lo) && t.lo !== 'briefed') { headEnd = k; break; }
    // ("Images shared online", "video posted online": a participle after a paper's noun describes it.)
    if (/^\p{Ll}{3,}ed$/u.test(t.text) && (DOCUMENT_HEADS.has(toks[k - 1]!.lo) || DOCUMENT_HEADS.has(toks[k - 1]!.lo.replace(/s$/, '')))) { headEnd = k; break; }
  }
  let h = headEnd - 1;
  while (h > ph.from && (!toks[h]!.word || toks[h]!.lo === "'s")) h--;
  const head = toks[h]!;
  const hlo = head.lo;
  const postText = spanText(text, toks, headEnd, ph.to).toLowerCase();
  const preWords = toks.slice(ph.from, h).filter((t) => t.word);
  const definite = preWords.length > 0 && ['the', 'that', 'this', 'these', 'those'].includes(preWords[0]!.lo);
  const capMods = preWords.filter((t) => t.cap && !DETERMINERS.has(t.lo) && !(t.lo in TITLES) && t !== toks[ph.from] || t.cap && t === toks[ph.from] && !DETERMINERS.has(t.lo) && !(t.lo in TITLES));
  const possessive = preWords.find((t) => t.lo in POSSESSIVES);
  // ("Ann Hale and her lawyers said", "Clinton and the State Department have said": the named first half speaks.)
  const andAt = toks.findIndex((t, i) => (i > ph.from + 1 || i === ph.from + 1 && /^(?:he|she)$/.test(toks[ph.from]!.lo)) && i < headEnd && t.lo === 'and');
  if (andAt > 0 && toks[andAt - 1]!.cap && (/^(?:the|her|his|their|its)$/.test(toks[andAt + 1]?.lo ?? '') || /^(?:two|three|four|several|other)$/.test(toks[andAt + 1]?.lo ?? '') && /^(?:colleagues|co-authors|coauthors|researchers|aides|associates|partners|others|lawyers|advisers|advisors)$/.test(toks[andAt + 2]?.lo ?? ''))) {
    const left = classify(text, toks, { from: ph.from, to: andAt, coreTo: andAt }, ents);
    if (left && !left.pointer && left.grade === 'person') return { ...left, plural: true };
    // ("She and her defenders argue": the pronoun's person, once resolved, speaks with them — a group "they" may take up.)
    if (left && left.pointer && /^(?:he|she)$/.test(left.pointer.word)) return { ...left, plural: true, joint: true };
  }
  // ("the company and the regulator said", "the city's council and the police": two descriptions, each a source. The
  // first speaks for both, as the first name of "Isakson and Boozman" does; unnamed, the whole phrase is the source.)
  if (andAt > 0 && toks[andAt - 1]!.word && !toks[andAt - 1]!.cap && DETERMINERS.has(toks[ph.from]!.lo) && (DETERMINERS.has(toks[andAt + 1]?.lo ?? '') || toks[andAt + 1]?.lo in POSSESSIVES || !!toks[andAt + 1]?.cap)) {
    const left = classify(text, toks, { from: ph.from, to: andAt, coreTo: andAt }, ents);
    const right = left && classify(text, toks, { from: andAt + 1, to: headEnd, coreTo: headEnd }, ents);
    if (left && right) return kindOfGrade(left.grade) === 'named' ? { ...left, plural: true, joint: true } : { grade: left.grade, speaker: phraseText, plural: true };
  }
  // ("Mrs Pike's family said", "the family of Eleanor Pike said": the kin of a named person, one group the text identifies.)
  // ("Aroha’s mother, Hine Matene, said": one relative named in apposition speaks by her own name, found below.)
  const kinNamed = !KIN_GROUPS.test(hlo) && /^\s*,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s*,?\s*$/u.test(spanText(text, toks, ph.coreTo, ph.to));
  const kinOf = KIN_HEADS.test(hlo) && h === headEnd - 1 && !kinNamed ? kinOwner(text, toks, ph.from, h, headEnd, ph.coreTo) : null;
  if (kinOf) {
    const owner = ents.canonical(kinOf, pos);
    if (ents.type(owner) === 'person') return { grade: 'person', speaker: `${owner}’s ${hlo}`, plural: KIN_GROUPS.test(hlo) };
  }
  // ("The Oakes family said": a family by its surname is identified as much as "Terrell Oakes's family".)
  if (hlo === 'family' && h === headEnd - 1 && h === ph.from + 2 && toks[ph.from]!.lo === 'the' && toks[h - 1]!.cap && toks[h - 1]!.word && !(toks[h - 1]!.lo in TITLES) && nameType(toks[h - 1]!.text) !== 'place' && !demonym(toks[h - 1]!.text)) {
    return { grade: 'person', speaker: `${toks[h - 1]!.text} family`, plural: true };
  }
  // ("The campaign of Republican Sen. Mark Haverly said", "the office of Gov. Ann Ross": a person's campaign or office
  // speaks for that person, as "the Haverly campaign" does; describing words and a title before the name are no part of it.)
  if (/^(?:campaign|office|administration)$/.test(hlo) && h === headEnd - 1 && toks[ph.from]?.lo === 'the' && h === ph.from + 1) {
    const m = /^\s*of\s+(?:(?:[\p{Lu}][\p{Ll}-]+|former|then|incumbent|embattled)\s+){0,2}?((?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Governor|Senator|Representative|President|Mayor|Councillor|Councilwoman|Councilman|Congresswoman|Congressman|Judge)\.?\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){1,2})\s*$/u.exec(spanText(text, toks, headEnd, ph.to));
    const owner = m ? ents.canonical(m[2]!, pos) : null;
    // (A title says the name is a person's even when no list knows the first name.)
    if (owner && (m![1] ? nameType(owner) !== 'organization' : ents.type(owner) === 'person' && nameType(owner) !== 'place')) return { grade: 'person', speaker: owner, plural: false };
  }
  // "My husband reckons …", "My old matron used to say …" in an interview's answer: someone close to the one answering.
  if (preWords[0]?.lo === 'my' && h === headEnd - 1 && h === ph.coreTo - 1 && CLOSE_PEOPLE.test(hlo) && preWords.length <= 2) {
    return { grade: 'person', speaker: phraseText, plural: false, pointer: { word: 'my', gender: 'any', plural: false } };
  }

  // "Many Tunisians", "Koreans", "most Lebanese": the people of a place are a group, not a name. (An -ians/-eans
  // word is one by its shape; "-ans", "-ese", "-is" need a quantifier: "Evans" or "Paris" alone may be names.)
  if (head.cap && h === headEnd - 1 && preWords.every((t) => !t.cap || t === toks[ph.from] && QUANTIFIERS.has(t.lo))) {
    const quantified = preWords.some((t) => QUANTIFIERS.has(t.lo));
    if (/^\p{Lu}\p{Ll}{2,}(?:ians|eans)$/u.test(head.text) || quantified && /^\p{Lu}\p{Ll}{2,}(?:ans|ese|is)$/u.test(head.text)) {
      return { grade: 'vague-group', speaker: phraseText, plural: true };
    }
  }
  // ("the press service of the Ministry of Energy", "the Kremlin press service": a press office speaks as its body.)
  if (/^(?:service|office|department|team|centre|center)$/.test(hlo) && toks[h - 1]?.lo === 'press' && h === headEnd - 1) {
    const of = /^\s*(?:of|for|at)\s+(?:the\s+)?(\p{Lu}[\p{L}’'.\-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}’'.\-]*)*)/u.exec(spanText(text, toks, headEnd, ph.to));
    const before = properRun(toks, ph.from, h - 1);
    const body = of ? of[1]! : before && before[1] === h - 1 ? spanText(text, toks, before[0], before[1]).replace(/[’']s$/, '') : null;
    if (body && !NOT_NAME.test(body)) {
      const name = ents.canonical(body, pos);
      const t = ents.type(name);
      return { grade: t === 'media' ? 'media' : t === 'person' ? 'person' : 'organization', speaker: name, plural: false };
    }
    // ("the presidential press service", "the ministry's press office": whose office an adjective says, not a body named
    // nearby; "the press service" alone still points back.)
    const adjectives = toks.slice(ph.from, h - 1).filter((t) => t.word && !DETERMINERS.has(t.lo));
    if (!of && adjectives.length === 1 && /^(?:presidential|royal|papal|ministerial|governmental|mayoral|gubernatorial)$/.test(adjectives[0]!.lo)) {
      return { grade: 'organization', speaker: phraseText.replace(/^(?:the|a|an)\s+/i, ''), plural: false };
    }
  }
  // "the director of the FBI, James B. Comey": a description, then the name.
  if (ph.to > ph.coreTo && toks[ph.coreTo]?.text === ',') {
    let e = ph.coreTo + 1;
    // ("Her neighbour, retired teacher Alan Hughes,": lower-case words describing the person before the name.)
    let d = e;
    while (d < ph.to && d - e < 4 && toks[d]!.word && !toks[d]!.cap && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[d]!.text) && !FUNCTION_WORDS_LO.has(toks[d]!.lo)) d++;
    if (d > e && (ROLE_NOUNS.has(toks[d - 1]!.lo) || SINGULAR_OF.has(toks[d - 1]!.lo) || toks[d - 1]!.lo in ANONYMOUS_HEADS) && toks[d]?.cap && toks[d + 1]?.cap && toks[d + 1]!.word) e = d;
    const nameFrom = e;
    // ("The union, Unison,", "the union, AFSCME Local 12,": a body's kind, then its name, numbers and all.)
    const bodyKind = e === ph.coreTo + 1 && !head.cap && isBodyNoun(hlo) && !ROLE_NOUNS.has(hlo);
    // ("The paper, the Sun,", "the newspaper, the Kelso Courier,": a name that takes its article.)
    if (bodyKind && toks[e]!.lo === 'the' && toks[e + 1]?.cap) e++;
    const nameStart = e;
    // ("Ursula von der Leyen": lower-case particles inside the name.)
    while (e < ph.to && (toks[e]!.word && (toks[e]!.cap || e > nameStart && /^(?:von|van|der|den|de|da|di|du|dos|la|le|bin|al|ibn|del)$/.test(toks[e]!.lo) && toks[e + 1]?.word) || bodyKind && e > nameStart && /^\d+$/.test(toks[e]!.text))) e++;
    // ("The union, the Royal College of Nursing,", "the regulator, the Office of Rail and Road,": a name the text reads
    // as one, a body's kind joined by "of" or "for" to the rest, goes on past the joiner — not a person "of" a place.)
    if (e > nameStart && e < ph.to && /^(?:of|for|and|on)$/.test(toks[e]!.lo) && (isBodyNoun(toks[e - 1]!.lo) || ORG_NAME_HEADS.has(toks[e - 1]!.lo))) {
      let f = e;
      while (f < ph.to && toks[f]!.word && (toks[f]!.cap || /^(?:of|for|and|on|the)$/.test(toks[f]!.lo) && toks[f + 1]?.cap)) f++;
      if (f === ph.to || toks[f]!.text === ',') {
        const from = toks[nameStart]!.lo === 'the' ? nameStart + 1 : nameStart;
        if (ents.entity(spanText(text, toks, from, f))) e = f;
      }
    }
    // ("His lawyers, Robert Turkewitz and Brian Knowles,": two people, both named.)
    if (e - nameFrom >= 2 && toks[e]?.lo === 'and' && /s$/.test(hlo)) {
      let e2 = e + 1;
      while (e2 < ph.to && toks[e2]!.word && toks[e2]!.cap) e2++;
      if (e2 - (e + 1) >= 2 && (e2 === ph.to || toks[e2]!.text === ',')) {
        const first = ents.canonical(spanText(text, toks, nameFrom, e), pos);
        const second = ents.canonical(spanText(text, toks, e + 1, e2), pos);
        if (ents.type(first) === 'person' || ents.type(second) === 'person') return { grade: 'person', speaker: `${first} and ${second}`, plural: true };
      }
    }
    // ("Her lawyers, Harbottle and Lewis,", "the firm, Mace and Jones,": a firm named for its two founders.)
    if (e - nameStart === 1 && toks[e]?.lo === 'and' && toks[e + 1]?.cap && toks[e + 1]!.word && (e + 2 === ph.to || toks[e + 2]?.text === ',')
      && (bodyKind || /^(?:lawyers|solicitors|attorneys|accountants|auditors|advisers|advisors|agents|architects)$/.test(hlo))) {
      return { grade: 'organization', speaker: spanText(text, toks, nameStart, e + 2), plural: false };
    }
    // ("her daughter, Sofie,": one name after a kin or role noun.)
    const one = e - nameFrom === 1 && ROLE_NOUNS.has(hlo) && !NOT_NAME.test(toks[nameFrom]!.text);
    if (bodyKind && e > nameStart && (e === ph.to || toks[e]!.text === ',') && !NOT_NAME.test(toks[nameStart]!.text)) {
      const name = ents.canonical(spanText(text, toks, nameStart, e), pos);
      return { grade: ORG_DESCRIPTIONS[hlo] === 'media' || ents.type(name) === 'media' ? 'media' : 'organization', speaker: name, plural: false };
    }
    // ("One passenger, Gemma Rowe from Leeds,": the name, then where the person is from.)
    let p = e + 1;
    while (p < ph.to && toks[p]!.word && toks[p]!.cap) p++;
    const fromPlace = e - nameFrom >= 2 && /^(?:from|of|in)$/.test(toks[e]?.lo ?? '') && p > e + 1 && p - e - 1 <= 3 && (p === ph.to || toks[p]!.text === ',');
    if ((e - nameFrom >= 2 || one) && (e === ph.to || toks[e]!.text === ',' || fromPlace)) {
      const name = ents.canonical(spanText(text, toks, nameFrom, e), pos);
      // ("Its chief meteorologist, Priya Castell,": a person's role before two or three capitalised words names a person.)
      // (Not a role a business can hold: "The ship's operator, Aldmere Tankers,", "the owner, Harwick Estates,".)
      const personRole = (ROLE_NOUNS.has(hlo) && !/^(?:owner|partner|producer|host|head|principal|executive)$/.test(hlo) || /\p{Ll}(?:ist|ian)$/u.test(hlo)) && e - nameFrom <= 3 && !ORG_NAME_HEADS.has(toks[e - 1]!.lo) && !ORG_END_WORD.test(toks[e - 1]!.lo);
      // ("The selling agents, Knight Frank,", "her lawyers, Harbottle & Lewis,": a plural description, then one name — a firm.)
      const pluralHead = /s$/.test(hlo) && (SINGULAR_OF.get(hlo) ?? hlo) !== hlo;
      if (pluralHead && !one && !NOT_NAME.test(name)) return { grade: ents.type(name) === 'media' ? 'media' : 'organization', speaker: name, plural: false };
      if (one || personRole || ents.type(name) === 'person') return { grade: 'person', speaker: name, plural: false };
      // "the landlord, Harwick Estates," / "the contractor, Kestrel Systems,": a definite description, then the body's name.
      if (definite && e - (ph.coreTo + 1) >= 1 && !NOT_NAME.test(name)) {
        const t = ents.type(name);
        if (t === 'organization' || t === 'media') return { grade: t, speaker: name, plural: false };
      }
    }
  }
  // "the Nikkei newspaper", "the Xinhua news agency", "Denmark's TV2 broadcaster": the name before an outlet noun is the outlet.
  if (!head.cap && (ORG_DESCRIPTIONS[hlo] === 'media' || hlo === 'agency' && toks[h - 1]?.lo === 'news')) {
    let e = h;
    while (e > ph.from && OUTLET_MODIFIERS.has(toks[e - 1]!.lo)) e--;
    const run = properRun(toks, ph.from, e);
    if (run && run[1] === e) {
      const name = ents.canonical(spanText(text, toks, run[0], run[1]), pos);
      if (!NOT_NAME.test(name)) return { grade: 'media', speaker: name, plural: false };
    }
  }
  // "the Anadolu agency", "the Wagner group": a name right before a body noun names the body.
  if (!head.cap && /^(?:agency|group|organization|organisation|outlet|publication)$/.test(hlo)) {
    const run = properRun(toks, ph.from, h);
    if (run && run[1] === h) {
      const name = ents.canonical(spanText(text, toks, run[0], run[1]), pos);
      if (!NOT_NAME.test(name)) return { grade: /^(?:outlet|publication)$/.test(hlo) || ents.type(name) === 'media' ? 'media' : 'organization', speaker: name, plural: false };
    }
  }
  // "the senator", "the former president": an office held by one person named earlier.
  // ("The minister, who spoke to reporters in Rome, said": the relative clause describes the occasion, not the office.)
  if (definite && OFFICES.has(hlo)) {
    return { grade: 'person', speaker: phraseText.replace(/^(?:the|that|this)\s+/i, '').replace(/,\s*(?:who|whose)\s.*$/s, ''), plural: false, pointer: { word: 'role:' + hlo, gender: 'any', plural: false } };
  }
  // A capitalised head inside a longer name ("The Food Standards Agency") is a name, not "an agency".
  // ("Tory MPs", "Labour MEPs": members are written in capitals, but they are a group, not a name.)
  const nameHead = head.cap && preWords.some((t) => t.cap && !DETERMINERS.has(t.lo) && !(t.lo in TITLES)) && !/^(?:mps|meps|msps)$/.test(hlo)
    // ("One senior Conservative MP", "a Labour MP": an indefinite MP is unnamed; "Plymouth MP says" is one person.)
    && !(/^(?:mp|mep|msp)$/.test(hlo) && /^(?:a|an|one|another)$/.test(preWords[0]?.lo ?? ''));
  const anonSingular = nameHead ? undefined : SINGULAR_OF.get(hlo);
  // "a Clinton spokesman", "an ICE spokeswoman", "a spokesman for the campaign": the body speaks.
  if (anonSingular && SPOKES_HEADS.has(hlo)) {
    // ("A Philippine coast guard spokesman": a body named by its country and its kind, in lower case.)
    const described = describedBody(text, toks, ph.from, h);
    const body = bodyName(text, toks, ph.from, h, headEnd, ph.to, ents, pos) ?? described;
    if (body && !/anonymity|not authorized|not be (?:named|identified)/.test(postText)) {
      return { grade: ents.type(body) === 'person' ? 'person' : ents.type(body) === 'media' ? 'media' : 'organization', speaker: body, plural: false };
    }
    // "a club spokesman", "a spokesperson for the authority": speaks for the body of that kind named earlier.
    const bodyWord = preWords.find((t) => !t.cap && ORG_DESCRIPTIONS[t.lo] && ORG_DESCRIPTIONS[t.lo] !== 'document')
      ?? (/^\s*(?:for|of|at)\s+the\s+([a-z]+)\s*$/.exec(postText)?.[1] ? { lo: /^\s*(?:for|of|at)\s+the\s+([a-z]+)/.exec(postText)![1]! } : undefined);
    const bodyKind = bodyWord ? ORG_DESCRIPTIONS[bodyWord.lo] : undefined;
    if (!body && bodyKind && bodyKind !== 'document' && !/anonymity|not authorized|not be (?:named|identified)/.test(postText)) {
      return { grade: bodyKind, speaker: phraseText, plural: false, pointer: { word: 'body:' + bodyKind, gender: 'n', plural: false } };
    }
    // ("The prime minister's official spokesman", "the mayor's spokeswoman": speaks for the holder of that office.)
    let ownerRole = -1;
    for (let j = ph.from; j < h; j++) if (/^['’]s$/.test(toks[j + 1]?.lo ?? '') && OFFICES.has(toks[j]!.lo) && !toks[j]!.cap) ownerRole = j;
    if (!body && ownerRole >= 0 && !/anonymity|not authorized|not be (?:named|identified)/.test(postText)) {
      const role = toks[ownerRole]!.lo;
      const roleText = toks.slice(ph.from, ownerRole + 1).filter((t) => t.word && !DETERMINERS.has(t.lo)).map((t) => t.text).join(' ');
      return { grade: 'person', speaker: roleText, plural: false, pointer: { word: 'role:' + role, gender: 'any', plural: false } };
    }
    // "his spokesman said": speaks for the person "his" points to.
    if (!body && possessive && (possessive.lo === 'his' || possessive.lo === 'her') && !/anonymity|not authorized/.test(postText)) {
      return { grade: 'person', speaker: phraseText, plural: false, pointer: { word: possessive.lo, gender: POSSESSIVES[possessive.lo]!, plural: false } };
    }
    // "Thornbury Homes said … A spokeswoman added: …": a bare spokesperson speaks for the body just quoted.
    if (!body && !bodyKind && preWords.length === 1 && /^(?:a|an)$/.test(preWords[0]!.lo) && h === ph.coreTo - 1 && ph.to === ph.coreTo) {
      return { grade: 'anonymous-bare', speaker: phraseText, plural: false, pointer: { word: 'spokes', gender: 'any', plural: false } };
    }
  }
  // ("Her representative confirmed …", "his publicist said": one who speaks for the person "her" or "his" points to.)
  // ("her team", "his management team", "her lawyer": people who speak for the person, as "his team" does for Cruz; her
  // advisers and allies, many people, stay unnamed.)
  const forPerson = (/^(?:representative|rep|publicist|agent)$/.test(hlo) || UNNAMED_WHEN_ALONE.test(hlo)) && (preWords.length === 1 || preWords.length === 2 && /^(?:management|legal|media|press|campaign)$/.test(preWords[1]!.lo));
  if (possessive && (possessive.lo === 'his' || possessive.lo === 'her') && forPerson && preWords[0] === possessive && h === headEnd - 1 && headEnd === ph.coreTo) {
    return { grade: 'person', speaker: phraseText, plural: false, pointer: { word: possessive.lo, gender: POSSESSIVES[possessive.lo]!, plural: false } };
  }
  // ("His family described him as …", "her parents said": the kin of the person "his" or "her" points to.)
  if (possessive && (possessive.lo === 'his' || possessive.lo === 'her') && preWords.length === 1 && preWords[0] === possessive && KIN_HEADS.test(hlo) && h === headEnd - 1 && headEnd === ph.coreTo) {
    return { grade: 'anonymous-bare', speaker: phraseText, plural: KIN_GROUPS.test(hlo), pointer: { word: possessive.lo, gender: POSSESSIVES[possessive.lo]!, plural: false, kin: hlo } };
  }
  // "her office said": the office speaks for the person "her" points to.
  if (possessive && (possessive.lo === 'his' || possessive.lo === 'her') && hlo === 'office' && preWords.length === 1) {
    return { grade: 'person', speaker: phraseText, plural: false, pointer: { word: possessive.lo, gender: POSSESSIVES[possessive.lo]!, plural: false } };
  }
  // "Governor Ann Ross's office said", "the mayor's office said": an office speaks for the person who holds it.
  if (hlo === 'office' && /^['’]s$/.test(toks[h - 1]?.lo ?? '') && h - 1 > ph.from) {
    const run = properRun(toks, ph.from, h - 1);
    if (run && run[1] === h - 1) {
      const name = ents.canonical(spanText(text, toks, run[0], run[1]), pos);
      if (ents.type(name) === 'person') return { grade: 'person', speaker: name, plural: false };
    } else if (definite && h - 2 > ph.from && h - 2 <= ph.from + 2 && ROLE_NOUNS.has(toks[h - 2]!.lo) && !head.cap) {
      const who = ents.byRole(toks[h - 2]!.lo, pos);
      if (who && ents.type(who) === 'person') return { grade: 'person', speaker: who, plural: false };
    }
    // ("The Manhattan District Attorney's Office", "the Attorney General's Office": written with a capital and no
    // person's name before it, the office is a body's own name.)
    let from = ph.from;
    while (from < h && DETERMINERS.has(toks[from]!.lo)) from++;
    if (head.cap && h === headEnd - 1 && from < h - 1 && toks.slice(from, h - 1).every((t) => t.cap && t.word)) {
      return { grade: 'organization', speaker: ents.canonical(spanText(text, toks, from, h + 1), pos), plural: false };
    }
  }
  // ("the sheriff's office said", "the coroner's office", no sheriff named: the body of that office named before —
  // "the Marston County Sheriff's Office" — else that office as described, never another body.)
  if (definite && /^(?:office|department)$/.test(hlo) && /^['’]s$/.test(toks[h - 1]?.lo ?? '') && h - 2 === ph.from + 1 && ROLE_NOUNS.has(toks[h - 2]!.lo) && h === headEnd - 1) {
    return { grade: 'organization', speaker: phraseText, plural: false, pointer: { word: 'office:' + toks[h - 2]!.lo, gender: 'n', plural: false } };
  }
  // "the newspaper", "the club", "the Minneapolis-based company": one body named earlier (an outlet is never anonymous by itself).
  const bodyType = ORG_DESCRIPTIONS[hlo];
  // ("the trade publication", "the business daily", "the state broadcaster": an outlet described by its beat is still the outlet named before.)
  const onlyBased = preWords.slice(1).every((t) => /-based$/i.test(t.lo) || bodyType === 'media' && /^(?:trade|business|financial|local|regional|national|state|daily|weekly|online|news|tabloid|broadsheet|conservative|liberal|left-leaning|right-leaning|independent|investigative)$/.test(t.lo));
  // ("The akimat of Petropavlovsk", "the council of Kelso": a body of a place the phrase names is that body, not one named before.)
  // ("The board of Rasoi Labs, the Bengaluru-based maker of …, said": up to an appositive, which describes the place.)
  if (definite && bodyType === 'organization' && onlyBased && /^\s*of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s*$/u.test(spanText(text, toks, h + 1, ph.coreTo))) {
    return { grade: 'organization', speaker: strip(spanText(text, toks, ph.from, ph.coreTo)).replace(/^(?:the|this|that)\s+/i, ''), plural: false };
  }
  if (definite && bodyType && bodyType !== 'document' && onlyBased && !DESCRIBING_POSTMODIFIERS.some((p) => postText.includes(p))) {
    return { grade: bodyType, speaker: phraseText, plural: false, pointer: { word: 'body:' + bodyType, gender: 'n', plural: false } };
  }
  // Principal bodies: "the Clinton campaign", "Team Trump", "his campaign", "the Obama administration".
  // ("The Federal Aviation Administration", "the Social Security Administration": a capitalised head after a name of
  // two words or more that is no person's ends the body's own name; "the Trump Administration" stays Trump's.)
  let nameStart = ph.from;
  while (nameStart < h && DETERMINERS.has(toks[nameStart]!.lo)) nameStart++;
  const ownName = head.cap && (() => {
    const words = toks.slice(nameStart, h);
    // (Agencies take two words or more before their kind, joiners aside — "Food and Drug"; "Trump Administration" one, a surname.)
    if (words.filter((t) => t.cap && t.word).length < 2 || !words.every((t) => t.cap && t.word || /^(?:and|of|for|on)$/.test(t.lo)) || !words[0]!.cap) return false;
    const before = spanText(text, toks, nameStart, h);
    return ents.type(ents.canonical(before, pos)) !== 'person' && nameType(before) !== 'person';
  })();
  if (ownName && (PRINCIPAL_BODIES.has(hlo) || hlo === 'campaign' || hlo === 'administration')) {
    const name = ents.canonical(spanText(text, toks, nameStart, h + 1), pos);
    return { grade: ents.type(name) === 'media' ? 'media' : 'organization', speaker: name, plural: false };
  }
  if (PRINCIPAL_BODIES.has(hlo) && !anonSingular || hlo === 'campaign' || hlo === 'administration') {
    const run = properRun(toks, ph.from, h);
    if (run) {
      const name = ents.canonical(spanText(text, toks, run[0], run[1]), pos);
      return { grade: ents.type(name) === 'person' ? 'person' : 'organization', speaker: name, plural: false };
    }
    if (possessive) return { grade: 'person', speaker: phraseText, plural: false, pointer: { word: possessive.lo, gender: POSSESSIVES[possessive.lo]!, plural: false } };
    if (definite) {
      // "the campaign": the principal named before, else the one the article names at all.
      const p = ents.lastPrincipal(pos) ?? ents.lastPrincipal(pos, true);
      if (p) return { grade: 'person', speaker: p, plural: false };
    }
  }
  if (hlo === 'team' && toks[ph.from]!.lo === 'team' && toks[ph.from + 1]?.cap) {
    const name = ents.canonical(toks[ph.from + 1]!.text, pos);
    return { grade: 'person', speaker: name, plural: false };
  }
  // Documents with an issuer: "a Bloomberg poll", "FEC filings", "a new report by Politico".
  const docSingular = hlo.replace(/s$/, '');
  // (A capitalised head is a name: "The New York Post" is an outlet, not a post.)
  // "Apple's chief executive", "the company's chief financial officer": a unique office of a named or known body.
  if (/^(?:executive|officer)$/.test(hlo) && h === headEnd - 1 && preWords.some((t) => t.lo === 'chief') && toks.slice(ph.from, h).some((t) => /^['’]s$/.test(t.lo))) {
    return { grade: 'person', speaker: phraseText.replace(/^(?:the|that|this)\s+/i, ''), plural: false };
  }
  // "Senior figures in the party", "leading figures": people of standing, not statistics.
  if (/^figures?$/.test(hlo) && preWords.some((t) => /^(?:senior|leading|key|prominent|top|political|public|opposition|party|establishment|influential|veteran|religious|business|community|industry)$/.test(t.lo))) {
    return { grade: 'anonymous-described', speaker: phraseText, plural: hlo === 'figures' };
  }
  // ("The governor's statement said", "the minister's post on Telegram said": the office holder's own words.)
  if (definite && h - 2 === ph.from + 1 && /^['’]s$/.test(toks[h - 1]?.lo ?? '') && OFFICES.has(toks[h - 2]!.lo) && (DOCUMENT_HEADS.has(hlo) || /^(?:comment|message)$/.test(hlo))) {
    return { grade: 'person', speaker: spanText(text, toks, ph.from + 1, h - 1), plural: false, pointer: { word: 'role:' + toks[h - 2]!.lo, gender: 'any', plural: false } };
  }
  // ("A post on Reddit claimed", "a comment on the forum said": whoever posted is unnamed; the site only carried it —
  // unless the post is someone's: "a post on X by the ministry", "the governor's post on Telegram".)
  if (/^(?:post|posts|comment|comments|message|messages|thread|threads)$/.test(hlo) && !possessive && h === headEnd - 1 && preWords.every((t) => !t.cap || t === preWords[0])) {
    const rest = spanText(text, toks, headEnd, ph.to);
    if (/^\s*on\s/i.test(rest) && !/\bby\s/i.test(rest)) return { grade: 'anonymous-described', speaker: phraseText, plural: hlo.endsWith('s') };
  }
  // ("Data from the ONS shows", "Figures released by the Home Office show": capitalised only by the sentence start.)
  const startCap = head.cap && h === ph.from && (h === 0 || !toks[h - 1]!.word);
  if ((!head.cap || startCap) && (DOCUMENT_HEADS.has(hlo) || DOCUMENT_HEADS.has(docSingular))) {
    // The issuer may stand a word or two before the head: "the Reuters/Ipsos opinion poll".
    let issuerEnd = h;
    while (issuerEnd > ph.from && !toks[issuerEnd - 1]!.cap && h - issuerEnd < 2 && toks[issuerEnd - 1]!.word && !DETERMINERS.has(toks[issuerEnd - 1]!.lo)) issuerEnd--;
    let run = properRun(toks, ph.from, h) ?? (issuerEnd < h ? properRun(toks, ph.from, issuerEnd) : null);
    // "Media reports said", "Local news reports": a common word capitalised at the sentence start names no issuer.
    if (run && run[1] - run[0] === 1 && run[0] === 0 && COMMON_ISSUER_WORDS.has(toks[0]!.lo)) run = null;
    // "data from the Office for National Statistics" names its issuer as "by" does.
    // (Not who saw it: "a memo reviewed by The Associated Press"; not a place modifying a noun: "by the London think tank".)
    // ("by the Republican firm Copper State Strategies": the issuer's name after a word saying what it is.)
    const after = spanText(text, toks, headEnd, ph.to);
    const kindAfter = KIND_AFTER_ISSUER.exec(after);
    // ("a report in the Guardian", "an article in Axios": a piece in an outlet is the outlet's.)
    const inOutlet = /^\s*in\s+(?:the\s+)?(\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*)*)/u.exec(after);
    const by = ISSUER_BY.exec(after) ?? DESCRIBED_ISSUER.exec(after) ?? (kindAfter && nameType(kindAfter[1]!) !== 'place' ? kindAfter : null)
      ?? (inOutlet && ents.type(ents.canonical(inOutlet[1]!, pos)) === 'media' ? inOutlet : null);
    if (run || by) {
      const issuer = run ? spanText(text, toks, run[0], run[1]) : by![1]!.replace(/^the\s+/, '');
      // "a Times article", "a Guardian investigation": an outlet's own journalism speaks as the outlet.
      if (run && OUTLET_WORK.has(hlo)) {
        const outlet = ents.canonical(issuer.replace(/[’']s$/, ''), pos);
        if (ents.type(outlet) === 'media') return { grade: 'media', speaker: outlet, plural: false };
      }
      // (A canonical form shorter than the issuer lost part of a name like "Office for National Statistics".)
      const canon = run ? '' : ents.canonical(issuer, pos);
      const speaker = run ? `${issuer.replace(/(?:’s|'s)$/, '')} ${head.text}` : canon.length < issuer.length && issuer.startsWith(canon) ? issuer : canon;
      // ("by the climate website Carbon Brief": an outlet by what the text calls it.)
      const outletKind = !run && /\b(?:outlet|newspaper|broadcaster|website|site|blog|magazine|journal)\s+\p{Lu}/u.test(by![0]);
      // ("Research by Xin Xu, a materials scientist, estimated": a person's research speaks as that person.)
      const type = run ? null : ents.type(speaker);
      return { grade: run ? 'document' : outletKind || type === 'media' ? 'media' : type === 'person' ? 'person' : 'organization', speaker, plural: false };
    }
    // ("an internal memo from chief executive Priya Halloran", "a letter from its chairman, Tom Roe": a paper written by a
    // person named with their role speaks as that person.)
    const writer = PERSON_ISSUER.exec(spanText(text, toks, headEnd, ph.to));
    if (writer && ROLE_NOUNS.has(writer[1]!.toLowerCase())) {
      const name = ents.canonical(writer[2]!, pos);
      if (ents.type(name) === 'person') return { grade: 'document', speaker: name, plural: false };
    }
    // ("The lawsuit alleges …", "according to a complaint filed Tuesday" after "Carver has sued her manager": a suit
    // speaks as the one the text says brought it; with none, it stays the paper it is.)
    if (SUIT_PAPERS.has(docSingular) && !possessive) {
      const plaintiff = plaintiffBefore(text, ents, pos);
      if (plaintiff) return { grade: 'document', speaker: plaintiff, plural: false };
    }
    // ("a study published on Wednesday in the journal BMJ Open", "research published in Nature": a paper named by the
    // journal it appeared in is a named document.)
    const journal = /^\s*,?\s*(?:published|appearing|appeared|reported)\s+(?:[\p{L}\p{N}]+\s+){0,3}?in\s+(?:the\s+(?:journal|review)\s+)?(?:the\s+)?(\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*)*)/u.exec(spanText(text, toks, headEnd, ph.to));
    if (journal && /^(?:study|studies|paper|research|analysis|report|review|trial|survey)$/.test(hlo)) return { grade: 'document', speaker: `${head.text.toLowerCase()} in ${journal[1]}`, plural: false };
    // "a memo from the city's budget office": an issuer named by what it is.
    // ("a survey commissioned by the council", "figures released by the ministry".)
    // ("A post on X by the ministry", "a video on Telegram from the army": where a post went up, then whose it is.)
    const bodyFrom = (/^(?:post|tweet|video|clip|statement|message|comment|release)s?$/.test(hlo) ? BODY_FROM_POSTED : BODY_FROM).exec(postText);
    if (bodyFrom && ORG_DESCRIPTIONS[bodyFrom[2]!] && ORG_DESCRIPTIONS[bodyFrom[2]!] !== 'document') {
      // ("a statement from the company": the company named before speaks through it.)
      const kind = ORG_DESCRIPTIONS[bodyFrom[2]!] as 'organization' | 'media';
      if (/^\s*,?\s*(?:[\p{Ll} ]+\s+)?(?:by|from)\s+the\s+[\p{Ll}-]+\s*$/u.test(postText) && bodyFrom[1] === bodyFrom[2]) return { grade: 'document', speaker: `the ${bodyFrom[1]!}`, plural: false, pointer: { word: 'body:' + kind, gender: 'n', plural: false } };
      return { grade: 'document', speaker: bodyFrom[1]!, plural: false };
    }
    // ("a notice posted on the agency’s website", "a statement on the ministry's Telegram channel": a paper put up on a
    // body's own site speaks as that body.)
    const onSite = ON_BODY_SITE.exec(postText);
    if (onSite && ORG_DESCRIPTIONS[onSite[1]!] && ORG_DESCRIPTIONS[onSite[1]!] !== 'document') {
      const kind = ORG_DESCRIPTIONS[onSite[1]!] as 'organization' | 'media';
      // (With no such body named, the paper is its own source: "notice".)
      return { grade: 'document', speaker: `the ${onSite[1]!}`, plural: false, pointer: { word: 'body:' + kind, gender: 'n', plural: false, paper: hlo } };
    }
    // "a criminal complaint filed in Franklin County Superior Court": a filing on a named record is itself named.
    if (/^\s*(?:filed|issued|released|published|submitted|lodged)\s+(?:in|with|by|to|at)\s+(?:the\s+)?\S/.test(postText) && /\b(?:in|with|by|to|at)\s+(?:the\s+)?\p{Lu}/u.test(spanText(text, toks, headEnd, ph.to))) {
      const name = preWords.filter((t) => !DETERMINERS.has(t.lo) && !(t.lo in POSSESSIVES)).map((t) => t.lo).concat(hlo).join(' ');
      return { grade: 'document', speaker: name, plural: hlo.endsWith('s') };
    }
    // ("The company's statement said", "the ministry's report found": the document of a body named before.)
    const owner = toks[h - 2];
    if (/^['’]s$/.test(toks[h - 1]?.lo ?? '') && owner && ORG_DESCRIPTIONS[owner.lo] && ORG_DESCRIPTIONS[owner.lo] !== 'document' && /^(?:the|this|that)$/.test(toks[h - 3]?.lo ?? '') && h - 3 === ph.from) {
      const kind = ORG_DESCRIPTIONS[owner.lo]!;
      return { grade: 'document', speaker: `the ${owner.lo}`, plural: false, pointer: { word: 'body:' + kind, gender: 'n', plural: false } };
    }
    // "his biography", "her emails": the person's own document.
    if (possessive && (possessive.lo === 'his' || possessive.lo === 'her')) return { grade: 'document', speaker: phraseText, plural: false, pointer: { word: possessive.lo, gender: POSSESSIVES[possessive.lo]!, plural: false } };
    // ("according to its most recent quarterly filing": a body's own filing speaks as the body.)
    if (possessive?.lo === 'its' && /^(?:filing|filings|statement|release|report|accounts|results|website|prospectus)$/.test(hlo)) return { grade: 'document', speaker: phraseText, plural: false, pointer: { word: 'its', gender: 'n', plural: false } };
    if (definite || possessive) return { grade: 'document', speaker: phraseText, plural: hlo.endsWith('s'), pointer: { word: 'doc:' + docSingular, gender: 'n', plural: false } };
    return { grade: 'vague-group', speaker: phraseText, plural: hlo.endsWith('s') };
  }
  // ("The study finds …. Its authors warn …": a paper's authors speak as the one who put the paper out, found by the caller.)
  if (hlo === 'authors' && preWords.length === 1 && preWords[0]!.lo === 'its' && h === headEnd - 1 && headEnd === ph.coreTo) {
    return { grade: 'vague-group', speaker: phraseText, plural: true, pointer: { word: 'paper-authors', gender: 'any', plural: true } };
  }
  // ("The team, led by epidemiologist Miriam Okafor, … the researchers say": a study's team speaks through its named lead.)
  if (/^(?:researchers|scientists|authors|team)$/.test(hlo) && h === headEnd - 1 && headEnd === ph.coreTo && preWords.every((t) => t.lo === 'the') && (hlo !== 'team' || preWords.length === 1)) {
    return { grade: 'vague-group', speaker: phraseText, plural: hlo !== 'team', pointer: { word: 'lead', gender: 'any', plural: true } };
  }
  // ("a team of astronomers in Chile says …", "an international team of researchers reports": a team of scientists is
  // the study's, and speaks through its named lead when the story names one.)
  if (hlo === 'team' && h === headEnd - 1 && preWords.length >= 1 && /^(?:a|an)$/.test(preWords[0]!.lo) && preWords.slice(1).every((t) => !t.cap || t === preWords[0]) && SCIENCE_TEAM.test(postText)) {
    return { grade: 'vague-group', speaker: phraseText, plural: false, pointer: { word: 'lead', gender: 'any', plural: true } };
  }
  // ("Dominic Harle denies arson. … The defence says …": a trial's defence speaks for the one on trial, found by the caller.)
  if (definite && preWords.length === 1 && /^(?:defence|defense)$/.test(hlo) && h === headEnd - 1 && headEnd === ph.coreTo) {
    return { grade: 'anonymous-bare', speaker: phraseText, plural: false, pointer: { word: 'defendant', gender: 'any', plural: false } };
  }
  // ("But Friends of the Earth said", "Reporters Without Borders": a capitalised group noun with a capitalised
  // complement is a body's name, unless the sentence start alone capitalises it — "Officials of the European Union".)
  if (anonSingular && head.cap && h === ph.from && (h > 0 && toks[h - 1]!.word || ents.capitalisedMidSentence(head.text))) {
    const m = /^\s*(?:of|for|without|against|in)\s+(?:the\s+)?\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*)*\s*$/u.exec(spanText(text, toks, headEnd, ph.coreTo));
    if (m) {
      const name = ents.canonical(spanText(text, toks, h, ph.coreTo), pos);
      return { grade: ents.type(name) === 'media' ? 'media' : 'organization', speaker: name, plural: false };
    }
  }
  // A bare singular head ("Republican claims …") is an adjective or a headline word, not a source.
  if (anonSingular && hlo === anonSingular && ANONYMOUS_HEADS[anonSingular] !== anonSingular && !preWords.length) return null;
  // ("AFSCME Local 12 said", "Teamsters Local 727": a name that ends in its number names a body, it counts nobody.)
  if (/^\d+$/.test(head.text) && h === ph.coreTo - 1 && h > ph.from && toks[h - 1]!.cap && toks[h - 1]!.word && toks[h - 1]!.end < head.start) {
    const run = properRun(toks, ph.from, h);
    if (run && run[1] === h && !NOT_NAME.test(spanText(text, toks, run[0], run[1]))) {
      const name = ents.canonical(spanText(text, toks, run[0], h + 1), pos);
      // ("Article 5 says", "Section 230": a numbered part of a text is a document.)
      if (/^(?:article|section|chapter|clause|rule|paragraph|amendment|resolution|directive|regulation|bill)$/.test(toks[h - 1]!.lo)) return { grade: 'document', speaker: name, plural: false };
      return { grade: ents.type(name) === 'media' ? 'media' : 'organization', speaker: name, plural: false };
    }
  }
  // A bare number ("Two charged in …") counts people, it does not name a source.
  if (NUMBER_WORDS.test(hlo) && h === ph.from && headEnd === ph.coreTo && ph.coreTo - ph.from === 1) return null;
  // A trade no lexicon lists ("one librarian", "two florists"): unnamed people like the listed trades, a
  // determiner or a number before it (a bare one opens a headline: "Sailor rescued …").
  // ("according to archaeologists", "palaeontologists say": a bare plural of a trade is unnamed people of it too; a
  // bare singular — "custodian said" — is no phrase of its own.)
  const bareTrade = !preWords.length && /\p{Ll}{3,}s$/u.test(head.text) && h === headEnd - 1;
  const trade = !anonSingular && !nameHead && !head.cap && (preWords.length || bareTrade) && !ROLE_NOUNS.has(hlo) && !(hlo in TITLES) && !ORG_DESCRIPTIONS[hlo] ? tradeNoun(hlo) : null;
  // ("The Russian space agency said", "the US space agency": a body by its country and its field is a body the story
  // names — "Roscosmos" — not an unnamed agency.)
  if (definite && hlo === 'agency' && h === headEnd - 1 && headEnd === ph.coreTo && preWords.length === 3 && preWords[0]!.lo === 'the' && capMods.length === 1 && capMods[0] === preWords[1]
    && !preWords[2]!.cap && preWords[2]!.word && !/^(?:news|press|wire|state|government|federal|national|local|regional|intelligence|spy|aid|relief)$/.test(preWords[2]!.lo)) {
    return { grade: 'organization', speaker: phraseText, plural: false, pointer: { word: 'body:organization', gender: 'n', plural: false } };
  }
  // ("A representative for Marchetti said", "a rep for the singer Ana Ruiz": one who speaks for a named person speaks as
  // that person.)
  if (/^(?:rep|representative|publicist|spokesman|spokeswoman|spokesperson)$/.test(hlo) && !head.cap && h === headEnd - 1) {
    const m = /^\s*(?:for|of)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s*$/u.exec(spanText(text, toks, headEnd, ph.coreTo));
    const name = m ? ents.canonical(m[1]!, pos) : null;
    if (name && ents.type(name) === 'person') return { grade: 'person', speaker: name, plural: false };
  }
  // ("Page Six reported", "Channel Four said": a capitalised number closing a name is part of it, no count of people.)
  const numberInName = head.cap && h > ph.from && !!toks[h - 1]?.cap && toks[h - 1]!.word && !DETERMINERS.has(toks[h - 1]!.lo) && !NUMBER_WORDS.test(toks[h - 1]!.lo);
  // Anonymous heads: officials, sources, aides, people familiar with …, experts.
  if (anonSingular || trade || QUANTIFIER_SOURCES.has(hlo) && h === ph.from || NUMBER_WORDS.test(hlo) && !numberInName || hlo === 'others') {
    const plural = trade ? trade !== hlo : anonSingular ? ANONYMOUS_HEADS[anonSingular] === hlo && anonSingular !== hlo || hlo === 'people' : true;
    // ("A majority of voters": the "of" after a quantity describes nobody.)
    const described = preWords.some((t, n) => DESCRIBING_WORDS.has(t.lo) && !(t.lo === 'of' && QUANTITY_NOUNS.has(preWords[n - 1]?.lo ?? '')) || t.cap && !DETERMINERS.has(t.lo)) || DESCRIBING_POSTMODIFIERS.some((p) => postText.includes(p)) || /^\s*(?:to|at|in|from|with|of|for|on|inside|within|under|near)\s+\S/.test(postText) || KNOWING_WORD.test(postText);
    const vague = !anonSingular || VAGUE_GROUP_HEADS.has(anonSingular) || !!trade;
    const grade: Grade = vague && !described ? 'vague-group' : described ? 'anonymous-described' : 'anonymous-bare';
    // "the fisherman" after "fisherman Daniel Price" or "Price, a fisherman,": the person so described.
    // (Not the usual heads of unnamed sources: "the official" is the official quoted before.)
    if (definite && !plural && preWords.length === 1 && anonSingular === hlo && !SOURCE_HEADS.has(hlo)) {
      const who = ents.byRole(hlo, pos);
      if (who && ents.type(who) === 'person') return { grade: 'person', speaker: who, plural: false };
    }
    // "said the Swedish midfielder", "the Welsh winger added": a player described by country or club is the
    // person last named, as "the Ohio Democrat" is (match reports name the player first, then describe them).
    if (definite && !plural && preWords[0]!.lo === 'the' && preWords.length >= 2 && preWords.length <= 3 && capMods.length === preWords.length - 1 && SPORT_ROLES.has(hlo)) {
      return { grade: 'person', speaker: phraseText, plural: false, pointer: { word: 'epithet', gender: 'any', plural: false } };
    }
    // "the source", "the official", "That person", "these people": an earlier anonymous source.
    if (definite && !capMods.length && preWords.length <= 2) {
      return { grade, speaker: phraseText, plural, pointer: { word: 'anon:' + (anonSingular ?? hlo), gender: 'any', plural } };
    }
    return { grade: vague && described && !anonSingular ? 'vague-group' : grade, speaker: phraseText, plural };
  }
  // "A detective familiar with the case", "a banker close to the talks": unnamed, but described.
  // ("Those close to the president" is such a group too.)
  if ((!head.cap && !definite || hlo === 'those') && KNOWING_PHRASE.test(postText)
    || hlo === 'those' && /^\s*(?:briefed|involved|informed|consulted|interviewed|polled|surveyed|questioned|present|with|in|at|inside|within|among|on|from|around|near)\b/.test(postText)) {
    return { grade: 'anonymous-described', speaker: phraseText, plural: /s$/.test(hlo) };
  }
  // Plural group names: "Democrats", "Senate Republicans".
  // ("The Council of Governors", "the Board of Bishops": holders of an office after a capitalised body noun and "of"
  // complete the body's name; they are no group of people.)
  const ofName = head.cap && h >= 2 && toks[h - 1]!.lo === 'of' && toks[h - 2]!.cap && toks[h - 2]!.word && !GROUP_NAMES.has(toks[h - 2]!.lo) && !!ORG_DESCRIPTIONS[toks[h - 2]!.lo] && (h - 2 > 0 || ents.capitalisedMidSentence(toks[h - 2]!.text));
  if (GROUP_NAMES.has(hlo) && !ofName) return { grade: 'vague-group', speaker: phraseText, plural: true };
  // ("The Medicines and Healthcare products Regulatory Agency (MHRA)": a name its acronym spells out is one name, "and"
  // and lower-case words inside it included.)
  if (head.cap && toks[headEnd]?.text === '(' && toks[headEnd + 2]?.text === ')' && /^\p{Lu}{2,7}$/u.test(toks[headEnd + 1]?.text ?? '')) {
    const long = ents.canonical(toks[headEnd + 1]!.text, pos);
    if (long !== toks[headEnd + 1]!.text && spanText(text, toks, ph.from, headEnd).endsWith(long)) {
      const t = ents.type(long);
      return { grade: t === 'media' ? 'media' : t === 'person' ? 'person' : 'organization', speaker: long, plural: false };
    }
  }
  // Joint named sources keep both names: "Johnny Isakson and John Boozman", "X Department and Y Department".
  const and = toks.findIndex((t, i) => i > ph.from && i < headEnd && t.lo === 'and');
  if (head.cap && and > 0 && toks[and - 1]!.cap || head.cap && and > 0 && toks[and - 1]!.text === ')') {
    const left = classify(text, toks, { from: ph.from, to: and, coreTo: and }, ents);
    const right = classify(text, toks, { from: and + 1, to: ph.coreTo, coreTo: ph.coreTo }, ents);
    if (left && right && kindOfGrade(left.grade) === 'named' && kindOfGrade(right.grade) === 'named' && !left.pointer && !right.pointer) {
      // ("Devon and Cornwall Police": both halves name the one body.)
      if (left.speaker === right.speaker) return { grade: left.grade, speaker: left.speaker, plural: false };
      // ("the World Travel and Tourism Council", "the Rail and Signal Workers Union": one half is the other's name whole.)
      const whole = [left.speaker, right.speaker].find((n) => / and /.test(n) && n.includes(left.speaker === n ? right.speaker : left.speaker));
      if (whole) return { grade: left.speaker === whole ? left.grade : right.grade, speaker: whole, plural: false };
      return { grade: left.grade, speaker: `${left.speaker} and ${right.speaker}`, plural: true };
    }
  }
  // "The Ohio Democrat said", "the Texas Republican": a party member of a named place is the politician named before.
  if (definite && preWords.length <= 3 && /^(?:democrat|republican|independent|conservative|tory|socialist)$/.test(hlo) && capMods.length >= 1 && capMods.length <= 2 && h === headEnd - 1) {
    return { grade: 'person', speaker: phraseText, plural: false, pointer: { word: 'epithet', gender: 'any', plural: false } };
  }
  // ("“…,” the Dutchman said", "said the German, who was booked late on": a player or coach described by nationality
  // is the person last named, as "the Swedish midfielder" is.)
  // (Not an adjective cut off its noun: "The Russian space agency …".)
  if (definite && preWords.length === 1 && preWords[0]!.lo === 'the' && head.cap && h === headEnd - 1 && h === ph.from + 1 && demonym(head.text) && !(toks[h + 1]?.word && !toks[h + 1]!.cap && !/^(?:said|says|told|added|admitted|insisted|claimed|explained|replied|warned|who)$/.test(toks[h + 1]!.lo))) {
    return { grade: 'person', speaker: phraseText, plural: false, pointer: { word: 'epithet', gender: 'any', plural: false } };
  }
  // ("Plymouth MP warns …", "Tory MEP says …": a seat written in capitals after a place or a party is a person so
  // described, no body called "Plymouth MP".)
  if (words.length === 2 && /^(?:mp|msp|mep|mla|ms)$/.test(hlo) && h === ph.from + 1 && first.cap && !DETERMINERS.has(first.lo)) {
    return { grade: 'person', speaker: phraseText, plural: false };
  }
  // ("Models predict that …", "Photos showed …": a plain plural noun, capitalised only by the sentence start, is a group
  // or things nobody names — not a body called "Models". A known name or outlet is kept: "Reuters reported".)
  if (words.length === 1 && head.cap && h === ph.from && (h === 0 || !toks[h - 1]!.word) && (DOCUMENT_HEADS.has(hlo.replace(/s$/, '')) || PICTURE_PLURALS.test(hlo)) && /s$/.test(hlo) && !ents.entity(head.text) && ents.type(head.text) !== 'media' && plainPlural(head.text)) {
    return { grade: 'vague-group', speaker: head.text, plural: true };
  }
  // Proper names.
  if (head.cap) {
    const run = properRun(toks, ph.from, h + 1);
    if (run && NOT_NAME.test(spanText(text, toks, run[0], run[1]))) return null;
    if (run) {
      let raw = spanText(text, toks, run[0], run[1]);
      const t0 = toks[run[0] - 1]?.lo ?? '';
      // ("Prof Martin Hale of Imperial College London", "Ann Roe from Oxfam": a person's name, then where they work.)
      // ("Assistant Professor Gavin Lee of …": the words of a rank before the name are no part of it.)
      const rank = /^(?:\p{Lu}\p{Ll}+ ){1,3}/u.exec(raw)?.[0].split(' ').filter(Boolean) ?? [];
      let ranked = 0;
      while (ranked < rank.length && (rank[ranked]!.toLowerCase() in TITLES || ROLE_NOUNS.has(rank[ranked]!.toLowerCase()))) ranked++;
      const bare = ranked ? raw.split(' ').slice(ranked).join(' ') : raw;
      const at = /^(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'.-]*){1,2}) (?:of|from|at) (?:the )?\p{Lu}/u.exec(bare);
      // (Or a name compromise knows for a person's: "Gene Munster of Deepwater Asset Management".)
      if (at && (ranked > 0 || t0 in TITLES || firstNameGender(at[1]!.split(' ')[0]!) || nameType(at[1]!) === 'person') && nameType(at[1]!) !== 'organization') raw = at[1]!;
      const name = ents.canonical(raw, pos, MALE_TITLES.has(t0) ? 'm' : FEMALE_TITLES.has(t0) ? 'f' : null);
      // "Paramedics warned", "Stewards say": a plural of people (-ers, -ists, -ants …) capitalised only by the
      // sentence start names a group of unnamed people, not a body ("Jefferies", "Sanders" stay names).
      if (run[1] - run[0] === 1 && run[0] === h && /^\p{Lu}\p{Ll}{2,}(?:er|or|ist|ant|ent|ic|ee)s$/u.test(head.text) && !mediaName(name) && !ORG_END_WORD.test(hlo)
        && h === ph.from && (h === 0 || !toks[h - 1]!.word && toks[h - 1]!.text !== '.') && name === raw && commonPlural(head.text) && !ents.entity(name)?.roles.size && !ents.capitalisedMidSentence(head.text)) {
        return { grade: 'vague-group', speaker: phraseText, plural: true };
      }
      const type = ents.type(name);
      // ("Japanese broadcaster NHK", "the state news agency KCNA", "the tabloid Bild": an outlet noun before the name.)
      const kindBefore = toks[run[0] - 1];
      if (type === 'organization' && kindBefore && !kindBefore.cap && (ORG_DESCRIPTIONS[kindBefore.lo] === 'media' || kindBefore.lo === 'agency' && toks[run[0] - 2]?.lo === 'news' || kindBefore.lo === 'media')) return { grade: 'media', speaker: name, plural: false };
      return { grade: type, speaker: name, plural: false };
    }
  }
  // "A regional director wrote", "a deputy headteacher said": one holder of a role, left unnamed.
  // (Any role noun that is a person's — "a columnist", "an attorney" — not the modifiers the role list also holds.)
  if (!definite && !possessive && /^(?:a|an|one|another)$/.test(preWords[0]?.lo ?? '') && (INDEFINITE_ROLES.has(hlo) || ROLE_NOUNS.has(hlo) && tradeNoun(hlo) === hlo) && h === headEnd - 1) {
    const described = preWords.length > 1 || postText.trim().length > 0;
    return { grade: described ? 'anonymous-described' : 'anonymous-bare', speaker: phraseText, plural: false };
  }
  // Roles and definite descriptions: "the president", "the senator", "the paper", "the bank".
  if (definite || possessive) {
    const role = ROLE_NOUNS.has(hlo) ? hlo : null;
    const org = ORG_DESCRIPTIONS[hlo];
    if (role) {
      const who = ents.byRole(role, pos);
      // (The caller still prefers an unnamed "detective familiar with the case" quoted since.)
      if (who) return { grade: 'person', speaker: who, plural: false, pointer: { word: 'held:' + role, gender: 'any', plural: false } };
      return { grade: 'person', speaker: phraseText.replace(/^(?:the|that|this)\s+/i, ''), plural: false, pointer: { word: 'role:' + role, gender: 'any', plural: false } };
    }
    if (org) return { grade: org, speaker: phraseText, plural: false, pointer: { word: 'org:' + org, gender: 'n', plural: false } };
    if (capMods.length) return { grade: 'organization', speaker: phraseText.replace(/^(?:the|that|this)\s+/i, ''), plural: false };
    return null;
  }
  // "West Mercia police", "Kremlin officials" differ: a body noun after a name is that body.
  if (capMods.length && ORG_DESCRIPTIONS[hlo] === 'organization' && !SINGULAR_OF.has(hlo)) {
    return { grade: 'organization', speaker: phraseText.replace(/^(?:the|a|an)\s+/i, ''), plural: false };
  }
  if (capMods.length && ROLE_NOUNS.has(hlo)) {
    // "Connecticut's tax commissioner": a unique role of a named place.
    return { grade: 'person', speaker: phraseText, plural: false };
  }
  // Any other common noun ("the plan said", "defenses warned") is not a source we can name.
  return null;
}

/** People who speak for the person "his"/"her" points to, and stay an unnamed source when it points to no one ("said her lawyer"). */
export const UNNAMED_WHEN_ALONE = /^(?:lawyer|attorney|solicitor|team|management)$/;

/** The kin that speak for a person named with them. */
const KIN_HEADS = /^(?:family|relatives|parents|widow|widower|husband|wife|son|daughter|mother|father|brother|sister|children)$/;

/** Kin that are several people ("they" points back to a family). */
const KIN_GROUPS = /^(?:family|relatives|parents|children)$/;

/** "Mrs Pike's family" → "Mrs Pike"; "the family of Eleanor Pike" → "Eleanor Pike". */
function kinOwner(text: string, toks: Tok[], from: number, h: number, headEnd: number, to: number): string | null {
  if (/^['’]s$/.test(toks[h - 1]?.lo ?? '') && headEnd === to) {
    const run = properRun(toks, from, h - 1);
    return run && run[1] === h - 1 ? spanText(text, toks, run[0], run[1]) : null;
  }
  const m = /^\s*of\s+((?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s*$/u.exec(spanText(text, toks, headEnd, to));
  return m && toks[from]?.lo === 'the' && headEnd === h + 1 ? m[1]! : null;
}

/** "A Philippine coast guard spokesman", "a Dutch foreign ministry spokeswoman": the capitalised country or place, then the body's kind. */
function describedBody(text: string, toks: Tok[], from: number, h: number): string | null {
  let a = from;
  while (a < h && DETERMINERS.has(toks[a]!.lo)) a++;
  if (a >= h || !toks[a]!.cap || toks[a]!.lo in TITLES) return null;
  let b = a + 1;
  while (b < h && toks[b]!.cap && toks[b]!.word) b++;
  if (b >= h || h - b > 3 || !toks.slice(b, h).every((t) => t.word && !t.cap)) return null;
  const kind = toks[h - 1]!.lo;
  return ORG_DESCRIPTIONS[kind] === 'organization' || kind === 'guard' ? spanText(text, toks, a, h) : null;
}

/** The body a spokesperson speaks for: "Clinton spokesman" → Hillary Clinton, "a spokesman for the FBI" → FBI. */
function bodyName(text: string, toks: Tok[], from: number, h: number, headEnd: number, to: number, ents: Entities, pos: number): string | null {
  const run = properRun(toks, from, h);
  if (run) return ents.canonical(spanText(text, toks, run[0], run[1]), pos);
  const post = spanText(text, toks, headEnd, to);
  // ("a spokesperson for the Department for Energy Security and Net Zero", "for Procter & Gamble": joiners inside the name.)
  const m = /^\s*(?:for|of|at|with)\s+(?:the\s+)?(\p{Lu}[\p{L}’'.\-]*(?:\s+(?:(?:for|of|and|the|&)\s+)*\p{Lu}[\p{L}’'.\-]*)*?)(?:\s+(campaign|team|administration))?(?=\s*(?:[,.;:]|$)|\s+(?!(?:for|of|and|the)\s)\p{Ll})/u.exec(post);
  if (m) {
    // ("a spokesperson for the Chinese embassy in Washington", "for the Kenyan health ministry": a nationality or place
    // before the body's kind names the body with it, not alone.)
    const words = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(post.slice(m[0].length)) ?? [];
    const isKind = (w: string | undefined) => !!w && ORG_DESCRIPTIONS[w] === 'organization' && !FUNCTION_WORDS_LO.has(w);
    if (!m[2] && (isKind(words[1]) || isKind(words[2]) && !FUNCTION_WORDS_LO.has(words[1]!))) {
      return `${m[1]!.trim()} ${isKind(words[2]) ? `${words[1]} ${words[2]}` : words[1]}`;
    }
    return ents.canonical(m[1]!.trim().replace(/[’']s$/, ''), pos);
  }
  return null;
}
