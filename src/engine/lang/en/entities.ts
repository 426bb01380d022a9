// The document's named entities, found once per text by a cheap scan of
// capitalised runs: full names ("Robby Mook"), titles ("Sen.", "President")
// and the roles they stand for, genders from titles and first names. Short
// mentions resolve to the fullest earlier form ("Mook", "Mr. Mook" → "Robby
// Mook"), roles to the person who holds them ("the senator").
import { TITLES, MALE_TITLES, FEMALE_TITLES, PRINCIPAL_BODIES, ORG_NAME_HEADS, ROLE_NOUNS } from './lexicon/titles.js';
import { MEDIA, MEDIA_WORDS } from './lexicon/media.js';
import { FUNCTION_WORDS, GROUP_NAMES, DETERMINERS, SUBJECT_PRONOUNS, ABBREVIATIONS } from './lexicon/words.js';
import { firstNameGender, nameType, plainAdjective, tradeNoun } from './tagger.js';
import { countBelow } from '../../sorted.js';
import { ANONYMOUS_HEADS } from './lexicon/anonymous.js';

export type EntityType = 'person' | 'organization' | 'media' | 'document';
export type Gender = 'm' | 'f' | null;

export interface Mention {
  start: number;
  end: number;
  /** The name as written, titles stripped ("Mook"). */
  name: string;
  title: string | null;
  /** The first of several titles ("detective" of "Detective Senior Sergeant"), when it is another. */
  lead?: string;
}

export interface Entity {
  name: string;
  words: string[];
  gender: Gender;
  roles: Set<string>;
  first: number;
}

/** A body's last word after a plural possessive inside its name: "Workers' Union", "Teachers' Federation". */
const BODY_AFTER_PLURAL = /^[ \t]+(?:Union|Association|Federation|Council|Alliance|League|Society|Fund|Trust|Guild|Party|Institute|Club|Office|Department|Hospital|Commissioner|Court|Bureau|Service|Republic|Liberation)\b/;
/** Holders of an office and kinds of people whose possessive opens a body's name ("Sheriff's Office", "People's Party"). */
const OFFICE_POSSESSIVE = /^(?:Sheriff|Attorney|General|Prosecutor|Mayor|Governor|Coroner|Comptroller|Controller|Auditor|Treasurer|Marshal|Children|People|Women|Men)[’']s$/;

const MEDIA_BY_KEY = new Map(MEDIA.map((m) => [key(m), m]));
/** Surnames of the former Soviet lands and their neighbours, male and female forms ("Satkaliyev", "Atakhanova", "Shevchenko", "Tokayev", "Zhaksybekuly", "Pashinyan"). */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:ov|ev|yev|iev|ova|eva|yeva|ieva|ovich|evich|ovna|evna|enko|chuk|shvili|dze|uly|kyzy|yan|skiy|skyi|skaya)$/u;
/** The gender a Slavic or Turkic surname's ending gives ("Atakhanova" f, "Satkaliyev" m; "Shevchenko" either). */
function surnameGender(surname: string): Gender {
  if (/\p{Ll}(?:ova|eva|ovna|evna|skaya|kyzy)$/u.test(surname)) return 'f';
  if (/\p{Ll}(?:ov|ev|ovich|evich|skiy|skyi|uly)$/u.test(surname)) return 'm';
  return null;
}

/** The rest of a phrase running, with no comma, into a closing reporting verb: " of the agency said on Friday." */
const TRAILING_REPORT = /^[^,;:.!?“”"]{0,80}?\s(?:said|says|told|added|announced|confirmed|stated|warned|reported)\b[^,;:“”"]{0,40}[.!?]/;

/** Last words of streets, stations and other places named for people ("Queen Street", "Victoria Station"). */
const PLACE_END = /^(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Square|Station|Park|Bridge|Gardens|Drive|Place|Way|Terrace|Crescent|Hill|Gate|Cross|Circus|Embankment|Boulevard|Quay|Wharf|Airport|Hospital|Infirmary|University|College|School|Academy|Museum|Theatre|Stadium|Arena|Cathedral|Church|Hall|Library|Centre|Center)$/;

/** A speech verb right after a name: "Satkaliyev said", "Atakhanova told". */
const REPORT_AFTER = /^\s+(?:said|says|told|added|explained|noted|stressed|warned|wrote|argued|insisted|replied|admitted|conceded|claimed|tweeted|recalled|joked|did|does|has|had|was|is|would|will)\b/;
const ORG_END = /^(?:staff|department|committee|party|campaign|association|institute|university|center|centre|council|agency|bureau|commission|foundation|fund|group|inc\.?|corp\.?|company|corporation|coalition|union|administration|office|court|house|senate|congress|ministry|government|service|services|project|network|board|authority|police|army|navy|bank|times|post|news|journal|poll|survey|report|pac|fbi|cia|nsa|gop|rnc|dnc|naacp|aclu|un|nato|eu|ice|fec|usc)$/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.|(?:de|van|von|der|da|di|du|la|le|bin|al|ibn|del|dos|of|for|to|on|and|&)|Jr\.?|Sr\.?|II|III|IV)$/u;
const NOT_NAMES = /^(?:\p{Lu}\p{Ll}+(?:al|ive|ous|ent|ant|ful|less|ic|ar|ate|ed|ing|ible|able|ual|ite|ure|ong|ear|ight|ain|ast|ost)ly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** A body's kind right before "of" or "for" inside a name: "Office for Police Conduct", "Bank of England". */
function bodyBeforeJoiner(words: readonly string[]): boolean {
  for (let i = 1; i < words.length - 1; i++) if ((words[i + 1] === 'of' || words[i + 1] === 'for') && ORG_END.test(words[i]!)) return true;
  return false;
}

/** Nouns for a quantity or a group of people or things, written before "of" ("Shares of …", "Residents of …"). */
const OF_GROUPS = new Set(['shares', 'members', 'residents', 'officials', 'thousands', 'hundreds', 'dozens', 'millions', 'supporters', 'fans', 'families',
  'parents', 'leaders', 'critics', 'staff', 'workers', 'employees', 'users', 'customers', 'owners', 'investors', 'shareholders', 'holders',
  'most', 'some', 'many', 'all', 'none', 'each', 'both', 'several', 'few', 'victims', 'relatives', 'citizens', 'students', 'half', 'much', 'part', 'parts',
  'spokespeople', 'representatives', 'executives', 'analysts', 'experts', 'scientists', 'researchers', 'lawyers', 'voters', 'opponents']);

/** Title-case lines (headlines) name things loosely: their runs are not registered as names. */
function isHeadline(line: string): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // (A sentence full of names — "Mohamed Salah scored twice as Liverpool beat Brighton at Anfield to go top of the
  // Premier League." — still writes its verbs in lower case; title case leaves only short joiners so.)
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !TITLE_CASE_LOWER.has(w)).length;
  return caps / words.length >= 0.7 && lower <= 1;
}
/** Words title case may leave in lower case. */
const TITLE_CASE_LOWER = new Set(['with', 'from', 'into', 'over', 'upon', 'onto', 'than', 'that', 'after', 'amid', 'about', 'says', 'said']);
const STARTERS = new Set([
  ...FUNCTION_WORDS, ...DETERMINERS, ...Object.keys(SUBJECT_PRONOUNS), 'but', 'and', 'in', 'on', 'at', 'after',
  'before', 'when', 'while', 'if', 'as', 'so', 'yet', 'still', 'also', 'then', 'now', 'although', 'though', 'since',
  'because', 'during', 'despite', 'like', 'unlike', 'for', 'with', 'without', 'asked', 'meanwhile', 'however',
  'according', 'last', 'next', 'this', 'that', 'there', 'here', 'where', 'why', 'how', 'what', 'who', 'under',
  'over', 'among', 'about', 'even', 'just', 'only', 'speaking', 'writing', 'i', "i'm", 'we', 'our', 'my', 'your',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms',
]);

/** Capitalised words in front of a name that describe the person instead of naming them. */
const MODIFIERS = new Set([
  'republican', 'republicans', 'democrat', 'democratic', 'gop', 'independent', 'libertarian', 'conservative', 'liberal',
  'senate', 'house', 'ranking', 'minority', 'majority', 'intelligence', 'ceo', 'cfo', 'chairman', 'chairwoman',
  'secretary', 'president', 'former', 'vice', 'senator', 'sen', 'rep', 'gov', 'governor', 'mayor', 'leader', 'speaker',
  'director', 'chief', 'judge', 'justice', 'general', 'gen', 'attorney', 'candidate', 'nominee', 'presidential',
  'state', 'federal', 'national', 'press', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'strategist', 'pollster',
  'commissioner', 'ambassador', 'minister', 'prime', 'chancellor', 'king', 'queen', 'prince', 'pope', 'dr', 'mr', 'mrs',
  'ms', 'professor', 'prof', 'host', 'anchor', 'correspondent', 'reporter', 'editor', 'columnist', 'author', 'founder',
  'manager', 'chair', 'coach', 'sheriff', 'officer', 'detective', 'lt', 'col', 'capt', 'sgt', 'adm', 'rev', 'sir',
  'top', 'senior', 'longtime', 'democrat', 'fox', 'cnn', 'nbc', 'abc', 'cbs', 'msnbc', 'npr', 'team', 'camp',
  'american', 'british', 'russian', 'ukrainian', 'german', 'french', 'chinese', 'israeli', 'latvian', 'polish', 'mexican',
  'canadian', 'syrian', 'iranian', 'turkish', 'saudi', 'european', 'white', 'widow', 'billionaire', 'businessman',
  // "District Attorney Lorraine Baptiste", "Acting Mayor …", "Deputy Director …": the title after them still counts.
  'district', 'deputy', 'acting', 'interim', 'assistant',
]);

/** Last words that make a name of two words or more a newspaper (not "Standard", "Express", "Network": often firms). */
const MEDIA_NAME_ENDS = new Set(['times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'globe', 'chronicle', 'telegraph', 'observer', 'guardian', 'examiner', 'inquirer', 'enquirer', 'register', 'magazine', 'courier', 'dispatch', 'bulletin', 'mirror', 'ledger', 'sentinel', 'newspaper', 'gazeta', 'zeitung']);

/** Nouns for what a person is or does ("a labour economist", "a plumber who …"): a name they describe is a person. */
const PERSON_ROLE = '(?:\\p{Ll}+ist|\\p{Ll}+ian|\\p{Ll}*(?:man|woman|person)|economist|analyst|professor|lawyer|attorney|director|executive|officer|chair|chairman|chairwoman|president|founder|engineer|plumber|teacher|doctor|nurse|researcher|author|writer|editor|reporter|correspondent|commentator|adviser|advisor|aide|consultant|strategist|manager|minister|secretary|senator|governor|mayor|judge|resident|mother|father|son|daughter|wife|husband|widow|student|farmer|owner|worker|employee|deputy|captain|coach|player|designer|partner|leader|head|trader|banker|broker|investor|driver|pilot|officer|historian|psychologist|surgeon|physician|pastor|priest|mechanic|deckhand|veteran|retiree|pensioner|grandmother|grandfather|volunteer|organiser|organizer|campaigner|activist|member)';
/** ", who …" / ", a <role> …" right after a name. */
// (", Amnesty International UK’s chief executive,": a body's possessive, then the role.)
const PERSON_AFTER = new RegExp(`^(?:[’']s?)?\\s*(?:,\\s*who\\s|,\\s*(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}${PERSON_ROLE}\\b|,\\s*(?:\\p{Lu}[\\p{L}&.-]*\\s+){0,4}\\p{Lu}[\\p{L}&.-]*['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}${PERSON_ROLE}\\b|,\\s*\\d{2},)`, 'u');
/**
 * "labour economist Priya Nandakumar", "plumber Tomas Lindqvist" (not "owner", "partner", "leader":
 * "talks with owner Andes Pacific Minerals", "market leader Acme").
 */
const PERSON_BEFORE = /(?:^|[^\p{L}])(?:\p{Ll}+ist|\p{Ll}*(?:man|woman|person)|economist|analyst|professor|lawyer|attorney|engineer|plumber|teacher|doctor|nurse|researcher|author|writer|editor|reporter|correspondent|commentator|adviser|advisor|consultant|strategist|pilot|driver|farmer|student|surgeon|physician|historian|mechanic|deckhand|pensioner|retiree|volunteer|campaigner|activist|captain|coach|singer|actor|actress|rapper|musician|comedian|artist|colleague|neighbou?r|friend|wife|husband|son|daughter|mother|father|brother|sister|spouse|predecessor|successor|pollster|diplomat|staffer|pundit|protester|demonstrator|organi[sz]er|negotiator|donor|investor|banker|broker|trader|shopper|commuter|tenant|patient|villager|motorist|travell?er|firefighter|soldier|medic|paramedic|survivor|lawmaker|legislator|scholar|scientist|investigator|prosecutor|midwife|nanny|chef|cook|baker|butcher|shopkeeper|landlord|landlady|grandmother|grandfather|grandson|granddaughter|mum|mom|dad|uncle|aunt|niece|nephew|cousin|widow|widower|pupil|headteacher|headmaster|headmistress|dean|vicar|priest|pastor|rabbi|imam|bishop|cleric|bartender|waitress|waiter|cashier|receptionist|caretaker|carer|cleaner|builder|electrician|carpenter|welder|miner|labou?rer|technician|dentist|pharmacist|designer|architect|photographer|filmmaker|poet|playwright|composer|dancer|footballer|striker|midfielder|goalkeeper|winger|defender|skipper|manager|boss|owner|leader|batsman|bowler|jockey|boxer|wrestler|golfer|sprinter|runner|swimmer|athlete|referee|umpire|entrepreneur|homeowner|teenager|schoolgirl|schoolboy|youngster|forecaster|grandmother-of-\p{L}+|\p{Ll}+-of-(?:one|two|three|four|five|six)|president|secretary|minister|director|governor|senator|mayor|judge|officer|executive|commissioner|treasurer|superintendent|inspector|detective|sergeant|constable|councillor|councilor|Minister|President|Secretary|Director|Governor|Senator|Mayor|Judge|Chairman|Chairwoman|Commissioner|Ambassador|Chancellor|Spokesman|Spokeswoman|Prosecutor|Inspector|Detective|Sergeant|Captain|Coach|Professor|Chief|Executive)\s+$/u;

/** Nouns beside a name that tell a side or a relation, not a job ("Democrat Hillary Clinton", "his opponent, X"). */
/** Letters after a person's name: honours, silk, a seat ("KC", "OBE", "MP"). */
const POST_NOMINALS = /^(?:KC|QC|MP|MSP|MEP|MLA|MS|TD|OBE|MBE|CBE|KBE|DBE|GBE|FRS|PhD|MD|DPhil)$/;
const NOT_OCCUPATIONS = /^(?:democrat|republican|conservative|liberal|progressive|independent|tory|socialist|opponent|rival|critic|supporter|backer|ally|friend|colleague|neighbou?r|relative|voter|resident|citizen|fan|man|woman|survivor|veteran|candidate|nominee)$/;

/** A verb (with its particle) then a possessive right after a name: " hangs up her", " gave his". */
const OWN_POSSESSIVE = /^\s+(?!(?:and|or|of|in|on|at|to|for|with|said|says|told|asked|thanked|praised|called|met|saw|married)\b)\p{Ll}+(?:\s+(?:up|down|out|off|back|on))?\s+(his|her)\s+\p{Ll}/u;

const KIN = /\b(wife|husband|son|daughter|mother|father|sister|brother|widow|widower|girlfriend|boyfriend|fianc[ée]e?|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|spokeswoman|spokesman|chairwoman|chairman|congresswoman|congressman)\s*,?\s+$/i;
/** Nouns for a person someone knows (no trade, no office): "her neighbour, …", "his friend, …". */
const PERSON_NOUN = /^(?:neighbou?r|friend|colleague|relative|partner|cousin|pal|classmate|flatmate|roommate|landlady|landlord|tenant|wife|husband|son|daughter|mother|father|brother|sister|widow|widower|girlfriend|boyfriend|fianc[ée]e?|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather)$/i;
const FEMALE_KIN = /^(?:wife|mother|sister|daughter|widow|girlfriend|fianc[ée]e|aunt|niece|granddaughter|grandmother|spokeswoman|chairwoman|congresswoman)$/i;

export function key(s: string): string {
  return s.toLowerCase().replace(/[’']s$/, '').replace(/^the\s+/, '').replace(/[’'".]/g, '').replace(/\s+/g, ' ').trim();
}

/** The canonical outlet for a name, if it is one ("the New York Times" → "The New York Times"). */
export function mediaName(name: string): string | null {
  return MEDIA_BY_KEY.get(key(name)) ?? null;
}

/** ", the city's mayor," / ", a senior adviser to …" / ", chief executive of …": the words up to the role noun. */
/** A role before the name it describes: "the city's new police chief, ", "the head of the fund, ". */
const ROLE_BEFORE = /\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{L}+['’]s)\s+(?:[\p{L}’'-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)(?:\s+of\s+(?:the\s+)?[\p{L}’'.\- ]{1,60}?)?,\s*$/u;
/** Roles held for someone else (a lawyer, a spokesman, a wife), not offices of the story. */
const RELATIONAL_ROLES = /^(?:lawyer|attorney|counsel|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|assistant|deputy|associate|partner|wife|husband|mother|father|son|daughter|sister|brother|widow|widower|friend)$/i;
const APPOSITIVE_ROLE = /^,\s+(?:(?:the|a|an|his|her|its|their)\s+)?((?:[\p{L}’'-]+\s+){0,4}?[\p{Ll}-]+)(?=\s*,|\s+(?:of|at|for|to|in|with)\s)/u;

/** What closes a dateline after the place: a colon, a spaced dash, "(Agency) -", ", Country —". */
// ("ASTANA. KAZINFORM – …": a city, a full stop, then the agency in capitals before the dash.)
const DATELINE_CLOSE = /^\s*(?::|[-—–]\s|\(\p{Lu}[\p{L} ]*\)\s*[-—–]|,(?:\s+\p{Lu}[\p{L}.]*)+\s*[-—–:]|\.\s+\p{Lu}{2,}[\p{Lu}.'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}.'’-]*)?\s+[-—–]\s)/u;

/** A word of letters only (no dot, apostrophe or mark). */
const LETTERS_ONLY = /^\p{L}+$/u;

export class Entities {
  readonly mentions: Mention[] = [];
  /** Roles given in an appositive after a name: "Tom Hale, the city's mayor," → mayor. */
  private appositiveRoles: { start: number; name: string; role: string }[] = [];
  private heldByRole: Map<string, { at: number; name: string }[]> | null = null;
  private byLast = new Map<string, Entity[]>();
  private byName = new Map<string, Entity>();
  /** Where each one-word name is first written alone. */
  private firstAlone?: Map<string, number>;
  /** Registered names of two words or more by their first word. */
  private byFirst = new Map<string, string[]>();
  private acronyms: Map<string, string> | undefined;
  private typeCache = new Map<string, EntityType>();

  constructor(private text: string) {
    this.scan();
  }

  private scan(): void {
    const text = this.text;
    const wordRe = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*(?:\.[\p{L}\p{N}]+)*\.?/gu;
    let run: { start: number; end: number; word: string }[] = [];
    let paraEnd = -1;
    let headline = false;
    const flush = () => {
      if (run.length) this.addRun(run, headline);
      run = [];
    };
    let m: RegExpExecArray | null;
    while ((m = wordRe.exec(text))) {
      const start = m.index;
      let w = m[0];
      if (start >= paraEnd) {
        flush();
        let e = text.indexOf('\n', start);
        if (e < 0) e = text.length;
        paraEnd = e;
        headline = isHeadline(text.slice(start, Math.min(e, start + 400)));
      }
      const prev = run[run.length - 1];
      if (prev && !/^[ \t]+$/.test(text.slice(prev.end, start))) {
        // ("Marks & Spencer", "Procter & Gamble": an ampersand between capitalised words is inside one name.)
        if (text.slice(prev.end, start) === ' & ' && /^\p{Lu}/u.test(prev.word) && /^\p{Lu}/u.test(w)) run.push({ start: prev.end + 1, end: prev.end + 2, word: '&' });
        else flush();
      }
      let stop = false;
      if (w.endsWith('.')) {
        const core = w.slice(0, -1);
        if (!(/^\p{Lu}$/u.test(core) || ABBREVIATIONS.has(w.toLowerCase()) || core.includes('.') || /^(?:Jr|Sr)$/.test(core))) { w = core; stop = true; }
      }
      const cap = /^\p{Lu}/u.test(w);
      const joiner = run.length > 0 && /^(?:of|for|to|on|de|van|von|der|da|bin|al|del|la|le)$/.test(w);
      if (cap || joiner) run.push({ start, end: start + w.length, word: w });
      else flush();
      // ("the Rail and Signal Workers' Union": a plural possessive inside a body's name does not end it.)
      // ("the Los Angeles County Sheriff's Department", "the Children's Commissioner": an office's or a people's
      // possessive inside a body's name does not end it either.)
      if (stop || /[’']s?$/.test(w) && !((/s[’']$/.test(w) || OFFICE_POSSESSIVE.test(w)) && BODY_AFTER_PLURAL.test(text.slice(start + m[0].length, start + m[0].length + 16)))) flush();
    }
    flush();
  }

  /**
   * "PUNE: The civic body said", "MANILA - …", "LONDON (Reuters) - …", "KYIV, Ukraine — …": a place in capitals
   * opening a paragraph, closed by a colon or a dash, is where the story was filed. It is no body the text
   * names, so "the civic body" must not point back to it.
   */
  private dateline(start: number, end: number, words: string[]): boolean {
    if (!words.every((w) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(w))) return false;
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    if (this.text.slice(lineStart, start).trim()) return false;
    return DATELINE_CLOSE.test(this.text.slice(end, end + 40));
  }

  private addRun(run: { start: number; end: number; word: string }[], headline: boolean): void {
    // ("Marsh on Monday said", "Acme on March 3 announced": a date after "on" is the time of the report, no part of the name.)
    const date = run.findIndex((r, i) => i > 0 && r.word === 'on' && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/.test(run[i + 1]?.word ?? ''));
    if (date > 0) run.length = date;
    while (run.length && !/^\p{Lu}/u.test(run[run.length - 1]!.word)) run.pop();
    if (!run.length) return;
    if (this.dateline(run[0]!.start, run[run.length - 1]!.end, run.map((r) => r.word))) return;
    // ("Shares of Nordlys Semiconductor fell", "Thousands of Arsenal fans": a quantity or a group opening a sentence is no
    // part of the name after "of".)
    if (run.length >= 3 && run[1]!.word === 'of' && OF_GROUPS.has(run[0]!.word.toLowerCase())) run = run.slice(2);
    let title: string | null = null;
    let lead: string | undefined;
    const isOrg = ORG_END.test(run[run.length - 1]!.word.replace(/[’']s?$/, ''));
    // ("the Independent Office for Police Conduct": a body's kind before "of" or "for" makes a body's name too.)
    const bodyName = isOrg || bodyBeforeJoiner(run.map((r) => r.word));
    // ("the Food and Drug Administration", "the Rail and Signal Workers' Union": "and" inside a body's name.)
    if (isOrg && run.length >= 2) {
      const m = /(\p{Lu}[\p{L}'’-]*)[ \t]+and[ \t]+$/u.exec(this.text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start));
      if (m && !STARTERS.has(m[1]!.toLowerCase())) {
        const andAt = this.text.lastIndexOf('and', run[0]!.start);
        const wStart = this.text.lastIndexOf(m[1]!, andAt);
        run = [{ start: wStart, end: wStart + m[1]!.length, word: m[1]! }, { start: andAt, end: andAt + 3, word: 'and' }, ...run];
        // ("the World Travel and Tourism Council": the whole name before "and", registered on its own a moment ago, is
        // the name's first half.)
        const prev = this.mentions[this.mentions.length - 1];
        if (prev && prev.end === wStart + m[1]!.length && /^[ \t]+and[ \t]+$/.test(this.text.slice(prev.end, run[2]!.start))) {
          this.mentions.pop();
          const words = prev.name.split(' ').slice(0, -1);
          let at = prev.start;
          run = [...words.map((w) => { const r = { start: at, end: at + w.length, word: w }; at += w.length + 1; return r; }), ...run];
        }
      }
    }
    // Drop sentence starters, titles and describing words in front ("But Sen. Ted Cruz", "Former President Bill Clinton").
    // ("Dr. Helen Park of Stanford University": a place's name after "of" leaves the title on the person before it.)
    const joinerAt = run.findIndex((r, i) => i > 1 && /^(?:of|for)$/.test(r.word));
    const placeEnd = PLACE_END.test(run[run.length - 1]!.word) && joinerAt < 0;
    let officePhrase = false;
    while (run.length > 1) {
      const lo = run[0]!.word.toLowerCase().replace(/’/g, "'");
      const bare = lo.replace(/\.$/, '');
      // ("the Justice Department", "the Defense Ministry": a title word naming a body's field is part of its name.)
      // ("Queen Street", "King's Cross", "Prince Albert Road": a title opening a street's or a place's name is part of it.)
      if ((lo in TITLES || bare in TITLES && bare !== 'general') && !(isOrg && (run.length === 2 || run.some((r) => OFFICE_POSSESSIVE.test(r.word)))) && !placeEnd) { title = lo in TITLES ? lo : bare; lead ??= title; run = run.slice(1); continue; }
      if (STARTERS.has(bare)) { officePhrase ||= !!title && /^(?:to|of|for)$/.test(bare); run = run.slice(1); continue; }
      if (MODIFIERS.has(bare) && !bodyName && !PLACE_END.test(run[run.length - 1]!.word)) { run = run.slice(1); continue; }
      break;
    }
    const words = run.map((r) => r.word);
    words[words.length - 1] = words[words.length - 1]!.replace(/[’']s?$/, '');
    // ("Mark Dennis KC", "Keir Starmer MP", "Judi Dench OBE": honours and posts written after a name are no part of it.)
    while (words.length >= 3 && POST_NOMINALS.test(words[words.length - 1]!)) words.pop();
    if (!words[words.length - 1]) return;
    const lo = words[0]!.toLowerCase();
    if (words.length === 1 && (STARTERS.has(lo) || GROUP_NAMES.has(lo) || NOT_NAMES.test(words[0]!))) return;
    // ("Reached by phone, the lawyer said", "Asked about the leak, …": a participle opening a sentence is no name.)
    if (words.length === 1 && /\p{Ll}(?:ed|ing)$/u.test(words[0]!) && /^[ \t]+(?:by|about|on|for|at|in|after|over|from|with)\b/.test(this.text.slice(run[0]!.end, run[0]!.end + 8))
      && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(this.text.slice(Math.max(0, run[0]!.start - 3), run[0]!.start))) return;
    // "Wells Fargo CEO John Stumpf": the person's name follows the last describing word.
    let cut = 0;
    // ("Farmer Gwen Pryce", "Local MP Sarah Jenkins": a common noun of trade or office before the name goes too.)
    if (!bodyName && !PLACE_END.test(words[words.length - 1]!)) for (let i = words.length - 3; i >= 0; i--) {
      const w = words[i]!.toLowerCase().replace(/\.$/, '');
      if (MODIFIERS.has(w) && i >= 1 || (w in ANONYMOUS_HEADS || ROLE_NOUNS.has(w)) && !FUNCTION_WORDS.has(w)) { cut = i + 1; break; }
    }
    let kept = words.length - cut >= 2 ? words.slice(cut) : words;
    // ("Ambassador to Russia Michael McFaul", "Minister for Europe Ann Hale": the office's phrase after it goes too, up to
    // the person's name — the last two or three words, opened by a first name.)
    if (officePhrase && kept.length >= 3 || (cut > 0 || title) && kept.length >= 4 && /^(?:to|of|for)$/.test(kept[0]!)) {
      const n = firstNameGender(kept[kept.length - 2]!) ? 2 : kept.length >= 5 && firstNameGender(kept[kept.length - 3]!) ? 3 : 0;
      if (n) kept = kept.slice(-n);
    }
    // ("Police Chief Maria Soto", "Deputy Mayor Ann Roe": the title right before the name still says her office.)
    if (!title && cut > 0 && kept.length < words.length) {
      const t = words[cut - 1]!.toLowerCase();
      if (t in TITLES && TITLES[t]) title = t;
    }
    const at = run[words.length - kept.length]!.start;
    const name = kept.join(' ');
    this.mentions.push(lead && lead !== title ? { start: at, end: at + name.length, name, title, lead } : { start: at, end: at + name.length, name, title });
    if (headline) return;
    // "Tom Hale, the city's mayor," / "Ann Vale, chief executive of Brightwater,": the role the appositive gives.
    // ("In Russia, the governor of …": a name after a preposition opens a phrase; the role after it is no appositive.)
    const app = /\b(?:in|at|on|from|across|inside|outside|near|to|by|with|across|throughout)\s+$/i.test(this.text.slice(Math.max(0, at - 12), at)) ? null : APPOSITIVE_ROLE.exec(this.text.slice(at + name.length, at + name.length + 90));
    // ("… on the shore of Lake Balkhash, the head of the energy agency said.": a phrase that runs on, with no closing
    // comma, into the sentence's reporting verb is that report's subject, not an appositive of the name before it.)
    if (app && TRAILING_REPORT.test(this.text.slice(at + name.length + app[0]!.length, at + name.length + app[0]!.length + 100))) { /* no role */ }
    else if (app) {
      const role = app[1]!.toLowerCase().split(/\s+/).pop()!;
      // (A common noun counts only as a described person: ", a fisherman," — not ", quoting a union official,".)
      if (ROLE_NOUNS.has(role) || role in ANONYMOUS_HEADS && /^,\s+(?:a|an)\s/i.test(app[0]!)) this.appositiveRoles.push({ start: at, name, role });
    }
    // "The city's police chief, Dana Whitlock," / "the head of the IMF, Kristalina Georgieva,": the role comes first.
    else if (/^\s*,/.test(this.text.slice(at + name.length, at + name.length + 3)) && ROLE_BEFORE.test(this.text.slice(Math.max(0, at - 100), at))) {
      const before = ROLE_BEFORE.exec(this.text.slice(Math.max(0, at - 100), at));
      // (Not a role someone holds for another person: "Pike's attorney, Samuel Reyes," is no "the attorney" of the story.)
      if (before && ROLE_NOUNS.has(before[1]!.toLowerCase()) && !RELATIONAL_ROLES.test(before[1]!)) this.appositiveRoles.push({ start: at, name, role: before[1]!.toLowerCase() });
    }
    // "fisherman Daniel Price", "the nurse Ana Ruiz": a common noun right before the name describes the person,
    // so "the fisherman" later is that person.
    else if (kept.length >= 2) {
      const desc = /(?:^|\s)(\p{L}+)\s+$/u.exec(this.text.slice(Math.max(0, at - 30), at));
      const role = desc?.[1]?.toLowerCase();
      // ("Olympic champion Keely Hodgkinson": a trade or kind no list names counts too.)
      // ("Volgograd governor Andrei Bocharov", "regional governor …": an office written in lower case before the name.)
      if (role && (role in ANONYMOUS_HEADS || tradeNoun(role) === role || ROLE_NOUNS.has(role)) && !(role in SUBJECT_PRONOUNS) && !FUNCTION_WORDS.has(role)) this.appositiveRoles.push({ start: at, name, role });
    }
    // "Trump's wife, Melania," / "her husband Bill": a kinship or role noun names a person and a gender.
    const kin = KIN.exec(this.text.slice(Math.max(0, at - 24), at));
    if (kin) {
      this.register(name, at, null);
      const e = this.byName.get(name);
      if (e && !e.gender) e.gender = FEMALE_KIN.test(kin[1]!) ? 'f' : 'm';
    }
    if (kept.length >= 2 && kept.every((w) => NAME_WORD.test(w))) {
      this.register(name, at, title);
      // "Johnny Isakson of Georgia": the person before the joiner is a name too.
      const j = kept.findIndex((w, i) => i >= 2 && /^(?:of|for|to|on)$/.test(w));
      // (Only a person's name before it: not "Institute for the Study" of "Institute for the Study of War".)
      if (j >= 2 && kept.slice(0, j).every((w) => /^\p{Lu}/u.test(w))) this.register(kept.slice(0, j).join(' '), at, title);
    } else if (title) this.register(name, at, title);
  }

  private register(name: string, at: number, title: string | null): void {
    const words = name.split(' ');
    if (words.length > 2 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(words[words.length - 1]!)) this.index(key(words[words.length - 2]!), name, words, at, title);
    this.index(key(words[words.length - 1]!), name, words, at, title);
    // ("Northline Rail" … "Northline said": a body is often named later by its first word alone.)
    // (Titled names too: "Director-General Tedros Adhanom Ghebreyesus" … "Dr Tedros" is the one person so first-named.)
    if (words.length >= 2) {
      const k = key(words[0]!);
      const list = this.byFirst.get(k);
      if (!list) this.byFirst.set(k, [name]);
      else if (!list.includes(name)) list.push(name);
    }
  }

  /** "Corvane" → "Corvane Outdoor": the body introduced earlier whose name starts with this one word. */
  /** Where a headline (a short first line without closing punctuation) ends; 0 when the text opens without one. */
  private headlineEnd(): number {
    const nl = this.text.indexOf('\n');
    if (nl < 0 || nl > 200) return 0;
    return /[.!?:;”"’)]\s*$/.test(this.text.slice(0, nl)) ? 0 : nl;
  }

  /** The one person introduced before pos whose full name starts with this word, if no name ends with it. */
  private firstNamePerson(word: string, pos: number): string | null {
    const list = this.byFirst.get(key(word));
    // (Not someone's surname; the word written alone — "Dr Tedros" — is no surname of its own.)
    if (!list || (this.byLast.get(key(word)) ?? []).some((e) => e.words.length >= 2)) return null;
    const people = list.filter((name) => {
      const e = this.byName.get(name);
      return !!e && e.words.length >= 2 && e.first < pos && this.type(name) === 'person';
    });
    return people.length === 1 ? people[0]! : null;
  }

  private firstWordBody(word: string, pos: number): string | null {
    const list = this.byFirst.get(key(word));
    if (!list) return null;
    // ("Google" … "Google Search": a word written alone before the longer name, or known as a body, is its own name.)
    if (nameType(word) === 'organization') return null;
    if (!this.firstAlone) {
      this.firstAlone = new Map();
      // ("Brackwell warning hits miners" over "Brackwell Mining said …": a headline shortens names; its word alone is no name of its own.)
      const head = this.headlineEnd();
      for (const m of this.mentions) if (!m.name.includes(' ') && m.start >= head && !this.firstAlone.has(m.name)) this.firstAlone.set(m.name, m.start);
    }
    const alone = this.firstAlone.get(word) ?? Infinity;
    let best: string | null = null;
    for (const name of list) {
      const e = this.byName.get(name);
      if (!e || e.first > pos || e.first > alone || e.gender || e.roles.size || firstNameGender(e.words[0]!)) continue;
      // (Only a body: a first name alone is no short form of a person's name.)
      if (this.type(name) !== 'organization' && this.type(name) !== 'media') continue;
      if (!best || e.first < this.byName.get(best)!.first) best = name;
    }
    return best;
  }

  private index(lastKey: string, name: string, words: string[], at: number, title: string | null): void {
    let list = this.byLast.get(lastKey);
    if (!list) this.byLast.set(lastKey, (list = []));
    let e = this.byName.get(name);
    if (!e) {
      e = { name, words, gender: null, roles: new Set(), first: at };
      this.byName.set(name, e);
    }
    if (!list.includes(e)) list.push(e);
    if (title) {
      if (MALE_TITLES.has(title)) e.gender = 'm';
      if (FEMALE_TITLES.has(title)) e.gender = 'f';
      const role = TITLES[title];
      if (role) e.roles.add(role);
    }
  }

  /**
   * The canonical full name for a name as written at `pos`: the fullest
   * registered name whose last word is this name's last word (or whose words
   * include all of this one's), preferring one introduced before `pos`.
   */
  canonical(name: string, pos: number, gender: Gender = null): string {
    let clean = name.replace(/[’']s?$/, '').trim();
    const parts = clean.split(/\s+/);
    while (parts.length >= 3 && POST_NOMINALS.test(parts[parts.length - 1]!)) parts.pop();
    clean = parts.join(' ');
    // "F.B.I." → "FBI".
    if (/^(?:\p{Lu}\.){2,}$/u.test(clean)) clean = clean.replace(/\./g, '');
    const media = mediaName(clean);
    if (media) return media;
    // ("The New York Times’ Maggie Haberman", "CNN’s Jake Tapper": an outlet's or a body's possessive before a person's
    // name says where the person works; the speaker is the person.)
    const owned = /^(.*?\S[’']s?)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,2})$/u.exec(clean);
    if (owned && !/[’']s?$/.test(owned[2]!)) {
      const person = this.canonical(owned[2]!, pos, gender);
      if (this.type(person) === 'person') return person;
    }
    const found = this.lookup(clean, pos, gender);
    // ("Dr Tedros" after "Director-General Tedros Adhanom Ghebreyesus": a word that is only its own name is that person's first name.)
    if (found && found === clean && /^\p{Lu}\p{Ll}+$/u.test(clean)) return this.firstNamePerson(clean, pos) ?? found;
    if (found) return found;
    const words = clean.split(/\s+/);
    // ("Russia Michael McFaul", what is left of "Ambassador to Russia Michael McFaul": the person's name the scan found at
    // the end of this very phrase.)
    if (words.length >= 3) {
      for (let k = countBelow(this.mentions, pos, (m) => m.start); k < this.mentions.length && this.mentions[k]!.start < pos + 160; k++) {
        const m = this.mentions[k]!;
        if (m.name.includes(' ') && clean.endsWith(' ' + m.name) && this.type(m.name) === 'person') return this.lookup(m.name, pos, gender) ?? m.name;
      }
    }
    // "Senate Intelligence Ranking Democrat Dianne Feinstein" → the name after the describing words.
    // (Not in a body's name: "Manhattan District Attorney's Office" is no "Attorney's Office".)
    if (!ORG_END.test(words[words.length - 1]!) && !bodyBeforeJoiner(words)) for (let i = words.length - 2; i >= 0; i--) {
      const w = words[i]!.toLowerCase().replace(/\.$/, '');
      // (Not inside a name joined by "of": "Institute for the Study of War" is no "of War".)
      if ((MODIFIERS.has(w) || w in TITLES || i === words.length - 3 && (w in ANONYMOUS_HEADS || ROLE_NOUNS.has(w)) && !FUNCTION_WORDS.has(w)) && /^\p{Lu}/u.test(words[i + 1]!)) {
        const rest = words.slice(i + 1).join(' ');
        return this.lookup(rest, pos, gender) ?? (words.length - i - 1 >= 2 ? rest : clean);
      }
    }
    // "AROS" → "Alliance to Reclaim Our Schools (AROS)" earlier in the text.
    if (/^\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,6}$/u.test(clean)) {
      const long = this.acronym(clean);
      if (long) return long;
    }
    if (words.length === 1 && this.byFirst.has(key(clean)) && /^\p{Lu}\p{Ll}/u.test(clean) && nameType(clean) !== 'place') {
      const body = this.firstWordBody(clean, pos);
      if (body) return body;
    }
    // ("Jade Morris, 29, … Jade's family said": a first name alone, no one's surname, is the one person named so.)
    if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(clean)) {
      const person = this.firstNamePerson(clean, pos);
      if (person) return person;
    }
    if (words.length === 1 && MEDIA_WORDS.has(key(clean))) {
      // "the Times" → the outlet named earlier that ends the same way.
      const k = key(clean);
      const earlier = this.mentions.filter((m) => m.start < pos && key(m.name).endsWith(k) && m.name.includes(' '));
      const best = earlier.map((m) => mediaName(m.name) ?? m.name).pop();
      if (best) return best;
    }
    return clean;
  }

  private lookup(clean: string, pos: number, gender: Gender): string | null {
    const words = clean.split(/\s+/);
    const lastKey = key(words[words.length - 1]!);
    const list = this.byLast.get(lastKey) ?? [];
    const wanted = words.map(key);
    let pool = list.filter((e) => wanted.every((w) => e.words.some((x) => key(x) === w)));
    // "Sudan" is not short for "South Sudan": places are not extended.
    // (A name written with a personal title, "Dr. Wren Ashby", is a person's whatever its shape.)
    if (words.length === 1) pool = pool.filter((e) => e.words.length === 1 || !!e.gender || e.roles.size > 0 || !!firstNameGender(e.words[0]!) || nameType(e.name) !== 'place');
    if (!pool.length) return null;
    // Full names first: "Mr. Reed" alone only says that some Reed is a man.
    const full = pool.filter((e) => e.words.length >= 2);
    if (full.length) pool = full;
    // "Mr. Clinton" is Bill, "Mrs. Clinton" Hillary; a name of unknown gender is still possible.
    if (gender) {
      const same = pool.filter((e) => this.gender(e.name) === gender);
      const open = pool.filter((e) => this.gender(e.name) === null);
      if (same.length) pool = same;
      else if (open.length) pool = open;
    }
    const before = pool.filter((e) => e.first <= pos);
    if (before.length) pool = before;
    // (Not two bodies named together: "the FBI and Justice Department" is no fuller "Justice Department".)
    if (!wanted.includes('and')) {
      const single = pool.filter((e) => !e.words.includes('and'));
      if (single.length) pool = single;
    }
    // The first-introduced name (the article's main person of that surname); a fuller form of it wins.
    let best = pool[0]!;
    for (const e of pool) if (e.first < best.first) best = e;
    // (Two people sharing a surname, "Bill Clinton … his wife Hillary Clinton … Clinton said": a bare surname means the
    // one whose full name was written last, as a writer names the person meant just before using the surname alone.)
    if (words.length === 1 && pool.length > 1) {
      let latest = -1;
      // (Not one the text has since called by the first name alone, "Kezia", to tell the two apart; nor a sentence's
      // opening word taken into the name, "Whether Cruz", a word the text also writes in lower case.)
      const first = best;
      for (const e of pool) {
        if (e.words.length < 2 || first.words.every((w) => e.words.includes(w)) || e.words.every((w) => first.words.includes(w))) continue;
        if (this.type(e.name) !== 'person' || this.type(first.name) !== 'person' || this.commonWord(e.words[0]!)) continue;
        const at = this.lastMentionBefore(e.name, pos);
        if (at <= latest || at <= this.lastMentionBefore(first.name, pos) || this.lastMentionBefore(e.words[0]!, pos) > at) continue;
        latest = at;
        best = e;
      }
    }
    for (const e of pool) if (e.words.length > best.words.length && best.words.every((w) => e.words.includes(w))) best = e;
    return best.name;
  }

  private acronym(short: string): string | null {
    if (!this.acronyms) {
      this.acronyms = new Map();
      // ("Transport for London (TfL)", "Department for Education (DfE)": a joiner may give a lower-case letter.)
      // ("Medicines and Healthcare products Regulatory Agency (MHRA)": one lower-case word inside a name, between capitals.)
      const re = /((?:\p{Lu}[\p{L}’'.\-]*|of|to|for|on|and|the)(?:\s+(?:\p{Lu}[\p{L}’'.\-]*|of|to|for|on|and|the|\p{Ll}+(?=\s+\p{Lu}))){1,8})\s+\((\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,6})\)/gu;
      let m: RegExpExecArray | null;
      while ((m = re.exec(this.text))) {
        const long = m[1]!.replace(/^(?:the|The)\s+/, '');
        const initials = long.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
        const acr = m[2]!;
        const withJoiners = long.split(/\s+/).map((w) => w[0]).join('');
        // ("Ministry of Manpower (MOM)", "Department of Justice (DOJ)": a joiner may give a capital too.)
        if ((/\p{Ll}/u.test(acr) ? withJoiners : withJoiners.toUpperCase()).endsWith(acr) && !initials.includes(acr)) {
          const words = long.split(/\s+/);
          if (!this.acronyms.has(acr)) this.acronyms.set(acr, words.slice(words.length - acr.length).join(' '));
        } else if (initials.endsWith(acr) || initials.includes(acr)) {
          const words = long.split(/\s+/);
          // Keep the words from the one that starts the acronym.
          let startIdx = 0;
          let got = '';
          for (let i = words.length - 1; i >= 0 && got.length < acr.length; i--) if (/^\p{Lu}/u.test(words[i]!)) { got = words[i]![0] + got; startIdx = i; }
          if (!this.acronyms.has(acr)) this.acronyms.set(acr, words.slice(startIdx).join(' '));
        }
      }
    }
    return this.acronyms.get(short) ?? this.initialsOf(short);
  }

  /**
   * "CSO" with no "(CSO)" anywhere: the one body named in full whose capitalised words give those initials
   * ("Central Statistics Office"). Three letters or more, a body not an outlet, and only when a single name fits.
   */
  private initialsOf(short: string): string | null {
    if (short.length < 3 || /\p{Ll}/u.test(short)) return null;
    if (!this.byInitials) {
      this.byInitials = new Map();
      for (const name of this.byName.keys()) {
        const caps = name.split(' ').filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
        // (Public bodies only: outlets share initials too often — "CNS" is not every "… News Service".)
        if (caps.length < 3 || this.type(name) !== 'organization') continue;
        const ini = caps.map((w) => w[0]).join('');
        this.byInitials.set(ini, this.byInitials.has(ini) && this.byInitials.get(ini) !== name ? null : name);
      }
    }
    return this.byInitials.get(short) ?? null;
  }

  private byInitials?: Map<string, string | null>;

  /** Is the name mentioned at this offset followed or preceded by a role in apposition ("Ann Vale, chief executive of …")? */
  describedAt(start: number): boolean {
    if (!this.describedStarts) this.describedStarts = new Set(this.appositiveRoles.map((r) => r.start));
    return this.describedStarts.has(start);
  }

  private describedStarts?: Set<number>;

  entity(name: string): Entity | undefined {
    return this.byName.get(name);
  }

  /** The first person described by this noun after pos ("fisherman Daniel Price", "Ana Ruiz, a nurse,"). */
  firstDescribedAs(role: string, pos: number): string | null {
    const r = this.appositiveRoles.find((x) => x.start > pos && x.role === role);
    return r ? this.canonical(r.name, r.start) : null;
  }

  /** Who holds a role ("president", "senator") most recently before pos. */
  /** Is this person described by a role other than `role` ("midwife Glenys Parry" is no "the minister")? */
  hasOtherRole(name: string, role: string): boolean {
    // (A title beside the name counts too: "The opposition leader, Mark Dunn," is no "the minister". Party labels,
    // candidacies and relations — "Democratic nominee", "a neighbour" — say no post: NOT_OCCUPATIONS.)
    return this.appositiveRoles.some((r) => r.role !== role && !NOT_OCCUPATIONS.test(r.role) && (r.name === name || this.canonical(r.name, r.start) === name));
  }

  byRole(role: string, pos: number, fits: (name: string) => boolean = () => true): string | null {
    const list = this.holders(role);
    for (let i = countBelow(list, pos, (x) => x.at) - 1; i >= 0; i--) {
      const h = list[i]!;
      const canon = this.canonical(h.name, h.at);
      const name = this.entity(canon)?.name ?? canon;
      if (fits(name)) return name;
    }
    return null;
  }

  /**
   * Holders of each role in text order: named with the title ("Gov. Ann Ross") or given the role in an appositive
   * (a title at the same place wins). Built once: a text asks for them at every role it describes.
   */
  private holders(role: string): readonly { at: number; name: string }[] {
    if (!this.heldByRole) {
      const map = new Map<string, { at: number; name: string; titled: number }[]>();
      const add = (r: string, at: number, name: string, titled: number) => {
        const list = map.get(r);
        if (list) list.push({ at, name, titled }); else map.set(r, [{ at, name, titled }]);
      };
      for (const m of this.mentions) if (m.title && TITLES[m.title]) add(TITLES[m.title]!, m.start, m.name, 1);
      // ("Detective Senior Sergeant Anita Kowalczyk … The detective": each title of a rank names its holder.)
      for (const m of this.mentions) if (m.lead && TITLES[m.lead] && TITLES[m.lead] !== TITLES[m.title ?? '']) add(TITLES[m.lead]!, m.start, m.name, 1);
      for (const r of this.appositiveRoles) add(r.role, r.start, r.name, 0);
      for (const list of map.values()) list.sort((a, b) => a.at - b.at || a.titled - b.titled);
      this.heldByRole = map;
    }
    return this.heldByRole.get(role) ?? [];
  }

  /** Gender of a person entity: titles, then the first name, then what a pronoun resolved to it said, then null. */
  gender(name: string): Gender {
    const e = this.entity(name);
    if (e?.gender) return e.gender;
    const words = name.split(' ');
    // ("Tasos Georgelis … Mr. Georgelis": a title on the surname alone tells when the first name does not — unless two
    // people share the surname: "Mrs. Clinton" says nothing of Bill Clinton.)
    const last = words[words.length - 1]!;
    const titled = words.length > 1 && !this.sharedSurname(last) ? this.byName.get(last)?.gender : null;
    const g = firstNameGender(words[0]!) ?? (words.length > 1 ? titled ?? surnameGender(last) : null) ?? this.ownPossessive(name) ?? this.learned.get(name) ?? null;
    if (e) e.gender = g;
    return g;
  }

  /** Do two full names of different people end with this surname ("Bill Clinton", "Hillary Clinton")? */
  private sharedSurname(last: string): boolean {
    let hit = this.shared.get(last);
    if (hit === undefined) {
      const full = (this.byLast.get(key(last)) ?? []).filter((e) => e.words.length >= 2 && !this.commonWord(e.words[0]!));
      hit = full.some((a) => full.some((b) => !a.words.every((w) => b.words.includes(w)) && !b.words.every((w) => a.words.includes(w))));
      this.shared.set(last, hit);
    }
    return hit;
  }

  private shared = new Map<string, boolean>();

  /**
   * A "he" or "she" was resolved to this person: from here on the person has
   * that gender, if nothing said one before ("Mark Dunn" — "mark" is also a
   * verb, so no list knows the name — once "he", is no later "she").
   */
  learnGender(name: string, g: 'm' | 'f'): void {
    if (this.gender(name)) return;
    this.learned.set(name, g);
    const e = this.entity(name);
    if (e) e.gender = g;
  }

  private learned = new Map<string, 'm' | 'f'>();

  /** person / organization / media / document for a canonical name. */
  type(name: string): EntityType {
    const hit = this.typeCache.get(name);
    if (hit) return hit;
    let t: EntityType;
    const words = name.split(/\s+/);
    const last = words[words.length - 1]!.toLowerCase();
    if (mediaName(name)) t = 'media';
    // "the Northern Ledger", "the Brenton Courier": an unknown name ending like a newspaper's is one.
    else if (words.length >= 2 && MEDIA_NAME_ENDS.has(last)) t = 'media';
    else if (/^(?:poll|survey|report|reports|filings|study|data|records|transcript|ad)$/.test(last)) t = 'document';
    // ("Marks & Spencer", "Dunmore & Pratt": partners' names joined by an ampersand name a firm, never one person.)
    else if (words.includes('&')) t = 'organization';
    // ("Police Scotland", "Police Service of Northern Ireland": a force named by the word first.)
    else if (ORG_END.test(last) || words.length >= 2 && words[0] === 'Police' || /^(?:\p{Lu}{2,}|\p{Lu}\.(?:\p{Lu}\.)+)$/u.test(name) && !this.entity(name)?.roles.size) t = 'organization';
    // ("Chelsea are in talks", "Napoli have asked": a one-word name with a plural verb is a club or a firm, as British
    // writing treats them, whatever first name it looks like.)
    else if (words.length === 1 && !this.entity(name)?.gender && this.takesPluralVerb(name)) t = 'organization';
    else if (this.entity(name)?.roles.size || (this.entity(name)?.gender)) t = 'person';
    // "Tasos Georgelis" later "Mr. Georgelis": the surname with a personal title makes the full name a person's.
    else if (words.length >= 2 && words.length <= 4 && this.byName.get(words[words.length - 1]!)?.gender) t = 'person';
    else if (words.length >= 2 && words.length <= 4 && firstNameGender(words[0]!)) t = 'person';
    else if (words.length <= 4 && !ORG_NAME_HEADS.has(last) && this.describedAsPerson(name, words.length === 1)) t = 'person';
    else {
      const nt = nameType(name);
      t = nt === 'person' || nt === 'other' && words.length >= 2 && words.length <= 3 && this.surnameSpeaks(words) ? 'person' : 'organization';
    }
    this.typeCache.set(name, t);
    return t;
  }

  /**
   * Does the text describe this name as a person, whatever its first name
   * ("Priya Natarajan, who chairs …", "…, a labour economist at …",
   * "plumber Tomas Lindqvist")? Names the first-name lists do not know
   * would otherwise be guessed to be bodies.
   */
  private describedAsPerson(name: string, strict = false): boolean {
    const t = this.text;
    if (!strict && this.ownPossessive(name)) return true;
    const starts = this.mentionStarts(name);
    for (let n = 0; n < starts.length && n < 12; n++) {
      const at = starts[n]!;
      const after = t.slice(at + name.length, at + name.length + 80);
      // (One word alone — "Hollis, 62, a retired teacher" — needs an age or a role: "Arsenal, who …" is a club.)
      if (PERSON_AFTER.test(after) && !(strict && /^(?:[’']s?)?\s*,\s*who\s/.test(after))) return true;
      if (PERSON_BEFORE.test(t.slice(Math.max(0, at - 40), at))) return true;
      // ("The council's leader, Imogen Tarr,": a role given before the name, set off by a comma.)
      const before = ROLE_BEFORE.exec(t.slice(Math.max(0, at - 100), at));
      // ("Her neighbour, Alasdair MacLeod,", "his friend, Ewan Ross,": someone the person is known to. Not a trade:
      // "The ferry's operator, Kelso Lines," is a firm.)
      if (before && (ROLE_NOUNS.has(before[1]!.toLowerCase()) || PERSON_NOUN.test(before[1]!)) && /^\s*,/.test(after)) return true;
    }
    return false;
  }

  /**
   * Names no first-name list knows ("Almasadam Satkaliyev", "Kaisha Atakhanova"): a person's when the last
   * word has the shape of a surname of the former Soviet lands (-ov, -eva, -enko, -uly …), or when it alone
   * is the subject of a report later ("Satkaliyev said"), as a person's surname is and a body's last word is not.
   */
  private surnameSpeaks(words: string[]): boolean {
    // (Names only: "Representatives for Oduya" is a group named for her; "Progress MS-04", "Therm-a-Rest Vesper" are things.)
    if (!words.every((w) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u.test(w))) return false;
    const last = words[words.length - 1]!;
    if (SURNAME_SHAPE.test(last)) return true;
    if (nameType(last) !== 'other') return false;
    // ("National Grid says", "Royal Mail said": an ordinary adjective is no one's first name.)
    if (words.length >= 2 && plainAdjective(words[0]!)) return false;
    for (const at of this.mentionStarts(last).slice(0, 12)) {
      if (REPORT_AFTER.test(this.text.slice(at + last.length, at + last.length + 12))) return true;
    }
    return false;
  }

  /** Is the name, alone as a subject, followed by "are", "were" or "have" somewhere ("Chelsea are", not "Ann and Chelsea are")? */
  private takesPluralVerb(name: string): boolean {
    for (const at of this.mentionStarts(name).slice(0, 12)) {
      if (!/^\s+(?:are|were|have)\b/.test(this.text.slice(at + name.length, at + name.length + 8))) continue;
      if (!/(?:\band|&|,|\bof|\bwith)\s*$/i.test(this.text.slice(Math.max(0, at - 6), at))) return true;
    }
    return false;
  }

  /** Where a name is mentioned. (Looked up among the name's own mentions: scanning the text for each name made long texts quadratic.) */
  private mentionStarts(name: string): number[] {
    if (!this.mentionsByName) {
      this.mentionsByName = new Map();
      for (const m of this.mentions) {
        const list = this.mentionsByName.get(m.name);
        if (list) list.push(m.start); else this.mentionsByName.set(m.name, [m.start]);
      }
    }
    return this.mentionsByName.get(name) ?? [];
  }

  private mentionsByName?: Map<string, number[]>;

  /** Is a name's word a common word: one the text also writes in lower case, or in lower case itself? */
  private commonWord(word: string): boolean {
    let hit = this.lowerSeen.get(word);
    if (hit === undefined) {
      const lo = word.toLowerCase();
      // (A word in lower case already, "to Johnson" from "… introduced Field to Johnson", is no given name either.)
      // (A word of letters only is one of the text's runs of letters, looked up in a set made once: a pattern per word,
      // each a pass over the whole text, cost a long page as much as the rest of its names.)
      hit = lo === word || (LETTERS_ONLY.test(lo) ? this.letterRuns().has(lo)
        : new RegExp(`(?:^|[^\\p{L}])${lo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(this.text));
      this.lowerSeen.set(word, hit);
    }
    return hit;
  }

  private lowerSeen = new Map<string, boolean>();
  private runs?: Set<string>;

  /** Every run of letters in the text, as written. */
  private letterRuns(): Set<string> {
    return (this.runs ??= new Set(this.text.match(/\p{L}+/gu) ?? []));
  }

  /** Where a name was last written in full before pos; -1 if not. */
  private lastMentionBefore(name: string, pos: number): number {
    const starts = this.mentionStarts(name);
    const i = countBelow(starts, pos, (x) => x) - 1;
    return i >= 0 ? starts[i]! : -1;
  }

  /**
   * "Glenys Parry hangs up her fob watch", "Tadhg Ruane gave his reasons": a two-word name whose verb is followed by
   * "his" or "her" is a person of that gender (first names outside the tagger's lists say neither).
   */
  private ownPossessive(name: string): Gender {
    if (!name.includes(' ')) return null;
    for (const at of this.mentionStarts(name).slice(0, 12)) {
      const m = OWN_POSSESSIVE.exec(this.text.slice(at + name.length, at + name.length + 60));
      if (m) return m[1] === 'her' ? 'f' : 'm';
    }
    return null;
  }

  /**
   * Is this word written capitalised somewhere other than at a sentence start ("analysts at Jefferies")?
   * Then it is a name even where the sentence start alone capitalises it ("Jefferies said …").
   */
  capitalisedMidSentence(word: string): boolean {
    if (!this.midCache) {
      this.midCache = new Set();
      for (const m of this.mentions) {
        const before = this.text.slice(Math.max(0, m.start - 4), m.start);
        if (!/(?:^|[.!?:]["”’')]?\s+|["“‘(]|\n\s*)$/.test(before) && m.start > 0) for (const w of this.text.slice(m.start, m.end).split(/\s+/)) this.midCache.add(w);
      }
    }
    return this.midCache.has(word);
  }

  private midCache?: Set<string>;

  /** The principal of "the X campaign" mentioned most recently before pos. */
  lastPrincipal(pos: number, anywhere = false): string | null {
    // Found once per text (a scan per call made long texts quadratic), then searched.
    const list = (this.principals ??= this.findPrincipals());
    const idx = countBelow(list, pos, (p) => p.index) - 1;
    const hit = idx >= 0 ? list[idx] : anywhere ? list[0] : undefined;
    return hit ? this.canonical(hit.name, hit.index) : null;
  }

  private principals?: { index: number; name: string }[];

  /** "the Clinton campaign", "Trump's team": principals behind bodies, in text order. */
  private findPrincipals(): { index: number; name: string }[] {
    const re = /\b(\p{Lu}[\p{L}'’\-]+)(?:[’']s)?\s+(?:\p{Ll}+\s+)?(campaign|team|administration|camp)\b/gu;
    const out: { index: number; name: string }[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text))) {
      if (PRINCIPAL_BODIES.has(m[2]!) && !STARTERS.has(m[1]!.toLowerCase())) out.push({ index: m.index, name: m[1]! });
    }
    return out;
  }
}
