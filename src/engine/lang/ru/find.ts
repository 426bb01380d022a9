// The Russian cue scan: for each sentence, find reporting verbs, frames
// ("по словам", "со ссылкой на", "говорится в"), hedges and pointers back
// ("Об этом пишут…"), then the source and the content of each, and finally
// link who reports through whom. Linear in the text: one tokenization per
// sentence, Set/Map lookups, bounded scans.
import type { ExtraLexicon, Span } from '../../types.js';
import type { Candidate, DocView, Quote } from '../types.js';
import type { Agreement } from './lexicon/paradigms.js';
import { verbForms, IMPERSONAL_PARTICIPLES, type VerbEntry } from './lexicon/verbs.js';
import { CITING_FRAMES, CLAIM_NOUNS, CLAIM_OBJECTS, FRAME_POSSESSIVES, GENITIVE_FRAMES, HEDGES, BARE_HEDGES, LIGHT_NOUNS, POINTER_DEMONSTRATIVES, POINTER_NOUNS, RUMOUR_NOUNS, UNATTRIBUTED_DATA_ADJ } from './lexicon/frames.js';
import { CIRCLES, KIN, MINISTRY_FIELDS, nominativeOf, nounForms, QUANTIFIERS } from './lexicon/nouns.js';
import { ADDRESSEES, ADVERBS, MONTHS, PRONOUNS } from './lexicon/words.js';
import { BETWEEN, TIME_ADVERBS, clauseStart, describedAhead, fieldGenitive, findSubject, isPreposition, phraseEnd, possessiveBefore, skipParenthetical } from './clause.js';
import { Entities, type Entity } from './entities.js';
import { mediaAt } from './media.js';
import { placeNominative } from './place-names.js';
import { initials, isBodyNoun, looksLikeOrg, personShaped, Sources, nounAt, type SourceInfo } from './source.js';
import { isDash, isOpenQuote, normalize, tokenize, type Token } from './tokens.js';
import { ADJECTIVE, adjectiveNominative, firstName, NOMINATIVE_ADJECTIVE, personGenitive } from './morph.js';
import { countBelow } from '../../sorted.js';

interface Hit {
  cue: Span;
  src: SourceInfo | null;
  content: Span | null;
  direct: boolean;
  reason: Span | null;
  via?: Hit;
  /** Content runs forward from the cue to the sentence end and is cut at the next clause with a cue. */
  forward: boolean;
  /** Where this attribution's clause starts (cuts an earlier forward content). */
  anchor: number;
  /** Content points back to an earlier sentence. */
  pointer: boolean;
  /** A prepositional frame ("по данным X"). */
  frame?: boolean;
  /** Agreement of the verb (to learn a person's gender). */
  agr?: Agreement;
  /** A rumour noun: kept beside an attribution that denies or confirms the same rumour. */
  rumour?: boolean;
  /** "Мне сказали, что …": someone unnamed told the speaker; a report of its own even inside a quote. */
  told?: boolean;
  /** A citing frame shares the content of its reporter. */
  sameAs?: Hit;
  pendingCite?: boolean;
  /** An outlet in a relative clause that relays the main clause's claim ("которого цитирует РИА Новости"). */
  relay?: boolean;
  sentence: number;
}

const REASON = /на условиях анонимности|на правах анонимности|пожелавш\p{L}* остаться (?:неизвестн|анонимн|неназванн)\p{L}*|(?:попросивш\p{L}*|(?:по)?просил[аи]?) не (?:называть|раскрывать|упоминать) (?:(?:его|ее|её|их|свое|своё|своего|свою) )?(?:имя|имени|имена|имен|фамилию|фамилии)|пожелал[аи]? остаться (?:неизвестн|анонимн|неназванн)\p{L}*|не (?:был[аи]? )?уполномочен\p{L}* (?:говорить|комментировать|общаться|делать заявления)\p{L}*|поскольку (?:он|она|они) не (?:имеет|имеют) права|не назвавш\p{L}* (?:себя|своего имени)/u;

/** Active and passive participles in the nominative: "пожелавший", "знакомые" (with the matter), "близкий". */
const PARTICIPLE = /^(?:\p{L}{2,}(?:вший|вшая|вшее|вшие|вших|дший|дшая|дшее|дшие|дших|ющий|ющая|ющее|ющие|ящий|ящая|ящее|ящие|ащий|ащая|ащее|ащие|ущий|ущая|ущее|ущие|нный|нная|нное|нные|вшийся|вшаяся|вшиеся)|знаком(?:ый|ая|ые|ых)|близк(?:ий|ая|ие|их)|осведомленн(?:ый|ая|ые|ых))$/u;

const REASON_ALL = new RegExp(REASON.source, 'gu');

const NOT_MANNER = new Set(['только', 'около', 'много', 'немало', 'мало', 'ничего', 'всего', 'чего', 'ранее', 'позже', 'давно', 'недавно', 'сегодня']);

/**
 * A manner phrase right after a dash or comma, before the verb: "— с гордостью добавляет",
 * "— грустно улыбается". Returns the token before it, or p unchanged.
 */
function skipManner(toks: Token[], p: number): number {
  const t = toks[p];
  if (!t || !t.word || t.cap) return p;
  // (After a dash, a comma, or "как": "как справедливо заметил X".)
  const opens = (k: number) => isDash(toks[k]) || toks[k]?.t === ',' || toks[k]?.lo === 'как';
  // "«…» — так прокомментировал X".
  if (t.lo === 'так' && isDash(toks[p - 1])) return p - 1;
  if (/^(с|со)$/.test(toks[p - 1]?.lo ?? '') && opens(p - 2) && /(ью|ой|ей|ом|ем|ами|ями)$/.test(t.lo)) return p - 2;
  if (opens(p - 1) && t.lo.length > 4 && /о$/.test(t.lo) && !/(ого|его|ому|ему)$/.test(t.lo) && !NOT_MANNER.has(t.lo) && !nounForms().has(t.lo) && !verbForms().has(t.lo)) return p - 1;
  return p;
}

/** Adverbs of time, with today and the spelling with ё, which the subject finder does not skip. */
const isTimeWord = (w: string) => TIME_ADVERBS.test(w) || w === 'сегодня' || w === 'днём';
const TIME_QUALIFIERS = /^(прошлом|прошлой|этом|этой|минувшем|минувшей|текущем|текущей|позапрошлом|начале|конце|середине|\d{1,4})$/;

/**
 * A time phrase at k, between a verb and its inverted subject: "Как отмечала в октябре Financial Times",
 * "сообщил в среду ТАСС", "писала в прошлом году газета". Returns the token after it, or k unchanged.
 */
function skipTime(toks: Token[], k: number): number {
  if (isTimeWord(toks[k]?.lo ?? '')) return k + 1;
  if (!/^(в|во|на)$/.test(toks[k]?.lo ?? '')) return k;
  let j = k + 1;
  while (j < k + 3 && TIME_QUALIFIERS.test(toks[j]?.lo ?? '')) j++;
  if (!MONTHS.test(toks[j]?.lo ?? '')) return k;
  j++;
  // ("в октябре 2025 года")
  if (/^\d{4}$/.test(toks[j]?.t ?? '') && /^(года|г)$/.test(toks[j + 1]?.lo ?? '')) j += 2;
  return j;
}

/** Where one spoke: "в беседе с «Известиями»", "в интервью РБК", "в разговоре с корреспондентом". */
const CONVERSATIONS = new Set(['беседе', 'интервью', 'разговоре', 'комментарии', 'эфире']);
/** One's own view or words in the first person: "Я думаю, …", "Я уже говорил, что …". */
const FIRST_PERSON_CUES = new Set(['думаю', 'считаю', 'полагаю', 'уверен', 'уверена', 'убежден', 'убеждена', 'говорил', 'говорила', 'говорю', 'повторю', 'повторюсь']);
const isDashChar = (c: string | undefined) => c === '—' || c === '–';
/** Cues only an outlet gives for a one-word name: "пишет", "передает". */
const OUTLET_VERB = /^(?:[Кк]ак\s+)?(?:пишет|писал|писала|передает|передаёт|передавал|передавало|передало)$/u;
/** A sentence that opens with a pointer back: "Об этом …", "Это …". */
const POINTER_OPENING = /^\s*(?:[Оо]б?\s+этом|[Ээ]то\s)/u;

/**
 * "X в беседе с РИА Новости предположил": a conversation phrase between the subject and the verb.
 * Returns the token before it, or p unchanged.
 */
function skipConversation(toks: Token[], p: number): number {
  for (let j = p; j >= 1 && j > p - 8; j--) {
    const t = toks[j]!;
    if (CONVERSATIONS.has(t.lo) && /^(в|во)$/.test(toks[j - 1]!.lo)) return j - 1 > 0 ? j - 2 : p;
    // (Only whom one spoke to may follow: a name, an outlet in quotes, "корреспондентом"; not the verb's own object —
    // "в разговоре с РБК факт переговоров подтвердил".)
    if (!t.word ? !/^[«»"„“]$/.test(t.t) : !t.cap && !/^(с|со|для)$/.test(t.lo) && !/(ом|ем|ами|ями|ой|ей)$/.test(t.lo)) return p;
  }
  return p;
}

/** What parents and discoverers give a name to: "назвали сына Александром" is no label. */
const NAMING_OBJECTS = /^(сына|дочь|дочку|ребенка|ребёнка|малыша|малышку|новорожденного|новорождённого|первенца|внука|внучку|щенка|котенка|котёнка|улицу|площадь|сквер|корабль|судно|вид|астероид|планету|звезду)$/;
/** Texts one recites: "рассказали стихи", "рассказал сказку". */
const RECITED = /^(стихи|стихотворение|стихотворения|сказку|сказки|анекдот|анекдоты|басню|басни|притчу|считалку)$/;
/** Things handed over that are no words: "передал мяч", "передали дело в суд", "передал полномочия". */
const HANDED = /^(мяч|шайбу|пас|передачу|дело|дела|материалы|деньги|документы|полномочия|власть|ключи|управление|контроль|эстафету|груз|помощь|посылку|имущество|земли|землю|права|обязанности)$/;
/** A site named by its domain: "24.kg", "Газета.uz", "Tengrinews.kz". */
const DOMAIN = /^[\p{L}\d][\p{L}\d-]*\.(?:ru|kz|kg|uz|by|ua|az|am|ge|tj|md|com|net|org|info|su|рф)$/iu;
/** A site by its domain: a listed zone in any case, or any lower-case Latin one ("Kaktus.media", "Orda.news"). */
const isDomain = (w: string) => DOMAIN.test(w) || /^[\p{L}\d][\p{L}\d-]*\.[a-z]{2,6}$/u.test(w);
/** Weapons one threatens with, in the instrumental: "угрожал ножом" is no threat in words. */
const WEAPONS = /(?:^|[^\p{L}])(?:нож(?:ом|ами)|пистолет(?:ом|ами)|оружием|ружьем|ружьём|топором|битой|обрезом|автоматом|кулаками|монтировкой)(?![\p{L}])/u;
/** A past passive or active participle in an oblique case, describing the noun before its comma: "проведенного", "опубликованном". */
const DESCRIBING_PARTICIPLE = /^\p{L}{3,}(?:нн|вш)(ого|ому|ом|ой|ым|ую)$/u;
/** The same for an active participle, present or past, whose endings are soft, reflexive too: "отвечающей", "занимающейся", "выпускающего". */
const DESCRIBING_ACTIVE = /^\p{L}{3,}(?:ющ|ящ|ащ|ущ|вш)(его|ему|ем|ей|им|ую)(?:ся)?$/u;
/** Modal verbs before a reporting infinitive: успел, поспешил, решил, смог, попытался, хочет… */
/** Claim nouns that point back when a demonstrative brings them after the verb ("отвергла эти обвинения"). */
/** Pointer nouns for rumours and accusations ("эти слухи", "эти обвинения"), which are a claim of their own with nothing before them. */
const RUMOUR_POINTERS = new Set(['слухи', 'слух', 'утверждения', 'обвинения']);
const POINTED_AFTER = new Set([...POINTER_NOUNS, 'обвинения', 'утверждения', 'претензии', 'слухи', 'данные', 'сведения', 'версии']);
/** Approximations before a number that opens a subject: "Около шестисот рабочих", "Более ста жителей". */
const APPROXIMATELY = /^(около|более|свыше|почти|порядка|менее)$/;
const NUMERAL_GENITIVE = /^(двух|трех|трёх|четырех|пяти|шести|семи|восьми|девяти|десяти|\p{L}+надцати|двадцати|тридцати|сорока|пятидесяти|шестидесяти|семидесяти|восьмидесяти|девяноста|ста|двухсот|трехсот|четырехсот|пятисот|шестисот|семисот|восьмисот|девятисот|тысячи|тысяч|сотни|сотен|десятка|десятков)$/u;
/** A lower-case word shaped like a finite verb in the past or present, and no noun the lexicon knows. */
function finiteShaped(t: Token): boolean {
  return !t.cap && !nounAt(t) && /(?:[аеиоуыя]л|шл)[аои]?(?:ся|сь)?$/.test(t.lo) && t.lo.length > 3;
}
/** Dative pronouns of the one told: "Мне сказали", "Нам объяснили". */
const TOLD_TO = new Set(['мне', 'нам', 'ему', 'ей', 'им']);
/** Verbs of disputing, which report only a claim pointed back to or a что-clause. */
const DISPUTES = new Set(['оспаривать', 'оспорить']);
/** Verbs of ordering, which report only an order: its words, an infinitive or a "чтобы"-clause. */
const ORDERS = new Set(['распорядиться', 'велеть', 'приказать', 'приказывать']);
/** Forms of "дать" before "понять": "дал понять, что …", "дают понять". */
const GIVE = /^(?:дал|дала|дало|дали|даст|дадут|дает|дают|давал|давала|давали)$/;
const MODAL = /^(?:(?:успе|поспеши|реши|суме|захоте|хоте|премину)(?:л|ла|ли|ло)|смог|смогла|смогли|попыта(?:лся|лась|лись)|успеет|успеют|решит|решат|хочет|хотят|может|могут|спешит|спешат|будет|будут|стал|стала|стали|продолжает|продолжают|продолжил|продолжила|продолжили)$/;

/** Verbs that report a belief only when negated: "не исключают, что …". */
const NEGATED_BELIEFS = new Set(['исключать', 'исключить', 'скрывать']);

/** Infinitives ("сократить", "провести", "беречься"), not nouns in -ость ("уверенность, что …"). */
const INFINITIVE = /^(?!\p{L}*ость$)\p{L}*(?:[аяеиуыо]ть|ти|чь)(?:ся|сь)?$/u;

/** Prepositions that may govern an -у/-ю form inside a place name ("по Московскому региону", "к югу"). */
const PREPOSITIONS_AFTER = /^(по|к|ко)$/;

/** Finite verb endings (present and past), for words the lexicons do not list: "ходят", "стала". */
const FINITE = /(ют|ят|ут|ат|ет|ит|ал|ял|ил|ел|ыл|ла|ли|ло|лся|лась|лись)$/;
/** Claim nouns that, opening a sentence with their owner, introduce a quote after a colon: "Заявление Лаврова: «…»". */
/** "Сообщение об этом появилось в телеграм-канале X", "Соответствующее заявление опубликовано на сайте ведомства". */
const APPEARED = ['появилось', 'появилась', 'появились', 'опубликовано', 'опубликована', 'опубликованы', 'размещено', 'размещена', 'размещены'];
const APPEARED_SET = new Set(APPEARED);
/** Verbs that relay someone's words fronted before them ("Слова министра приводит ТАСС"). */
const RELAY = /^(?:привод(?:ит|ят|ил|ила|или)|привел[аио]?|цитиру(?:ет|ют)|(?:про)?цитировал[аио]?|переда(?:ет|ют|л|ла|ли|ло))$/;
/** People of the press, whose outlet after them is their employer ("корреспондент «Вестника»"). */
const PRESS_PEOPLE = /^(корреспондент|журналист|обозревател|редактор|главред|колумнист|репортер|репортёр|ведущ|автор|спецкор|фотокор|блогер)/;
/** Words opening "Такого же мнения придерживается X": the view reported just before is X's too. */
const SAME_VIEW = new Set(['такого', 'того', 'той', 'аналогичного', 'аналогичной', 'схожего', 'схожей', 'подобного', 'этого', 'этой']);
/** Calls made to someone: "призвали покупателей не есть …", "посоветовали клиентам сменить пароли". */
const ADDRESSED_CALLS = /^(призвать|призывать|попросить|просить|посоветовать|советовать|рекомендовать|порекомендовать|поручить|поручать)$/;
/** Proposing and criticizing: a claim only with an infinitive, a что-clause, a colon or a quote ("предложил снизить …"). */
const PROPOSE_CRITICIZE = new Set(['предлагать', 'предложить', 'критиковать', 'раскритиковать']);
const COLON_NOUNS = new Set(['заявление', 'слова', 'мнение', 'позиция', 'ответ', 'комментарий', 'признание', 'обращение', 'цитата', 'реакция', 'версия', 'прогноз']);

/** Prepositions of an occasion between a verb and its inverted subject: "сказал после матча X", "заявил на брифинге X". */
/** "по версии X", "по словам X" opening the words after a colon: they have their own source. */
const OWN_SOURCE_FRAMES = /^(версии|словам|данным|мнению|информации|оценке|утверждению|сведениям)$/;

/** "с просьбой", "с требованием", "с призывом" before an infinitive: what a letter or an appeal asks for. */
const REQUEST_NOUNS = /^(просьбой|требованием|призывом|предложением)$/;

/** "отметил необходимость …", "отметил рост цен", "отметил нарушения": a noted need, risk, trend or state is a claim, not praise of a thing. */
const STATED_NEEDS = /^(необходимость|важность|значимость|значение|неизбежность|невозможность|возможность|опасность|риск|риски|угрозу|рост|снижение|падение|увеличение|уменьшение|сокращение|ухудшение|улучшение|замедление|ускорение|отсутствие|наличие|нехватку|дефицит|нарушения|нарушение)$/;

/** "на это", "на эти претензии": what a reply answers, after the place that replies. */
const REPLIED_TO = /^(это|эти|эту|этот|эта|такие|такую|подобные)$/;

const OCCASION_PREPOSITIONS = new Set(['на', 'после', 'перед', 'по', 'при']);

const ANON_SOURCE_GRADES = new Set(['anonymous-bare', 'anonymous-described', 'vague-group']);

const COUNTRY_ACRONYMS = new Set(['США', 'РФ', 'КНР', 'ФРГ', 'ОАЭ', 'ЮАР', 'КНДР', 'ДНР', 'ЛНР', 'СССР', 'ЕАЭС', 'СНГ']);

/** Words that open an indirect question ("рассказал, почему …", "объяснил, зачем …"). */
const INDIRECT_QUESTION = /^(почему|зачем|отчего|сколько|куда|откуда|где|кто|чего|каким|какие|какой|какая|какое|каков|какова|каковы)$/;

/** Pronouns that name the next unnamed member after "один из X": "другой заметил, что…". */
const CONTRAST_SUBJECTS = new Set(['другой', 'другая', 'второй', 'вторая', 'третий', 'третья', 'другие', 'иные', 'остальные']);

/** A finite verb form that agrees with a reporting verb's agreement ("отказался" with "отметил"). */
function agrees(lo: string, agr: Agreement): boolean {
  switch (agr) {
    case 'm': return /[аеиоуыя]л(ся)?$|^(мог|смог|пришел|ушел)$/.test(lo);
    case 'f': return /[аеиоуыяшзжкгрбс]ла(сь)?$/.test(lo) && lo.length > 4;
    // (Past forms with no -л- in the masculine keep their consonant: внесли, спасли, увезли.)
    case 'n': return /[аеиоуыясзкгб]ло(сь)?$/.test(lo) && lo.length > 4;
    case 'pl': return /[аеиоуыяшзжкгрбс]ли(сь)?$/.test(lo) && lo.length > 4 || /(ют|ят|ут|ат)(ся)?$/.test(lo) && lo.length > 4;
    case 'sg': return /(ет|ит|ёт)(ся)?$/.test(lo) && lo.length > 4;
    default: return false;
  }
}
const CLAUSE_WORDS = /^(что|который|которая|которое|которые|где|когда|если|хотя|но|однако|а)$/;
/**
 * "о возбуждении еще двух дел", "о необходимости еще раз проверить": "еще" before a number, a count or "раз" counts the
 * things the claim is about and belongs to it; only "еще" as a time adverb ("еще в июле") stands outside it.
 */
function countedMore(x: Token, n: Token | undefined): boolean {
  return x.lo === 'еще' && !!n && (/^\d/.test(n.t) || /^(?:раз|один|одн\p{L}*|дв[аеу]\p{L}*|об[аеои]\p{L}*|тр[иеу]\p{L}*|четыр\p{L}*|пят\p{L}*|шест\p{L}*|сем[иь]\p{L}*|восьм\p{L}*|девят\p{L}*|десят\p{L}*|\p{L}+дцат\p{L}*|сорок\p{L}*|сто|сотн\p{L}*|тысяч\p{L}*|полтор\p{L}*|нескольк\p{L}*|ряд[аеу]?|больше|более|меньше|менее|столько)$/u.test(n.lo));
}

/** Imperfective gerunds by their shape: "комментируя", "выступая", "находясь". */
const GERUND = /^\p{L}{3,}(?:уя|юя|ая|яя|ясь|аясь|уясь)$/u;

/** Nominative participles that open a fronted phrase before the subject: "Присутствовавший", "Допрошенная", "Выступающий". */
const FRONT_PARTICIPLE = /^\p{L}{3,}(?:вший|вшая|вшее|вшие|нный|нная|нное|нные|тый|тая|тые|ющий|ющая|ющие|ящий|ящая|ящие|ащий|ащая|ащие|ущий|ущая|ущие)(?:ся|ся)?$/u;

/** Participles in an oblique case ("инвесторов, владеющих…", "источника, знакомого с…"). */
const OBLIQUE_PARTICIPLE = /^\p{L}{3,}(?:ющих|ящих|ащих|ущих|вших|нных|ющего|ящего|ащего|вшего|нного|ющим|вшим|ющей|ящей|ащей|ущей|вшей|нной)$|^(?:знакомых|знакомого|знакомой|близких|близкого|близкой|осведомленных|осведомленного|осведомленной)$/u;

/**
 * The opening comma of a short parenthetical hedge that closes with the comma at k (", как считается,", ", по
 * имеющимся данным,", ", по слухам,"), or -1.
 */
function parentheticalBefore(toks: Token[], k: number): number {
  for (let c = k - 2; c >= 0 && c >= k - 4; c--) {
    if (toks[c]!.t !== ',') continue;
    const words = toks.slice(c + 1, k);
    const first = words[0]!.lo;
    // (", как считается,", ", как сообщает ТАСС,", ", как правило,"; not a clause's subject: "слышно, как мужчина, чей …".)
    const asKak = first === 'как' && words.length >= 2 && (!!verbForms().get(words[1]!.lo) || /^(известно|правило|ожидалось|ожидается|обычно|всегда|водится)$/.test(words[1]!.lo));
    const aside = asKak || first === 'по' || PARENTHETICALS.has(words.map((x) => x.lo).join(' '));
    return aside && words.every((x) => x.word) && toks[c - 1]?.word ? c : -1;
  }
  return -1;
}
/** Asides set off by commas that belong to no clause: ", в свою очередь,", ", между тем,". */
const PARENTHETICALS = new Set(['в свою очередь', 'между тем', 'тем временем', 'со своей стороны', 'впрочем', 'кстати', 'в частности', 'в том числе', 'при этом']);

/** Places that stand for unnamed sources: "в соцсетях пишут", "в СМИ появилась информация". */
// ("в сети появилась информация" names no one: the internet is a place, not a group of sources; "в соцсетях" are its users.)
const VAGUE_PLACES = /^(сми|соцсетях|прессе|печати|telegram-каналах|телеграм-каналах|телеграмм-каналах|чатах|telegram-чатах|телеграм-чатах|телеграмм-чатах|форумах|пабликах|медиа|кулуарах)$/;
/** A holiday as the thing "отмечают" ("День металлурга отмечают"). */
const HOLIDAY = /^(?:день|праздник|юбиле|годовщин|рождеств|\d+-лети|\p{L}+лети[ею]$)/u;
/** What one celebrates rather than remarks: numbers, anniversaries, holidays. */
const CELEBRATED = /^(?:\d|\p{L}*-?лети[еяю]$|юбиле|годовщин|праздник|день$|рождеств|новый$|новоселье|один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|тридцать|сорок|пятьдесят|сто$|полвека|четверть)/u;

const TRIM_CHARS = new Set([' ', '\n', '\t', '\u00a0', ',', ';', ':', '—', '–', '-']);
const LETTER_RE = /\p{L}/u;
// ("фильм затянут, хотя и отметила …": a concession's "хотя" left at a claim's end goes with the comma.)
const JOINERS = new Set(['и', 'а', 'но', 'однако', 'также', 'хотя', 'зато', 'причем', 'причём']);
const JOINING_PHRASE = /(?:^|[\s,])(?:в то время как|тогда как|после чего|при этом|в то же время|вместе с тем)$/i;

function byFirst(list: string[][]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const f of list) m.set(f[0]!, [...(m.get(f[0]!) ?? []), f]);
  return m;
}
const FRAMES_BY_FIRST = byFirst(GENITIVE_FRAMES);
const CITING_BY_FIRST = byFirst(CITING_FRAMES);
const HEDGES_BY_FIRST = byFirst(HEDGES);
/** First words of every multi-word cue (verbs are looked up separately). */
const TRIGGERS = new Set<string>(['приводит', 'приводят', 'привел', 'привела', 'привели', ...FRAMES_BY_FIRST.keys(), ...CITING_BY_FIRST.keys(), ...HEDGES_BY_FIRST.keys(), ...CLAIM_NOUNS,
  ...RUMOUR_NOUNS, ...IMPERSONAL_PARTICIPLES, 'по', 'согласно', ...APPEARED, 'ссылается', 'ссылаются', 'ссылался', 'ссылалась', 'ссылались']);

/** Every word that may start a cue: the triggers and every reporting-verb form, one lookup per word. */
let starterSet: Set<string> | undefined;
const starters = () => (starterSet ??= new Set([...TRIGGERS, ...verbForms().keys()]));

/** Gerunds that report speech ("отметив, что…", "обвиняя ее в…"). */
const GERUND_LEMMAS = new Set(['отметить', 'отмечать', 'подчеркнуть', 'подчеркивать', 'заявить', 'заявлять', 'сообщить', 'сообщать', 'указать',
  'указывать', 'пояснить', 'уточнить', 'обвинить', 'обвинять', 'назвать', 'называть', 'призвать', 'призывать', 'напомнить', 'заверить', 'предупредить', 'сказать', 'написать',
  // ("…, добавив, что …", "…, признав, что …": a second claim of the same speaker.)
  'добавить', 'объяснить', 'заметить', 'признать', 'подтвердить', 'пообещать', 'констатировать', 'пояснять', 'уточнять', 'напоминать', 'заверять', 'предупреждать',
  // ("вышли на митинг, требуя поднять зарплату": a demand made while doing something else.)
  'требовать', 'потребовать']);
/**
 * Active participles after a comma, in any case: "на блогера, обвинившего её в …", "депутат, заявивший, что …". The past
 * (-вш-) and present (-ющ-, -ящ-) stems give the verb's infinitive.
 */
const SPEECH_PARTICIPLE = /^(\p{L}{3,}?)(вш|ющ|ящ)(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем|ого|ому|ой)$/u;
/** Passive participles of publishing, in the case of a document noun after "в" or "о": "распространённом", "опубликованной". */
const PUBLISHED = /^(?:распростран[её]нн|опубликованн|обнародованн)(?:ом|ой|ому)$/u;
/** What one cites as a source rather than gives as a reason: "ссылаются на данные …", "на мнение экспертов". */
const CITED_HEADS = /^(данные|данных|мнение|слова|информацию|сведения|источники|источник|заявление|заявления|сообщения|сообщение|оценки|оценку|исследование|исследования|опрос|доклад|отчет|отчёт)$/;
/** Short passive participles, a clause's predicate: "уволены", "задержан", "арестована". */
const SHORT_PASSIVE = /^\p{L}{3,}(?:[еа]н|[еа]на|[еа]но|[еа]ны|ят|ята|яты|ит|ита|иты)$/u;
/** Speech gerund lemmas that, as participles, describe rather than report: "называющая себя X", "написавший книгу", "требующих возврата". */
const PARTICIPLE_NOT_SPEECH = new Set(['назвать', 'называть', 'написать', 'требовать', 'потребовать']);
const GERUND_CLAUSE_ONLY = new Set(['добавить', 'объяснить', 'заметить', 'признать', 'подтвердить', 'пообещать', 'констатировать', 'пояснять', 'уточнять',
  'напоминать', 'заверять', 'предупреждать']);

/** "сообщается на сайте …", "говорится на официальном портале …": a page as the place of a report. */
/** Works are spoken of with "на": "На заводе признали", "на Озерском комбинате заявили" — a place like "в компании". */
const PLANTS = new Set(['завод', 'предприятие', 'фабрика', 'комбинат']);
function onPlant(toks: Token[], k: number): boolean {
  if (toks[k]?.lo !== 'на') return false;
  let h = k + 1;
  while (h < k + 3 && toks[h]?.word && !nounAt(toks[h]) && /(ом|ем|ой)$/.test(toks[h]!.lo)) h++;
  return !!nounAt(toks[h])?.some((f) => PLANTS.has(f.lemma) && !f.nominative && !f.plural);
}
/** Manner verbs that report a что-clause ("шутил, что …"); "улыбнулась, что было редкостью" has a relative "что". */
const JOKING = /^(?:по)?(?:шутить|смеяться|вздыхать|вздохнуть|иронизировать|сокрушаться)$/;
const ON_SITE = /^(сайте|странице|портале|канале|телеграм-канале|telegram-канале|телеграмм-канале|аккаунте|официальном|своем|своей)$/;

/** Verbs of saying after which a bare "Это" or "Подробности" opening the sentence points back. */
const POINTED_SAYING = new Set(['сообщить', 'сообщать', 'заявить', 'заявлять', 'подтвердить', 'подтверждать', 'опровергать', 'опровергнуть', 'отметить',
  'подчеркнуть', 'сказать', 'рассказать', 'рассказывать', 'написать', 'писать', 'пояснить', 'уточнить', 'признать', 'признавать', 'передать', 'передавать',
  'утверждать', 'объяснить', 'объявить', 'констатировать', 'озвучить', 'говорить']);

/** Verbs that deny or confirm a claim made before: "Рыбин это опроверг", "опровергли эту информацию". */
/** Denials: what is denied may stand before the verb as its object ("утечку отрицают"). */
const DENIALS = new Set(['отрицать', 'опровергать', 'опровергнуть', 'отвергать', 'отвергнуть', 'оспаривать', 'оспорить']);
const DENY_CONFIRM = new Set(['опровергнуть', 'опровергать', 'подтвердить', 'подтверждать', 'отрицать', 'отвергнуть', 'отвергать', 'оспорить', 'оспаривать']);

/** What one admits that is no claim: "признал вину", "признала поражение". */
const ADMITTED_OBJECTS = new Set(['вину', 'ошибку', 'ошибки', 'поражение', 'победу', 'итоги', 'результаты', 'выборы', 'сделку', 'право', 'права',
  'независимость', 'суверенитет', 'недееспособным', 'банкротом', 'виновным', 'виновной', 'виновными']);

/** What one announces that is a measure, not a claim: "объявил конкурс", "объявили режим ЧС". */
const ANNOUNCED_OBJECTS = new Set(['конкурс', 'тендер', 'набор', 'режим', 'карантин', 'голодовку', 'забастовку', 'войну', 'выговор', 'благодарность',
  'перерыв', 'траур', 'эвакуацию', 'сбор', 'мобилизацию', 'розыск', 'амнистию', 'бойкот', 'тревогу', 'дефолт', 'банкротство', 'аукцион', 'победителей', 'победителя', 'результаты', 'итоги']);

/** What one writes that is no report of a claim: "написал заявление об уходе", "пишет книгу". */
const WRITTEN_OBJECTS = new Set(['заявление', 'жалобу', 'жалобы', 'письмо', 'письма', 'книгу', 'книги', 'статью', 'песню', 'песни', 'музыку', 'диссертацию',
  'завещание', 'расписку', 'явку', 'сценарий', 'роман', 'стихи', 'картину', 'диктант', 'экзамен', 'тест', 'код', 'программу', 'объяснительную']);

const HEDGE_LEMMAS = new Set(['сообщать', 'говорить', 'отмечать', 'указывать', 'утверждать', 'предполагать', 'считать', 'подчеркивать',
  'уточнять', 'пояснять', 'передавать', 'заявлять', 'подтверждать', 'объяснять', 'напоминать', 'признать', 'ожидать']);
/** Impersonal third-person plural that marks a hedge when no subject is found ("предполагали, что"). */
/** Belief verbs that also count or guess a thing: a hedge only with a что-clause ("считали, что …"), not "считали голоса". */
const BELIEF_COUNTING = new Set(['считать', 'полагать', 'предполагать']);
const HEDGE_PLURAL = new Set(['говорить', 'предполагать', 'считать', 'обвинять', 'сообщать', 'утверждать', 'писать', 'полагать', 'поговаривать']);

/** Countries with two names in Russian news, each by case: nominative, genitive (= dative, prepositional), instrumental. */
const COUNTRY_SPELLINGS: readonly (readonly [{ nom: string; gen: string; ins: string }, { nom: string; gen: string; ins: string }])[] = [
  [{ nom: 'Беларусь', gen: 'Беларуси', ins: 'Беларусью' }, { nom: 'Белоруссия', gen: 'Белоруссии', ins: 'Белоруссией' }],
  [{ nom: 'Кыргызстан', gen: 'Кыргызстана', ins: 'Кыргызстаном' }, { nom: 'Киргизия', gen: 'Киргизии', ins: 'Киргизией' }],
  [{ nom: 'Молдова', gen: 'Молдовы', ins: 'Молдовой' }, { nom: 'Молдавия', gen: 'Молдавии', ins: 'Молдавией' }],
];


/** Ukraine's national police by the short name the press gives it, in any case, with or without the country. */
const SHORT_NATIONAL_POLICE = /^Нацполици\p{Ll}{1,2}(?: Украины)?$/u;

/** An explanation's words: a noun or adjective in the instrumental ("нехваткой кадров", "техническими причинами"), "тем", "что", a quote. */
const EXPLANATION = /\p{L}{2}(?:ой|ей|ом|ем|ами|ями|ью|ым|им|ыми|ими)(?![\p{L}-])|(?<![\p{L}-])(?:тем|что)(?![\p{L}-])|[«"„:]/u;

export class RussianFinder {
  private readonly text: string;
  private readonly ents = new Entities();
  private readonly sources: Sources;
  private readonly quoteByClose = new Map<number, Quote>();
  private readonly quoteByOpen = new Map<number, Quote>();
  /** Outer quotes (depth 0) in order of their opening mark, for binary search. */
  private readonly outerQuotes: Quote[] = [];
  private readonly hits: Hit[] = [];
  private readonly toks = new Map<number, Token[]>();
  private readonly extraVerbs = new Map<string, VerbEntry>();
  private readonly extraAnon: string[][] = [];

  constructor(private readonly doc: DocView, private readonly sentences: number[], extra?: ExtraLexicon) {
    this.text = doc.text;
    this.sources = new Sources(this.ents, this.text);
    for (const q of doc.quotes) {
      if (q.close !== null) this.quoteByClose.set(q.close, q);
      this.quoteByOpen.set(q.open, q);
      if (q.depth === 0) this.outerQuotes.push(q);
    }
    this.outerQuotes.sort((a, b) => a.open - b.open);
    for (const v of extra?.reportingVerbs ?? []) {
      const w = normalize(v.trim());
      if (w && !/\s/.test(w)) this.extraVerbs.set(w, { lemma: w, sem: 'say', tense: 'present', agr: null, reflexive: false });
    }
    for (const p of extra?.anonymousPhrases ?? []) {
      const words = normalize(p).match(/[\p{L}\p{N}]+/gu);
      if (words?.length) this.extraAnon.push(words);
    }
  }

  /** Reasons for anonymity in the whole text (few; found once). */
  private reasons: Span[] = [];

  run(): Candidate[] {
    for (const m of this.text.matchAll(REASON_ALL)) this.reasons.push({ start: m.index!, end: m.index! + m[0].length });
    const all: Token[][] = [];
    for (const si of this.sentences) {
      const s = this.doc.sentences[si]!;
      const t = tokenize(this.text, s.start, s.end);
      this.toks.set(si, t);
      all.push(t);
    }
    this.ents.collect(all);
    for (const t of all) this.noteOutlets(t);
    this.ents.sortNamed();
    for (const si of this.sentences) this.sentence(si);
    this.headlineResearchers();
    this.quotedStrangers();
    this.continuedQuotes();
    return this.finish();
  }

  /**
   * "Метеорит старше Солнечной системы, утверждают учёные" ¶ "… К такому выводу пришли специалисты Института …": bare
   * researchers in a headline are the body whose study the text then reports (within 800 characters of the headline's end).
   */
  private headlineResearchers(): void {
    const br = this.text.indexOf('\n\n');
    if (br < 0) return;
    for (const h of this.hits) {
      if (h.cue.start >= br) break;
      if (!h.src || !ANON_SOURCE_GRADES.has(h.src.grade) || !/^(?:учён|учен|исследовател|разработчик)\p{L}*$/u.test(this.text.slice(h.src.span.start, h.src.span.end).toLowerCase())) continue;
      const body = this.sources.studyAfter(br, 800);
      if (!body) continue;
      h.src = { ...h.src, speaker: body, grade: 'organization', plural: true, gender: null, entity: { name: body, grade: 'organization', gender: null, plural: true, roles: new Set() } };
    }
    // ("Хакеры заявили о взломе банка" ¶ "Группировка, называющая себя X, заявила о взломе …": a headline's unnamed group
    // restating the lead's first report — the same verb, a word of the claim in common — is the lead's named body.)
    // (A body only: "Жители пожаловались" is not the one woman the lead quotes.)
    const stems = (sp: Span) => new Set([...this.text.slice(sp.start, sp.end).toLowerCase().matchAll(/\p{L}{5,}/gu)].map((m) => m[0].slice(0, 5)));
    const stem = (sp: Span) => this.text.slice(sp.start, sp.end).toLowerCase().slice(0, 5);
    const named = new Map<string, SourceInfo>();
    const lemma = (sp: Span) => verbForms().get(this.text.slice(sp.start, sp.end).toLowerCase().split(/\s+/)[0]!)?.lemma;
    for (const h of this.hits) {
      if (h.cue.start >= br) break;
      if (!h.src || !h.content || !ANON_SOURCE_GRADES.has(h.src.grade) || !h.src.plural || h.src.span.end - h.src.span.start > 20) continue;
      const lead = this.hits.find((x) => x.cue.start > br && x.cue.start - br < 600);
      if (!lead?.src || !lead.content || lead.src.grade !== 'organization' || lead.src.guessed || !lemma(h.cue) || lemma(h.cue) !== lemma(lead.cue)) continue;
      const mine = stems(h.content);
      if (![...stems(lead.content)].some((w) => mine.has(w))) continue;
      h.src = { ...lead.src, span: h.src.span };
      named.set(stem(h.src.span), h.src);
    }
    // ("…, сообщили в ДЧС" ¶ "… сообщили в департаменте по чрезвычайным ситуациям региона": a headline's acronym is the body
    // the lead names in full when its letters begin that name's initials, small words skipped.)
    const lead = this.hits.find((x) => x.cue.start > br && x.cue.start - br < 600);
    const full = lead?.src?.grade === 'organization' && !lead.src.guessed ? lead.src.speaker : null;
    const initials = full ? full.split(/[\s-]+/).filter((w) => w.length > 2 || /^\p{Lu}/u.test(w)).map((w) => w[0]!.toUpperCase()).join('') : '';
    for (const h of this.hits) {
      if (h.cue.start >= br) break;
      const said = h.src?.grade === 'organization' ? this.text.slice(h.src.span.start, h.src.span.end) : '';
      if (initials && /^\p{Lu}{3,6}$/u.test(said) && h.src!.speaker === said && initials.startsWith(said)) h.src = { ...lead!.src!, span: h.src!.span };
    }
    // (The text then keeps the headline's word for that group: "… хакеры опубликовали …, по их утверждению, …" is the
    // named group too, by the noun itself or by the pronoun pointing back to it; another noun stays unnamed.)
    if (!named.size) return;
    for (const h of this.hits) {
      if (h.cue.start < br || !h.src || !ANON_SOURCE_GRADES.has(h.src.grade) || !h.src.plural || !h.src.speaker || /\s/.test(h.src.speaker)) continue;
      const body = named.get(h.src.speaker.toLowerCase().slice(0, 5));
      if (body) h.src = { ...body, span: h.src.span };
    }
  }

  /**
   * "«Мужчина по телефону сказал, что …», — рассказала пенсионерка": a bare word for a person ("мужчина", "женщина") inside a
   * quote is someone of the quoted speaker's story, not the person the article named before — unless the quote names him.
   */
  private quotedStrangers(): void {
    for (const h of this.hits) {
      if (!h.src || h.src.grade !== 'person' || !h.src.entity?.surname) continue;
      const said = this.text.slice(h.src.span.start, h.src.span.end);
      if (/[\s«"]/.test(said) || !nounForms().get(normalize(said.toLowerCase()))?.some((f) => f.cat === 'anon' && !f.plural)) continue;
      // (The outer quote holding the cue: the last one opened before it.)
      const k = countBelow(this.outerQuotes, h.cue.start, (q) => q.open) - 1;
      const q = k >= 0 ? this.outerQuotes[k]! : undefined;
      if (!q || q.close === null || q.close < h.cue.end) continue;
      const stem = h.src.entity.surname.slice(0, Math.max(4, h.src.entity.surname.length - 2));
      if (normalize(this.text.slice(q.open, q.close).toLowerCase()).includes(stem)) continue;
      h.src = { span: h.src.span, speaker: said, grade: 'anonymous-bare', plural: false, gender: h.src.gender };
    }
  }

  /**
   * "«…», — сказал тренер Олег Петров." ¶ "«…»": a paragraph that is one whole quote with no cue of its own, right after a
   * paragraph whose last report is a named person's direct quote, goes on with that person's words.
   */
  private continuedQuotes(): void {
    const paras = this.doc.paragraphs;
    if (paras.length < 2 || !this.hits.length) return;
    const paraAt = (pos: number) => countBelow(paras, pos + 1, (x) => x.start) - 1;
    // (One pass over the hits: which paragraphs hold a cue or a claim, and the last report whose cue each paragraph holds.)
    const covered = new Uint8Array(paras.length);
    const lastIn: (Hit | undefined)[] = new Array(paras.length);
    for (const h of this.hits) {
      const k = paraAt(h.cue.start);
      if (k >= 0) { covered[k] = 1; if (!lastIn[k] || lastIn[k]!.cue.start <= h.cue.start) lastIn[k] = h; }
      if (h.content) for (let j = Math.max(0, paraAt(h.content.start)); j < paras.length && paras[j]!.start < h.content.end; j++) covered[j] = 1;
    }
    const added: Hit[] = [];
    for (let k = 1; k < paras.length; k++) {
      if (covered[k]) continue;
      const para = paras[k]!;
      let s = para.start;
      let e = para.end;
      while (s < e && /\s/.test(this.text[s]!)) s++;
      while (e > s && /[\s.!?…]/.test(this.text[e - 1]!)) e--;
      const q = this.quoteByOpen.get(s);
      if (!q || q.close === null || q.close !== e - 1 || q.depth !== 0) continue;
      const last = lastIn[k - 1];
      if (!last?.direct || !last.src?.speaker || last.src.grade !== 'person' || !last.content || last.pointer) continue;
      const si = countBelow(this.doc.sentences, q.open + 1, (x) => x.end);
      added.push({ cue: { start: q.open, end: q.open + 1 }, src: last.src, content: q.content, direct: true, reason: null, forward: false, anchor: q.open, pointer: false, sentence: si });
    }
    if (!added.length) return;
    // (Merged in, each before the first report after it: the hits stay in text order.)
    const merged: Hit[] = [];
    let j = 0;
    for (const h of this.hits) {
      while (j < added.length && added[j]!.cue.start < h.cue.start) merged.push(added[j++]!);
      merged.push(h);
    }
    while (j < added.length) merged.push(added[j++]!);
    this.hits.length = 0;
    this.hits.push(...merged);
  }


  /**
   * Outlets named anywhere — whom something was told ("подтвердил порталу «Звездный час»"), whose source spoke
   * ("собеседник «Интерфакса»") — so that a bare "издание" or "агентство" later means the last one named.
   */
  private noteOutlets(toks: Token[]): void {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.cap) {
        const m = mediaAt(toks, i);
        if (m) { this.sources.noteMedia(m.canonical, t.start); i = m.end - 1; }
        continue;
      }
      // "порталу «Звездный час»", "телеграм-канал «Кулисы»": an outlet noun and a quoted name.
      if (!t.word || !/^[«"„]$/.test(toks[i + 1]?.t ?? '') || !nounAt(t)?.some((f) => f.cat === 'media')) continue;
      for (let j = i + 2; j < toks.length && j <= i + 6; j++) {
        if (/^[»"“]$/.test(toks[j]!.t)) {
          if (j > i + 2 && toks[i + 2]!.cap) this.sources.noteMedia(this.text.slice(toks[i + 2]!.start, toks[j - 1]!.end), toks[i + 2]!.start);
          i = j;
          break;
        }
        if (!toks[j]!.word) break;
      }
    }
  }

  // ---------------------------------------------------------------- sentence

  private sentence(si: number): void {
    const toks = this.toks.get(si)!;
    const hits: Hit[] = [];
    const taken = new Set<number>();
    const s = this.doc.sentences[si]!;
    const reasonSpan = this.reasonIn(s.start, s.end);

    for (let i = 0; i < toks.length; i++) {
      if (taken.has(i) || !toks[i]!.word) continue;
      // Most words start nothing: one Set and one Map lookup.
      const lo = toks[i]!.lo;
      const participle = toks[i - 1]?.t === ',' && !starters().has(lo) ? SPEECH_PARTICIPLE.exec(lo) : null;
      if (!participle && !starters().has(lo) && !this.extraVerbs.has(lo)) continue;
      const h = participle ? this.participleAt(toks, i, si, participle, taken) : this.frameAt(toks, i, si, taken, hits)
        ?? this.hedgeAt(toks, i, si, taken)
        ?? this.verbAt(toks, i, si, taken, hits);
      if (h) for (const x of Array.isArray(h) ? h : [h]) {
        hits.push(x);
        // ("Как пишет Armenpress", "передает Trend": a one-word name the lists lack that writes or transmits is an outlet.)
        if (x.src?.grade === 'organization' && x.src.entity && !x.src.entity.head && x.src.speaker && /^\p{Lu}[\p{L}\d.-]+$/u.test(x.src.speaker) &&
          (OUTLET_VERB.test(this.text.slice(x.cue.start, x.cue.end)) ||
            // ("…, сообщает Deadline": a name in Latin letters that reports in the present right after the claim and its comma is an
            // outlet too; "Как сообщает Apple" stays a company.)
            /^[A-Z][A-Za-z\d.-]+$/.test(x.src.speaker) && this.text.slice(x.cue.start, x.cue.end) === 'сообщает' && x.src.span.start > x.cue.start &&
              /,\s*$/.test(this.text.slice(Math.max(0, x.cue.start - 3), x.cue.start))) &&
          this.text.slice(x.src.span.start, x.src.span.end) === x.src.speaker) {
          x.src = { ...x.src, grade: 'media', entity: { ...x.src.entity, grade: 'media' } };
        }
        if (x.src) {
          // A report quoted inside someone's words («Тренер мне сказал, что …», — вспоминает он) is no speaker of the article's:
          // a pronoun after the quote means the one who speaks it.
          const q = x.direct ? null : this.quoteAround(x.cue.start);
          // ("Он напомнил, что министр Рябов обещал деньги": a report inside another's claim is the outer speaker's telling.)
          const nested = hits.some((g) => g !== x && g.src && !g.pointer && g.content && g.content.start <= x.cue.start && x.cue.end <= g.content.end) ||
            this.insideAnswer(x);
          if (x.src.entity && !(q && q.open < x.src.span.start) && !nested) {
            // "Влад Батрынча заявил": the verb tells a person's gender when the name did not.
            if (x.src.entity.grade === 'person' && !x.src.entity.gender && x.agr && (x.agr === 'm' || x.agr === 'f')) x.src.entity.gender = x.agr;
            this.ents.mention(x.src.entity, x.src.span.start, true);
          }
        }
      }
    }
    if (!hits.length && SAME_VIEW.has(toks[0]?.lo ?? '')) this.sameView(toks, si, hits);
    this.extraAnonymous(toks, si, hits);
    if (hits.length) this.publishedBy(toks, si, hits);
    this.colonQuote(toks, si, hits);
    this.nounBeforeColon(toks, si, hits);
    if (si === 0 && !hits.length) this.headlineDashSource(toks, si, hits);
    if (!hits.length && toks[0]?.lo === 'к') this.conclusionPointer(toks, si, hits);
    if (!hits.length) this.firstPersonAnswer(toks, si, hits);
    this.pronounFromSubject(si, hits);
    this.cut(toks, hits);
    this.colonIntroduces(toks, si, hits);
    for (const h of hits) if (reasonSpan && h.src && /anonymous|vague/.test(h.src.grade)) h.reason = reasonSpan;
    this.hits.push(...hits);
  }

  /**
   * "Такого же мнения придерживается большинство экономистов", "Той же точки зрения придерживаются аналитики": whoever
   * follows shares the claim reported last before this sentence.
   */
  private sameView(toks: Token[], si: number, hits: Hit[]): void {
    let k = 1;
    if (toks[k]?.lo === 'же') k++;
    if (toks[k]?.lo === 'точки' && toks[k + 1]?.lo === 'зрения') k += 2;
    else if (/^(мнения|позиции|взгляда|оценки)$/.test(toks[k]?.lo ?? '')) k++;
    else return;
    const verb = toks[k];
    if (!verb || !/^придержива(?:ется|ются|лся|лась|лись|лось)$/.test(verb.lo)) return;
    let end = toks.length;
    while (end > k + 1 && !toks[end - 1]!.word && !/^[»"“)]$/.test(toks[end - 1]!.t)) end--;
    if (end <= k + 1) return;
    const agr: Agreement = /ются|лись$/.test(verb.lo) ? 'pl' : /лась$/.test(verb.lo) ? 'f' : /лся$/.test(verb.lo) ? 'm' : null;
    const src = this.sources.classify(toks, k + 1, end, { oblique: false, agr, pos: toks[0]!.start });
    const last = this.hits.findLast((h) => h.content && h.sentence < si && !h.pointer);
    if (!src || src.guessed || !last?.content) return;
    hits.push({ cue: { start: toks[0]!.start, end: verb.end }, src, content: last.content, direct: last.direct, reason: null, forward: false, anchor: toks[0]!.start, pointer: false, sentence: si });
  }

  /**
   * The first reason for anonymity inside [start, end). Reasons are in text order and do not
   * overlap, so only the first one starting at or after start can fit (binary search, not a scan
   * of every reason per sentence, which grew with the square of the text).
   */
  private reasonIn(start: number, end: number): Span | null {
    const rs = this.reasons;
    const r = rs[countBelow(rs, start, (x) => x.start)];
    return r && r.end <= end ? r : null;
  }

  // ------------------------------------------------------------------ frames

  /**
   * The subject a "по его словам" aside stands after ("Министр, по его словам, …"): the phrase opening the clause up to the
   * comma at `comma`, when the pronoun agrees with it.
   */
  private asideOwner(toks: Token[], comma: number, pronoun: string): SourceInfo | null {
    const { start } = clauseStart(toks, comma);
    if (comma - start < 1 || comma - start > 6 || !toks.slice(start, comma).every((x) => x.word || /^[«»"„“-]$/.test(x.t))) return null;
    // (A word for someone or a name the article registered, not an adverb: "Вчера, по его словам, …" is whoever was named before.)
    if (!toks.slice(start, comma).some((x) => nounAt(x)) && !this.ents.personAt(toks, start, false) && !mediaAt(toks, start)) return null;
    // ("Её сосед, по её словам, купил генератор": a subject owned by the same pronoun is someone else's; the aside is the owner's.)
    if (toks[start]!.lo === pronoun || /^(ее|её)$/.test(toks[start]!.lo) && /^(ее|её)$/.test(pronoun)) return null;
    const agr: Agreement = pronoun === 'их' ? 'pl' : pronoun === 'его' ? 'm' : 'f';
    const src = this.sources.classify(toks, start, comma, { oblique: false, agr, pos: toks[start]!.start });
    if (!src?.speaker || src.guessed || src.grade === 'document' || src.grade === 'unattributed') return null;
    if (pronoun === 'их' ? !src.plural : src.plural || (pronoun === 'его' ? src.gender === 'f' : src.gender === 'm' || src.gender === 'n')) return null;
    return src;
  }

  private seq(toks: Token[], i: number, words: string[]): boolean {
    for (let k = 0; k < words.length; k++) if (toks[i + k]?.lo !== words[k]) return false;
    return true;
  }

  /** "по словам X, …", "по его мнению", "со ссылкой на X", "говорится в X". */
  private frameAt(toks: Token[], i: number, si: number, taken: Set<number>, hits: Hit[]): Hit | Hit[] | null {
    const t = toks[i]!;
    // "Источник, на которого ссылается РИА Новости, уточнил …": the outlet relays the main clause's claim.
    if (/^ссыла(ется|ются|лся|лась|лись)$/.test(t.lo) && /^котор(ого|ую|ых|ое)$/.test(toks[i - 1]?.lo ?? '') && toks[i - 2]?.lo === 'на' && toks[i - 3]?.t === ',') {
      const end = phraseEnd(toks, i + 1, Math.min(toks.length, i + 10));
      const src = end > i + 1 && toks[end]?.t === ',' ? this.sources.classify(toks, i + 1, end, { oblique: false, agr: null, pos: t.start }) : null;
      if (!src?.speaker || src.guessed || !/media|organization|person/.test(src.grade)) return null;
      for (let k = i - 2; k < end; k++) taken.add(k);
      return { cue: { start: t.start, end: t.end }, src, content: null, direct: false, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si, pendingCite: true, relay: true };
    }
    if (RELAY.test(t.lo)) {
      // "Андрей Костин, слова которого приводит ТАСС, заявил …": the outlet relays the main clause's claim.
      // (", чьи слова приводит «Интерфакс»," the same way.)
      if ((/^котор(ого|ой|ых)$/.test(toks[i - 1]?.lo ?? '') && toks[i - 2]?.lo === 'слова' || toks[i - 1]?.lo === 'слова' && toks[i - 2]?.lo === 'чьи') && toks[i - 3]?.t === ',') {
        const end = phraseEnd(toks, i + 1, Math.min(toks.length, i + 10));
        const src = end > i + 1 && toks[end]?.t === ',' ? this.sources.classify(toks, i + 1, end, { oblique: false, agr: null, pos: t.start }) : null;
        if (!src?.speaker || src.guessed) return null;
        for (let k = i - 2; k < end; k++) taken.add(k);
        return { cue: { start: t.start, end: t.end }, src, content: null, direct: false, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si, pendingCite: true, relay: true };
      }
      const fronted = this.frontedWords(toks, i, si, taken);
      if (fronted) return fronted;
    }
    if (APPEARED_SET.has(t.lo)) return this.appearedIn(toks, i, si, taken);
    // "Из документа следует, что …", "Из отчёта Минфина следует: …": the source fronted before "следует".
    if (t.lo === 'следует' && (toks[i + 1]?.t === ',' && toks[i + 2]?.lo === 'что' || toks[i + 1]?.t === ':')) {
      let from = 0;
      while (from < i && !toks[from]!.word) from++;
      // ("Из переписки сотрудников, копия которой есть у редакции, следует": a relative clause between the source and the verb.)
      let end = i;
      if (toks[from]?.lo === 'из' && toks[i - 1]?.t === ',') {
        let c1 = -1;
        for (let k = from + 1; k < i - 1 && k <= from + 12; k++) if (toks[k]!.t === ',') { c1 = k; break; }
        if (c1 > from + 1 && toks.slice(c1 + 1, c1 + 4).some((x) => /^котор/.test(x.lo)) && !toks.slice(c1 + 1, i - 1).some((x) => x.t === ',')) end = c1;
      }
      if (toks[from]?.lo === 'из' && end - from >= 2 && end - from <= 10 && toks.slice(from, end).every((x) => x.word || /^[«»"„“]$/.test(x.t))) {
        const src = this.sources.classify(toks, from + 1, end, { oblique: true, agr: null, pos: toks[from]!.start, ownDocument: true });
        const content = src?.speaker && !src.guessed ? this.forward(toks, i + 1, t.start) : null;
        if (src && content) {
          for (let k = from; k <= i; k++) taken.add(k);
          // (The cue is the verb: "Из" stands apart, before the source.)
          const cue = { start: t.start, end: t.end };
          return { cue, src, content: content.span, direct: content.direct, reason: null, forward: true, anchor: toks[from]!.start, pointer: false, sentence: si, frame: true };
        }
      }
    }
    // по его/ее/их словам
    if (t.lo === 'по' && FRAME_POSSESSIVES.has(toks[i + 1]?.lo ?? '') && GENITIVE_FRAMES.some((f) => f[0] === 'по' && f[1] === toks[i + 2]?.lo)) {
      const pron = toks[i + 1]!;
      const cue = { start: t.start, end: toks[i + 2]!.end };
      let src = this.sources.classify(toks, i + 1, i + 2, { oblique: false, agr: null, pos: t.start });
      for (let k = i; k <= i + 2; k++) taken.add(k);
      // ("Глава ведомства, по его словам, не видит причин …": an aside between the subject and its predicate speaks for
      // that subject, not for whoever the text named last.)
      const subject = toks[i - 1]?.t === ',' && toks[i + 3]?.t === ',' ? this.asideOwner(toks, i - 1, pron.lo) : null;
      if (subject) src = { ...subject, span: { start: pron.start, end: pron.end } };
      return this.frameHit(toks, i, i + 3, i + 3, cue, src, si);
    }
    // "По последним данным Росстата", "согласно опубликованным данным Минздрава": an adjective inside a frame that names its source.
    if ((t.lo === 'по' || t.lo === 'согласно') && /(ым|им|ой|ей)$/.test(toks[i + 1]?.lo ?? '') && !FRAME_POSSESSIVES.has(toks[i + 1]!.lo) &&
      GENITIVE_FRAMES.some((f) => f.length === 2 && f[0] === t.lo && f[1] === toks[i + 2]?.lo) && toks[i + 3]?.word) {
      const after = i + 3;
      const end = this.frameSourceEnd(toks, after);
      const src = end > after ? this.sources.classify(toks, after, end, { oblique: true, agr: null, pos: t.start, ownDocument: true }) : null;
      if (src) {
        for (let k = i; k < end; k++) taken.add(k);
        return this.frameHit(toks, i, after, end, { start: t.start, end: toks[i + 2]!.end }, src, si);
      }
    }
    // ("Газета «Хабар», по данным которой цены выросли, …": a relative pronoun after the frame is the body before the comma; the
    // claim is the relative clause.)
    if (toks[i - 1]?.t === ',' && /^котор(ого|ой|ых)$/.test(toks[i + 2]?.lo ?? '') && GENITIVE_FRAMES.some((f) => f.length === 2 && f[0] === t.lo && f[1] === toks[i + 1]?.lo)) {
      const ante = this.antecedent(toks, i);
      const content = ante?.speaker && !ante.guessed ? this.untilComma(toks, i + 3) : null;
      if (!ante || !content) return null;
      for (let k = i; k < i + 3; k++) taken.add(k);
      const rel = toks[i + 2]!;
      const src: SourceInfo = { ...ante, span: { start: rel.start, end: rel.end } };
      return { cue: { start: t.start, end: rel.end }, src, content, direct: false, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si, frame: true };
    }
    for (const f of FRAMES_BY_FIRST.get(t.lo) ?? []) {
      if (!this.seq(toks, i, f)) continue;
      const after = i + f.length;
      for (let k = i; k < after; k++) taken.add(k);
      const cue = { start: t.start, end: toks[after - 1]!.end };
      const end = this.frameSourceEnd(toks, after);
      if (end <= after) return null;
      // "по сообщениям СМИ" names a source; "по сообщениям," alone is a hedge (see hedgeAt).
      let src = this.sources.classify(toks, after, end, { oblique: true, agr: null, pos: t.start, ownDocument: true });
      let srcEnd = end;
      // "по словам главы делегации, замминистра Таалайбека Осмонова, …": a named appositive after a role.
      // ("по словам дяди пострадавшего, Олега Сомова, …": a relative or another unnamed person named in apposition; the name
      // must open the apposition, as a capitalized word.)
      // (Also a title the scan resolved to someone before: the name in apposition says who is meant.)
      const unnamed = src && (/anonymous-bare|anonymous-described/.test(src.grade) || src.grade === 'person' && !toks[after]!.cap) && !src.plural && toks[end + 1]?.cap;
      if (src && (src.grade === 'person' && !src.entity?.surname || unnamed) && toks[end]?.t === ',') {
        const c2 = this.nextComma(toks, end + 1);
        if (c2 > end + 1 && c2 - end <= 9) {
          const app = this.sources.classify(toks, end + 1, c2, { oblique: true, agr: null, pos: t.start });
          if (app?.grade === 'person' && app.entity?.surname) {
            // (The title is the person's from now on: "Дядя пострадавшего заявил" later is he.)
            const head = unnamed ? src.entity?.head ?? nounAt(toks[after])?.[0]?.lemma : undefined;
            if (head) app.entity.roles.add(head);
            src = { ...app, span: { start: src.span.start, end: app.span.end } }; srcEnd = c2;
          }
        }
      }
      // "По информации людей, знакомых с ситуацией, …": the participle phrase describes an anonymous source.
      if (src && /anonymous|vague/.test(src.grade) && srcEnd === end) {
        const pe = this.obliqueParticipleEnd(toks, end);
        if (pe > end) {
          const span = { start: src.span.start, end: toks[pe - 1]!.end };
          // (The head in the nominative, the description as written: "люди, знакомые с ситуацией".)
          const part = toks[end + 1]!;
          const desc = adjectiveNominative(part.t, src.gender ?? 'm', src.plural) + this.text.slice(part.end, span.end);
          src = { ...src, span, speaker: `${src.speaker ?? ''}, ${desc}`, grade: src.grade === 'anonymous-bare' ? 'anonymous-described' : src.grade };
          srcEnd = pe;
        }
      }
      for (let k = after; k < srcEnd; k++) taken.add(k);
      return this.frameHit(toks, i, after, srcEnd, cue, src, si);
    }
    // "Согласно указу, …", "согласно докладу ООН": a document (or body) in the dative.
    if (t.lo === 'согласно' && (nounAt(toks[i + 1])?.some((f) => f.cat === 'document' || f.cat === 'org' || f.cat === 'media') || mediaAt(toks, i + 1))) {
      const end = this.frameSourceEnd(toks, i + 1);
      const src = this.sources.classify(toks, i + 1, end, { oblique: true, agr: null, pos: t.start, ownDocument: true });
      for (let k = i; k < end; k++) taken.add(k);
      return this.frameHit(toks, i, i + 1, end, { start: t.start, end: t.end }, src, si);
    }
    // "В минздраве ссылаются на нехватку врачей": a "в"-place right before a finite "ссылаться на" and a lower-case thing that
    // is no source — the reason the place gives, its claim.
    if (/^(ссылаются|ссылается|ссылались|ссылался|ссылалась)$/.test(t.lo) && toks[i + 1]?.lo === 'на' && toks[i + 2]?.word && !toks[i + 2]!.cap) {
      const end = this.frameSourceEnd(toks, i + 2);
      // (No word of the thing names a possible source: "на источники в отрасли", "на данные Росстата" cite.)
      // (Only the head decides: "на нехватку врачей" is a reason, whoever the genitive after it names.)
      let hd = i + 2;
      while (hd < end - 1 && ADJECTIVE.test(toks[hd]!.lo) && !nounAt(toks[hd])) hd++;
      const thing = end > i + 2 && toks.slice(i + 2, end).every((x) => !x.cap) && !CITED_HEADS.test(toks[hd]!.lo) &&
        !nounAt(toks[hd])?.some((f) => /anon|group|role|org|media|document|person/.test(f.cat));
      const pl = thing ? this.placePhrase(toks, 0, i, t.start) : null;
      if (pl && pl.b === i && !pl.src.guessed) {
        for (let k = i; k < end; k++) taken.add(k);
        return { cue: { start: t.start, end: toks[i + 1]!.end }, src: pl.src, content: { start: toks[i + 2]!.start, end: toks[end - 1]!.end }, direct: false, reason: null, forward: true, anchor: t.start, pointer: false, sentence: si };
      }
    }
    for (const f of CITING_BY_FIRST.get(t.lo) ?? []) {
      if (!this.seq(toks, i, f)) continue;
      const after = i + f.length;
      // "…, сославшись на то, что …": the reason given is the claim of whoever speaks in this sentence.
      if (toks[after]?.lo === 'то' && toks[after + 1]?.t === ',' && toks[after + 2]?.lo === 'что') {
        // (With no attribution before it in the sentence, the sentence's own subject or "в"-place gives the reason.)
        let src = [...hits].reverse().find((h) => h.src && h.cue.start < t.start)?.src ?? this.placePhrase(toks, 0, i, t.start)?.src ?? null;
        if (!src) {
          const s0 = findSubject(toks, 0, i);
          const c = s0 ? this.sources.classify(toks, s0.a, s0.b, { oblique: false, agr: null, pos: t.start }) : null;
          if (c && !c.guessed) src = c;
        }
        const content = this.toEnd(toks, after + 3);
        for (let k = i; k < after + 3; k++) taken.add(k);
        if (!src || !content) return null;
        return { cue: { start: t.start, end: toks[after]!.end }, src, content: content.span, direct: false, reason: null, forward: true, anchor: t.start, pointer: false, sentence: si };
      }
      // ("Причину в «Арт-Векторе» не назвали, сославшись на «обстоятельства непреодолимой силы»": a quotation of lower-case
      // words is the reason given, like an unquoted thing; the body named in the place before the comma gives it.)
      if (/^(сославшись|ссылаясь)$/.test(t.lo) && /^[«"„]$/.test(toks[after]?.t ?? '') && toks[after + 1]?.word && !toks[after + 1]!.cap && toks[i - 1]?.t === ',' &&
        ![...hits].some((h) => h.src && h.sentence === si)) {
        let c = after + 1;
        while (c < toks.length && c < after + 12 && !/^[»"“]$/.test(toks[c]!.t)) c++;
        const who = c < toks.length && /^[»"“]$/.test(toks[c]!.t) ? this.placeBeforePluralVerb(toks, i - 1, t.start) : null;
        if (who) {
          for (let k = i; k <= c; k++) taken.add(k);
          return { cue: { start: t.start, end: toks[after - 1]!.end }, src: who, content: { start: toks[after + 1]!.start, end: toks[c - 1]!.end }, direct: false, reason: null, forward: true, anchor: t.start, pointer: false, sentence: si };
        }
      }
      const end = this.frameSourceEnd(toks, after);
      if (end <= after) return null;
      for (let k = i; k < end; k++) taken.add(k);
      const cue = { start: t.start, end: toks[after - 1]!.end };
      let src = this.sources.classify(toks, after, end, { oblique: true, agr: null, pos: t.start, ownDocument: true });
      if (!src) return null;
      // "…, сославшись на резкое замедление кредитования": a thing referred to is the reason given, the claim of whoever
      // speaks in this sentence, not a source.
      if (src.guessed && /^(сославшись|ссылаясь)$/.test(t.lo) && toks.slice(after, end).every((x) => !x.cap)) {
        let who = [...hits].reverse().find((h) => h.src && h.cue.start < t.start)?.src ?? null;
        // ("Причину отмены в «Арт-Векторе» не назвали, сославшись на …": no subject; a named body after "в" right before the
        // plural verb of the clause before the comma acted, and it cites.)
        if (!who && toks[i - 1]?.t === ',') who = this.placeBeforePluralVerb(toks, i - 1, t.start);
        if (!who) {
          const s0 = findSubject(toks, 0, i);
          // (The subject agrees with its verb: "Певица отменила концерт" is no man who spoke before.)
          const verb = s0 ? toks[s0.b]?.lo ?? '' : '';
          const agr: Agreement = /(ла|лась)$/.test(verb) ? 'f' : /(ли|лись)$/.test(verb) ? 'pl' : /(л|лся)$/.test(verb) ? 'm' : null;
          const c = s0 ? this.sources.classify(toks, s0.a, s0.b, { oblique: false, agr, pos: t.start }) : null;
          if (c && !c.guessed) who = c;
        }
        if (!who) return null;
        return { cue, src: who, content: { start: toks[after]!.start, end: toks[end - 1]!.end }, direct: false, reason: null, forward: true, anchor: t.start, pointer: false, sentence: si };
      }
      // "со ссылкой на инвесторов, владеющих облигациями": the description belongs to an anonymous source.
      const pe = /anonymous|vague/.test(src.grade) ? this.obliqueParticipleEnd(toks, end) : end;
      if (pe > end) {
        src = { ...src, grade: src.grade === 'anonymous-bare' ? 'anonymous-described' : src.grade, span: { start: src.span.start, end: toks[pe - 1]!.end } };
        src.speaker = this.text.slice(src.span.start, src.span.end);
        for (let k = end; k < pe; k++) taken.add(k);
      }
      // ("со ссылкой на данные опроса, проведенного ВЦИОМ, …": a document's author named in a participle after it speaks through it;
      // the phrase ends at its comma or before a reporting verb, its closing comma lost.)
      if (src.grade === 'document' && toks[end]?.t === ',' && /^(проведенн|проведённ|подготовленн|составленн|выполненн|сделанн)\p{L}*$/u.test(toks[end + 1]?.lo ?? '')) {
        let c = end + 2;
        while (c < toks.length && c < end + 10 && toks[c]!.t !== ',' && toks[c]!.t !== '.' && !verbForms().has(toks[c]!.lo)) c++;
        const author = c < toks.length ? this.authorOf(toks, end, c) : null;
        if (author) {
          // ("проведенного американским Pew Research Center": the adjective before a name in Latin letters is no part of it.)
          const speaker = author.speaker!.replace(/^(?:\p{Ll}+(?:ским|цким|ным|ым|им)\s+)+(?=[A-Z])/u, '');
          src = { ...author, speaker };
          for (let k = end; k < c; k++) taken.add(k);
        }
      }
      // The reporter is the attribution just before in this sentence ("Как сообщает The Guardian со ссылкой на…").
      const reporter = [...hits].reverse().find((h) => h.src && h.cue.start < t.start);
      const h: Hit = { cue, src, content: null, direct: false, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si, via: reporter };
      if (reporter) {
        h.sameAs = reporter;
      } else {
        // "Газета X со ссылкой на Y пишет, что…": the reporter comes later in the sentence.
        h.pendingCite = true;
      }
      return h;
    }
    // «…», — приводит слова министра ТАСС / …, приводит его слова агентство.
    if (/^(привод|привел|привела|привели|приводят|приводит)/.test(t.lo) && /^(привод(ит|ят)|привел[аио]?)$/.test(t.lo)) {
      let k = i + 1;
      const pron = PRONOUNS[toks[k]?.lo ?? ''] && !PRONOUNS[toks[k]!.lo]!.nominative ? k++ : -1;
      // "Такие данные приводит РБК": a pointer object before the verb, the source after it.
      // "— приводит РБК слова бизнесмена": the outlet first, then the quoted party.
      if (toks[k]?.lo !== 'слова' && pron < 0) {
        let w = -1;
        for (let j = k + 1; j < toks.length && j <= k + 5 && toks[j]!.word; j++) if (toks[j]!.lo === 'слова') { w = j; break; }
        const qb = w > 0 ? this.quoteEndingBefore(toks, i - 1) : null;
        if (w > 0 && qb) {
          const reporter = this.sources.classify(toks, k, w, { oblique: false, agr: null, pos: t.start });
          const qe = phraseEnd(toks, w + 1, Math.min(toks.length, w + 12));
          const quoted = qe > w + 1 ? this.sources.classify(toks, w + 1, qe, { oblique: true, agr: null, pos: t.start }) : null;
          if (reporter && quoted) {
            for (let x = i; x < qe; x++) taken.add(x);
            const cue = { start: t.start, end: t.end };
            const main: Hit = { cue, src: reporter, content: qb.span, direct: true, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si };
            return [main, { cue, src: quoted, content: qb.span, direct: true, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si, via: main }];
          }
        }
        const ptr = this.pointerBefore(toks, clauseStart(toks, i).start, i);
        const e = phraseEnd(toks, i + 1, Math.min(toks.length, i + 10));
        const src = ptr && e > i + 1 ? this.sources.classify(toks, i + 1, e, { oblique: false, agr: null, pos: t.start }) : null;
        const pc = src && !src.guessed ? this.pointerContent(t.start) : null;
        if (!ptr || !src || !pc) return null;
        for (let x = i; x < e; x++) taken.add(x);
        return { cue: { start: ptr.cue.start, end: t.end }, src, content: pc.span, direct: false, reason: null, forward: false, anchor: ptr.cue.start, pointer: true, sentence: si };
      }
      if (toks[k]?.lo !== 'слова') return null;
      const cue = { start: t.start, end: toks[k]!.end };
      k++;
      let quoted: SourceInfo | null = null;
      if (pron >= 0) quoted = this.sources.classify(toks, pron, pron + 1, { oblique: true, agr: null, pos: t.start });
      else {
        // The genitive runs up to a nominative outlet or organization.
        let e = k;
        while (e < toks.length && toks[e]!.word && !mediaAt(toks, e) && !nounAt(toks[e])?.some((f) => f.nominative && (f.cat === 'media' || f.cat === 'org') && !toks[e]!.cap)) e++;
        if (e > k) quoted = this.sources.classify(toks, k, e, { oblique: true, agr: null, pos: t.start });
        k = e;
      }
      const end = phraseEnd(toks, k, Math.min(toks.length, k + 10));
      const reporter = end > k ? this.sources.classify(toks, k, end, { oblique: false, agr: null, pos: t.start }) : null;
      const p = i - 1;
      const qb = this.quoteEndingBefore(toks, p);
      const content = qb ? { span: qb.span, direct: true } : toks[p]?.t === ',' || isDash(toks[p]) ? this.before(toks, p, t.start) : null;
      if (!content || !reporter && !quoted) return null;
      for (let x = i; x < Math.max(end, k); x++) taken.add(x);
      const out: Hit[] = [];
      if (reporter) out.push({ cue, src: reporter, content: content.span, direct: content.direct, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si });
      if (quoted) out.push({ cue, src: quoted, content: content.span, direct: content.direct, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si, via: out[0] });
      return out;
    }
    // "говорится в X", "сообщается в X", "называется в X"
    const v = verbForms().get(t.lo);
    const onSite = toks[i + 1]?.lo === 'на' && ON_SITE.test(toks[i + 2]?.lo ?? '');
    if (v && v.reflexive && (/^(в|во)$/.test(toks[i + 1]?.lo ?? '') || onSite)) {
      if (toks[i - 1]?.lo === 'не') return null;
      const a = i + 2;
      let end = this.frameSourceEnd(toks, a);
      if (end <= a) return null;
      let src = this.sources.classify(toks, a, end, { oblique: true, agr: null, pos: t.start });
      // ("говорится в сообщении на официальном сайте клуба", "в заявлении в телеграм-канале ведомства": a document placed on a
      // site or channel is its owner's, as "в сообщении клуба" is; the whole phrase is the source span.)
      if (!onSite && end === a + 1 && /^(на|в|во)$/.test(toks[a + 1]?.lo ?? '') && ON_SITE.test(toks[a + 2]?.lo ?? '') && nounAt(toks[a])?.some((f) => f.cat === 'document')) {
        const pe = phraseEnd(toks, a + 2, Math.min(toks.length, a + 16));
        const placed = pe > a + 2 ? this.sources.classify(toks, a + 2, pe, { oblique: true, agr: null, pos: t.start }) : null;
        if (placed?.speaker && !placed.guessed && /organization|media|document/.test(placed.grade)) {
          src = { ...placed, span: { start: toks[a]!.start, end: placed.span.end } };
          end = pe;
        }
      }
      if (!src) return null;
      for (let k = i; k < end; k++) taken.add(k);
      // "Об этом сообщается на сайте ведомства": the previous sentence.
      const ptr = this.pointerBefore(toks, clauseStart(toks, i).start, i);
      if (ptr && !ptr.owner) {
        const pc = this.pointedBefore(toks, ptr.at) ?? this.pointerContent(t.start);
        if (!pc) return null;
        return { cue: { start: t.start, end: toks[i + 1]!.end }, src, content: pc.span, direct: false, reason: null, forward: false, anchor: ptr.cue.start, pointer: true, sentence: si };
      }
      const kak = toks[i - 1]?.lo === 'как' ? i - 1 : i;
      let cue: Span = { start: toks[kak]!.start, end: toks[i + 1]!.end };
      if (src.cueExtra) cue = { start: cue.start, end: src.cueExtra.end };
      return this.placedHit(toks, kak, i, end, cue, src, si, v.agr);
    }
    // "В X говорится, что …"
    if (v && v.reflexive && i >= 2) {
      if (toks[i - 1]?.lo === 'не') return null;
      // ("В Москве ожидается снегопад": a forecast of weather or events, with no что-clause, reports no one's claim.)
      if (v.sem === 'reply' && !(toks[i + 1]?.t === ',' && toks[i + 2]?.lo === 'что')) return null;
      let cs = clauseStart(toks, i).start;
      // "В заявлении, опубликованном на сайте Кремля, говорится, что …": a participle phrase between commas after the document.
      let described: { a: number; b: number } | null = null;
      if (toks[i - 1]?.t === ',') {
        let q = i - 2;
        while (q > 0 && q > i - 12 && toks[q]!.t !== ',' && toks[q]!.word) q--;
        if (toks[q]?.t === ',' && ADJECTIVE.test(toks[q + 1]?.lo ?? '') && !nounAt(toks[q + 1])) {
          const c2 = clauseStart(toks, q).start;
          if (/^(в|во)$/.test(toks[c2]?.lo ?? '') && c2 + 1 < q && nounAt(toks[c2 + 1])?.some((f) => f.cat === 'document')) { described = { a: q + 1, b: i - 1 }; cs = c2; }
        }
      }
      // ("На сайте мэрии сообщается, что …": a site stands where a document does.)
      if ((/^(в|во)$/.test(toks[cs]?.lo ?? '') || toks[cs]?.lo === 'на' && ON_SITE.test(toks[cs + 1]?.lo ?? '') && !/^(официальном|своем|своей)$/.test(toks[cs + 1]!.lo) && cs + 2 < i) && cs + 1 < i) {
        let end = described ? described.a - 1 : i;
        while (end > cs + 1 && BETWEEN.has(toks[end - 1]!.lo)) end--;
        let src = this.sources.classify(toks, cs + 1, end, { oblique: true, agr: null, pos: t.start });
        // (The document's owner may be named in that phrase: "на сайте Кремля".)
        if (described && src?.grade === 'document' && (!src.entity || src.entity.grade === 'document')) {
          for (let j = described.a; j < described.b; j++) {
            if (!toks[j]!.cap || !toks[j]!.word) continue;
            const owner = this.sources.classify(toks, j, phraseEnd(toks, j, described.b), { oblique: true, agr: null, pos: t.start });
            if (owner?.speaker && !owner.guessed && /organization|media|person/.test(owner.grade)) src = { ...src, speaker: owner.speaker, entity: owner.entity };
            break;
          }
        }
        if (end === cs + 2 && /^(нем|ней)$/.test(toks[cs + 1]!.lo)) src = this.sources.documentPronoun(toks[cs + 1]!, t.start);
        if (src && (src.grade === 'document' || nounAt(toks[cs + 1]) || toks[cs + 1]!.cap)) {
          taken.add(i);
          const cue = { start: t.start, end: t.end };
          // "Среди улик…, в обвинительном заключении называется и …": the longer side is the claim.
          let content = this.forward(toks, i + 1, t.start);
          const left = cs > 1 && toks[cs - 1]?.t === ',' ? this.before(toks, cs - 1, toks[cs]!.start) : null;
          if (left && toks[i + 1]?.t !== ',' && toks[i + 1]?.lo !== 'что' && (!content || left.span.end - left.span.start > content.span.end - content.span.start)) content = left;
          if (!content) return null;
          return { cue, src, content: content.span, direct: content.direct, reason: null, forward: true, anchor: toks[cs]!.start, pointer: false, sentence: si };
        }
      }
    }
    return null;
  }

  /**
   * "Сообщение об этом появилось в телеграм-канале Mash", "Соответствующее заявление опубликовано на сайте
   * ведомства": a claim noun pointing back, a verb of appearing and the place it appeared, which speaks.
   */
  private appearedIn(toks: Token[], i: number, si: number, taken: Set<number>): Hit | null {
    const t = toks[i]!;
    const cs = clauseStart(toks, i).start;
    let k = cs;
    while (k < i && BETWEEN.has(toks[k]!.lo)) k++;
    // The claim noun, with "об этом" after it or a demonstrative before it.
    const demo = POINTER_DEMONSTRATIVES.has(toks[k]?.lo ?? '') ? k++ : -1;
    if (!/^(сообщение|сообщения|информация|заявление|данные|сведения|новость|видео|публикация|пост|запись)$/.test(toks[k]?.lo ?? '')) return null;
    let j = k + 1;
    if (demo < 0) { if (!(/^(об|о)$/.test(toks[j]?.lo ?? '') && toks[j + 1]?.lo === 'этом')) return null; j += 2; }
    while (j < i && BETWEEN.has(toks[j]!.lo)) j++;
    if (j !== i || !/^(в|во|на)$/.test(toks[i + 1]?.lo ?? '')) return null;
    const end = this.frameSourceEnd(toks, i + 2);
    if (end <= i + 2 || toks.slice(end).some((x) => x.word)) return null;
    const src = this.sources.classify(toks, i + 2, end, { oblique: true, agr: null, pos: t.start });
    const pc = src?.speaker && !src.guessed ? this.pointerContent(toks[cs]!.start) : null;
    if (!src || !pc) return null;
    for (let x = cs; x < end; x++) taken.add(x);
    const cue = { start: toks[demo >= 0 ? demo : k]!.start, end: toks[i + 1]!.end };
    return { cue, src, content: pc.span, direct: false, reason: null, forward: false, anchor: cue.start, pointer: true, sentence: si };
  }

  /**
   * "Слова министра приводит ТАСС: «…»", "Его слова приводит пресс-служба мэрии.", "Слова Пескова цитирует
   * РИА Новости.": the words and their owner open the clause, the verb and the outlet that relays them follow.
   * Two attributions: the outlet, and the owner through it. The claim is the quote after a colon, or the
   * sentence before when nothing follows the outlet.
   */
  private frontedWords(toks: Token[], i: number, si: number, taken: Set<number>): Hit[] | null {
    const t = toks[i]!;
    const cs = clauseStart(toks, i).start;
    let k = cs;
    while (k < i && BETWEEN.has(toks[k]!.lo)) k++;
    const pron = FRAME_POSSESSIVES.has(toks[k]?.lo ?? '') ? k++ : -1;
    // ("Его цитирует «Интерфакс»: «…»": the pronoun is whom the outlet quotes.)
    const quotesHim = pron >= 0 && k === i && /цитир/.test(t.lo);
    if (toks[k]?.lo !== 'слова' && !quotesHim) return null;
    const a = quotesHim ? i : k + 1;
    let b = i;
    while (b > a && BETWEEN.has(toks[b - 1]!.lo)) b--;
    if (pron >= 0 ? b !== a : b <= a) return null;
    const end = phraseEnd(toks, i + 1, Math.min(toks.length, i + 10));
    if (end <= i + 1) return null;
    const reporter = this.sources.classify(toks, i + 1, end, { oblique: false, agr: null, pos: t.start });
    if (!reporter?.speaker || reporter.guessed) return null;
    let content: { span: Span; direct: boolean } | null = null;
    let pointer = false;
    const colonQuote = toks[end]?.t === ':' && /^[«"„“]$/.test(toks[end + 1]?.t ?? '') ? this.quoteByOpen.get(toks[end + 1]!.start) : undefined;
    if (colonQuote && colonQuote.close !== null) content = { span: colonQuote.content, direct: true };
    else if (toks.slice(end).every((x) => !x.word)) { content = this.pointerContent(toks[cs]!.start); pointer = true; }
    if (!content) return null;
    const quoted = pron >= 0 ? this.sources.classify(toks, pron, pron + 1, { oblique: false, agr: null, pos: toks[pron]!.start })
      : this.sources.classify(toks, a, b, { oblique: true, agr: null, pos: toks[a]!.start });
    if (!quoted?.speaker || quoted.guessed) return null;
    for (let x = cs; x < end; x++) taken.add(x);
    const cue = { start: t.start, end: t.end };
    const main: Hit = { cue, src: reporter, content: content.span, direct: content.direct, reason: null, forward: false, anchor: toks[cs]!.start, pointer, sentence: si };
    return [main, { ...main, src: quoted, via: main }];
  }

  /** ", владеющих облигациями компании,": a participle phrase in the oblique case describing the source before it. */
  private obliqueParticipleEnd(toks: Token[], end: number): number {
    if (toks[end]?.t !== ',' || !OBLIQUE_PARTICIPLE.test(toks[end + 1]?.lo ?? '')) return end;
    const c2 = this.nextComma(toks, end + 2);
    return c2 > end + 1 ? c2 : end;
  }

  /** Where a citing frame starting at k ("со ссылкой на X, владеющих…") ends; k when there is none. */
  private citingEnd(toks: Token[], k: number): number {
    for (const f of CITING_BY_FIRST.get(toks[k]?.lo ?? '') ?? []) {
      if (!this.seq(toks, k, f)) continue;
      const end = this.frameSourceEnd(toks, k + f.length);
      return this.obliqueParticipleEnd(toks, end);
    }
    return k;
  }

  /** A frame's source phrase runs to the comma (or the end); at most a few words. */
  private frameSourceEnd(toks: Token[], a: number): number {
    if (a >= toks.length) return a;
    // "в опубликованном в среду докладе ООН": a participle's own phrase before the document noun.
    if (toks[a]!.word && !toks[a]!.cap && ADJECTIVE.test(toks[a]!.lo) && !nounAt(toks[a]) && isPreposition(toks[a + 1])) {
      for (let j = a + 2; j < toks.length && j <= a + 7 && toks[j]!.word; j++) {
        if (nounAt(toks[j])?.some((f) => f.cat === 'document')) return phraseEnd(toks, j, Math.min(toks.length, j + 14));
      }
    }
    let end = phraseEnd(toks, a, Math.min(toks.length, a + 14));
    // ("По словам Пескова, Путин и Трамп встретятся": a surname in the genitive, then one in the nominative, is no list;
    // the claim's subject starts after the comma.)
    for (let j = a + 1; j < end - 1; j++) {
      if (toks[j]!.t === ',' && /(?:ов|ев|ин|ын)а$/.test(toks[j - 1]!.lo) && toks[j - 1]!.cap && toks[j + 1]!.cap && /[бвгджзклмнпрстфхцчшщй]$/.test(toks[j + 1]!.lo)) { end = j; break; }
    }
    return end;
  }

  /** Content of a prepositional frame: after it ("По словам X, …"), or before it when it closes the sentence. */
  private frameHit(toks: Token[], i: number, _after: number, end: number, cue: Span, src: SourceInfo | null, si: number): Hit | null {
    if (!src) return null;
    // ("С точки зрения закона": a point of view is someone's, not a thing's.)
    if (toks[i]!.lo === 'с' && toks[i + 1]?.lo === 'точки' && (src.guessed || src.grade === 'document')) return null;
    // "…, а по данным Reuters — в 12 млрд": an elliptical claim after a dash.
    let comma = toks[end]?.t === ',' || isDash(toks[end]) ? end : this.nextComma(toks, end);
    // "По информации Reuters, которая ссылается на…, сделка закрыта": the relative clause describes the source.
    const described = comma;
    if (comma >= 0) comma = this.pastRelative(toks, comma);
    // ("По словам Тимура Кулибаева, председателя совета директоров, дивиденды …": a title in apposition to the person.)
    if (comma >= 0 && comma === described && src.grade === 'person') comma = this.pastApposition(toks, comma);
    // ("По данным опроса, проведенного ВЦИОМ, …": the document's author named in the phrase speaks through it.)
    if (src.grade === 'document' && comma > described && described >= 0) src = this.authorOf(toks, described, comma) ?? src;
    // "…, следует из документа": a bare "следует из" after a comma closes the claim before it.
    const follows = toks[i]!.lo === 'следует';
    if (follows && toks[i - 1]?.t !== ',' && !(i === 1 && toks[0]!.lo === 'это')) return null;
    let content = comma >= 0 && !follows ? this.toEnd(toks, comma + 1) : null;
    if (!content || content.span.end - content.span.start < 3) content = this.beforeFrame(toks, i);
    // "Это следует из сообщения ведомства": the sentence before.
    if (!content && follows) content = this.pointerContent(cue.start);
    if (!content) return null;
    return { cue, src, content: content.span, direct: content.direct, reason: null, forward: false, anchor: cue.start, pointer: false, sentence: si, frame: true };
  }

  /** A cue with an inverted or "как" placement: "…, говорится в X." / "Как говорится в X, …". */
  private placedHit(toks: Token[], first: number, _verb: number, end: number, cue: Span, src: SourceInfo, si: number, _agr: Agreement): Hit | null {
    let content: { span: Span; direct: boolean } | null = null;
    const prev = toks[first - 1];
    if (prev && (prev.t === ',' || isDash(prev))) {
      content = this.before(toks, first, cue.start);
      // ("Следователи, как отмечается в сообщении, устанавливают всех потерпевших": a cue inside the claim; the larger side.)
      const rest = prev.t === ',' && content && !content.direct ? this.parentheticalRest(toks, end) : null;
      if (rest && content && rest.span.end - rest.span.start > content.span.end - content.span.start) content = rest;
    } else if (first === 0 || toks[first]!.lo === 'как') content = this.afterComma(toks, end) ?? this.before(toks, first, cue.start);
    else content = this.forward(toks, end, cue.start) ?? this.larger(toks, 0, first);
    if (!content) return null;
    return { cue, src, content: content.span, direct: content.direct, reason: null, forward: false, anchor: toks[first]!.start, pointer: false, sentence: si };
  }

  // ------------------------------------------------------------------ hedges

  private hedgeAt(toks: Token[], i: number, si: number, taken: Set<number>): Hit | Hit[] | null {
    const t = toks[i]!;
    let len = 0;
    for (const h of HEDGES_BY_FIRST.get(t.lo) ?? []) if (h.length > len && this.seq(toks, i, h)) len = h.length;
    // "по оценкам Минфина" names its source: only a bare estimate ("По оценкам, …") is a hedge.
    if (len === 2 && FRAMES_BY_FIRST.get(t.lo)?.some((f) => f.length === 2 && f[1] === toks[i + 1]!.lo) && toks[i + 2]?.word) len = 0;
    // "Как говорится в заявлении X" names its source: a frame, not a hedge.
    if (len && (/^(в|во)$/.test(toks[i + len]?.lo ?? '') || toks[i + len]?.lo === 'на' && ON_SITE.test(toks[i + len + 1]?.lo ?? '')) && verbForms().get(toks[i + len - 1]!.lo)?.reflexive) len = 0;
    // по имеющимся / некоторым / неофициальным данным
    if (!len && t.lo === 'по' && UNATTRIBUTED_DATA_ADJ.test(toks[i + 1]?.lo ?? '') && /^(данным|информации|сведениям|оценкам|оценке|сообщениям|версии)$/.test(toks[i + 2]?.lo ?? '')) len = 3;
    // Предположения о том, что …
    if (!len && CLAIM_NOUNS.has(t.lo) && this.seq(toks, i + 1, ['о', 'том', ',', 'что']) && (i === 0 || !toks[i - 1]!.word)) {
      for (let k = i; k < i + 5; k++) taken.add(k);
      const cue = { start: t.start, end: toks[i + 2]!.end };
      const content = this.untilComma(toks, i + 5);
      if (!content) return null;
      return { cue, src: null, content, direct: false, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si };
    }
    // "Слухи об отставке X ходят…", "опроверг слухи о переходе…": the rumour's о-phrase, with no source.
    // (Only as a subject opening its clause or as the object of a reporting verb: "Сам X слухи о … назвал" points back.)
    if (!len && RUMOUR_NOUNS.has(t.lo) && /^(о|об|обо)$/.test(toks[i + 1]?.lo ?? '') && (i === 0 || !toks[i - 1]!.word || verbForms().has(toks[i - 1]!.lo))) {
      const e = this.aboutEnd(toks, i + 1);
      if (e <= i + 2 || toks[i - 1]?.lo === 'не') return null;
      for (let k = i; k < e; k++) taken.add(k);
      return { cue: { start: t.start, end: t.end }, src: null, content: { start: toks[i + 1]!.start, end: toks[e - 1]!.end }, direct: false, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si, rumour: true };
    }
    // Отмечено, что …
    if (!len && IMPERSONAL_PARTICIPLES.has(t.lo) && (toks[i + 1]?.t === ',' || toks[i + 1]?.lo === 'что') && toks[i - 1]?.lo !== 'не') len = 1;
    if (!len) return null;
    if (toks[i - 1]?.lo === 'не') return null;
    if (BARE_HEDGES.has(toks.slice(i, i + len).map((x) => x.lo).join(' ')) && toks[i + len]?.t !== ',') return null;
    // "Не исключено, что…" needs its что-clause ("не исключено и повторение" reports nothing).
    if (t.lo === 'не' && toks[i + len + 1]?.lo !== 'что') return null;
    for (let k = i; k < i + len; k++) taken.add(k);
    const cue = { start: t.start, end: toks[i + len - 1]!.end };
    if (toks[i + len - 1]!.lo === 'известно') {
      let m = i + len;
      // ("Как стало известно редакции, …", "как стало известно нашему изданию": the outlet that publishes it, itself.)
      const own = toks[m]?.lo === 'редакции' ? m + 1 : /^(нашему|нашей)$/.test(toks[m]?.lo ?? '') && /^(изданию|редакции|газете|порталу|агентству)$/.test(toks[m + 1]?.lo ?? '') ? m + 2 : -1;
      const ownSrc: SourceInfo | null = own > 0 ? { span: { start: toks[m]!.start, end: toks[own - 1]!.end }, speaker: 'редакция', grade: 'media', plural: false, gender: 'f' } : null;
      const quoted = /^[«"„]$/.test(toks[m]?.t ?? '');
      const media = mediaAt(toks, quoted ? m + 1 : m);
      // ("Как стало известно изданию из нескольких источников": the outlet as a common noun in the dative.)
      // ("Как стало известно изданию, …": and before the comma that opens the claim.)
      const outlet = !media && !quoted && !!nounAt(toks[m])?.some((f) => f.cat === 'media' && !f.nominative) && /^(от|из|,)$/.test(toks[m + 1]?.lo ?? '');
      // ("Как стало известно Sports.kz, …": a site by its domain.)
      const domain = !media && !quoted && !outlet && !!toks[m] && isDomain(toks[m]!.t);
      if (media || quoted || outlet || domain || ownSrc) {
        let e = ownSrc ? own : media ? media.end : outlet || domain ? m + 1 : phraseEnd(toks, m, toks.length);
        if (media && quoted && /^[»"“]$/.test(toks[e]?.t ?? '')) e++;
        const src = ownSrc ?? this.sources.classify(toks, m, e, { oblique: true, agr: null, pos: t.start });
        // ("Об этом стало известно РБК из собственных источников.": the sentence before; the sources are the outlet's.)
        const ptr = src && i > 0 ? this.pointerBefore(toks, clauseStart(toks, i).start, i) : null;
        if (src && ptr && !ptr.owner && (e >= toks.length || /^[.!?…]$/.test(toks[e]!.t) || /^(от|из)$/.test(toks[e]!.lo))) {
          const pc = this.pointedBefore(toks, ptr.at) ?? this.pointerContent(t.start);
          if (pc) {
            for (let k = m; k < e; k++) taken.add(k);
            return { cue: { start: t.start, end: cue.end }, src: src.grade === 'organization' ? { ...src, grade: 'media' } : src, content: pc.span, direct: false, reason: null, forward: false, anchor: ptr.cue.start, pointer: true, sentence: si };
          }
        }
        // "Как стало известно РБК от источников в правительстве, …": the outlet reports what its sources said.
        if (src && /^(от|из)$/.test(toks[e]?.lo ?? '')) {
          const fe = phraseEnd(toks, e + 1, Math.min(toks.length, e + 14));
          const from = fe > e + 1 ? this.sources.classify(toks, e + 1, fe, { oblique: true, agr: null, pos: t.start }) : null;
          const content = from ? this.afterComma(toks, fe) ?? this.forward(toks, fe, t.start) : null;
          if (from && content) {
            for (let k = m; k < fe; k++) taken.add(k);
            const main: Hit = { cue, src: src.grade === 'organization' ? { ...src, grade: 'media' } : src, content: content.span, direct: content.direct, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si };
            return [main, { cue, src: from, content: content.span, direct: content.direct, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si, via: main }];
          }
        }
        // ("Завод продадут, как стало известно РБК.": at the end after a comma, the clause before is the claim.)
        const end = e >= toks.length || toks.slice(e).every((x) => !x.word && /^[.!?…»"“]$/.test(x.t));
        const content = end && toks[i - 1]?.t === ',' && t.lo === 'как' ? this.before(toks, i, t.start) : this.afterComma(toks, e) ?? this.forward(toks, e, t.start);
        if (src && content) {
          for (let k = m; k < e; k++) taken.add(k);
          return { cue, src: src.grade === 'organization' ? { ...src, grade: 'media' } : src, content: content.span, direct: content.direct, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si };
        }
      }
    }
    // "Западным СМИ стало известно, что …", "РБК стало известно": the dative before is whom it became known to.
    if (toks[i + len - 1]!.lo === 'известно' && i > 0) {
      let a = i;
      while (a > 0 && toks[a - 1]!.word && !isPreposition(toks[a - 1]) && !BETWEEN.has(toks[a - 1]!.lo) && i - a < 4) a--;
      const last = toks[i - 1]!;
      const known = a < i && (mediaAt(toks, a) || nounAt(last)?.some((f) => (f.cat === 'media' || f.cat === 'group') && (!f.nominative || last.lo === 'сми')));
      // ("Редакции стало известно, что …": the outlet itself.)
      const own = toks[i - 1]!.lo === 'редакции' && (i === 1 || !toks[i - 2]!.word || /^(нашей|и)$/.test(toks[i - 2]!.lo));
      const src: SourceInfo | null = own ? { span: { start: toks[i - 1]!.start, end: toks[i - 1]!.end }, speaker: 'редакция', grade: 'media', plural: false, gender: 'f' }
        : known ? this.sources.classify(toks, a, i, { oblique: true, agr: null, pos: t.start }) : null;
      const content = src ? this.afterComma(toks, i + len) ?? this.forward(toks, i + len, t.start) : null;
      if (src && content) {
        return { cue, src: src.grade === 'organization' ? { ...src, grade: 'media' } : src, content: content.span, direct: content.direct, reason: null, forward: false, anchor: toks[a]!.start, pointer: false, sentence: si };
      }
    }
    // ("Как говорится, без труда не выловишь …": the saying, not a report; "Как говорится в документе" is a frame.)
    if (len === 2 && t.lo === 'как' && toks[i + 1]!.lo === 'говорится' && toks[i + 2]?.t === ',') return null;
    // ("Об этом сообщается.", "Об этом стало известно в среду.": no claim after it; the sentence before.)
    const back = i > 0 ? this.pointerBefore(toks, clauseStart(toks, i).start, i) : null;
    if (back && !back.owner && !toks.slice(i + len).some((x) => x.lo === 'что' || /^[,:«"„]$/.test(x.t))) {
      const pc = this.pointedBefore(toks, back.at) ?? this.pointerContent(t.start);
      if (pc) return { cue, src: null, content: pc.span, direct: false, reason: null, forward: false, anchor: back.cue.start, pointer: true, sentence: si };
    }
    const content = this.hedgeContent(toks, i, i + len);
    if (!content) return null;
    // "В СМИ появилась информация…": the media are a vague group of sources.
    // ("в соцсетях появились сообщения…": a network is where messages appeared, no one who reported them: unattributed.)
    let src: SourceInfo | null = null;
    for (let k = Math.max(0, i - 4); k < i - 1; k++) {
      if (/^(в|во)$/.test(toks[k]!.lo) && VAGUE_PLACES.test(toks[k + 1]!.lo) && toks[k + 1]!.lo !== 'соцсетях') {
        const span = { start: toks[k + 1]!.start, end: toks[k + 1]!.end };
        src = { span, speaker: toks[k + 1]!.t, grade: 'vague-group', plural: true, gender: null };
      }
    }
    // (Messages that appeared are a rumour of their own, kept beside the denial of the same claim: "…, однако в МЧС эту информацию опровергли".)
    const rumour = /^появил/.test(t.lo);
    return { cue, src, content: content.span, direct: content.direct, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si, rumour };
  }

  private hedgeContent(toks: Token[], i: number, after: number) {
    // ("Как сообщалось ранее, …": a time adverb before the comma is not part of the claim.)
    let adv = after;
    while (adv < toks.length && BETWEEN.has(toks[adv]!.lo)) adv++;
    if (adv > after && toks[adv]?.t === ',') after = adv;
    // ("появились сообщения о том, что …": the claim starts after "что".)
    if (this.seq(toks, after, ['о', 'том', ',', 'что'])) after += 3;
    // "О смерти X стало известно" — the fronted о-phrase is the claim.
    const about = this.aboutPhrase(toks, 0, i);
    if (about) return { span: about, direct: false };
    const prev = toks[i - 1];
    // "канал, который, как считается, близок к командованию, пишет": inside a relative clause the hedge covers its predicate, up to its comma.
    const opener = prev?.lo === 'как' ? i - 1 : i;
    if (toks[opener - 1]?.t === ',' && /^котор/.test(toks[opener - 2]?.lo ?? '') && toks[after]?.t === ',') {
      const span = this.untilComma(toks, after + 1);
      if (span) return { span, direct: false };
    }
    if (prev && prev.t === ',' && i > 1 && toks[after]?.t !== ',' && !toks[after]?.word) return this.before(toks, i, toks[i]!.start);
    return this.afterComma(toks, after, true) ?? this.forward(toks, after, toks[i]!.start) ?? this.before(toks, i, toks[i]!.start);
  }

  // ------------------------------------------------------------------- verbs

  private verbAt(toks: Token[], i: number, si: number, taken: Set<number>, hits: Hit[]): Hit | Hit[] | null {
    const t = toks[i]!;
    let v = verbForms().get(t.lo) ?? this.extraVerbs.get(t.lo);
    if (!v) return null;
    // "— Что говорят сами найденные?", "Что думают жители?": a question whose object the verb asks for reports nothing.
    if (i > 0 && /^(что|кто|чем|почему|зачем)$/.test(toks[i - 1]!.lo) && toks[toks.length - 1]?.t === '?' && !toks.slice(0, i - 1).some((x) => x.word)) return null;
    // "Он предлагает создание зоны торговли", "раскритиковал судейство": a proposal or a criticism of a thing, with no
    // infinitive, что-clause, colon or quote after it, states no claim.
    if (PROPOSE_CRITICIZE.has(v.lemma) && v.tense !== 'gerund') {
      let o = i + 1;
      while (o < toks.length && BETWEEN.has(toks[o]!.lo)) o++;
      const n = toks[o];
      if (n?.word && !n.cap && !/^(что|чтобы|как)$/.test(n.lo) && !PRONOUNS[n.lo] &&
        !toks.slice(o, o + 8).some((x) => x.t === ':' || x.lo === 'что' || x.lo === 'чтобы' || /^[«"„]$/.test(x.t) || x.word && INFINITIVE.test(x.lo))) return null;
    }
    // "Она говорит на трёх языках", "говорит по-английски": a language spoken, no claim.
    if ((v.lemma === 'говорить' || v.lemma === 'заговорить') && (toks[i + 1]?.lo === 'на' && toks.slice(i + 2, i + 5).some((x) => /^язык|^(?:\p{L}+ском)$/u.test(x.lo)) || /^по-\p{L}+ски$/u.test(toks[i + 1]?.lo ?? ''))) return null;
    // "написал заявление об уходе", "пишет книгу": a written thing as the object is no report (unless a colon gives its words).
    if ((v.lemma === 'писать' || v.lemma === 'написать') && WRITTEN_OBJECTS.has(toks[i + 1]?.lo ?? '') && toks[i + 2]?.t !== ':') return null;
    // ("Родители назвали сына Александром", "назвали улицу в честь героя": giving a name, not a label.)
    if (v.sem === 'name' && NAMING_OBJECTS.test(toks[i + 1]?.lo ?? '')) return null;
    // ("Школьники рассказали стихи ветеранам": a poem recited, not a claim.)
    if (/^(рассказать|рассказывать)$/.test(v.lemma) && RECITED.test(toks[i + 1]?.lo ?? '')) return null;
    // ("передал мяч на фланг", "передали дело в суд": a thing handed over, not words; "передал, что …", "передаёт ТАСС" report.)
    if (/^переда(ть|вать)$/.test(v.lemma) && HANDED.test(toks[i + 1]?.lo ?? '')) return null;
    // ("Агент передавал сведения о дислокации войск", "передал информацию следователям": after its subject, a lower-case object
    // with no что-clause, colon or quote is something handed over; "передал слова министра: «…»" and "— передает корреспондент" report.)
    if (/^переда(ть|вать)$/.test(v.lemma) && v.tense !== 'gerund' && toks[i - 1]?.word && toks[i - 1]!.lo !== 'как') {
      const n = toks[i + 1];
      if (n?.word && !n.cap && !/^(что|чтобы|будто|слова|о|об)$/.test(n.lo) && !PRONOUNS[n.lo] && !nounAt(n)?.some((f) => f.nominative && f.cat !== 'document') &&
        !toks.slice(i + 1, i + 12).some((x) => x.t === ':' || x.lo === 'что' || /^[«"„“]$/.test(x.t))) return null;
    }
    // ("Пенсионерка пожаловалась в прокуратуру.": a complaint lodged with no words of it.)
    if (/^(пожаловаться|жаловаться)$/.test(v.lemma) && /^(в|во)$/.test(toks[i + 1]?.lo ?? '') && /^[.!?…]?$/.test(toks[phraseEnd(toks, i + 2, Math.min(toks.length, i + 8))]?.t ?? '')) return null;
    // "объявил конкурс", "объявили режим ЧС": a measure announced, no claim.
    if (/^объяв/.test(v.lemma) && ANNOUNCED_OBJECTS.has(toks[i + 1]?.lo ?? '')) return null;
    // ("Подсудимый заявил ходатайство о переносе заседания", "заявил отвод судье": a motion filed in court, not a claim.)
    if (/^заяв(ить|лять)$/.test(v.lemma) && /^(ходатайство|ходатайства|отвод|самоотвод|иск|протест|претензию|претензии)$/.test(toks[i + 1]?.lo ?? '')) return null;
    // ("Полиция объявила в розыск подозреваемого": a search put out, not a claim.)
    if (/^объяв/.test(v.lemma) && toks[i + 1]?.lo === 'в' && /^(розыск|банкротство)$/.test(toks[i + 2]?.lo ?? '')) return null;
    // "назвали новый вид в честь мэра": a name given, no label of anyone's view.
    if (v.sem === 'name' && toks.slice(i + 1, i + 8).some((x, j, a) => x.lo === 'в' && a[j + 1]?.lo === 'честь')) return null;
    // ("выразило соболезнования родным", "выразил благодарность врачам": a feeling expressed, no claim.)
    if (/^(выразить|выражать)$/.test(v.lemma)) {
      let o = i + 1;
      while (o < i + 3 && toks[o]?.word && !toks[o]!.cap && ADJECTIVE.test(toks[o]!.lo) && !nounAt(toks[o])) o++;
      if (/^(соболезнования|соболезнование|благодарность|признательность|сочувствие|поддержку|уважение|почтение)$/.test(toks[o]?.lo ?? '')) return null;
    }
    // ("который попросил не называть его имени": a reason for anonymity, not a request reported.)
    if (/^(попросить|просить)$/.test(v.lemma) && toks[i + 1]?.lo === 'не' && /^(называть|раскрывать|упоминать)$/.test(toks[i + 2]?.lo ?? '')) return null;
    // ("попросил прощения у родственников": an apology, no claim.)
    if (/^(попросить|просить)$/.test(v.lemma) && /^(прощения|извинения|извинений)$/.test(toks[i + 1]?.lo ?? '')) return null;
    // "признал вину", "признала свою ошибку", "признали выборы недействительными": an admission of a thing, no claim.
    if (/^призна/.test(v.lemma)) {
      let o = i + 1;
      while (o < toks.length && (BETWEEN.has(toks[o]!.lo) || /^(свою|свои|своё|свое|его|ее|её|их|себя)$/.test(toks[o]!.lo))) o++;
      if (ADMITTED_OBJECTS.has(toks[o]?.lo ?? '') || toks[o - 1]?.lo === 'себя') return null;
      // "признался в убийстве", "призналась в любви": a confession of a thing; "признался в том, что …" reports.
      // ("признался в интервью «Матч ТВ»": where he said it, not what he confessed.)
      if (v.lemma === 'признаться' && /^(в|во)$/.test(toks[i + 1]?.lo ?? '') && toks[i + 2]?.lo !== 'том' && !CONVERSATIONS.has(toks[i + 2]?.lo ?? '')) return null;
    }
    // "сделал", "выступил" report only with a claim noun before or right after them.
    let lightEnd = -1;
    // ("обратил внимание, что …", "обращает внимание на то, что …": drawing attention to a claim; "обратил внимание на
    // проблему" or "обратился" point at no claim.)
    if (v.lemma === 'обратить' || v.lemma === 'обращать') {
      if (toks[i + 1]?.lo !== 'внимание') return null;
      const that = toks[i + 2]?.t === ',' && toks[i + 3]?.lo === 'что' ? i + 2
        : toks[i + 2]?.lo === 'на' && toks[i + 3]?.lo === 'то' && toks[i + 4]?.t === ',' && toks[i + 5]?.lo === 'что' ? i + 4 : -1;
      if (that < 0) return null;
      lightEnd = that;
    }
    const attention = lightEnd > 0 && toks[i + 1]?.lo === 'внимание' && v.sem === 'say';
    // ("направило стороне обращение с просьбой ускорить …", "обратились к мэру с требованием отремонтировать …": a request
    // made by a letter or an appeal is the infinitive after "с просьбой"; sending or turning to someone alone asks nothing.)
    let request = -1;
    if (/^(направить|направлять|обратиться|обращаться)$/.test(v.lemma)) {
      for (let j = i + 1; j < toks.length - 2 && j <= i + 7 && toks[j]!.word; j++) {
        if (/^(с|со)$/.test(toks[j]!.lo) && REQUEST_NOUNS.test(toks[j + 1]!.lo)) {
          const inf = toks[j + 2]!.lo === 'не' ? toks[j + 3] : toks[j + 2];
          if (inf?.word && INFINITIVE.test(inf.lo) && !nounAt(inf)) request = j + 1;
          break;
        }
      }
      if (request < 0) return null;
      lightEnd = request + 1;
    }
    if (v.sem === 'light') {
      // ("выступил с резким заявлением", "ограничилась коротким комментарием": adjectives before the noun.)
      const noun = (k: number) => {
        let j = k;
        while (j < k + 2 && toks[j]?.word && !toks[j]!.cap && ADJECTIVE.test(toks[j]!.lo) && !LIGHT_NOUNS.has(toks[j]!.lo)) j++;
        return LIGHT_NOUNS.has(toks[j]?.lo ?? '') ? j + 1 : -1;
      };
      const after = /^(с|со)$/.test(toks[i + 1]?.lo ?? '') ? noun(i + 2) : noun(i + 1);
      // ("ограничился словами благодарности", "ограничилась общими словами и не ответила": only words followed by what they said.)
      if (v.lemma === 'ограничиться' && after > 0 && !/^(,|:|о|об)$/.test(toks[after]?.lo ?? '')) return null;
      // ("ограничилась коротким заявлением: в нем говорится, что …": the statement itself speaks after the colon.)
      if (after > 0 && toks[after]?.t === ':' && /^(в|во)$/.test(toks[after + 1]?.lo ?? '') && /^(нем|ней|них)$/.test(toks[after + 2]?.lo ?? '')) return null;
      let before = false;
      for (let k = i - 1; k >= 0 && k >= i - 3 && toks[k]!.word; k--) if (LIGHT_NOUNS.has(toks[k]!.lo) && POINTER_DEMONSTRATIVES.has(toks[k - 1]?.lo ?? '')) before = true;
      if (after < 0 && !before) return null;
      lightEnd = after;
      // "выступил с заявлением, в котором говорится, что …": the claim is the relative clause's что-clause.
      if (after > 0 && toks[after]?.t === ',' && (/^котор/.test(toks[after + 1]?.lo ?? '') || /^котор/.test(toks[after + 2]?.lo ?? ''))) {
        for (let j = after + 2; j < toks.length && j < after + 9; j++) if (toks[j]!.t === ',' && toks[j + 1]?.lo === 'что') { lightEnd = j; break; }
      }
    }
    // "успел сказать, что …", "поспешил заявить": an infinitive reports only after a modal verb, which gives the agreement.
    let modal = -1;
    if (v.tense === 'infinitive') {
      const m = toks[i - 1];
      // ("дал понять, что …": "понять" reports only after a form of "дать".)
      if (!m?.word || !(v.lemma === 'понять' ? GIVE.test(m.lo) : MODAL.test(m.lo))) return null;
      // ("не преминули заметить" — did not fail to — is no negation.)
      if (/^премину/.test(m.lo) && toks[i - 2]?.lo !== 'не') return null;
      modal = /^премину/.test(m.lo) ? i - 2 : i - 1;
      const agr: Agreement = /(л|лся)$/.test(m.lo) ? 'm' : /(ла|лась)$/.test(m.lo) ? 'f' : /(ли|лись)$/.test(m.lo) ? 'pl' : /(ло|лось)$/.test(m.lo) ? 'n' : /(ют|ят|ут|ат)$/.test(m.lo) ? 'pl' : 'sg';
      v = { ...v, tense: /л/.test(m.lo.slice(-3)) ? 'past' : 'present', agr };
      // "будет настаивать, что", "стал говорить, что": an auxiliary reports only with a что-clause ("будет говорить на форуме" does not).
      if (/^(будет|будут|стал|стала|стали|продолжа)/.test(m.lo) && !(toks[i + 1]?.t === ',' && toks[i + 2]?.lo === 'что') && toks[i + 1]?.t !== ':') return null;
    }
    let p = modal >= 0 ? modal - 1 : i - 1;
    // "не исключают, что …": a belief only with its negation, which joins the cue.
    const negated = NEGATED_BELIEFS.has(v.lemma);
    if (negated && toks[i - 1]?.lo !== 'не') return null;
    if (negated) p = i - 2;
    while (p >= 0 && BETWEEN.has(toks[p]!.lo)) p--;
    // (Not the Korean surname: "Директор школы Елена Ни сообщила".)
    if (!negated && (toks[p]?.lo === 'не' || toks[p]?.lo === 'ни' && !toks[p]!.cap || toks[i - 1]?.lo === 'не')) return null;
    p = skipManner(toks, p);
    p = skipParenthetical(toks, p);
    p = skipConversation(toks, p);
    // "— Считать, — не задумываясь ответил он": a manner gerund between the dash and the verb.
    if (toks[p]?.word && GERUND.test(toks[p]!.lo) && !verbForms().has(toks[p]!.lo)) {
      const q = toks[p - 1]?.lo === 'не' ? p - 2 : p - 1;
      if (isDash(toks[q])) p = q;
    }
    if (toks[i + 1]?.lo === 'бы' || toks[p]?.lo === 'бы') return null;
    // ("По информации СМИ, руководство якобы угрожало уволить …", "Как утверждает издание, банк якобы настаивал на …": the act
    // of speaking is itself only alleged, part of someone else's claim; its subject is not reported as saying anything.
    // "…, как им якобы сообщили жители" still gives the residents' words: the как-aside says where the claim comes from.)
    if ((toks[p]?.lo === 'якобы' || toks[i - 1]?.lo === 'якобы') && !toks.slice(Math.max(0, p - 3), p).some((x) => x.lo === 'как')) return null;
    taken.add(i);
    const cue: Span = { start: modal >= 0 ? toks[modal]!.start : negated ? toks[i - 1]!.start : t.start, end: attention ? toks[i + 1]!.end : t.end };
    // "Министр, которого цитирует РИА Новости, уточнил, что …": the outlet in a relative clause relays the main clause's claim.
    if (v.sem === 'cite' && /^котор(ого|ую|ой|ых)$/.test(toks[i - 1]?.lo ?? '') && toks[i - 2]?.t === ',') {
      const r = this.rightSource(toks, i, v);
      if (!r?.main || toks[r.end]?.t !== ',') return null;
      for (let k = i - 1; k < r.end; k++) taken.add(k);
      return { cue, src: r.main, content: null, direct: false, reason: null, forward: false, anchor: t.start, pointer: false, sentence: si, pendingCite: true, relay: true };
    }
    // "«Интерфакс», ссылаясь на источник в холдинге, уточняет": a citing frame between commas stands between subject and verb.
    if (toks[p]?.t === ',' && p > 1 && taken.has(p - 1)) {
      let q = p - 1;
      while (q > 0 && taken.has(q)) q--;
      if (toks[q]?.t === ',' && q > 0 && !taken.has(q - 1) && hits.some((h) => h.pendingCite && h.cue.start > toks[q]!.start)) p = q - 1;
      // ("Газета «Ведомости» со ссылкой на данные опроса, проведенного ВЦИОМ, пишет": a frame with no comma before it, whose own
      // participle phrase closes with one; the subject stands right before the frame.)
      else if (toks[q]?.t !== ',' && toks[q + 1] && hits.some((h) => h.pendingCite && h.cue.start === toks[q + 1]!.start)) p = q;
    }
    // "Один из туристов, по данным портала «X», утверждает": so does a frame with its source ("по данным …", "по словам …").
    // (Only when the claim follows the verb, or what stands before the frame has no verb of its own: "…, по данным портала,
    // утверждает турист" is inverted; "Сотрудники ГИБДД, по словам водителя, потребовали деньги" is not.)
    if (toks[p]?.t === ',' && p > 2) {
      const from = toks[Math.max(0, p - 12)]!.start;
      const frame = hits.find((h) => h.src && h.cue.start >= from && h.cue.end <= toks[p]!.start && h.src.span.end >= toks[p - 1]!.start);
      if (frame) {
        let q = p - 1;
        while (q > 0 && toks[q]!.start >= frame.cue.start) q--;
        const follows = toks[i + 1]?.t === ',' || toks[i + 1]?.t === ':' || toks[i + 1]?.lo === 'что';
        const c0 = clauseStart(toks, q).start;
        const verbless = !toks.slice(c0, q).some((x) => x.word && (finiteShaped(x) || verbForms().has(x.lo) || agrees(x.lo, 'sg') && !nounAt(x) && !x.cap));
        if (toks[q]?.t === ',' && toks[q - 1]?.word && frame.cue.start === toks[q + 1]!.start && (follows || verbless && q - c0 <= 6)) p = q - 1;
      }
    }
    // "Несколько банков — Сбербанк, ВТБ и Альфа-банк — заявили": a list of names between dashes stands in apposition
    // to the subject before it; the second dash is no inverted cue's.
    let listed: Span | null = null;
    if (isDash(toks[p]) && toks[i + 1]?.t !== '.') {
      const open = this.appositionDash(toks, p);
      if (open > 0) { listed = { start: toks[open + 1]!.start, end: toks[p - 1]!.end }; p = open - 1; }
    }
    // ("— Говорят, что …": the dash opening an answer in an interview is no inverted cue's dash.)
    const prev = p === 0 && i === 1 && isDash(toks[0]) ? undefined : toks[p];

    // An interrupted quote: «A, — сказал он. — B»
    const inside = this.quoteAround(cue.start);
    const dashBefore = prev && (isDash(prev) || prev.t === ',' && isDash(toks[p - 1]));
    const quoteBefore = this.quoteEndingBefore(toks, p);

    if (v.tense === 'gerund') {
      if (!prev || prev.t !== ',') return null;
      // "добавляя муку", "передавая из поколения в поколение": only clear speech gerunds, with a recognized subject.
      if (!GERUND_LEMMAS.has(v.lemma)) return null;
      // ("добавив соли в суп": these report only with a что-clause, a colon or a quote after them.)
      if (GERUND_CLAUSE_ONLY.has(v.lemma) && !(toks[i + 1]?.t === ',' && toks[i + 2]?.lo === 'что' || toks[i + 1]?.t === ':' || /^[«"„“]$/.test(toks[i + 1]?.t ?? ''))) return null;
      // "«…», — заявил X, добавив, что …": the inverted subject right before the comma is the gerund's too.
      const before = hits[hits.length - 1];
      const inverted = before?.src && !before.pointer && p > 0 && before.src.span.end === toks[p - 1]!.end && before.cue.start < before.src.span.start ? before.src : null;
      let subj = inverted ? null : this.leadingSubject(toks, p);
      // ("В мэрии эту информацию опровергли, заявив, что …": no subject opens the sentence; the place that spoke just before the comma speaks on.)
      const placed = !subj && !inverted && before?.src && !before.src.guessed && before.sentence === si && p > 0 &&
        (before.cue.end === toks[p - 1]!.end || !!before.content && before.content.start < toks[p]!.start && before.content.end >= toks[p - 1]!.end) && /^(в|во|на)$/.test(toks.find((x) => x.word)?.lo ?? '') ? before.src : null;
      if (placed) subj = null;
      if (!subj && !inverted && !placed) return null;
      // ("Около шестисот рабочих завода": a counted group of people, unnamed.)
      const counted = subj?.counted ? this.text.slice(toks[subj.a]!.start, toks[subj.b - 1]!.end) : null;
      const src = inverted ?? placed ?? (counted ? { span: { start: toks[subj!.a]!.start, end: toks[subj!.b - 1]!.end }, speaker: counted[0]!.toLowerCase() + counted.slice(1), grade: 'vague-group' as const, plural: true, gender: null }
        : this.sources.classify(toks, subj!.a, subj!.b, { oblique: false, agr: v.agr, pos: t.start }));
      const content = this.forward(toks, i + 1, t.start);
      if (!src || src.guessed || !content) return null;
      return { cue, src, content: content.span, direct: content.direct, reason: null, forward: true, anchor: cue.start, pointer: false, sentence: si };
    }

    if (v.reflexive) {
      if (!HEDGE_LEMMAS.has(v.lemma)) return null;
      // ("тает быстрее, чем считалось", "выше, чем предполагалось": a comparison with what was thought reports no claim.)
      if (toks[i - 1]?.lo === 'чем' || toks[i - 2]?.lo === 'чем' && BETWEEN.has(toks[i - 1]!.lo)) return null;
      // "Ожидается, что …" reports a claim; "ожидается снегопад" does not.
      if (v.sem === 'reply' && !(toks[i + 1]?.t === ',' && toks[i + 2]?.lo === 'что')) return null;
      // ("Свадьба считалась одной из самых пышных": "считаться" with a predicate describes; only "считается, что …" and
      // ", как считается," report.)
      if (v.lemma === 'считать' && toks[i + 1]?.word && !/^(что|также|ли)$/.test(toks[i + 1]!.lo) && toks[i - 1]?.lo !== 'как') return null;
      // ("Об этом сообщается.", "Об этом также сообщалось в среду.": nothing is claimed after it; it means the sentence before.)
      const back = i > 0 ? this.pointerBefore(toks, clauseStart(toks, i).start, i) : null;
      if (back && !back.owner && !toks.slice(i + 1).some((x) => x.lo === 'что' || /^[,:«"„]$/.test(x.t))) {
        const pc = this.pointedBefore(toks, back.at) ?? this.pointerContent(t.start);
        if (pc) return { cue, src: null, content: pc.span, direct: pc.direct, reason: null, forward: false, anchor: back.cue.start, pointer: true, sentence: si };
        return null;
      }
      // ("Сообщается также, что …": the claim starts after "также".)
      const content = this.hedgeContent(toks, i, toks[i + 1]?.lo === 'также' ? i + 2 : i + 1);
      if (!content) return null;
      let c = cue;
      if (toks[i - 1]?.lo === 'как') c = { start: toks[i - 1]!.start, end: t.end };
      else if (toks[i + 1]?.lo === 'также') c = { start: t.start, end: toks[i + 1]!.end };
      return { cue: c, src: null, content: content.span, direct: content.direct, reason: null, forward: false, anchor: c.start, pointer: false, sentence: si };
    }

    // "Источник, пожелавший остаться неизвестным, рассказал…": the subject stands before an appositive phrase.
    const appositive = prev?.t === ',' && !quoteBefore ? this.appositiveStart(toks, p) : -1;
    const closeComma = p;
    if (appositive > 0) p = appositive - 1;
    const prev2 = toks[p];
    // Inverted: "…, сообщил X." / «…», — сказал X.
    // (A label verb after a comma has its object after it: "…, назвал идею «популистской»".)
    const labelAfterComma = v.sem === 'name' && prev?.t === ',' && !quoteBefore && !dashBefore;
    if (appositive < 0 && prev && (prev.t === ',' && !labelAfterComma || isDash(prev) || quoteBefore)) {
      // A manner verb ("делилась", "улыбается") reports only beside a quote or a dash: "…, делилась рецептами" says nothing.
      if (v.sem === 'quote' && !quoteBefore && !dashBefore) return null;
      const r = this.namedInApposition(toks, this.rightSource(toks, i, v));
      if (!r) return null;
      for (let k = i; k < r.end; k++) taken.add(k);
      let content: { span: Span; direct: boolean } | null = null;
      if (inside && dashBefore && inside.close !== null && inside.close > r.end) content = { span: inside.content, direct: true };
      else if (quoteBefore) content = { span: quoteBefore.span, direct: true };
      else {
        content = this.before(toks, p + (isDash(prev) && toks[p - 1]?.t === ',' ? -1 : 0), cue.start);
        // "Внук, говорит он, уже завел страницу": a cue inside the claim; the larger part after it is the claim.
        const rest = prev.t === ',' && content && !content.direct ? this.parentheticalRest(toks, r.end) : null;
        if (rest && content && rest.span.end - rest.span.start > content.span.end - content.span.start) content = rest;
      }
      if (!content) return null;
      if (!quoteBefore && !inside && dashBefore) content = this.dialogueLine(isDash(prev) ? prev : toks[p - 1]!, toks[r.end - 1]!.end) ?? content;
      // "Об этом пишут X, сообщает Y": Y reports what X wrote.
      const inner = hits.find((h) => h.pointer && h.content && content!.span.start <= h.cue.start && h.cue.end <= content!.span.end);
      if (inner && inner.content) content = { span: inner.content, direct: false };
      // "Об этом в понедельник, 9 июля, сообщает X."
      else if (!quoteBefore && this.pointerBefore(toks, 0, p)?.owner === null && /^(о|об)$/.test(this.firstWord(toks)?.lo ?? '')) {
        content = this.pointerContent(toks[0]!.start) ?? content;
      }
      return this.withSources(r, cue, content, si, toks[i]!.start, inner);
    }

    void prev2;
    // ("…, как там уточнили, …", "Как там пояснили, …": "там" between "как" and a plural verb is the body that spoke last, as
    // "Там уточнили" is.)
    if (prev?.lo === 'там' && toks[i - 2]?.lo === 'как' && v.agr === 'pl' && !v.tense?.startsWith('ger')) {
      const e = this.ents.latest(t.start, (m) => m.speaker && m.entity.grade === 'organization');
      if (!e) return null;
      const kak = toks[i - 2]!;
      const comma = this.nextComma(toks, i + 1);
      const content = (comma === i + 1 ? this.afterComma(toks, comma) : null) ?? (toks[i - 3]?.t === ',' ? this.before(toks, i - 3, kak.start) : null);
      if (!content) return null;
      const main: SourceInfo = { span: { start: prev.start, end: prev.end }, speaker: e.name, grade: 'organization', plural: e.plural, gender: e.gender, entity: e };
      return this.withSources({ main, quoted: null, cue: { start: t.start, end: t.end } }, { start: t.start, end: t.end }, content, si, kak.start, undefined);
    }
    // "Как сообщает X, …" / "…, как пояснил X, …"
    if (prev && prev.lo === 'как') {
      const kakCue = { start: prev.start, end: t.end };
      const r = this.rightSource(toks, i, v);
      if (!r) return null;
      for (let k = i; k < r.end; k++) taken.add(k);
      let comma = this.nextComma(toks, this.citingEnd(toks, r.end));
      // ("Как пояснил источник, пожелавший остаться неизвестным, …": the source's participle phrase is no part of the claim.)
      if (comma >= 0 && PARTICIPLE.test(toks[comma + 1]?.lo ?? '') && r.main && /anonymous|vague/.test(r.main.grade)) {
        const next = this.nextComma(toks, comma + 2);
        if (next > comma + 2 && !toks.slice(comma + 1, next).some((x) => /^[.;:!?]$/.test(x.t))) comma = next;
      }
      // ("Как пишет Reuters, ссылаясь на источники, …": the citing gerund's phrase is no part of the claim either.)
      if (comma >= 0 && /^(ссылаясь|сославшись)$/.test(toks[comma + 1]?.lo ?? '')) {
        const next = this.nextComma(toks, comma + 2);
        if (next > comma + 2 && !toks.slice(comma + 1, next).some((x) => /^[.;:!?]$/.test(x.t))) comma = next;
      }
      let content = comma >= 0 ? this.afterComma(toks, comma) : null;
      if (!content && toks[p - 1]?.t === ',') content = this.before(toks, p - 1, prev.start);
      if (!content) return null;
      return this.withSources({ ...r, cue: { start: kakCue.start, end: r.cue.end } }, kakCue, content, si, prev.start, undefined);
    }

    // ("Тренер потом долго смеялся, что …", "шутил, что …": a manner verb with a что-clause reports it.)
    // ("Министр прокомментировал решение: «Это ошибка»", "В акимате ситуацию прокомментировали: …": a colon gives the words.)
    if (v.sem === 'quote' && !(JOKING.test(v.lemma) && toks[i + 1]?.t === ',' && toks[i + 2]?.lo === 'что') && this.colonAfter(toks, i + 1) < 0) return null;

    // ("Обвиняемый давил на жалость: говорил, что …", "Мэр ответил уклончиво: сказал, что …": a verb opening the clause after a
    // colon, with no subject of its own, is the subject's before the colon, which the colon goes on about.)
    if (prev?.t === ':' && p === i - 1 && v.tense === 'past' && v.agr && toks[i + 1]?.t === ',' && toks[i + 2]?.lo === 'что') {
      const c0 = clauseStart(toks, p).start;
      let f = c0;
      while (f < p && !(toks[f]!.word && (finiteShaped(toks[f]!) || verbForms().has(toks[f]!.lo)))) f++;
      const subj = f < p ? findSubject(toks, c0, f) : null;
      const src = subj ? this.sources.classify(toks, subj.a, subj.b, { oblique: false, agr: v.agr, pos: toks[subj.a]!.start }) : null;
      const agreeing = !!src && (v.agr === 'pl' ? src.plural : !src.plural && (!src.gender || src.gender === v.agr));
      const content = agreeing && !src!.guessed && src!.speaker ? this.forward(toks, i + 1, t.start) : null;
      if (content) {
        // (The verb before the colon, when it reported too, took this clause for its claim: the words are this verb's.)
        for (const h of hits) if (h.src?.speaker === src!.speaker && h.content?.start === cue.start) h.content = null;
        return { cue, src: src!, content: content.span, direct: content.direct, reason: null, forward: true, anchor: cue.start, pointer: false, sentence: si };
      }
    }
    // ("В банке факт атаки подтвердили, однако утечку отрицают": after a contrasting joiner, a second verb with what it
    // denies right before it; the first verb's source denies it.)
    if (prev && DENIALS.has(v.lemma) && !/^(и|а|но|однако)$/.test(prev.lo)) {
      const d = this.deniedBefore(toks, 0, p, i);
      const joiner = d ? toks[d.a - 1] : undefined;
      if (d && joiner && /^(а|но|однако)$/.test(joiner.lo) && toks[d.a - 2]?.t === ',') {
        const before = [...hits].reverse().find((h) => h.src && h.sentence === si && h.cue.start < joiner.start);
        if (before?.src) return { cue, src: before.src, content: { start: toks[d.a]!.start, end: toks[d.b - 1]!.end }, direct: false, reason: null, forward: false, anchor: joiner.start, pointer: false, sentence: si };
      }
    }
    // Coordinated verb: "назвал … и сообщил", "напомнила…, а также добавила".
    // (", но пообещал, что …": a contrasting second verb of the same speaker too.)
    if (prev && (prev.lo === 'и' || prev.lo === 'а' || prev.lo === 'но' || prev.lo === 'однако' || prev.lo === 'также' && toks[p - 1]?.lo === 'а')) {
      // ("«…», — сказал Петров и добавил: «…»": the inverted subject right before "и" speaks again.)
      const before = [...hits].reverse().find((h) => h.src && h.forward && h.cue.start < t.start)
        ?? (prev.lo === 'и' ? [...hits].reverse().find((h) => h.src && !h.pointer && h.src.span.end === toks[p - 1]?.end) : undefined);
      if (before && before.src) {
        const content = this.forward(toks, i + 1, t.start);
        // ("показал, что водил директора в зал и показывал ей трещины": a verb that reports only with a что-clause or a quote
        // reports nothing without one.)
        if (content && v.sem === 'reply' && !content.direct && !/(что|:)\s*$/.test(this.text.slice(t.end, content.span.start))) return null;
        if (content && this.notedThing(toks, i, v, content)) return null;
        if (content) return { cue, src: before.src, content: content.span, direct: content.direct, reason: null, forward: true, anchor: prev.start, pointer: false, sentence: si };
      }
      // "В мэрии проверили жалобы и заявили, что …": an impersonal place opening the clause speaks through both its verbs
      // (not the first verb's object).
      if (!before && prev.lo === 'и' && v.agr === 'pl') {
        // ("1,9%" is a number, not a comma.)
        const decimal = (j: number) => /^\d+$/.test(toks[j - 1]?.t ?? '') && /^\d+$/.test(toks[j + 1]?.t ?? '') && toks[j]!.start === toks[j - 1]!.end;
        let c0 = clauseStart(toks, p).start;
        for (;;) {
          const open = c0 > 1 && toks[c0 - 1]!.t === ',' ? decimal(c0 - 1) ? c0 - 1 : parentheticalBefore(toks, c0 - 1) : -1;
          if (open <= 0) break;
          c0 = clauseStart(toks, open).start;
        }
        let k = c0;
        while (k < p && !(toks[k]!.word && !toks[k]!.cap && agrees(toks[k]!.lo, 'pl'))) k++;
        // (No clause between the two verbs.)
        let clause = false;
        for (let j = k; j < p; j++) if (toks[j]!.t === ',' && !decimal(j) || CLAUSE_WORDS.test(toks[j]!.lo)) clause = true;
        if (k < p && !clause) {
          const place = this.placePhrase(toks, c0, this.placeEnd(toks, c0, k), t.start);
          const content = place ? this.forward(toks, i + 1, t.start) : null;
          if (place && content) return { cue, src: place.src, content: content.span, direct: content.direct, reason: null, forward: true, anchor: prev.start, pointer: false, sentence: si };
        }
      }
      // "Песков отказался комментировать …, но отметил, что …": no report before; the subject of the clause
      // before the comma, whose first verb agrees with this one, speaks.
      if (!before && prev.lo !== 'и' && toks[p - 1]?.t === ',') {
        let c0 = clauseStart(toks, p - 1).start;
        // ("Источник, на которого ссылается ТАСС, этого не подтвердил, но уточнил …": a relative clause between subject and verb.)
        if (c0 > 1 && toks[c0 - 1]!.t === ',') {
          const open = this.appositiveStart(toks, c0 - 1);
          if (open > 0) c0 = clauseStart(toks, open).start;
        }
        let k = c0;
        while (k < p - 1 && !(toks[k]!.word && !toks[k]!.cap && agrees(toks[k]!.lo, v.agr))) k++;
        // (A pronoun object and "не" before the first verb are no part of the subject: "Источник этого не подтвердил, но …".)
        while (k - 1 > c0 && /^(не|этого|это|того|этому)$/.test(toks[k - 1]!.lo)) k--;
        // ("В министерстве эту информацию не подтвердили, но сообщили, что …": an impersonal place opening that clause.)
        const place = k < p - 1 && k > c0 && v.agr === 'pl' ? this.placePhrase(toks, c0, this.placeEnd(toks, c0, k), t.start) : null;
        const subj = !place && k < p - 1 && k > c0 ? findSubject(toks, c0, k) : null;
        const src = place?.src ?? (subj ? this.sources.classify(toks, subj.a, subj.b, { oblique: false, agr: v.agr, pos: t.start }) : null);
        const content = src && !src.guessed ? this.forward(toks, i + 1, t.start) : null;
        if (src && content) return { cue, src, content: content.span, direct: content.direct, reason: null, forward: true, anchor: prev.start, pointer: false, sentence: si };
      }
    }

    // "X опубликовал обращение, в котором объяснил …: «…»", "дал интервью, в котором рассказал, что …":
    // the one who made the document speaks in it — the subject of the main clause.
    if (prev && /^котор(ом|ой)$/.test(prev.lo) && p === i - 1 && /^(в|во)$/.test(toks[p - 1]?.lo ?? '') && toks[p - 2]?.t === ',') {
      const c0 = clauseStart(toks, p - 2).start;
      let k = c0;
      while (k < p - 2 && !(toks[k]!.word && !toks[k]!.cap && agrees(toks[k]!.lo, v.agr))) k++;
      const subj = k < p - 2 && k > c0 ? findSubject(toks, c0, k) : null;
      const src = subj ? this.sources.classify(toks, subj.a, subj.b, { oblique: false, agr: v.agr, pos: t.start }) : null;
      if (src && !src.guessed && src.speaker) {
        // A colon and a quote within the clause give the words themselves.
        let content: { span: Span; direct: boolean } | null = null;
        for (let j = i + 1; j < toks.length - 1 && j < i + 10; j++) {
          if (toks[j]!.t === ',' || toks[j]!.lo === 'что') break;
          const q = toks[j]!.t === ':' ? this.quoteByOpen.get(toks[j + 1]!.start) : undefined;
          if (q && q.close !== null) { content = { span: q.content, direct: true }; break; }
        }
        content ??= this.forward(toks, i + 1, t.start);
        if (content && (content.direct || v.sem !== 'reply' || toks[i + 1]?.t === ',')) {
          return { cue, src, content: content.span, direct: content.direct, reason: null, forward: !content.direct, anchor: cue.start, pointer: false, sentence: si };
        }
      }
    }

    // "Один из депутатов предложил …, другой заметил, что …": a contrasting pronoun after a comma is the next unnamed member.
    if (prev && CONTRAST_SUBJECTS.has(prev.lo) && p === i - 1 && (p === 0 || toks[p - 1]!.t === ',' || /^(а|и)$/.test(toks[p - 1]!.lo))) {
      const content = this.forward(toks, i + 1, t.start);
      if (content) {
        const one = [...hits].reverse().find((h) => h.src?.speaker && /^(один|одна|одно) из |^одни /i.test(h.src.speaker));
        const speaker = one ? prev.lo + one.src!.speaker!.replace(/^\S+/, '') : prev.lo;
        const src: SourceInfo = { span: { start: prev.start, end: prev.end }, speaker, grade: /е$/.test(prev.lo) ? 'vague-group' : 'anonymous-described', plural: /е$/.test(prev.lo), gender: null };
        return { cue, src, content: content.span, direct: content.direct, reason: null, forward: true, anchor: prev.start, pointer: false, sentence: si };
      }
    }

    // Subject before the verb.
    let { start: cs, relative } = clauseStart(toks, p + 1);
    // "агентство X со ссылкой на данные исследования, проведенного Pew Research Center сообщало": a participle
    // clause in an oblique case (its closing comma lost) holds no subject; the subject stands before it.
    if (relative === null && cs >= 2 && toks[cs - 1]!.t === ',' && OBLIQUE_PARTICIPLE.test(toks[cs]?.lo ?? '')) {
      p = cs - 2;
      ({ start: cs, relative } = clauseStart(toks, p + 1));
    }
    // "Министр, однако, на брифинге заявил", "Котова, впрочем, не согласилась и заявила": with no subject after an aside set
    // off by commas, the subject stands before it (the verb's own phrases, or a first coordinated verb, follow the aside).
    if (relative === null && cs >= 2 && toks[cs - 1]!.t === ',' && !findSubject(toks, cs, p + 1)) {
      const q = skipParenthetical(toks, cs - 1);
      // ("Шевцова, который, впрочем, весной заявил": the relative before the aside is the subject.)
      if (q < cs - 1 && toks[q]?.word) ({ start: cs, relative } = clauseStart(toks, q + 1));
    }
    // ("…, который ещё весной заявил", "который, впрочем, заявил": between the relative and the verb only commas and words
    // that are no nominative noun — adverbs, a time in the instrumental —, the relative is the subject.)
    const relativeOnly = relative !== null && (cs === p + 1 || toks.slice(cs, p + 1).every((x) => x.t === ',' ||
      x.word && !x.cap && !nounAt(x)?.some((f) => f.nominative) && !PRONOUNS[x.lo] && !verbForms().has(x.lo)));
    // A frame already read ("Со ссылкой на данные полиции агентство сообщает") is not part of the subject;
    // the subject may stand before it ("Газета X со ссылкой на Y пишет").
    let frameAt = -1;
    for (let k = p; k >= cs; k--) if (taken.has(k)) { frameAt = k; break; }
    if (frameAt >= 0) {
      let first = frameAt;
      while (first > cs && taken.has(first - 1)) first--;
      // "Агентство X, в свою очередь, со ссылкой на Y передаёт": the subject stands before a parenthesis.
      const q = first <= cs && cs >= 2 && toks[cs - 1]?.t === ',' && !findSubject(toks, frameAt + 1, p + 1) ? skipParenthetical(toks, cs - 1) : cs - 1;
      if (q < cs - 1 && (toks[q]?.word || /^[»"“)]$/.test(toks[q]?.t ?? ''))) { p = q; cs = clauseStart(toks, q + 1).start; }
      else if (findSubject(toks, frameAt + 1, p + 1) || first <= cs) cs = frameAt + 1;
      else p = first - 1;
    }
    const pointer = this.pointerBefore(toks, cs, p + 1);
    const about = pointer ? null : this.aboutPhrase(toks, cs, p + 1);
    // "X факт переговоров подтвердил", "В палате факт проверки подтвердили": a claim noun as the object before the verb.
    const object = pointer || about ? null : this.claimObjectBefore(toks, cs, p) ?? (DENIALS.has(v.lemma) ? this.deniedBefore(toks, cs, p, i) : null);
    const subjEnd = object && object.a > cs ? object.a : p + 1;
    let subj = relativeOnly ? null : findSubject(toks, about ? this.skipAbout(toks, cs, p + 1) : pointer ? pointer.after : cs, subjEnd);
    // ("Министр эту информацию опроверг": the subject stands before the pointer.)
    if (!subj && pointer && pointer.at > cs && !/^(в|во|на)$/.test(toks[cs]!.lo) && DENY_CONFIRM.has(v.lemma)) {
      const before = findSubject(toks, cs, pointer.at);
      // ("Информацию об этом подтвердил губернатор": a claim noun before the pointer is the object, the subject follows the verb.)
      if (before?.b === pointer.at && !CLAIM_OBJECTS.has(toks[before.a]!.lo) && !POINTER_NOUNS.has(toks[before.a]!.lo)) subj = before;
    }
    // ("Сведения о … в компании назвали …": the claim noun opening the clause is the object, not the subject.)
    if (subj && object && subj.a === object.a) subj = null;
    // ("В министерстве решение объясняют нехваткой кадров": one singular noun is no subject of a plural verb; after a place
    // opening the clause it is the object, and the place speaks.)
    if (subj && v.agr === 'pl' && /^(в|во|на)$/.test(toks[cs]?.lo ?? '') && subj.a > cs + 1 && subj.b === subj.a + 1 && !toks[subj.a]!.cap &&
      nounAt(toks[subj.a])?.every((f) => !f.plural)) subj = null;
    // "Присутствовавший на встрече министр Иван Петров уточнил": a fronted participle phrase; the subject is the noun after it.
    let fronted = -1;
    if (subj && subj.b === subj.a + 1 && FRONT_PARTICIPLE.test(toks[subj.a]!.lo) && isPreposition(toks[subj.b])) {
      const inner = findSubject(toks, subj.b, p + 1);
      if (inner) { fronted = subj.a; subj = inner; }
    }
    // "Я объяснил…", "Мы считаем…": the writer or the speaker of a quote about themselves is no source.
    if (subj && /^(я|мы|ты|вы)$/.test(toks[subj.a]!.lo)) return null;
    let src: SourceInfo | null = null;
    let anchor = cue.start;
    /** End of a "в"-place after the verb that gave the source ("подтвердили в пресс-службе"): the claim is after it. */
    let placeEnd = -1;
    if (relativeOnly && relative !== null) {
      const ante = this.antecedent(toks, relative);
      if (ante) src = { ...ante, span: { start: toks[relative]!.start, end: toks[relative]!.end } };
      anchor = toks[relative]!.start;
    } else if (subj) {
      // "Знакомый с ходом обсуждения федеральный чиновник утверждает": a participle phrase before the head noun.
      if (/^(знаком|близк|осведомлен)/.test(toks[subj.a]!.lo) && subj.b === subj.a + 1) {
        let h = -1;
        for (let k = subj.b; k <= p && k < subj.a + 9; k++) if (nounAt(toks[k])?.some((f) => f.nominative && /anon|group/.test(f.cat))) h = k;
        if (h > 0) {
          let a = h;
          while (a > subj.b && /(ый|ий|ой|ая|ые|ие)$/.test(toks[a - 1]!.lo) && !nounAt(toks[a - 1])) a--;
          const tail = this.sources.classify(toks, a, h + 1, { oblique: false, agr: v.agr, pos: t.start });
          if (tail && /anonymous|vague/.test(tail.grade)) {
            const span = { start: toks[subj.a]!.start, end: toks[h]!.end };
            src = { ...tail, span, speaker: this.text.slice(span.start, span.end), grade: tail.grade === 'anonymous-bare' ? 'anonymous-described' : tail.grade };
          }
        }
      }
      // ("Зрители вспоминают его Гамлета: многие называют эту роль «лучшей»": "многие" after a colon are many of the group
      // the clause before it opens with, and that group speaks.)
      if (!src && subj.b === subj.a + 1 && /^(многие|некоторые|большинство)$/.test(toks[subj.a]!.lo) && subj.a === cs && toks[cs - 1]?.t === ':') {
        const c0 = clauseStart(toks, cs - 1).start;
        let f = c0;
        while (f < cs - 1 && !(toks[f]!.word && (finiteShaped(toks[f]!) || verbForms().has(toks[f]!.lo)))) f++;
        const group = f < cs - 1 ? findSubject(toks, c0, f) : null;
        const g = group ? this.sources.classify(toks, group.a, group.b, { oblique: false, agr: 'pl', pos: toks[group.a]!.start }) : null;
        if (g?.plural && !g.guessed && ANON_SOURCE_GRADES.has(g.grade)) src = g;
      }
      src ??= this.sources.classify(toks, subj.a, subj.b, { oblique: false, agr: v.agr, pos: t.start });
      // (The names listed between the dashes are who the subject is: "Несколько банков — Сбербанк, ВТБ и Альфа-банк —".)
      // (Only members counted or named by their kind — "Несколько банков", "Три страны", "Крупные авиакомпании" —; the
      // list after "Представители обеих сторон — Москвы и Киева —" names whose they are.)
      const members = /^(несколько|ряд|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|обе|оба|многие|некоторые|\d+)$/.test(toks[subj.a]!.lo) ||
        !!nounAt(toks.slice(subj.a, subj.b).find((x) => nounAt(x)))?.some((f) => f.cat === 'org' && f.nominative);
      if (src && listed && subj.b === p + 1 && members) {
        const speaker = this.text.slice(listed.start, listed.end);
        src = { ...src, speaker, grade: 'organization', plural: true, entity: { name: speaker, grade: 'organization', gender: null, plural: true, roles: new Set() } };
      }
      // "Закон требует …", "Ситуация требует вмешательства", "документ требует доработки": a call needs someone who calls.
      if (src && v.sem === 'call' && this.thingNotSpeaker(toks, subj.a, subj.b, src)) return null;
      // (For an anonymous source the participle phrase is its description: "Присутствовавший на встрече чиновник".)
      if (src && fronted >= 0 && /anonymous|vague/.test(src.grade)) {
        src = { ...src, span: { start: toks[fronted]!.start, end: src.span.end }, grade: src.grade === 'anonymous-bare' ? 'anonymous-described' : src.grade };
        src.speaker = this.text.slice(src.span.start, src.span.end);
      }
      // (A reason for anonymity — "пожелавший остаться неизвестным" — is kept apart, not as a description.)
      if (src && appositive > 0 && /anonymous|vague/.test(src.grade) && PARTICIPLE.test(toks[appositive + 1]?.lo ?? '') &&
        !REASON.test(this.text.slice(toks[appositive]!.start, toks[closeComma]!.start))) {
        // "Источники, близкие к руководству банка, утверждают": the description belongs to the source.
        src = { ...src, grade: src.grade === 'anonymous-bare' ? 'anonymous-described' : src.grade, span: { start: src.span.start, end: toks[closeComma - 1]!.end } };
        src.speaker = this.text.slice(src.span.start, src.span.end);
      }
      // "Один из организаторов, брат штурмана Костас Михаилидис, заявил", "Организатор гастролей, агентство «Северный звук»,
      // объяснило": a name in apposition identifies an unnamed or generic subject.
      // ("Мой первый инструктор, Павел Мезенцев, смеялся": a subject the lexicon cannot read is named by the name after it too.)
      const unread = (!src || src.guessed) && appositive > 0 && this.ents.personAt(toks, appositive + 1, false)?.end === closeComma;
      if (unread) src = this.sources.classify(toks, appositive + 1, closeComma, { oblique: false, agr: v.agr, pos: t.start });
      if (unread && src) src = { ...src, span: { start: toks[subj.a]!.start, end: toks[closeComma - 1]!.end } };
      else if (src && appositive > 0 && (src.grade !== 'person' || !src.entity?.surname) && src.grade !== 'media' &&
        (nounAt(toks[appositive + 1]) || toks[appositive + 1]!.cap || this.ents.personAt(toks, appositive + 2, false)?.end === closeComma)) {
        let named = this.sources.classify(toks, appositive + 1, closeComma, { oblique: false, agr: v.agr, pos: t.start });
        // ("брат штурмана Костас Михаилидис": the two capitalized words that close it are his name.)
        if (named?.grade === 'person' && !named.entity?.surname && closeComma - appositive > 3 && toks[closeComma - 1]!.cap && toks[closeComma - 2]!.cap) {
          named = this.sources.classify(toks, closeComma - 2, closeComma, { oblique: false, agr: v.agr, pos: t.start });
        }
        if (named && !named.guessed && (named.grade === 'person' && named.entity?.surname || named.grade === 'media' && /[«"„]/.test(this.text.slice(toks[appositive]!.end, toks[closeComma]!.start)))) {
          src = { ...named, span: { start: src.span.start, end: toks[closeComma - 1]!.end } };
        }
      }
      anchor = toks[subj.a]!.start;
      // "Елена Маркова, директор школы, рассказала": the title in apposition is one of her roles.
      if (src?.grade === 'person' && src.entity && appositive > 0) {
        const role = nounAt(toks[appositive + 1])?.find((f) => f.nominative && f.cat === 'role');
        if (role) src.entity.roles.add(role.lemma);
      }
      // "Об этом РИА Новости рассказал источник в мэрии": an outlet right before a singular verb, with a subject after it, is the addressee.
      // (Also before a plural verb: a single outlet is not its subject — "Об этом РБК рассказали несколько источников".)
      if (src?.grade === 'media' && (v.agr !== 'pl' || !src.plural) && subj.b === p + 1 && !PRONOUNS[toks[subj.a]!.lo]) {
        const r = this.rightSource(toks, i, v);
        if (r?.main && !r.main.guessed && r.main.grade !== 'media' && this.subjectLike(toks, r)) { src = null; anchor = cue.start; }
      }
      // "Грибова признали виновником": a singular person before a plural verb is its object, not its subject.
      // ("Один из инвесторов сказал": one member of a plural group agrees in the singular.)
      const coordinated = toks.slice(subj.a, subj.b).some((x) => x.lo === 'и' || x.t === ',') || /^(один|одна|одно)$/.test(toks[subj.a]!.lo);
      const oneName = subj.b - subj.a === 1 && toks[subj.a]!.cap && !/^\p{Lu}+$/u.test(toks[subj.a]!.t) && !/[ыи]$/.test(toks[subj.a]!.lo);
      if (src && !coordinated && (v.agr === 'pl' && (src.grade === 'person' && !src.plural || src.grade === 'organization' && oneName) && !PRONOUNS[toks[subj.a]!.lo]
        || (v.agr === 'm' || v.agr === 'f') && src.plural && /anonymous|vague/.test(src.grade))) { src = null; anchor = cue.start; }
      if (src?.grade === 'media' && v.agr === 'pl' && !src.plural && /^(в|во)$/.test(toks[i + 1]?.lo ?? '')) {
        const after = this.placePhraseAfter(toks, i + 1, t.start);
        if (after) { cue.start = src.span.start < cue.start ? cue.start : cue.start; src = after.src; for (let k = after.a; k < after.b; k++) taken.add(k); }
      }
      // "В МИД России заявили": a preposition phrase is not a subject of a plural impersonal verb.
    }
    if (!src && v.agr === 'pl') {
      const pp = this.placePhrase(toks, cs, pointer && pointer.at > cs ? pointer.at : object && object.a > cs ? object.a : p + 1, t.start)
        ?? this.placePhraseAfter(toks, i + 1, t.start);
      if (pp) { src = pp.src; anchor = Math.min(anchor, pp.anchor); for (let k = pp.a; k < pp.b; k++) taken.add(k); if (pp.a > i) placeEnd = pp.b; }
      // "В соцсетях пишут, что…": the place is a vague group of sources.
      if (!src) {
        for (let k = cs; k < p; k++) {
          // ("В родительских чатах пишут": an adjective may say whose.)
          const at = toks[k + 1] && !toks[k + 1]!.cap && /(их|ых)$/.test(toks[k + 1]!.lo) && ADJECTIVE.test(toks[k + 1]!.lo) && k + 2 <= p ? k + 2 : k + 1;
          if (/^(в|во)$/.test(toks[k]!.lo) && VAGUE_PLACES.test(toks[at]!.lo)) {
            src = { span: { start: toks[k + 1]!.start, end: toks[at]!.end }, speaker: this.text.slice(toks[k + 1]!.start, toks[at]!.end), grade: 'vague-group', plural: true, gender: null };
            anchor = toks[k]!.start;
            break;
          }
        }
      }
      // "Там также подчеркнули": the place is the organization that spoke last.
      let tk = cs;
      while (tk < p && (BETWEEN.has(toks[tk]!.lo) || !toks[tk]!.word)) tk++;
      if (!src && toks[tk]?.lo === 'там' && tk <= p) {
        const e = this.ents.latest(t.start, (m) => m.speaker && m.entity.grade === 'organization');
        if (e) { src = { span: { start: toks[tk]!.start, end: toks[tk]!.end }, speaker: e.name, grade: 'organization', plural: e.plural, gender: e.gender, entity: e }; anchor = toks[tk]!.start; }
        // ("В Кремле прокомментировали ситуацию. Там заявили, …": the place opening the sentence before, though it reported nothing.)
        const before = e ? null : this.toks.get(si - 1);
        const pp = before ? this.placePhrase(before, 0, phraseEnd(before, 1, Math.min(before.length, 12)), t.start) : null;
        if (pp && pp.src.grade === 'organization' && !pp.src.guessed) { src = { ...pp.src, span: { start: toks[tk]!.start, end: toks[tk]!.end } }; anchor = toks[tk]!.start; }
      }
    }

    let content: { span: Span; direct: boolean } | null = null;
    let rightEnd = placeEnd > 0 ? placeEnd : lightEnd > 0 ? lightEnd : i + 1;
    let extraSources: Hit[] = [];
    if (!src) {
      // Inverted without a comma: "О нынешнем аресте первыми сообщили южнокорейские СМИ."
      const r = this.rightSource(toks, i, v);
      if (r && r.main && this.subjectLike(toks, r)) {
        src = r.main;
        rightEnd = r.end;
        for (let k = i; k < r.end; k++) taken.add(k);
        cue.end = r.cue.end;
        if (r.quoted) extraSources = [];
      }
    }
    // "Сведения о … в компании назвали", "В ответ на запрос ТАСС в мэрии сообщили": with no subject on either side, a "в"-place just before the verb.
    if (!src && v.agr === 'pl') {
      const pp = this.placeRightBefore(toks, object ? object.b : cs, p, t.start);
      if (pp) { src = pp.src; anchor = Math.min(anchor, pp.anchor); for (let k = pp.a; k < pp.b; k++) taken.add(k); }
    }
    // "эту оценку назвали необъективной": a label verb's claim is the label after it, not the sentence pointed to.
    if (pointer && v.sem === 'name') content = this.forward(toks, rightEnd, t.start);
    else if (pointer) {
      // ("появились сообщения о том, что …, однако в МЧС эту информацию опровергли": the claim just made in this sentence.)
      let comma = pointer.at - 1;
      while (comma > 0 && toks[comma]!.t !== ',') comma--;
      const at = comma > 0 && toks[comma]!.t === ',' && /^(однако|но|а)$/.test(toks[comma + 1]?.lo ?? '') ? toks[comma]!.start : -1;
      const earlier = at < 0 ? undefined : [...hits].reverse().find((h) => h.content && h.content.start < at && h.content.start >= toks[0]!.start);
      content = earlier ? { span: { start: earlier.content!.start, end: Math.min(earlier.content!.end, this.trimBack(at, earlier.content!.start)) }, direct: false }
        : this.pointedBefore(toks, pointer.at) ?? (DENY_CONFIRM.has(v.lemma) ? this.claimBefore(si) : null) ?? this.pointerContent(t.start);
      // ("В клубе эти слухи опровергли." opening a text: nothing before to point to; the rumours denied are the claim.)
      if (!content && RUMOUR_POINTERS.has(toks[pointer.at + 1]?.lo ?? '') && pointer.after === pointer.at + 2) content = { span: { start: toks[pointer.at + 1]!.start, end: toks[pointer.at + 1]!.end }, direct: false };
    }
    else if (about) content = { span: about, direct: false };
    else {
      content = this.forward(toks, rightEnd, t.start);
      // "В Никосии оспаривают эту версию.", "Москва отвергла эти обвинения.": a pointer after the verb, closing the sentence,
      // brings back the claim before.
      if (content && !content.direct && v.sem === 'say' && POINTER_DEMONSTRATIVES.has(toks[rightEnd]?.lo ?? '') && POINTED_AFTER.has(toks[rightEnd + 1]?.lo ?? '') &&
        (rightEnd + 2 >= toks.length || /^[.!…]$/.test(toks[rightEnd + 2]!.t))) {
        content = (DENY_CONFIRM.has(v.lemma) ? this.claimBefore(si) : null) ?? this.pointerContent(t.start) ?? content;
      }
      // "Информацию подтвердили в пресс-службе.": a bare claim noun opening the sentence points back.
      if (!content && object && object.a === cs && cs === 0 && object.b === object.a + 1) content = this.pointerContent(t.start);
      if (!content && rightEnd > i + 1 && lightEnd < 0) content = this.larger(toks, cs, i);
      // "написал о возможной сделке еще в июле, утверждал, что…": an о-claim ends before an adverb or the next predicate.
      if (content && !content.direct) {
        const f = toks.findIndex((x) => x.start === content!.span.start);
        if (f > 0 && /^(о|об|обо)$/.test(toks[f]!.lo) && toks[f + 1]?.lo !== 'том') {
          const e = this.aboutClaimEnd(toks, f);
          if (e > f + 1 && toks[e - 1]!.end < content.span.end) content = { span: { start: content.span.start, end: toks[e - 1]!.end }, direct: false };
        }
      }
      // The object named the claim and nothing follows but another predicate (", но от подробностей отказался").
      if (object && v.sem !== 'name' && (!content || /^[,;]?\s*(но|однако|а|и)\s/.test(this.text.slice(t.end, content.span.start + 8).trim() + ' '))) {
        content = { span: { start: toks[object.a]!.start, end: toks[object.b - 1]!.end }, direct: false };
      }
    }
    if (!content) return null;
    const opening = this.text.slice(content.span.start, content.span.start + 8).toLowerCase();
    // "рассказала о гастролях": a topic, not a claim ("рассказала о том, что…" is one).
    // The same for an indirect question: "рассказали нам, как решили…", "рассказала о том, почему…".
    // ("Коллеги вспоминают его доброту", "Зрители вспоминают прежде всего его Гамлета": remembering a thing is no claim; a
    // memory is reported by a что-clause, a colon or a quote.)
    // ("вспоминает тот день так:" ¶ "«…»": a colon closing the sentence introduces the memory.)
    if (/^(вспоминать|вспомнить)$/.test(v.lemma) && !content.direct && content.span.start > t.end && !/(?:^|[^\p{L}])что\s*$|:\s*$/u.test(this.text.slice(t.end, content.span.start)) &&
      toks[toks.length - 1]?.t !== ':') return null;
    if (/^(рассказать|рассказывать|вспоминать|вспомнить)$/.test(v.lemma) && !content.direct) {
      if (/^(о|об|обо)$/.test(toks[rightEnd]?.lo ?? '') && !this.seq(toks, rightEnd + 1, ['том', ',', 'что'])) return null;
      let q = rightEnd;
      while (q < toks.length && (ADDRESSEES.has(toks[q]!.lo) || toks[q]!.t === ',')) q++;
      if (q > rightEnd && /^(как|почему|зачем|где|когда|сколько|кто|каким|какой|какая|какие|чем|откуда|куда)$/.test(toks[q]?.lo ?? '')) return null;
    }
    // "отмечает десять лет во главе труппы", "отметил 70-летие": celebrating, not saying.
    if (/^(отметить|отмечать)$/.test(v.lemma) && rightEnd === i + 1 && CELEBRATED.test(toks[i + 1]?.lo ?? '')) return null;
    // ("отметила работу оператора", "отметил вклад волонтёров": praise of a thing, a noun phrase with no clause, is no claim;
    // "отметил необходимость …" states one.)
    if (this.notedThing(toks, i, v, content)) return null;
    // "День Первого Президента отмечают в ВКО": a holiday is celebrated, not said.
    if (/^(отметить|отмечать)$/.test(v.lemma) && src && HOLIDAY.test(normalize(this.text.slice(src.span.start, src.span.end).split(/\s/)[0] ?? ''))) return null;
    // "Суд признал бывшего мэра виновным", "признали банкротом": a ruling, not a claim.
    if (/^(признать|признавать)$/.test(v.lemma) && !content.direct && !/что/.test(this.text.slice(t.end, content.span.start)) &&
      /(?:^|\s)(?:не)?(?:виновн|банкрот|недействительн|незаконн|законн|экстремистск|террористическ|иноагент|иностранн\p{L}* агент|нежелательн|утратившим|пострадавш|потерпевш)/u.test(this.text.slice(content.span.start, Math.min(content.span.end, content.span.start + 80)).toLowerCase())) return null;
    // "объявили подозрение", "сообщили ему о подозрении": a legal notice served, not a claim.
    // (Both forms hold "подозрени": a substring test spares the regex nearly always.)
    const ahead = this.text.slice(t.end, t.end + 60).toLowerCase();
    if (ahead.includes('подозрени') && /^\s*(?:\p{L}+\s+)?(?:о подозрении|подозрение)/u.test(ahead)) return null;
    // "оспорил штраф в суде": a decision contested, no claim; "эту версию оспаривают" disputes the claim before.
    if (DISPUTES.has(v.lemma) && !content.direct && content.span.start > t.end && !/что\s*$/.test(this.text.slice(t.end, content.span.start))) return null;
    // "распорядился деньгами": disposing of a thing; an order needs its words, an infinitive or "чтобы".
    // ("угрожал продавцу ножом", "пригрозил пистолетом": a weapon, not words.)
    if (/^(угрожать|пригрозить)$/.test(v.lemma) && !content.direct && WEAPONS.test(this.text.slice(t.end, Math.min(content.span.end, t.end + 60)))) return null;
    // ("требовали у владельца кафе 2 млн рублей", "потребовал у него выкуп": money demanded from someone is extortion, no claim;
    // "потребовали у властей вернуть деньги" with its infinitive is a call.)
    // ("требовал взятку за выделение делянок", "потребовали выкуп": so is a bribe or a ransom as the object itself; plain
    // "деньги" may be wages owed, a demand like any other.)
    const moneyObject = /^\s*(?:взятку|взятки|выкуп|откат|мзду)(?![\p{L}])/u.test(this.text.slice(t.end, t.end + 12));
    if (/^(требовать|потребовать|вымогать)$/.test(v.lemma) && !content.direct && (moneyObject || /^\s*у\s/u.test(this.text.slice(t.end, t.end + 4)))) {
      const demanded = this.text.slice(t.end, Math.min(content.span.end, t.end + 90)).toLowerCase();
      if (/(?:^|[^\p{L}])(?:рубл|доллар|евро|тенге|сом(?:ов)?(?![\p{L}])|гривен|выкуп|деньг|денег|взятк|откат|мзд)/u.test(demanded) && !/(?:^|[^\p{L}])(?:чтобы|(?!(?:пять|шесть|десять|\p{L}*дцать)(?![\p{L}]))\p{L}+(?:[аяеиуыо]ть|[ие][зс]ти|йти|дти|чь)(?:ся|сь)?)(?![\p{L}])/u.test(demanded)) return null;
    }
    if (ORDERS.has(v.lemma) && !content.direct &&
      !/^[\s,]*(?:чтобы|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:ть|ти|чь)(?:ся|сь)?(?![\p{L}-]))/u.test(this.text.slice(Math.min(t.end, content.span.start), content.span.start + 60).toLowerCase())) return null;
    // "заявила о себе" (made herself known) reports nothing; a reply needs its words.
    if (/^о себе(?![\p{L}])/u.test(opening)) return null;
    // ("Время появления снимков говорит само за себя", "Цифры говорят сами за себя": speaking for itself is no report.)
    if (/^сам[оаи]? за /.test(opening) && content.span.start > t.end && /^сам[оаи]? за себя(?![\p{L}])/u.test(this.text.slice(content.span.start, content.span.start + 14).toLowerCase())) return null;
    if (v.sem === 'reply' && !content.direct && content.span.start > t.end && !/(что|:)\s*$/.test(this.text.slice(t.end, content.span.start))) return null;
    // ("С ним согласилась депутат X": what stands before the verb is whom she agreed with, not her words.)
    if (v.sem === 'reply' && !content.direct && content.span.end <= t.start) return null;
    // ("сообщил это", "подтвердил это": a pronoun object; "заявил, что это провокация" is a claim, and so is a quote
    // opening with it: "заявил: «Это ошибка»".)
    if (!content.direct && content.span.start >= t.end && this.text.slice(content.span.start, content.span.start + 4).toLowerCase().startsWith('это') && !/^это[\p{L}]/u.test(this.text.slice(content.span.start, content.span.start + 5).toLowerCase()) &&
      !/(что|:)\s*$/.test(this.text.slice(t.end, content.span.start))) return null;

    // "опасаются, что компания потребует докапитализации": inside a fear, not a report of one.
    if (cs >= 3 && toks[cs - 1]?.lo === 'что' && toks[cs - 2]?.t === ',' && /^(опаса|боя|беспоко|тревож|боит)/.test(toks[cs - 3]?.lo ?? '')) return null;
    // "Дети … просят приготовить": a call or a label needs a subject the lexicons recognize.
    if (src?.guessed && (v.sem === 'call' || v.sem === 'name')) return null;
    // ("показала, что" is a witness's testimony; "Опрос показал, что" a finding no one is quoted for.)
    if (/^показ/.test(v.lemma) && !(src && (src.grade === 'person' || ANON_SOURCE_GRADES.has(src.grade)))) return null;
    // ("Замеры показывают, что …", "Анализы показали, что …": a plural the lexicon lacks is a finding's thing, not witnesses;
    // only people testify.)
    if (/^показ/.test(v.lemma) && src?.guessed) return null;
    // ("Врачи фиксируют рост обращений": people observe and report; "камеры зафиксировали нарушение", "полиция зафиксировала ДТП"
    // record a thing.)
    if (/фиксировать$/.test(v.lemma) && !(src && !src.guessed && (src.grade === 'person' || ANON_SOURCE_GRADES.has(src.grade)))) return null;
    if (!src) {
      // "Мне прямо сказали: …", "Нам объяснили, что …": unnamed people told the one speaking (an addressee opens the clause).
      // (Only with a что-clause, a colon or a quote: "Им сказали спасибо" reports nothing.)
      const told = v.agr === 'pl' && !pointer && !about && this.toldBefore(toks, cs, p) &&
        (content.direct || /(что|:)\s*$/.test(this.text.slice(t.end, content.span.start)));
      if (!told && (v.agr !== 'pl' || !HEDGE_PLURAL.has(v.lemma))) return null;
      // ("Голоса считали до утра", "цифру считали по данным …": counting, not believing; a belief has its что-clause.)
      if (!told && BELIEF_COUNTING.has(v.lemma) && !pointer && !about && !content.direct && content.span.start >= t.end &&
        toks[i - 1]?.lo !== 'как' && !/(что|:)\s*$/.test(this.text.slice(t.end, content.span.start))) return null;
      return { cue, src: null, content: content.span, direct: content.direct, reason: null, forward: !pointer && !about, anchor: cue.start, pointer: !!pointer, sentence: si, told };
    }
    const main: Hit = { cue, src, content: content.span, direct: content.direct, reason: null, forward: !pointer && !about, anchor, pointer: !!pointer, sentence: si, agr: v.agr };
    const out = [main, ...extraSources];
    // "Эту информацию военной разведки цитировала X": the genitive is a source too.
    if (pointer && pointer.owner) {
      out.push({ cue: pointer.cue, src: pointer.owner, content: content.span, direct: false, reason: null, forward: false, anchor: pointer.cue.start, pointer: true, sentence: si, via: main });
    }
    return out;
  }

  /**
   * "…, рассказал 24.kg один из участников акции, проходчик Нурлан Осмонов.": an unnamed inverted subject closed by a
   * title and a name in apposition, ending the sentence, is that person.
   */
  private namedInApposition<R extends { main: SourceInfo | null; end: number }>(toks: Token[], r: R | null): R | null {
    if (!r?.main || !/anonymous/.test(r.main.grade) || toks[r.end]?.t !== ',') return r;
    let last = toks.length;
    while (last > r.end && !toks[last - 1]!.word) last--;
    let j = r.end + 1;
    while (j < last && j < r.end + 4 && toks[j]!.word && !toks[j]!.cap) j++;
    const p = j < last ? this.ents.personAt(toks, j, true) : null;
    if (!p || p.end !== last) return r;
    const main = this.sources.classify(toks, r.end + 1, last, { oblique: false, agr: null, pos: toks[r.end + 1]!.start });
    return main?.grade === 'person' ? { ...r, main, end: last } : r;
  }

  /** The source after a verb: addressee and quoted party handled. */
  private rightSource(toks: Token[], i: number, v: VerbEntry): { main: SourceInfo | null; quoted: SourceInfo | null; cue: Span; end: number; pp?: boolean } | null {
    const t = toks[i]!;
    let k = i + 1;
    while (k < toks.length && (BETWEEN.has(toks[k]!.lo) || toks[k]!.lo === 'и')) k++;
    let cueEnd = t.end;
    // "— так прокомментировал ситуацию X": a comment verb's object stands before the inverted subject.
    if (v.sem === 'quote' && toks[k]?.word && !toks[k]!.cap && /(ию|ие|ую|ю|у)$/.test(toks[k]!.lo) && !nounAt(toks[k])?.some((f) => f.nominative) && toks[k + 1]?.word) k++;
    // "рассказал изданию", "заявил журналистам": the addressee joins the cue.
    // (After "цитирует" an oblique noun is the quoted party: "цитирует министра «Интерфакс»".)
    // ("после" is a preposition here, not the prepositional of "посол".)
    // ("сказала местному телеканалу X": a dative adjective before the addressee goes with it.)
    const addressee = (x: Token | undefined) => !!x && (ADDRESSEES.has(x.lo) || v.sem !== 'cite' && !!nounAt(x)?.every((f) => !f.nominative) && !x.cap && !isPreposition(x));
    while (k < toks.length && (addressee(toks[k]) || toks[k]!.word && !toks[k]!.cap && /\p{L}{3}(ому|ему|ым|им)$/u.test(toks[k]!.lo) && !nounAt(toks[k]) && addressee(toks[k + 1]))) { cueEnd = toks[k]!.end; k++; }
    // ("Как рассказал 24.kg один из участников": a site named by its domain before the inverted subject is whom he told.)
    // (Not before a citing frame: "Как сообщает Kursiv.media со ссылкой на источник" is the site speaking.)
    if (k < toks.length - 1 && isDomain(toks[k]!.t) && toks[k + 1]!.word && !(/^(со|с)$/.test(toks[k + 1]!.lo) && /^ссылк/.test(toks[k + 2]?.lo ?? ''))) { cueEnd = toks[k]!.end; k++; }
    // ("— рассказал Азия-Плюс житель столицы": a capitalised name the lists lack, right before a person noun in the nominative, is
    // whom he told.)
    else if (k < toks.length - 2 && toks[k]!.cap && toks[k]!.word && !nounAt(toks[k]) && !firstName(toks[k]!.t) && !toks[k + 1]!.cap &&
      nounAt(toks[k + 1])?.some((f) => f.nominative && !f.plural && (f.cat === 'anon' || f.cat === 'role' || f.cat === 'anon-bare')) && !nounAt(toks[k + 1])?.some((f) => !f.nominative)) { cueEnd = toks[k]!.end; k++; }
    // ("Как сообщил «24.kg» источник в Кабинете министров": the same in quotation marks.)
    else if (k < toks.length - 3 && /^[«"„]$/.test(toks[k]!.t) && isDomain(toks[k + 1]!.t) && /^[»"“]$/.test(toks[k + 2]!.t) && toks[k + 3]!.word && !isPreposition(toks[k + 3]) &&
      nounAt(toks[k + 3])?.some((f) => f.nominative && f.cat !== 'media')) { cueEnd = toks[k + 2]!.end; k += 3; }
    // ("Как сообщили «Вестнику» в пресс-службе ведомства": a quoted name in the dative right before a "в"-place is whom it was told;
    // the place speaks.)
    if (k === i + 1 && /^[«"„]$/.test(toks[k]?.t ?? '')) {
      let c = k + 1;
      while (c < toks.length && c <= k + 4 && toks[c]!.word) c++;
      if (c > k + 1 && /^[»"“]$/.test(toks[c]?.t ?? '') && /^(в|во)$/.test(toks[c + 1]?.lo ?? '') &&
        (/\p{Ll}(?:у|ю|ам|ям|ой|ей)$/u.test(toks[c - 1]!.t) || c - k >= 3 && /\p{Ll}(?:ой|ей)$/u.test(toks[c - 2]!.t) && /\p{Ll}е$/u.test(toks[c - 1]!.t))) { cueEnd = toks[c]!.end; k = c + 1; }
    }
    // ("рассказал изданию «Звездный патруль» инсайдер": the outlet's title after the addressee noun is the addressee's.)
    if (k > i + 1 && /^[«"„]$/.test(toks[k]?.t ?? '') && nounAt(toks[k - 1])?.some((f) => f.cat === 'media' && !f.nominative)) {
      let c = k + 1;
      while (c < toks.length && c <= k + 5 && toks[c]!.word) c++;
      if (c > k + 1 && /^[»"“]$/.test(toks[c]?.t ?? '') && toks[c + 1]?.word) { cueEnd = toks[c]!.end; k = c + 1; }
    }
    let quoted: SourceInfo | null = null;
    // Quoted party as a pronoun: "процитировали ее участники заседания".
    if (v.sem === 'cite' && PRONOUNS[toks[k]?.lo ?? ''] && !PRONOUNS[toks[k]!.lo]!.nominative) {
      quoted = this.sources.classify(toks, k, k + 1, { oblique: true, agr: null, pos: t.start });
      k++;
    }
    // ("Как отмечала в октябре Financial Times": a time before the inverted subject.)
    const timed = skipTime(toks, k);
    if (timed > k && toks[timed]?.word) k = timed;
    // "сообщили в ведомстве", "сообщил в Twitter": a place phrase; "сказал после матча / на пресс-конференции X": an occasion.
    const place = /^(в|во)$/.test(toks[k]?.lo ?? '');
    if (place || OCCASION_PREPOSITIONS.has(toks[k]?.lo ?? '')) {
      // A nominative subject may follow the place ("написал в своем Telegram-канале губернатор Гладков",
      // "заявил в эфире «Матч ТВ» нападающий X": a quoted name inside the place is crossed).
      for (let j = k + 2; j < toks.length && j < k + 14 && (toks[j]!.word || this.quoteByOpen.has(toks[j]!.start)); j++) {
        if (!toks[j]!.word) {
          const q = this.quoteByOpen.get(toks[j]!.start)!;
          // (Bounded: an unclosed or long quote is no name inside a place.)
          if (q.close === null || q.close - q.open > 60) break;
          while (j + 1 < toks.length && toks[j]!.start !== q.close) j++;
          if (toks[j]!.start !== q.close || !toks[j + 1]?.word) break;
          continue;
        }
        const nf = nounAt(toks[j]);
        // "в самой компании": a noun after an adjective in the prepositional case is still the place.
        const obliqueBefore = !toks[j - 1]!.cap && /(ой|ей|ом|ем|ых|их)$/.test(toks[j - 1]!.lo);
        // ("передали в центральный аппарат": adjectives alone before it make the noun the place itself, in the accusative.)
        const placeNoun = toks.slice(k + 1, j).some((x) => !x.word || x.cap || !ADJECTIVE.test(x.lo));
        // ("в офис ведомства": a form that is also a genitive, right after the place noun, is read as the genitive.)
        // ("в пресс-службе Министерства энергетики": a field's genitive after the body's noun, see fieldGenitive.)
        const genitive = nf?.some((f) => !f.nominative) && toks[j - 1]!.word && !ADJECTIVE.test(toks[j - 1]!.lo) || fieldGenitive(toks, j);
        const starts = nf?.some((f) => f.nominative && f.cat !== 'document') && !/^(в|во)$/.test(toks[j - 1]!.lo) && !obliqueBefore && placeNoun && !genitive || this.ents.personAt(toks, j, false);
        if (!starts) continue;
        let a = j;
        while (a > k + 2 && toks[a - 1]!.word && !toks[a - 1]!.cap && /(ый|ий|ой|ая|яя|ые|ие)$/.test(toks[a - 1]!.lo)) a--;
        const e = phraseEnd(toks, a, Math.min(toks.length, a + 14));
        const main = this.sources.classify(toks, a, e, { oblique: false, agr: v.agr, pos: t.start });
        if (main) return { main, quoted, cue: { start: t.start, end: cueEnd }, end: e };
        break;
      }
    }
    if (place) {
      const pp = this.placePhraseAfter(toks, k, t.start);
      if (pp) return { main: pp.src, quoted, cue: { start: t.start, end: cueEnd }, end: pp.b, pp: true };
      // "как утверждают в соцсетях": the place is a vague group of sources.
      if (v.agr === 'pl' && VAGUE_PLACES.test(toks[k + 1]?.lo ?? '')) {
        const w = toks[k + 1]!;
        return { main: { span: { start: w.start, end: w.end }, speaker: w.t, grade: 'vague-group', plural: true, gender: null }, quoted, cue: { start: t.start, end: cueEnd }, end: k + 2, pp: true };
      }
      return null;
    }
    // "Как рассказал на условиях анонимности чиновник": the terms of anonymity before an inverted subject.
    if (toks[k]?.lo === 'на' && /^(условиях|правах)$/.test(toks[k + 1]?.lo ?? '') && toks[k + 2]?.lo === 'анонимности') k += 3;
    // "Как заявил на брифинге X": the occasion before an inverted subject.
    if (toks[k]?.lo === 'на' && toks[k + 1]?.word && !toks[k + 1]!.cap && /(е|и)$/.test(toks[k + 1]!.lo) && !nounAt(toks[k + 1]) && toks[k + 2]?.word && !isPreposition(toks[k + 2])) k += 2;
    if (k >= toks.length || !toks[k]!.word && !/^[«"„(]$/.test(toks[k]!.t)) return null;
    // ("…, добавили там.": the place is the body that spoke last.)
    if (toks[k]?.lo === 'там' && v.agr === 'pl' && (k + 1 >= toks.length || /^[.!?;]$/.test(toks[k + 1]!.t))) {
      const e = this.ents.latest(t.start, (m) => m.speaker && m.entity.grade === 'organization');
      if (!e) return null;
      return { main: { span: { start: toks[k]!.start, end: toks[k]!.end }, speaker: e.name, grade: 'organization', plural: e.plural, gender: e.gender, entity: e }, quoted, cue: { start: t.start, end: cueEnd }, end: k + 1 };
    }
    // "…, призывали чтить ценности", "…, говорил на французском языке": an infinitive or a preposition is no subject.
    const s0 = toks[k]!;
    if (s0.word && !s0.cap && (/(ть|ти|чь|ться)$/.test(s0.lo) && !nounAt(s0) || isPreposition(s0) || ADVERBS.has(s0.lo) && !PRONOUNS[s0.lo]
      || nounAt(s0)?.every((f) => !f.nominative) && v.sem !== 'cite'
      // ("обвинил хокима одного из районов": a genitive "одного из" is the object's owner, not the subject.)
      || /^(одного|одной|одних)$/.test(s0.lo) && toks[k + 1]?.lo === 'из' && v.sem !== 'cite')) return null;
    // "как заметил отреагировавший на происшедшее глава Чечни X": a fronted participle phrase before the inverted subject.
    if (FRONT_PARTICIPLE.test(toks[k]!.lo) && isPreposition(toks[k + 1])) {
      for (let j = k + 3; j < Math.min(toks.length, k + 10) && toks[j]!.word; j++) {
        if (!nounAt(toks[j])?.some((f) => f.nominative && f.cat !== 'document') && !this.ents.personAt(toks, j, false)) continue;
        let a = j;
        while (a > k + 3 && /(ый|ий|ая|ые|ие)$/.test(toks[a - 1]!.lo) && !toks[a - 1]!.cap) a--;
        k = a;
        break;
      }
    }
    // "…заявил другой ее игрок – Иван Петров": a description, a dash, and the name that closes the sentence.
    for (let d = k + 1; d < Math.min(toks.length, k + 7) && toks[d - 1]!.word; d++) {
      if (!isDash(toks[d])) continue;
      // (A foreign name the lexicon lacks: two capitalized words that end the sentence.)
      const two = toks[d + 1]?.cap && toks[d + 2]?.cap && toks[d + 1]!.word && toks[d + 2]!.word && (d + 3 >= toks.length || /^[.!?;]$/.test(toks[d + 3]!.t))
        && !nounAt(toks[d + 1]) && !mediaAt(toks, d + 1) && !/и$/.test(toks[d + 1]!.lo) ? { end: d + 3 } : null;
      const person = this.ents.personAt(toks, d + 1, false) ?? two;
      if (person && (person.end >= toks.length || /^[.!?;]$/.test(toks[person.end]!.t))) {
        const main = this.sources.classify(toks, d + 1, person.end, { oblique: false, agr: v.agr, pos: t.start });
        if (main?.grade === 'person') return { main: { ...main, span: { start: toks[k]!.start, end: toks[person.end - 1]!.end } }, quoted, cue: { start: t.start, end: cueEnd }, end: person.end };
      }
      break;
    }
    let end = phraseEnd(toks, k, Math.min(toks.length, k + 16));
    if (end <= k) return null;
    // Addressee: "сообщил РИА Новости представитель…", "заявил «Ведомостям»".
    const media = mediaAt(toks, k) ?? (/^[«"„]$/.test(toks[k]!.t) ? mediaAt(toks, k + 1) : null);
    if (media && v.sem !== 'cite') {
      let mEnd = media.end;
      if (/^[»"“]$/.test(toks[mEnd]?.t ?? '')) mEnd++;
      // "сообщили РИА Новости в Кремле"
      const pp = this.placePhraseAfter(toks, mEnd, t.start);
      if (pp) return { main: pp.src, quoted, cue: { start: t.start, end: toks[mEnd - 1]!.end }, end: pp.b, pp: true };
      // ("Как пишет Forbes Kazakhstan": a Latin-script word right after a Latin-script outlet goes on its name.)
      const latinName = toks[mEnd]?.cap && /^[A-Za-z]/.test(toks[mEnd]!.t) && /[A-Za-z]$/.test(toks[mEnd - 1]!.t);
      if (mEnd < end && toks[mEnd]!.word && !latinName) {
        cueEnd = toks[mEnd - 1]!.end;
        k = mEnd;
      }
    }
    // ("Как рассказала «Газете.Ru» член Общественной палаты Елена Сутормина": a quoted title right after the verb, then a
    // person, is whom she told.)
    if (v.sem !== 'cite' && !media && /^[«"„]$/.test(toks[k]?.t ?? '')) {
      let c = k + 1;
      while (c < end && c <= k + 5 && toks[c]!.word) c++;
      if (c > k + 1 && c + 1 < end && /^[»"“”]$/.test(toks[c]!.t) && toks[c + 1]!.word && !isPreposition(toks[c + 1]) && /(?:[уюе]|ой|ей|ому|ему|ам|ям)$/.test(toks[k + 1]!.lo.replace(/\..*$/, ''))) {
        const person = this.sources.classify(toks, c + 1, end, { oblique: false, agr: v.agr, pos: t.start });
        if (person && !person.guessed && /person|anonymous/.test(person.grade)) return { main: person, quoted, cue: { start: t.start, end: toks[c]!.end }, end };
      }
    }
    if (v.sem === 'cite') {
      // "цитирует Ильина РИА Новости": the quoted party first, the outlet last.
      for (let j = k + 1; j < end; j++) {
        // ("цитирует министра агентство LETA": an outlet noun in the nominative with its name.)
        // ("— цитирует вратаря клубный сайт": a club's site is its outlet too, and may close the phrase.)
        const outlet = !toks[j]!.cap && nounAt(toks[j])?.some((f) => (f.cat === 'media' || /^сайт/.test(toks[j]!.lo)) && f.nominative && !f.plural) ? { end } : null;
        const m = mediaAt(toks, j) ?? (/^[«"„]$/.test(toks[j]!.t) ? mediaAt(toks, j + 1) : null) ?? outlet;
        if (!m) continue;
        const mEnd = /^[»"“]$/.test(toks[m.end]?.t ?? '') ? m.end + 1 : m.end;
        if (mEnd !== end) break;
        // ("… Галину Пестову региональный портал «…»": the outlet's own adjectives open it, not close the quoted party.)
        let o = j;
        while (o - 1 > k && !toks[o - 1]!.cap && (NOMINATIVE_ADJECTIVE.test(toks[o - 1]!.lo) || /\p{L}{3}ой$/u.test(toks[o - 1]!.lo)) && !nounAt(toks[o - 1])) o--;
        const q = this.sources.classify(toks, k, o, { oblique: true, agr: null, pos: t.start });
        const main = this.sources.classify(toks, o, end, { oblique: false, agr: v.agr, pos: t.start });
        if (q && main) return { main, quoted: q, cue: { start: t.start, end: cueEnd }, end };
        break;
      }
      // "— цитирует Семака пресс-служба клуба": a person the article named, in the accusative, then whoever quotes him.
      if (toks[k]!.cap && k + 1 < end && this.ents.findSurname(toks[k]!.t, null, true) && !mediaAt(toks, k)) {
        const q = this.sources.classify(toks, k, k + 1, { oblique: true, agr: null, pos: t.start });
        const main = this.sources.classify(toks, k + 1, end, { oblique: false, agr: v.agr, pos: t.start });
        if (q?.grade === 'person' && main && !main.guessed) return { main, quoted: q, cue: { start: t.start, end: cueEnd }, end };
      }
      // ("— цитирует наставника пресс-служба КФФ", "цитирует тренера официальный сайт клуба": a title in the accusative, then
      // the body that quotes him, in the nominative.)
      const title = nounAt(toks[k]);
      if (!toks[k]!.cap && k + 1 < end && title?.every((f) => !f.nominative && !f.plural && /^(role|anon|anon-bare)$/.test(f.cat))) {
        let o = k + 1;
        if (!toks[o]!.cap && NOMINATIVE_ADJECTIVE.test(toks[o]!.lo) && !nounAt(toks[o]) && o + 1 < end) o++;
        if (nounAt(toks[o])?.some((f) => f.nominative && !f.plural && (f.cat === 'org' || f.cat === 'media' || /^сайт/.test(f.lemma)))) {
          const q = this.sources.classify(toks, k, k + 1, { oblique: true, agr: null, pos: t.start });
          const main = this.sources.classify(toks, k + 1, end, { oblique: false, agr: v.agr, pos: t.start });
          if (q && main && !main.guessed) return { main, quoted: q, cue: { start: t.start, end: cueEnd }, end };
        }
      }
      // "цитирует ИА Regnum Минченко", "цитирует агентство заявление прокуратуры", "цитирует Bloomberg заявление".
      const split = this.citeSplit(toks, k, end);
      if (split < end) {
        // ("цитирует «Интерфакс» слова аналитика": the words are the analyst's.)
        const from = toks[split]?.lo === 'слова' && split + 1 < end ? split + 1 : split;
        quoted = this.sources.classify(toks, from, end, { oblique: true, agr: null, pos: t.start }) ?? quoted;
        const main = this.sources.classify(toks, k, split, { oblique: false, agr: v.agr, pos: t.start });
        return { main, quoted, cue: { start: t.start, end: cueEnd }, end };
      }
    }
    // "— сказал эксперт «Заречье-Инфо»", "— рассказал Петров «Вестнику»": an outlet closing the phrase after a person is whom he
    // told, not his employer — unless he works in the press ("корреспондент «X»").
    if (v.sem !== 'cite' && end - k >= 3) {
      const tail = this.trailingOutlet(toks, k, end);
      if (tail > k && !PRESS_PEOPLE.test(toks[k]!.lo)) {
        const person = this.sources.classify(toks, k, tail, { oblique: false, agr: v.agr, pos: t.start });
        if (person && !person.guessed && /person|anonymous|vague/.test(person.grade)) return { main: person, quoted, cue: { start: t.start, end: cueEnd }, end };
      }
    }
    let main = this.sources.classify(toks, k, end, { oblique: false, agr: v.agr, pos: t.start });
    if (!main) return null;
    // "…, сообщил источник, знакомый с ситуацией": a participle phrase describes the source
    // (a reason for anonymity — "пожелавший остаться неизвестным" — is kept apart).
    if (toks[end]?.t === ',' && PARTICIPLE.test(toks[end + 1]?.lo ?? '') && /anonymous|vague/.test(main.grade)) {
      let e = end + 2;
      while (e < toks.length && toks[e]!.t !== ',' && !/^[.;:!?]$/.test(toks[e]!.t)) e++;
      // "Как рассказал источник, задержанный дал показания": a finite verb makes it the claim's own clause.
      const finite = toks.slice(end + 2, e).some((x) => x.word && (verbForms().has(x.lo) || (x.lo.length >= 5 || x.lo.length >= 3 && /(ал|ял|ил|ел|ыл)$/.test(x.lo)) && /(ал|ял|ил|ел|ыл|ала|яла|ила|ела|али|яли|или|ели|ает|яет|ует|ит)$/.test(x.lo) && !nounAt(x)));
      // ("знакомый с материалами дела": a four-letter genitive in -ла is no past verb.)
      if (!finite && !REASON.test(this.text.slice(toks[end]!.start, toks[e - 1]!.end))) {
        main = { ...main, span: { start: main.span.start, end: toks[e - 1]!.end }, grade: main.grade === 'anonymous-bare' ? 'anonymous-described' : main.grade };
        main.speaker = this.text.slice(main.span.start, main.span.end);
        end = e;
      }
    }
    // "…, — сказала одна из дольщиц, Анна Котова.": a name in apposition closing the sentence names the source.
    if (toks[end]?.t === ',' && main.grade !== 'person' && main.grade !== 'media') {
      const p = this.ents.personAt(toks, end + 1, true, false);
      const after = p ? toks[p.end] : undefined;
      if (p && (!after || /^[.!?…;]$/.test(after.t))) {
        main = { span: { start: main.span.start, end: toks[p.end - 1]!.end }, speaker: p.entity.name, grade: 'person', plural: false, gender: p.entity.gender, entity: p.entity };
        end = p.end;
      }
    }
    // ("сообщили организаторы гастролей — агентство «Арт-Вектор» — в своём канале", "заявил владелец клуба — бизнесмен Иван
    // Петров": a named body or person between dashes after an unnamed subject is who it is.)
    if (isDash(toks[end]) && (main.grade !== 'person' || !main.entity?.surname) && main.grade !== 'media') {
      let d = end + 1;
      while (d < toks.length && d <= end + 8 && (toks[d]!.word || /^[«»"„“-]$/.test(toks[d]!.t))) d++;
      if (d > end + 1 && (d >= toks.length || isDash(toks[d]) || /^[.!?…]$/.test(toks[d]!.t))) {
        const named = this.sources.classify(toks, end + 1, d, { oblique: false, agr: v.agr, pos: toks[end + 1]!.start });
        const quotedName = /[«"„]/.test(this.text.slice(toks[end + 1]!.start, toks[d - 1]!.end));
        if (named && !named.guessed && (named.grade === 'person' && !!named.entity?.surname || (named.grade === 'organization' || named.grade === 'media') && quotedName)) {
          main = { ...named, span: { start: main.span.start, end: toks[d - 1]!.end } };
          end = isDash(toks[d]) ? d + 1 : d;
        }
      }
    }
    return { main, quoted, cue: { start: t.start, end: cueEnd }, end };
  }

  /**
   * After a verb with nothing before it, only a phrase that can be a subject
   * counts ("сообщили южнокорейские СМИ"), not an object ("признали виновником аварии").
   */
  private subjectLike(toks: Token[], r: { main: SourceInfo | null; pp?: boolean }): boolean {
    const m = r.main;
    if (!m) return false;
    if (r.pp || !m.guessed && m.grade !== 'organization') return true;
    const first = toks.find((t) => t.start === m.span.start);
    // ("объединённая пресс-служба судов": a nominative adjective may open the subject.)
    return !!first && (first.cap || !!nounAt(first)?.some((f) => f.nominative) || !m.guessed && NOMINATIVE_ADJECTIVE.test(first.lo));
  }

  /**
   * An outlet closing toks[k, end) right after a one- or two-word person ("эксперт «Заречье-Инфо»", "Веденеев «Вестнику»"):
   * where it starts, or k. Only an outlet the article named as one, or one of the lexicon's in the dative.
   */
  private trailingOutlet(toks: Token[], k: number, end: number): number {
    if (!/^[»"“]$/.test(toks[end - 1]!.t)) return k;
    let open = end - 2;
    while (open > k && toks[open]!.word) open--;
    if (open <= k || open > k + 2 || !/^[«"„]$/.test(toks[open]!.t) || open === end - 2) return k;
    const name = this.text.slice(toks[open + 1]!.start, toks[end - 2]!.end);
    const known = mediaAt(toks, open + 1);
    const noted = this.ents.byName.get(name)?.grade === 'media';
    // (A listed outlet only in a dative form: "«Коммерсанту»", "«Ведомостям»".)
    const dative = !!known && /(у|ю|ам|ям)$/.test(toks[end - 2]!.lo) && known.end === end - 1;
    if (!noted && !dative) return k;
    // (A person: a role or a word for a person, or a capitalized surname; never an outlet noun — "портал «X»".)
    const head = toks[open - 1]!;
    if (nounAt(head)?.some((f) => f.cat === 'media' || f.cat === 'org' || f.cat === 'document')) return k;
    return open;
  }

  /** Where the outlet ends and the quoted party begins after "цитирует". */
  private citeSplit(toks: Token[], k: number, end: number): number {
    const m = mediaAt(toks, k);
    if (m) return m.end;
    // "цитирует «Интерфакс» главу компании …": an outlet's name in quotation marks, then the quoted party.
    if (/^[«"„“]$/.test(toks[k]?.t ?? '')) {
      for (let c = k + 2; c < end && c <= k + 6; c++) if (/^[»"“”]$/.test(toks[c]!.t)) return c + 1 < end ? c + 1 : end;
    }
    const n = nounAt(toks[k]);
    if (n?.some((f) => f.cat === 'media')) {
      const m2 = mediaAt(toks, k + 1);
      if (m2) return m2.end;
      if (toks[k + 1]?.cap && !nounAt(toks[k + 1])) return k + 2;
      // ("цитирует агентство «Ховар» заместителя …": the outlet's name in quotation marks goes with its noun.)
      if (/^[«"„“]$/.test(toks[k + 1]?.t ?? '')) {
        for (let c = k + 3; c < end && c <= k + 7; c++) if (/^[»"“”]$/.test(toks[c]!.t)) return c + 1 < end ? c + 1 : end;
      }
      return k + 1;
    }
    return end;
  }

  /** Builds the hits of an inverted cue: the main source, and the quoted party reported through it. */
  private withSources(r: { main: SourceInfo | null; quoted: SourceInfo | null; cue: Span }, cue: Span, content: { span: Span; direct: boolean }, si: number, anchor: number, inner: Hit | undefined): Hit[] | null {
    const out: Hit[] = [];
    const c = { start: cue.start, end: Math.max(cue.end, r.cue.end) };
    if (r.main) out.push({ cue: c, src: r.main, content: content.span, direct: content.direct, reason: null, forward: false, anchor, pointer: false, sentence: si });
    if (r.quoted) out.push({ cue: c, src: r.quoted, content: content.span, direct: content.direct, reason: null, forward: false, anchor, pointer: false, sentence: si, via: out[0] });
    if (inner && out[0]) inner.via = out[0];
    return out.length ? out : null;
  }

  // ------------------------------------------------------------- subjects

  /**
   * The comma that opens an appositive phrase ending at the comma p
   * (", пожелавший остаться неизвестным,", ", который…"), when a subject stands before it.
   */
  private appositiveStart(toks: Token[], p: number): number {
    let k = p - 1;
    for (;;) {
      while (k >= 0 && toks[k]!.t !== ',' && /[\p{L}\p{N}«»"()-]/u.test(toks[k]!.t)) k--;
      // (", который, как считается, близок к …,": a parenthetical hedge inside the phrase is crossed.)
      const open = k > 0 && toks[k]!.t === ',' ? parentheticalBefore(toks, k) : -1;
      if (open < 0) break;
      k = open - 1;
    }
    if (k <= 0 || toks[k]!.t !== ',') return -1;
    const first = toks[k + 1];
    // ", пожелавший…,", ", который…,", ", слова которого приводит…,"
    // (", комментируя встречу,", ", выступая в суде,": a gerund phrase stands there the same way.)
    // (", директор школы,", ", глава компании,": a title in apposition after a name.)
    // (", брат штурмана X,", ", агентство «Y»,": a relative or an outlet in apposition too.)
    // (", бывший бухгалтер компании,": adjectives before the title.)
    let ti = k + 1;
    while (ti < p - 1 && toks[ti]!.word && !toks[ti]!.cap && ADJECTIVE.test(toks[ti]!.lo) && !nounAt(toks[ti])) ti++;
    const titleWord = toks[ti];
    const title = !!titleWord && nounAt(titleWord)?.some((f) => f.nominative && !f.plural && (f.cat === 'role' || f.cat === 'group' || f.cat === 'anon' || f.cat === 'media' || KIN.has(f.lemma))) ||
      // (", 40-летнего фермера из Талгара,": a genitive apposition to the genitive that closes the subject, "Родственники одного из пострадавших".)
      !!titleWord && !!nounAt(titleWord)?.some((f) => !f.nominative && !f.plural && (f.cat === 'role' || f.cat === 'anon')) && !!nounAt(toks[k - 1])?.every((f) => !f.nominative) &&
        /(ого|его)$/.test(toks[ti - 1]?.lo ?? '') === (ti > k + 1) && /[ая]$/.test(titleWord.lo);
    // (", до весны работавшая экономистом,": a participle after its own short phrase.)
    // (", ныне возглавляющий фонд,": an adverb of time before it.)
    const lateParticiple = isPreposition(first) && [2, 3, 4].some((d) => PARTICIPLE.test(toks[k + d]?.lo ?? '') && k + d < p) ||
      !!first && /^(ныне|сейчас|теперь|ранее|прежде|давно|недавно|долго|много|уже|также|тоже)$/.test(first.lo) && PARTICIPLE.test(toks[k + 2]?.lo ?? '') && k + 2 < p;
    // (", Анна Петровна Котова,": the name of a title before it.)
    // (", Дастан Бекешев,": a first name no lexicon lists, before a surname in the nominative.)
    const name = !!first?.cap && !!this.ents.personAt(toks, k + 1, false) && this.ents.personAt(toks, k + 1, false)!.end === p ||
      !!first?.cap && first.word && k + 3 === p && !!toks[k + 2]!.cap && !nounAt(first) && !nounAt(toks[k + 2]) && /\p{Ll}{2}(ов|ев|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая)$/u.test(toks[k + 2]!.t) ||
      // (", москвич Артем Ляхов,": a word the lexicon lacks, then a name closing the phrase.)
      !!first?.word && !first.cap && this.ents.personAt(toks, k + 2, false)?.end === p;
    if (!first || !(title || name || lateParticiple || PARTICIPLE.test(first.lo) || GERUND.test(first.lo) || verbForms().get(first.lo)?.tense === 'gerund' ||
      /^котор(ый|ая|ое|ые)$/.test(first.lo) || /^котор(ого|ой|ых)$/.test(toks[k + 2]?.lo ?? '') ||
      // (", где зимует около ста человек,": a relative clause of place.)
      /^(где|куда|откуда)$/.test(first.lo) ||
      // (", которого мы искали трое суток,": the relative pronoun as the clause's object.)
      /^котор(ого|ой|ую|ым|ых|ому)$/.test(first.lo) || /^(чей|чья|чье|чьи)$/.test(first.lo) ||
      // (", с которыми поговорил РБК,", ", по мнению которых,": a relative clause after a preposition.)
      isPreposition(first) && /^котор/.test(toks[k + 2]?.lo ?? ''))) return -1;
    // Only when everything before the comma is a short subject phrase ("Источник в правительстве").
    const cs = clauseStart(toks, k).start;
    // ("В компании «X», которая разрабатывает месторождение, заявили": or a place that speaks, described by a relative clause.)
    if (/^(в|во)$/.test(toks[cs]?.lo ?? '') && k - cs >= 2 && k - cs <= 8 && /^котор/.test(first.lo)) return k;
    let s = findSubject(toks, cs, k);
    // ("Её сосед по креслу, пенсионер X,", "Коллега по цеху, …": a по-phrase of one or two lower-case words after the head
    // belongs to the subject.)
    if (s && s.b < k && toks[s.b]!.lo === 'по' && k - s.b <= 3 && toks.slice(s.b + 1, k).every((x) => x.word && !x.cap)) s = { ...s, b: k };
    if (!s || s.b !== k || k - cs > 7) return -1;
    const head = toks[s.a]!;
    // ("Федеральный чиновник, знакомый с …,": adjectives before the noun.)
    let hn = s.a;
    while (hn < s.b - 1 && toks[hn]!.word && ADJECTIVE.test(toks[hn]!.lo) && !nounAt(toks[hn])) hn++;
    // ("Бывшая курсантка, пожелавшая остаться неизвестной,": a word for a person the lexicon lacks, by its suffix.)
    if (nounAt(toks[hn])?.some((f) => f.nominative) || PRONOUNS[head.lo]?.nominative || !nounAt(toks[hn]) && hn === s.b - 1 && personShaped(toks[hn]!.lo)) return k;
    // "Один из чиновников, пожелавший…": a quantified member of a known group.
    // ("Одна из них, до весны работавшая …,": a member of the group a pronoun means.)
    if (QUANTIFIERS.has(head.lo) && toks.slice(s.a + 1, s.b).some((x) => nounAt(x) || /^(них|нас|вас)$/.test(x.lo))) return k;
    // ("Один дедушка, которого мы искали,": one unnamed person, whatever the lexicon knows of the word.)
    if (/^(один|одна)$/.test(head.lo) && s.b === s.a + 2 && toks[s.a + 1]!.word && !toks[s.a + 1]!.cap) return k;
    // "Заведующий литературной частью Михаил Струнин, работающий…": a person named in the subject.
    for (let j = s.a; j < s.b; j++) if (this.ents.personAt(toks, j, false)) return k;
    // "Ванин, глава компании «Рассвет», заявил": a capitalized name before a title in apposition.
    if (title && head.cap && s.b - s.a <= 3) return k;
    // ("Мой первый инструктор, Павел Мезенцев, смеялся": a full name in apposition after a short phrase of words the lexicon lacks.)
    if (name && first!.cap && s.b - s.a <= 4 && toks.slice(s.a, s.b).every((x) => x.word)) return k;
    return -1;
  }

  /** Is the clause from cs to p (the token before the verb) only a dative pronoun and adverbs: "Мне прямо", "Нам тогда"? */
  private toldBefore(toks: Token[], cs: number, p: number): boolean {
    let k = cs;
    while (k <= p && !toks[k]!.word) k++;
    if (k > p || !TOLD_TO.has(toks[k]!.lo)) return false;
    for (let j = k + 1; j <= p; j++) if (!toks[j]!.word || !(ADVERBS.has(toks[j]!.lo) || BETWEEN.has(toks[j]!.lo) || /о$/.test(toks[j]!.lo) && !nounAt(toks[j]))) return false;
    return true;
  }

  /** The subject at the start of the sentence, for a gerund ("Агентство не сообщило…, отметив…"). */
  private leadingSubject(toks: Token[], end: number): { a: number; b: number; counted?: boolean } | null {
    // ("Около шестисот рабочих завода вышли …": an approximate number opens the subject.)
    let a0 = 0;
    while (a0 < end && !toks[a0]!.word) a0++;
    if (APPROXIMATELY.test(toks[a0]?.lo ?? '') && (/^\d/.test(toks[a0 + 1]?.t ?? '') || NUMERAL_GENITIVE.test(toks[a0 + 1]?.lo ?? ''))) {
      let b = a0 + 2;
      // (Then genitives only: "Ольховского шинного завода"; not "второй день не выходят".)
      while (b < end && toks[b]!.word && !finiteShaped(toks[b]!) && !isPreposition(toks[b]) && !BETWEEN.has(toks[b]!.lo) &&
        (toks[b]!.cap || /(ого|его|ых|их|ов|ев|ей|а|я|ы|и)$/.test(toks[b]!.lo))) b++;
      // (People counted: a word for them, or any genitive plural — "рабочих", "жителей" — after the number.)
      const people = nounAt(toks[a0 + 2])?.some((f) => /^(group|anon|role)$/.test(f.cat)) || /(ых|их|ов|ев|ей)$/.test(toks[a0 + 2]!.lo);
      return b > a0 + 2 && people ? { a: a0, b, counted: true } : null;
    }
    const s = findSubject(toks, 0, end);
    if (!s) return null;
    let b = s.a + 1;
    // (The subject ends before its own verb: "Жители перекрыли трассу, требуя …".)
    while (b < s.b && toks[b]!.word && !isDash(toks[b]) && !finiteShaped(toks[b]!)) b++;
    return { a: s.a, b };
  }

  /**
   * The opening dash of a list of names in apposition that closes with the dash at d ("банков — Сбербанк, ВТБ и
   * Альфа-банк —"): only capitalized names, commas and "и" between, and a noun phrase before; -1 otherwise.
   */
  private appositionDash(toks: Token[], d: number): number {
    let k = d - 1;
    let names = 0;
    for (; k > 0 && d - k <= 16; k--) {
      const t = toks[k]!;
      if (isDash(t)) break;
      if (t.word ? !(t.cap || t.lo === 'и' || /^[\p{Lu}\d]/u.test(t.t)) : !/^[,«»"„“]$/.test(t.t)) return -1;
      if (t.cap) names++;
    }
    if (!isDash(toks[k]) || names < 2 || !toks[k - 1]?.word || toks.slice(k + 1, d).every((t) => t.lo !== 'и' && t.t !== ',')) return -1;
    const s = findSubject(toks, clauseStart(toks, k).start, k);
    return s && s.b === k ? k : -1;
  }

  /**
   * A report told inside an interview answer ("— Глава села Рябов уверял, что …"): the paragraph opens with a dash and the
   * cue is not the answer's own closing attribution ("…, — подчеркнул учёный"), which follows a dash.
   */
  private insideAnswer(h: Hit): boolean {
    const para = this.text.lastIndexOf('\n', h.cue.start) + 1;
    if (!/^[—–]\s/.test(this.text.slice(para, para + 2))) return false;
    return !/[—–]\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(this.text.slice(Math.max(para, h.cue.start - 40), h.cue.start));
  }

  /** "Дэвида Дэвиса, который…": the phrase before the comma in front of a relative pronoun. */
  private antecedent(toks: Token[], rel: number): SourceInfo | null {
    let c = rel - 1;
    if (toks[c]?.t !== ',') return null;
    let a = c - 1;
    while (a > 0 && a > c - 6 && toks[a - 1]!.word && !isPreposition(toks[a - 1]) && !verbForms().has(toks[a - 1]!.lo)) a--;
    for (let k = a; k < c; k++) {
      const p = this.ents.personAt(toks, k, false);
      if (p && p.end <= c) return { span: { start: toks[k]!.start, end: toks[p.end - 1]!.end }, speaker: p.entity.name, grade: 'person', plural: false, gender: p.entity.gender, entity: p.entity };
    }
    // "с Марией Котовой, женой капитана, которая заявила": the description in apposition stands for the name before it.
    if (toks[a - 1]?.t === ',' && a >= 3) {
      let n = a - 2;
      while (n > 0 && n > a - 6 && toks[n - 1]!.cap && toks[n - 1]!.word) n--;
      const p = toks[n]?.cap ? this.ents.personAt(toks, n, false) : null;
      if (p && p.end === a - 1) return { span: { start: toks[rel]!.start, end: toks[rel]!.end }, speaker: p.entity.name, grade: 'person', plural: false, gender: p.entity.gender, entity: p.entity };
    }
    let h = a;
    while (h < c && !nounAt(toks[h]) && !toks[h]!.cap) h++;
    if (h >= c) return null;
    return this.sources.classify(toks, h, c, { oblique: true, agr: null, pos: toks[rel]!.start });
  }

  /**
   * "на блогера, обвинившего её в …", "депутат, заявивший, что …": an active participle of a speech verb after a comma reports
   * for the noun before the comma (resolved as the antecedent of "который" is); its что-clause, object or о-phrase is the claim.
   */
  private participleAt(toks: Token[], i: number, si: number, m: RegExpExecArray, taken: Set<number>): Hit | null {
    const lemma = m[1]! + (m[2] === 'ящ' ? 'ить' : 'ть');
    if (PARTICIPLE_NOT_SPEECH.has(lemma)) return null;
    // (Other verbs of the cue lexicon that say or believe — "утверждающие, что …", "считающий, что …" — only with a что-clause,
    // a colon or a quote after them.)
    const sem = GERUND_LEMMAS.has(lemma) ? null : verbForms().get(lemma);
    if (sem !== null && !(sem && sem.tense === 'infinitive' && (sem.sem === 'say' || sem.sem === 'belief'))) return null;
    if ((sem || GERUND_CLAUSE_ONLY.has(lemma)) && !(toks[i + 1]?.t === ',' && toks[i + 2]?.lo === 'что' || toks[i + 1]?.t === ':' || /^[«"„“]$/.test(toks[i + 1]?.t ?? ''))) return null;
    const t = toks[i]!;
    // (The noun phrase before the comma ends the clause's predicate: "Прокуратура проверит фермера, сообщившего …" is the
    // farmer's report, not the prosecutors'.)
    let lo = i - 1;
    while (lo > 0 && lo > i - 8 && toks[lo - 1]!.word && !(!toks[lo - 1]!.cap && !nounAt(toks[lo - 1]) && FINITE.test(toks[lo - 1]!.lo)) && !verbForms().has(toks[lo - 1]!.lo)) lo--;
    let src = this.antecedent(toks, i);
    if (src && src.span.start < toks[lo]!.start) {
      let h = lo;
      while (h < i - 1 && !nounAt(toks[h]) && !toks[h]!.cap) h++;
      src = h < i - 1 ? this.sources.classify(toks, h, i - 1, { oblique: true, agr: null, pos: t.start }) : null;
    }
    if (!src?.speaker || src.guessed) return null;
    const content = this.forward(toks, i + 1, t.start);
    if (!content) return null;
    // ("Депутат, заявивший, что выборы были нечестными, покинула зал": a participle phrase inside its clause ends at the comma
    // before the clause's own verb.)
    let end = content.span.end;
    if (/(?:ий|ая|ее|ие)$/.test(t.lo)) {
      for (let k = i + 2; k < toks.length && toks[k]!.start < end; k++) {
        const x = toks[k + 1];
        if (toks[k]!.t === ',' && x?.word && !x.cap && (/^(past|present)$/.test(verbForms().get(x.lo)?.tense ?? '') || (finiteShaped(x) || !nounAt(x) && (FINITE.test(x.lo) || SHORT_PASSIVE.test(x.lo))))) { end = toks[k - 1]!.end; break; }
      }
    }
    taken.add(i);
    return { cue: { start: t.start, end: t.end }, src, content: { start: content.span.start, end }, direct: content.direct, reason: null, forward: true, anchor: t.start, pointer: false, sentence: si };
  }

  /**
   * "Как говорится в заявлении МИД, распространённом агентством TDH, …": a document's source followed by a passive participle
   * of publishing and its agent in the instrumental — a name, after an optional body noun and adjectives — gives a second
   * entry: the publisher, cue the participle, claim the document's.
   */
  private publishedBy(toks: Token[], si: number, hits: Hit[]): void {
    for (const h of [...hits]) {
      if (!h.src || !h.content || h.pointer) continue;
      let c = 0;
      while (c < toks.length && toks[c]!.start < h.src.span.end) c++;
      if (toks[c]?.t !== ',' || !PUBLISHED.test(toks[c + 1]?.lo ?? '')) continue;
      let a = c + 2;
      while (a < c + 6 && toks[a]?.word && !toks[a]!.cap && /(?:ым|им|ом|ем|ой|ей)$/.test(toks[a]!.lo)) a++;
      let b = a;
      if (/^[«"„]$/.test(toks[b]?.t ?? '')) b++;
      if (!toks[b]?.cap) continue;
      while (b < toks.length && b < a + 6 && toks[b]!.t !== ',' && toks[b]!.t !== '.') b++;
      if (b === a || toks[b]?.t !== ',') continue;
      const src = this.sources.classify(toks, a, b, { oblique: true, agr: null, pos: toks[c + 1]!.start });
      if (!src?.speaker || src.guessed) continue;
      const p = toks[c + 1]!;
      hits.push({ cue: { start: p.start, end: p.end }, src, content: h.content, direct: h.direct, reason: null, forward: false, anchor: p.start, pointer: false, sentence: si });
    }
  }

  /** A claim noun and its genitive or о-phrase ending right before the verb at p+1: "факт проверки", "сведения о смене …". */
  private claimObjectBefore(toks: Token[], cs: number, p: number): { a: number; b: number } | null {
    for (let k = p; k >= cs && k >= p - 8; k--) {
      const x = toks[k]!;
      if (!x.word) return null;
      // ("Министр сообщения Латвии X подтвердил": communications, a title's field, not reports.)
      if (x.lo === 'сообщения' && k > 0 && (toks[k - 1]!.lo === 'путей' || nounAt(toks[k - 1])?.some((f) => f.cat === 'role' || f.cat === 'org'))) continue;
      // ("В публикации в Facebook он написал": after "в", "на", "о" the noun is a place or a topic, never the verb's object.)
      // ("В своей последней публикации": a modifier or two between.)
      if (CLAIM_OBJECTS.has(x.lo) && k > 0 && (/^(в|во|на|о|об|при)$/.test(toks[k - 1]!.lo) ||
        k > 1 && /^(в|во|на|о|об|при)$/.test(toks[k - 2]!.lo) && /(ой|ей|ем|ом|их|ых|его|её|ее)$/.test(toks[k - 1]!.lo) ||
        k > 2 && /^(в|во|на|о|об|при)$/.test(toks[k - 3]!.lo) && /(ой|ей|ем|ом|их|ых|его|её|ее)$/.test(toks[k - 1]!.lo) && /(ой|ей|ем|ом|их|ых|его|её|ее)$/.test(toks[k - 2]!.lo))) continue;
      if (CLAIM_OBJECTS.has(x.lo) && !x.cap || k === cs && CLAIM_OBJECTS.has(x.lo)) {
        // The phrase: the noun, then a genitive or an о-phrase (a "в"-place before the verb is left to the source).
        let b = k + 1;
        if (/^(о|об|обо)$/.test(toks[b]?.lo ?? '')) b = Math.min(this.aboutEnd(toks, b), p + 1);
        else while (b <= p && toks[b]!.word && !/^(в|во)$/.test(toks[b]!.lo) && !BETWEEN.has(toks[b]!.lo)) b++;
        for (let j = k + 2; j < b; j++) if (/^(в|во)$/.test(toks[j]!.lo)) { b = j; break; }
        return { a: k, b: Math.min(b, p + 1) };
      }
    }
    return null;
  }

  /**
   * "отметила работу оператора", "отметил вклад волонтёров": praise of a thing — up to five lower-case words right after
   * the verb, no verb or "что" among them — is no claim; "отметил необходимость …" states one.
   */
  private notedThing(toks: Token[], i: number, v: VerbEntry, content: { span: Span; direct: boolean }): boolean {
    if (!/^(отметить|отмечать)$/.test(v.lemma) || content.direct || toks[i + 1]?.start !== content.span.start || toks[i + 1]!.cap) return false;
    // (Adjectives before the noun: "отметил резкий рост".)
    let n = i + 1;
    // (Not a verbal noun in -ние/-тие, which the adjective endings take for "-ие".)
    while (n < i + 4 && toks[n + 1]?.word && ADJECTIVE.test(toks[n]!.lo) && !/(?:ни|ти)е$/.test(toks[n]!.lo) && !nounAt(toks[n])) n++;
    if (STATED_NEEDS.test(toks[n]?.lo ?? '')) return false;
    let k = i + 1;
    while (k < toks.length && toks[k]!.end <= content.span.end && toks[k]!.word && !toks[k]!.cap && !verbForms().has(toks[k]!.lo) && !finiteShaped(toks[k]!) && toks[k]!.lo !== 'что') k++;
    return k - i - 1 <= 5 && (k >= toks.length || toks[k]!.start >= content.span.end);
  }

  /**
   * "В министерстве утечку отрицают", "Сам депутат свою вину отрицает": a denial closing its clause, with what is denied as
   * its object right before it — lower-case words, the first in the accusative (-у/-ю, or a neuter or -ость noun that
   * reads the same), none a body or a person in the nominative. Not after "не": "Родство он не отрицал" concedes it.
   */
  private deniedBefore(toks: Token[], cs: number, p: number, i: number): { a: number; b: number } | null {
    if (toks[p]?.lo === 'не' || toks[i + 1] && (toks[i + 1]!.word || !/^[.,;!…]$/.test(toks[i + 1]!.t))) return null;
    let a = p + 1;
    for (let j = p; j >= cs && j >= p - 4; j--) {
      const x = toks[j]!;
      if (!x.word || x.cap || x.lo === 'не' || isPreposition(x) || BETWEEN.has(x.lo) || JOINERS.has(x.lo) || PRONOUNS[x.lo] && !/^сво/.test(x.lo)) break;
      if (nounAt(x)?.some((f) => f.nominative && f.cat !== 'document')) break;
      // (A word a preposition governs is the place's: "В министерстве утечку отрицают".)
      if (j > cs && isPreposition(toks[j - 1])) break;
      a = j;
    }
    if (a > p || a === cs && cs === 0) return null;
    return /^(свою|своё|свое|свои)$/.test(toks[a]!.lo) || /\p{L}{2}(?:у|ю|ие|ость)$/u.test(toks[a]!.lo) ? { a, b: p + 1 } : null;
  }

  /** "… в компании назвали", "В ответ на запрос ТАСС в мэрии сообщили": the last "в"-place right before the verb. */
  private placeRightBefore(toks: Token[], from: number, p: number, pos: number): { src: SourceInfo; a: number; b: number; anchor: number } | null {
    for (let k = p - 1; k >= from && k >= p - 6; k--) {
      if (!toks[k]!.word) return null;
      if (/^(в|во)$/.test(toks[k]!.lo)) return this.place(toks, k, p + 1, pos);
    }
    return null;
  }

  /**
   * Where a place opening the clause at c0 ends before the verb at k: at its comma ("В Минэкономразвития, в свою
   * очередь, сохранили …"), before a pointer or a claim noun ("В министерстве эту информацию не подтвердили"), or at
   * a "не" before the verb.
   */
  private placeEnd(toks: Token[], c0: number, k: number): number {
    let end = k;
    while (end > c0 + 1 && (toks[end - 1]!.lo === 'не' || BETWEEN.has(toks[end - 1]!.lo))) end--;
    for (let j = c0 + 2; j < end; j++) {
      if (toks[j]!.t === ',' || POINTER_DEMONSTRATIVES.has(toks[j]!.lo) && POINTER_NOUNS.has(toks[j + 1]?.lo ?? '')) return j;
    }
    return end;
  }

  /** "В МИД России заявили", "В российском генконсульстве в Нью-Йорке сообщили". */
  private placePhrase(toks: Token[], cs: number, end: number, pos: number): { src: SourceInfo; a: number; b: number; anchor: number } | null {
    let k = cs;
    while (k < end && (BETWEEN.has(toks[k]!.lo) || toks[k]!.t === ',' || /^(об|о)$/.test(toks[k]!.lo) && toks[k + 1]?.lo === 'этом' || toks[k]!.lo === 'этом')) k++;
    if (!/^(в|во)$/.test(toks[k]?.lo ?? '') && !onPlant(toks, k)) return null;
    let b = end;
    // ("В федерации на это отвечают", "В мэрии на эти претензии ответили": what the reply is to is not the place.)
    for (let j = k + 2; j < b - 1; j++) if (toks[j]!.lo === 'на' && REPLIED_TO.test(toks[j + 1]!.lo)) { b = j; break; }
    while (b > k + 1 && BETWEEN.has(toks[b - 1]!.lo)) b--;
    return this.place(toks, k, b, pos);
  }

  /**
   * The body a place names before the plural past verb that ends the clause before toks[p] ("Причину в «Арт-Векторе» не
   * назвали", "В мэрии ответ не дали"): only a place that is not guessed, an organization or an outlet.
   */
  private placeBeforePluralVerb(toks: Token[], p: number, pos: number): SourceInfo | null {
    const f = p - 1;
    const verb = toks[f];
    if (!verb?.word || verb.cap || !/\p{L}{3}ли(?:сь)?$/u.test(verb.lo) || nounAt(verb)) return null;
    const c0 = clauseStart(toks, f).start;
    const b = toks[f - 1]?.lo === 'не' ? f - 1 : f;
    for (let k = c0; k < b - 1; k++) {
      if (!/^(в|во)$/.test(toks[k]!.lo)) continue;
      // (A body: a quoted name, or a noun the lexicon knows for one — "в Москве дома не строили" is a town, no speaker.)
      let h = k + 1;
      while (h < b - 1 && toks[h]!.word && !toks[h]!.cap && ADJECTIVE.test(toks[h]!.lo) && !nounAt(toks[h])) h++;
      if (!/^[«"„]$/.test(toks[h]!.t) && !nounAt(toks[h])?.some((x) => x.cat === 'org')) return null;
      const pl = this.place(toks, k, b, pos);
      if (pl && !pl.src.guessed && (pl.src.grade === 'organization' || pl.src.grade === 'media')) return pl.src;
      return null;
    }
    return null;
  }

  private placePhraseAfter(toks: Token[], k: number, pos: number): { src: SourceInfo; a: number; b: number; anchor: number } | null {
    // (Nothing after "в" at the sentence's end: "…, уверены в".)
    if (!/^(в|во)$/.test(toks[k]?.lo ?? '') && !onPlant(toks, k) || k + 1 >= toks.length) return null;
    const b = phraseEnd(toks, k + 1, Math.min(toks.length, k + 14));
    return this.place(toks, k, b, pos);
  }

  private place(toks: Token[], k: number, b: number, pos: number): { src: SourceInfo; a: number; b: number; anchor: number } | null {
    // "Как сообщили в ней", "В нём уточнили": the body that spoke last, of the pronoun's gender and number.
    const pr = toks[k + 1];
    if (pr && b === k + 2 && /^(ней|нем|них)$/.test(pr.lo)) {
      const e = this.ents.latest(pos, (m) => m.speaker && (m.entity.grade === 'organization' || m.entity.grade === 'media') &&
        (pr.lo === 'них' ? m.entity.plural : !m.entity.plural && (pr.lo === 'ней' ? m.entity.gender === 'f' : m.entity.gender !== 'f')), 40);
      if (!e) return null;
      return { src: { span: { start: pr.start, end: pr.end }, speaker: e.name, grade: e.grade, plural: e.plural, gender: e.gender, entity: e }, a: k, b, anchor: toks[k]!.start };
    }
    let h = k + 1;
    while (h < b && !toks[h]!.cap && !nounAt(toks[h])) h++;
    // ("в военном ведомстве": an adjective that is also a noun for a person — "военный" — before a body's noun.)
    if (h + 1 < b && !toks[h]!.cap && ADJECTIVE.test(toks[h]!.lo) && !isBodyNoun(toks[h]) && isBodyNoun(toks[h + 1])) h++;
    // ("в близких к клубу кругах": a noun governed by a preposition inside the adjective's phrase is not the head.)
    if (h - 1 > k && isPreposition(toks[h - 1]!)) {
      let h2 = h + 1;
      while (h2 < b && !toks[h2]!.cap && !nounAt(toks[h2])) h2++;
      if (h2 < b) h = h2;
    }
    // An outlet right after an unknown place noun ("в ассоциации РИА Новости") is the addressee.
    let addressed = false;
    if (h > k + 1 && h < b && mediaAt(toks, h) && /(ии|е)$/.test(toks[k + 1]!.lo)) { b = h; h = k + 1; addressed = true; }
    const n = nounAt(toks[h]);
    // "в Кремле", "в Киеве", "в Минобороны": a capitalized place stands for its authorities.
    const orgish = n?.some((f) => (f.cat === 'org' || f.cat === 'media' || f.cat === 'document') && (!f.nominative || toks[h]!.cap) || CIRCLES.has(f.lemma) && !f.nominative)
      || toks[h]?.cap && !/^\d/.test(toks[h]!.t) || addressed;
    // ("Как отметили в спецслужбе": a security service alone, which the source resolves to one named before, or nothing.)
    const service = !orgish && h === k + 1 && b === k + 2 && !!n?.some((f) => (f.lemma === 'спецслужба' || f.lemma === 'разведка') && !f.plural && !f.nominative);
    if (!orgish && !service || b <= k + 1) return null;
    if (service) {
      const src = this.sources.classify(toks, h, b, { oblique: true, agr: null, pos });
      return src?.grade === 'organization' ? { src, a: k, b, anchor: toks[k]!.start } : null;
    }
    // "В ассоциации РИА Новости сообщили", "заявили в компании ТАСС": an outlet after the place is the addressee.
    for (let j = k + 2; j < b; j++) {
      const m = mediaAt(toks, j) ?? (/^[«"„]$/.test(toks[j]!.t) ? mediaAt(toks, j + 1) : null);
      if (m) { b = j; break; }
    }
    // "В мэрии нам сообщили", "В администрации мне объяснили": whom it was told ends the place.
    for (let j = h + 1; j < b; j++) if (ADDRESSEES.has(toks[j]!.lo) && !toks[j]!.cap) { b = j; break; }
    // "В правительстве эти претензии назвали …": a demonstrative starts the object.
    for (let j = h + 1; j < b; j++) if (POINTER_DEMONSTRATIVES.has(toks[j]!.lo) || /^(эт|т)(и|у|от|а|о)$/.test(toks[j]!.lo)) { b = j; break; }
    // "В палате проверку подтвердили": a lower-case accusative after the place is the verb's object, not part of the name.
    // ("В управлении МВД по Приморскому краю": a noun after a capitalized adjective in the dative is that adjective's.)
    for (let j = h + 1; j < b; j++) if (toks[j]!.word && !toks[j]!.cap && /[ую]$/.test(toks[j]!.lo) && !PREPOSITIONS_AFTER.test(toks[j - 1]!.lo) &&
      !(toks[j - 1]!.cap && /\p{L}{3}(ому|ему)$/u.test(toks[j - 1]!.lo))) { b = j; break; }
    // ("В министерстве решение объясняют …": a lower-case noun with no form but the nominative singular (= accusative) is the
    // verb's object; the words of a body's name after its head are genitives.)
    for (let j = h + 1; j < b; j++) if (toks[j]!.word && !toks[j]!.cap && !!nounAt(toks[j])?.every((f) => f.nominative && !f.plural) && !PREPOSITIONS_AFTER.test(toks[j - 1]!.lo)) { b = j; break; }
    // ("В акимате Алматы жителей призвали …": people after the place's own name are the verb's object.)
    for (let j = h + 1; j < b; j++) if (toks[j]!.word && !toks[j]!.cap && toks[j - 1]!.cap && toks[j - 1]!.word && nounAt(toks[j])?.every((f) => (f.cat === 'anon' || f.cat === 'group') && f.plural && !f.nominative)) { b = j; break; }
    // "в МИД", "в министерстве" say where; "в центральный аппарат" (accusative) says whither.
    // ("в близких к клубу кругах": an adjective's own phrase before the circle is part of it.)
    const described = h > k + 2 && toks.slice(k + 1, h).some((x, j) => isPreposition(x) && describedAhead(toks, k + 1, k + 1 + j, h + 1));
    // ("в «Корзинке рядом»": an opening quote mark before a capitalized name.)
    // ("В торговой сети «Лукошко» заверили": a body the lexicon lacks, in the prepositional, named by the quoted name after it.)
    if (!described && h >= k + 3 && isOpenQuote(toks[h - 1]) && /[ие]$/.test(toks[h - 2]!.lo) && !toks[h - 2]!.cap && toks[h - 2]!.word && !nounAt(toks[h - 2]) &&
      toks.slice(k + 1, h - 2).every((x) => x.word && !x.cap && /(ой|ей|ом|ем)$/.test(x.lo))) {
      let close = h;
      while (close < b && toks[close]!.word) close++;
      if (close < b && close > h && /^[»"“”]$/.test(toks[close]!.t) && !mediaAt(toks, h)) {
        const name = this.text.slice(toks[h]!.start, toks[close - 1]!.end);
        const e = this.ents.byName.get(name) ?? { name, grade: 'organization' as const, gender: null, plural: false, roles: new Set<string>() };
        return { src: { span: { start: toks[k + 1]!.start, end: toks[close]!.end }, speaker: name, grade: 'organization', plural: false, gender: null, entity: e }, a: k, b: close + 1, anchor: toks[k]!.start };
      }
    }
    // ("В одном из крупных банков сообщили": one body of a kind, not named, is an unnamed source.)
    if (/^(одном|одной)$/.test(toks[k + 1]!.lo) && toks[k + 2]?.lo === 'из' && h > k + 2 && !toks[h]!.cap && nounAt(toks[h])?.some((f) => f.plural && !f.nominative)) {
      const e = h + 1;
      const words = this.text.slice(toks[k + 3]!.start, toks[e - 1]!.end);
      const speaker = `${toks[k + 1]!.lo === 'одной' ? 'одна' : 'один'} из ${words}`;
      return { src: { span: { start: toks[k + 1]!.start, end: toks[e - 1]!.end }, speaker, grade: 'anonymous-described', plural: false, gender: null }, a: k, b: e, anchor: toks[k]!.start };
    }
    if (!described) for (let j = k + 1; j < h; j++) if (!toks[j]!.cap && !/(ом|ем|ой|ей|их|ых)$/.test(toks[j]!.lo) && !(j === k + 1 && h === k + 2 && isOpenQuote(toks[j]))) return null;
    // "в самой компании": the emphatic "сам" is not part of the name.
    const first = /^сам(ом|ой|их)$/.test(toks[k + 1]!.lo) && k + 2 < b ? k + 2 : k + 1;
    // ("В «Корзинке рядом» клиентам посоветовали": a quoted name ends at its closing mark.)
    const quoted = first === k + 1 && h === k + 2 && isOpenQuote(toks[k + 1]);
    if (quoted) {
      let close = k + 2;
      while (close < b && !/^[»"“”]$/.test(toks[close]!.t)) close++;
      if (close >= b) return null;
      b = close + 1;
    }
    let src = this.sources.classify(toks, first, b, { oblique: true, agr: null, pos });
    if (!src) return null;
    // ("в «Газпроме»": one quoted word in the prepositional case, put in the nominative.)
    if (quoted && b === k + 4 && !mediaAt(toks, k + 2) && src.speaker === toks[k + 2]!.t && /organization|media/.test(src.grade)) {
      const name = placeNominative(toks[k + 2]!.t, this.text);
      src = { ...src, speaker: name, grade: 'organization', entity: this.ents.byName.get(name) ?? (src.entity ? { ...src.entity, name, grade: 'organization' } : undefined) };
    }
    // "в Европарламенте", "в Киеве", "в Минздраве России": a name in the prepositional case, put in the
    // nominative; the entity gets that name too, so later mentions ("в ведомстве") resolve to it.
    const w = toks[first]!;
    // ("В Женеве заявили", "в Иванове": one capitalized word after "в" is a town, not a person's surname.)
    if (src.grade === 'person' && b === first + 1 && w.cap && !nounAt(w) && !mediaAt(toks, first) && /е$/.test(w.lo)) {
      const name = placeNominative(w.t, this.text);
      const e = this.ents.byName.get(name) ?? { name, grade: 'organization' as const, gender: null, plural: false, roles: new Set<string>() };
      return { src: { span: src.span, speaker: name, grade: 'organization', plural: false, gender: null, entity: e }, a: k, b, anchor: toks[k]!.start };
    }
    // ("в Сочи" is Сочи: one word after "в" is in the prepositional case, never the genitive a frame would give.)
    // (An acronym the article defined keeps its full name: "в КГД" is "Комитет государственных доходов Казахстана (КГД)".)
    const one = b === first + 1 && src.grade === 'organization' && w.cap && !nounAt(w) && !mediaAt(toks, first) && !!src.speaker && !src.speaker.startsWith(w.t) &&
      !src.speaker.endsWith(`(${w.t})`) &&
      // (Nor one naming a body before by its initials: "в ДЧС" after "в департаменте по чрезвычайным ситуациям …".)
      !(/^\p{Lu}{3,6}$/u.test(w.t) && initials(src.speaker).startsWith(w.t));
    if (one) src = { ...src, speaker: w.t, entity: this.ents.byName.get(w.t) ?? (src.entity ? { ...src.entity, name: w.t } : undefined) };
    if (src.grade === 'organization' && w.cap && !nounAt(w) && !mediaAt(toks, first) && src.speaker?.startsWith(w.t)) {
      const name = placeNominative(w.t, this.text) + src.speaker.slice(w.t.length);
      if (name !== src.speaker) {
        const e = this.ents.byName.get(name) ?? (src.entity ? { ...src.entity, name } : undefined);
        src = { ...src, speaker: name, entity: e };
      }
    }
    return { src, a: k, b, anchor: toks[k]!.start };
  }

  /** "Эту информацию (военной разведки) …": the pointer and its genitive owner. */
  private pointerBefore(toks: Token[], cs: number, end: number): { at: number; after: number; cue: Span; owner: SourceInfo | null } | null {
    // (After a place the pointer may stand further: "В медицинском штабе «Орбиты» эти сообщения опровергли".)
    // "Сам Рыбин это опроверг": "это" between a subject and a verb that denies or confirms points back.
    const e = end - 1;
    // ("В министерстве это опровергли": so does one after a place that speaks.)
    if (e > cs && toks[e]!.lo === 'это' && toks.slice(cs, e).every((x) => x.word || /^[«»"„“]$/.test(x.t)) && DENY_CONFIRM.has(verbForms().get(toks[end]?.lo ?? '')?.lemma ?? '') &&
      (findSubject(toks, cs, e)?.b === e || /^(в|во|на)$/.test(toks[cs]!.lo) && e - cs <= 8)) {
      return { at: e, after: end, cue: { start: toks[e]!.start, end: toks[e]!.end }, owner: null };
    }
    // ("Пресс-агент певицы Иван Котов эти сообщения опроверг": so does a demonstrative and a claim noun right before such a verb,
    // after a subject of any length.)
    const d = end - 2;
    if (d > cs && POINTER_DEMONSTRATIVES.has(toks[d]!.lo) && POINTER_NOUNS.has(toks[d + 1]!.lo) && DENY_CONFIRM.has(verbForms().get(toks[end]?.lo ?? '')?.lemma ?? '') &&
      findSubject(toks, cs, d)?.b === d) {
      return { at: d, after: end, cue: { start: toks[d]!.start, end: toks[d + 1]!.end }, owner: null };
    }
    const reach = /^(в|во)$/.test(toks[cs]?.lo ?? '') ? 9 : 4;
    for (let k = cs; k < end - 0 && k < cs + reach; k++) {
      const t = toks[k]!;
      if ((t.lo === 'об' || t.lo === 'о') && toks[k + 1]?.lo === 'этом') {
        return { at: k, after: k + 2, cue: { start: t.start, end: toks[k + 1]!.end }, owner: null };
      }
      // "Это подтвердили в полиции", "Подробности приводит портал X": a bare "это" or "подробности" opening the clause before a verb points back.
      // (Only opening the sentence: "что это подтвердили" inside a clause means something in it.)
      if (k === cs && (t.lo === 'это' || /^(подробности|детали)$/.test(t.lo)) && toks.slice(0, k).every((x) => !x.word && x.t !== ',')) {
        let v = k + 1;
        while (v < end && BETWEEN.has(toks[v]!.lo)) v++;
        // (Only before a verb of saying: "Это заметили жители" is something they saw.)
        const said = toks[v]?.word && (POINTED_SAYING.has(verbForms().get(toks[v]!.lo)?.lemma ?? '') || /^привод/.test(toks[v]!.lo));
        if (v >= end - 1 && said) return { at: k, after: k + 1, cue: { start: t.start, end: t.end }, owner: null };
      }
      // "Его слова подтвердили в администрации": a possessive before a claim noun opening the clause points back too.
      if (k === cs && FRAME_POSSESSIVES.has(t.lo) && POINTER_NOUNS.has(toks[k + 1]?.lo ?? '')) {
        return { at: k, after: k + 2, cue: { start: t.start, end: toks[k + 1]!.end }, owner: null };
      }
      if (POINTER_DEMONSTRATIVES.has(t.lo) && POINTER_NOUNS.has(toks[k + 1]?.lo ?? '')) {
        // ("Эту точку зрения разделяет X": the view is two words.)
        const view = /^точк[уи]$/.test(toks[k + 1]!.lo) && toks[k + 2]?.lo === 'зрения' ? 1 : 0;
        const cue = { start: t.start, end: toks[k + 1 + view]!.end };
        // A genitive source right after the noun: "информацию военной разведки".
        let g = k + 2 + view;
        let owner: SourceInfo | null = null;
        let ge = g;
        while (ge < end && toks[ge]!.word && !toks[ge]!.cap && !BETWEEN.has(toks[ge]!.lo) && !verbForms().has(toks[ge]!.lo)) ge++;
        if (ge > g && toks.slice(g, ge).some((x) => nounAt(x))) {
          owner = this.sources.classify(toks, g, ge, { oblique: true, agr: null, pos: t.start });
          g = ge;
        }
        return { at: k, after: g, cue, owner };
      }
    }
    return null;
  }

  /** "О нынешнем аресте сообщили…": a fronted о-phrase (not "об этом") is the claim. */
  private aboutPhrase(toks: Token[], cs: number, end: number): Span | null {
    let k = cs;
    while (k < end && (BETWEEN.has(toks[k]!.lo) || toks[k]!.lo === 'ранее')) k++;
    const t = toks[k];
    if (!t || !/^(о|об|обо)$/.test(t.lo) || toks[k + 1]?.lo === 'этом' || toks[k + 1]?.lo === 'том') return null;
    // ("Ранее об уходе заявил X", "Вчера о проверке сообщили …": a time word may open the clause before it.)
    if (k !== cs && k !== 0 && !toks.slice(cs, k).every((x) => /^(ранее|накануне|вчера|сегодня|позднее|позже|также|уже|впервые|тогда|затем)$/.test(x.lo))) return null;
    const b = this.skipAbout(toks, k, end);
    if (b <= k + 1) return null;
    return { start: t.start, end: toks[b - 1]!.end };
  }

  /** End (exclusive) of an о-phrase starting at k: up to punctuation, a finite verb or an adverb of the clause. */
  private aboutEnd(toks: Token[], k: number): number {
    let e = k + 1;
    for (; e < toks.length && e < k + 16; e++) {
      const x = toks[e]!;
      // ("слухи о переходе не комментируют": the negation opens the predicate.)
      if (!x.word || BETWEEN.has(x.lo) || verbForms().has(x.lo) || CLAUSE_WORDS.test(x.lo) || x.lo === 'не') break;
      if (!x.cap && x.lo.length > 3 && FINITE.test(x.lo) && !nounAt(x)) break;
    }
    return e;
  }

  /** End of an о-claim after a verb: commas are crossed ("об аресте X, въехавшего …") unless a new predicate follows. */
  private aboutClaimEnd(toks: Token[], k: number): number {
    let e = k + 1;
    for (; e < toks.length; e++) {
      const x = toks[e]!;
      if (x.word && (BETWEEN.has(x.lo) && !/^котор/.test(toks[e - 1]?.lo ?? '') && !this.inRelative(toks, k, e) && !countedMore(x, toks[e + 1]) || verbForms().has(x.lo))) break;
      if (!x.word && /^[.;:!?…]$/.test(x.t)) break;
      if (x.t === ',') {
        const n = toks[e + 1];
        // (A relative clause describes the topic and stays: "об обысках в X, который якобы …".)
        if (!n || verbForms().has(n.lo) || CLAUSE_WORDS.test(n.lo) && !/^котор/.test(n.lo) || !n.cap && n.lo.length > 3 && FINITE.test(n.lo) && !nounAt(n) && !PARTICIPLE.test(n.lo) && !OBLIQUE_PARTICIPLE.test(n.lo)) break;
      }
    }
    // ("о росте прибыли на 20%": a unit sign closes its number.)
    while (e > k + 1 && !toks[e - 1]!.word && !/[»")%‰°$€₽]/.test(toks[e - 1]!.t)) e--;
    return e;
  }

  /** Is token e inside a relative clause (", который …") opened after k? */
  private inRelative(toks: Token[], k: number, e: number): boolean {
    for (let j = e - 1; j > k; j--) if (toks[j]!.t === ',') return /^котор/.test(toks[j + 1]?.lo ?? '');
    return false;
  }

  private skipAbout(toks: Token[], cs: number, end: number): number {
    let k = cs;
    while (k < end && BETWEEN.has(toks[k]!.lo)) k++;
    if (!/^(о|об|обо)$/.test(toks[k]?.lo ?? '')) return cs;
    k++;
    while (k < end && toks[k]!.word && !BETWEEN.has(toks[k]!.lo) && !verbForms().has(toks[k]!.lo) && !(nounForms().get(toks[k]!.lo)?.some((f) => f.nominative) && k > cs + 2)) k++;
    return k;
  }

  private firstWord(toks: Token[]): Token | undefined {
    return toks.find((t) => t.word && !BETWEEN.has(t.lo) && t.lo !== 'в' && t.lo !== 'частности');
  }

  /** Content for "Об этом…": the sentence before (without its quote marks). */
  /**
   * "Ремонт завершат к зиме — об этом заявил губернатор", "…: об этом сообщили в мэрии": a pointer after a
   * dash or a colon in its own sentence means what stands before it.
   */
  private pointedBefore(toks: Token[], at: number): { span: Span; direct: boolean } | null {
    let k = at - 1;
    while (k >= 0 && BETWEEN.has(toks[k]!.lo)) k--;
    // ("Ремонт завершат к зиме, об этом сообщает РБК": a comma right before "об этом" the same way.)
    if (k < 1 || !(isDash(toks[k]) || toks[k]!.t === ':' || toks[k]!.t === ',' && toks[k + 1]?.lo === 'об' && toks[k + 2]?.lo === 'этом')) return null;
    let e = k;
    while (e > 0 && !toks[e - 1]!.word && /^[,;—–-]$/.test(toks[e - 1]!.t)) e--;
    let a = 0;
    while (a < e && !toks[a]!.word && !/^[«"„“]$/.test(toks[a]!.t)) a++;
    if (e - a < 3) return null;
    // ("Как передает Укринформ, об этом сообщается на сайте …": a как-frame before the comma is a source relaying the pointer,
    // no claim; the pointer means the sentence before.)
    if (toks[a]!.lo === 'как' && verbForms().has(toks[a + 1]?.lo ?? '')) return null;
    // A whole quote before the dash is direct: "«…» — об этом заявил X".
    const q = /^[«"„“]$/.test(toks[a]!.t) ? this.quoteByOpen.get(toks[a]!.start) : undefined;
    if (q && q.close !== null && q.close === toks[e - 1]!.start) return { span: q.content, direct: true };
    return { span: { start: toks[a]!.start, end: toks[e - 1]!.end }, direct: false };
  }

  /** The claim attributed in the sentence before si: what "Рыбин это опроверг" denies, not the whole sentence that reported it. */
  private claimBefore(si: number): { span: Span; direct: boolean } | null {
    const last = this.hits.findLast((h) => h.content && h.sentence === si - 1 && !h.pointer);
    return last?.content ? { span: last.content, direct: false } : null;
  }

  private pointerContent(pos: number): { span: Span; direct: boolean } | null {
    // The sentence holding pos (binary search), then the one before it.
    const ss = this.doc.sentences;
    let lo = 0;
    let hi = ss.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ss[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
    const si = lo;
    const prev = this.doc.sentences[si - 1];
    if (!prev) return null;
    // ("… Об этом сообщает ТАСС. Об этом же пишет РБК.": a pointer after a sentence that is itself a pointer means what that one meant.)
    const chained = this.hits.findLast((h) => h.sentence === si - 1 && h.pointer && h.content && h.content.end <= prev.start);
    if (chained?.content && POINTER_OPENING.test(this.text.slice(prev.start, prev.start + 12))) return { span: chained.content, direct: false };
    let { start, end } = prev;
    while (start < end && /[«"„“\s]/.test(this.text[start]!)) start++;
    while (end > start && /[»"“”\s]/.test(this.text[end - 1]!)) end--;
    // ("Завод продадут, как стало известно РБК. Об этом рассказали источники": the claim of the sentence before, without its
    // own trailing cue.)
    const own = this.hits.findLast((h) => h.sentence === si - 1 && !h.pointer && !h.direct && h.content && h.content.start === start && h.cue.start > h.content.end &&
      /^\s*,\s*$/.test(this.text.slice(h.content.end, h.cue.start)) && (!h.src || h.src.span.end >= end - 1 || h.src.span.start > h.cue.start));
    if (own?.content && this.text.slice(own.content.end, end).length < 60) end = own.content.end;
    return end > start ? { span: { start, end }, direct: false } : null;
  }

  // ------------------------------------------------------------- contents

  /** The closed outer quote enclosing a position (for interrupted quotes). */
  private quoteAround(pos: number): Quote | null {
    const list = this.outerQuotes;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.open <= pos) lo = mid + 1; else hi = mid; }
    const q = list[lo - 1];
    return q && q.close !== null && q.close > pos ? q : null;
  }

  /** The quote one level out from q that contains it. */
  private enclosing(q: Quote): Quote | undefined {
    const list = this.outerQuotes;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.open < q.open) lo = mid + 1; else hi = mid; }
    const o = list[lo - 1];
    return o && q.depth === 1 && (o.close === null || o.close > q.close!) ? o : undefined;
  }

  /** A quote that closes right before the cue (", —" between): its content. */
  private quoteEndingBefore(toks: Token[], p: number): { span: Span } | null {
    let k = p;
    while (k >= 0 && !toks[k]!.word && (isDash(toks[k]) || toks[k]!.t === ',')) k--;
    const t = toks[k];
    // «…», цитирует / «…» — сказал: a comma or a dash between the quote and the verb.
    if (!t || t.word || !/^[»"“”›]$/.test(t.t) || k === p) return null;
    const q = this.quoteByClose.get(t.start);
    if (!q) return null;
    // `…компаний "Росдорстрой" и "Трансмост", рассказали…`: a short quoted name ending a clause is part of it, not the claim.
    // (Bounded: a short quoted name opens only a few tokens before its close.)
    let opener = -1;
    for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (toks[j]!.start === q.open) { opener = j; break; }
    if (opener > 0 && toks[opener - 1]!.word && q.depth === 0 && this.text.slice(q.content.start, q.content.end).split(/\s+/).length <= 3 && /^\p{Lu}/u.test(this.text.slice(q.content.start, q.content.start + 1))) return null;
    if (q.depth > 0) {
      // «A «B», — сказал он: the outer quote lost its closing mark.
      const outer = this.enclosing(q);
      if (outer && outer.close === null) return { span: { start: outer.open + 1, end: q.close! } };
      if (outer && outer.close !== null) return null;
    }
    return { span: { start: this.quoteStart(q), end: q.content.end } };
  }

  /**
   * A quote over several paragraphs: each paragraph reopens it and only the
   * last closes. The content starts in the first of them.
   */
  private quoteStart(q: Quote): number {
    let start = q.content.start;
    const list = this.outerQuotes;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.open < q.open) lo = mid + 1; else hi = mid; }
    for (let k = lo - 1; k >= 0 && lo - k <= 20; k--) {
      const prev = list[k]!;
      // The earlier part never closed and ends right before this one (only white space between).
      if (prev.close !== null || this.text.slice(prev.content.end, start - 1).trim() !== '') break;
      start = prev.content.start;
    }
    return start;
  }

  /**
   * "— Плохо. Собрали вдвое меньше, — признался он. — Дождей не было": a dialogue line (a quote opened by a dash)
   * that closes at the dash before the cue is the claim, all its sentences, and with the part that resumes after
   * the author's words (as in «A, — сказал он. — B»). After a question and a dash inside it, only the answer.
   */
  private dialogueLine(dash: Token, after: number): { span: Span; direct: boolean } | null {
    const first = this.quoteByClose.get(dash.start);
    if (!first || !/[—–]/.test(this.text[first.open] ?? '')) return this.quotedDialogueLine(dash, after);
    let start = first.content.start;
    let end = first.content.end;
    for (const m of this.text.slice(start, end).matchAll(/[?!…]\s+[—–]\s+(?=\p{Lu})/gu)) start = first.content.start + m.index! + m[0].length;
    const list = this.outerQuotes;
    const next = list[countBelow(list, after, (q) => q.open)];
    // (Only the author's closing mark between: ". — ", ", — ".)
    if (next && /[—–]/.test(this.text[next.open] ?? '') && /^[\s.,:]*$/.test(this.text.slice(after, next.open))) end = next.content.end;
    while (end > start && /[\s.]/.test(this.text[end - 1]!)) end--;
    return end > start ? { span: { start, end }, direct: false } : null;
  }

  /**
   * The same for a dialogue line that holds quotation marks of its own ("— В администрации мне объяснили, что
   * деньги придут «после уточнения списков». Уточняют с августа, — сказал фермер."), which the quote pairing
   * leaves unmarked: from the paragraph's opening dash to the author's words, and on after them to its end.
   */
  private quotedDialogueLine(dash: Token, after: number): { span: Span; direct: boolean } | null {
    const paras = this.doc.paragraphs;
    const para = paras[countBelow(paras, dash.start + 1, (x) => x.start) - 1];
    if (!para || para.end < after || !/^[—–]\s/.test(this.text.slice(para.start, para.start + 2))) return null;
    const start = para.start + 2;
    // (Bounded: a line is a few sentences, never a whole long paragraph scanned at every cue.)
    if (dash.start - start > 1500 || para.end - after > 1500) return null;
    // (One turn only: no other author's words between the opening dash and this one.)
    if (/[,.!?…]\s+[—–]\s+\p{Ll}/u.test(this.text.slice(start, dash.start + 1))) return null;
    let end = dash.start;
    while (end > start && /[\s,]/.test(this.text[end - 1]!)) end--;
    const rest = /^[\s.,:]*[—–]\s+(?=\p{Lu})/u.exec(this.text.slice(after, para.end));
    if (rest && !/[,.!?…]\s+[—–]\s+\p{Ll}/u.test(this.text.slice(after + rest[0].length, para.end))) {
      end = para.end;
      while (end > start && /[\s.]/.test(this.text[end - 1]!)) end--;
    }
    return end > start ? { span: { start, end }, direct: false } : null;
  }

  /** The first comma at or after k outside quotes and brackets, within a clause's reach. */
  private nextComma(toks: Token[], k: number): number {
    let depth = 0;
    for (let j = k; j < toks.length && j < k + 25; j++) {
      const t = toks[j]!;
      if (/^[«„(]$/.test(t.t)) depth++;
      else if (/^[»“)]$/.test(t.t)) depth = Math.max(0, depth - 1);
      else if (t.t === ',' && depth === 0) return j;
      else if (/^[.;:!?]$/.test(t.t) || verbForms().has(t.lo) && depth === 0) return -1;
    }
    return -1;
  }

  /**
   * The comma closing a relative clause that opens after the comma at k ("…, которая ссылается на…, …",
   * "документов, с которыми ознакомилась редакция, …"); k when none does.
   */
  private pastRelative(toks: Token[], k: number): number {
    const r = isPreposition(toks[k + 1]) ? k + 2 : k + 1;
    if (!/^котор/.test(toks[r]?.lo ?? '')) return this.pastDescribing(toks, k);
    let c2 = r + 1;
    while (c2 < toks.length && c2 < k + 30 && toks[c2]!.t !== ',' && !/^[.;:!?]$/.test(toks[c2]!.t)) c2++;
    return toks[c2]?.t === ',' ? c2 : k;
  }

  /**
   * "По данным опроса, проведенного ВЦИОМ, …", "в докладе, опубликованном в среду, …": a participle phrase between commas
   * that agrees with the source's last word describes the source; the comma after it is where the claim starts.
   */
  private pastDescribing(toks: Token[], k: number): number {
    const part = toks[k + 1]?.lo ?? '';
    const m = DESCRIBING_PARTICIPLE.exec(part) ?? DESCRIBING_ACTIVE.exec(part);
    const noun = toks[k - 1]?.lo ?? '';
    if (!m || !toks[k - 1]?.word) return k;
    const agree = /(ого|его)$/.test(m[1]!) ? /[ая]$/.test(noun) : /(ом|ем)$/.test(m[1]!) ? /[еи]$/.test(noun) : /(ому|ему)$/.test(m[1]!) ? /[ую]$/.test(noun) : /[ыие]$/.test(noun);
    if (!agree) return k;
    let c2 = k + 2;
    while (c2 < toks.length && c2 < k + 12 && toks[c2]!.t !== ',' && !/^[.;:!?—–]$/.test(toks[c2]!.t)) {
      // (A finite verb inside makes it the claim itself: "По словам Сидорова, пострадавшего в аварии водителя выписали, …".)
      const t = toks[c2]!;
      if (t.word && !t.cap && !nounAt(t) && verbForms().get(t.lo)?.tense !== 'gerund' && (verbForms().has(t.lo) || finiteShaped(t))) return k;
      c2++;
    }
    return toks[c2]?.t === ',' && toks[c2 + 1]?.word ? c2 : k;
  }

  /**
   * "По словам Тимура Кулибаева, председателя совета директоров компании, …": a title in an oblique case between commas,
   * after a person in a frame, is that person's; the comma after it is where the claim starts. A finite verb inside
   * makes it the claim ("По словам Петрова, директора уволили, …" has none before "уволили").
   */
  private pastApposition(toks: Token[], k: number): number {
    let h = k + 1;
    while (h < k + 4 && toks[h]?.word && !toks[h]!.cap && ADJECTIVE.test(toks[h]!.lo) && !nounAt(toks[h])) h++;
    if (!nounAt(toks[h])?.some((f) => !f.nominative && !f.plural && (f.cat === 'role' || f.cat === 'anon' || f.cat === 'group'))) return k;
    let c2 = h + 1;
    while (c2 < toks.length && c2 < k + 14 && toks[c2]!.t !== ',' && !/^[.;:!?—–]$/.test(toks[c2]!.t)) {
      const t = toks[c2]!;
      if (t.word && !t.cap && !nounAt(t) && (verbForms().has(t.lo) || finiteShaped(t))) return k;
      c2++;
    }
    return toks[c2]?.t === ',' && toks[c2 + 1]?.word ? c2 : k;
  }

  /** The author after "проведенного", "подготовленному", "составленном" between commas d and c, if the lexicons know it. */
  private authorOf(toks: Token[], d: number, c: number): SourceInfo | null {
    if (!/^(проведенн|проведённ|подготовленн|составленн|выполненн|сделанн)/.test(toks[d + 1]?.lo ?? '') || c - d < 3 || isPreposition(toks[d + 2])) return null;
    const author = this.sources.classify(toks, d + 2, c, { oblique: true, agr: null, pos: toks[d + 2]!.start });
    return author?.speaker && !author.guessed && /organization|media|person/.test(author.grade) ? { ...author, grade: 'document', span: author.span } : null;
  }

  /** Content after the comma that closes a frame: to the sentence end. */
  private afterComma(toks: Token[], k: number, allowNoComma = false): { span: Span; direct: boolean } | null {
    if (toks[k]?.t === ',') k = this.pastRelative(toks, k);
    if (toks[k]?.t !== ',' && !allowNoComma) return null;
    if (toks[k]?.t === ',') k++;
    if (toks[k]?.lo === 'что') k++;
    return this.toEnd(toks, k);
  }

  /** Content before a cue at token `i` (preceded by a comma or dash): from the sentence start. */
  private before(toks: Token[], i: number, cuePos: number): { span: Span; direct: boolean } | null {
    let b = i;
    while (b > 0 && !toks[b - 1]!.word && !/[»"”)%$€₽°]/.test(toks[b - 1]!.t)) b--;
    if (b <= 0) return null;
    let a = 0;
    // Dateline "КАЗИНФОРМ -" or an opening quote are not content.
    while (a < b && !toks[a]!.word) a++;
    let d = a;
    while (d < b && toks[d]!.word && /^\p{Lu}[\p{Lu}\d.-]+$/u.test(toks[d]!.t)) d++;
    // ("КазТАГ – …", "РИА Новости – …", "ИА Regnum – …": an agency's name, by the lexicon or by two capitals in a word, up to three words.)
    if (!isDash(toks[d]) && toks[a]?.cap && (mediaAt(toks, a) || /\p{Lu}.*\p{Lu}/u.test(toks[a]!.t))) {
      const m = mediaAt(toks, a);
      d = m ? m.end : a + 1;
      while (d < b && d < a + 3 && toks[d]!.word && toks[d]!.cap) d++;
    }
    if (d > a && d < b - 1 && isDash(toks[d])) a = d + 1;
    // "— Как вы оцениваете сезон? — Плохо, — признался он": a question and a dash before are the other side of a dialogue.
    for (let j = b - 2; j > a; j--) {
      if (!isDash(toks[j]) || !/^[?!…]$/.test(toks[j - 1]!.t)) continue;
      // (Not inside a quotation in marks, where the dash is the speaker's own.)
      const q = this.quoteAround(toks[j]!.start);
      if (!q || /[—–]/.test(this.text[q.open] ?? '')) { a = j + 1; break; }
    }
    if (a >= b) return null;
    let end = toks[b - 1]!.end;
    let start = toks[a]!.start;
    // ("«Газпром» сократит добычу, пишет Bloomberg": a quoted name opening the claim keeps its opening mark.)
    const oq = toks[a - 1];
    if (oq && /^[«"„“]$/.test(oq.t)) {
      const q = this.quoteByOpen.get(oq.start);
      if (q && q.close !== null && q.close < toks[b - 1]!.start) start = oq.start;
    }
    if (/[»"”]/.test(toks[b - 1]!.t)) {
      const q = this.quoteByClose.get(toks[b - 1]!.start);
      if (q && q.open < start) return { span: q.content, direct: true };
      // A quoted name at the end of the claim keeps its closing mark.
      if (!q) end = toks[b - 1]!.start;
    }
    void cuePos;
    return end > start ? { span: { start, end }, direct: false } : null;
  }

  /** After a parenthetical cue ("…, говорит он, …"): the clause that continues the claim, to the sentence end. */
  private parentheticalRest(toks: Token[], end: number): { span: Span; direct: boolean } | null {
    if (toks[end]?.t !== ',') return null;
    const next = toks[end + 1];
    // Not a gerund, a relative or a new clause of the speaker's own (", добавив, что…", ", который…", ", а …").
    if (!next?.word || GERUND.test(next.lo) || verbForms().get(next.lo)?.tense === 'gerund' || /(в|вши|вшись)$/.test(next.lo) && !nounAt(next) ||
      /^(котор|что|а|и|но|однако|добав|отмет|подчеркн|уточн)/.test(next.lo) || PARTICIPLE.test(next.lo)) return null;
    return this.toEnd(toks, end + 1);
  }

  /** Content before a frame that closes the sentence ("…, по словам X."). */
  private beforeFrame(toks: Token[], i: number): { span: Span; direct: boolean } | null {
    if (toks[i - 1]?.t !== ',') return null;
    return this.before(toks, i - 1, toks[i]!.start);
  }

  /** Content from token k to the sentence end (or the quote the cue sits in). */
  private toEnd(toks: Token[], k: number): { span: Span; direct: boolean } | null {
    while (k < toks.length && !toks[k]!.word && !/^[«"„“(]$/.test(toks[k]!.t)) k++;
    if (k >= toks.length) return null;
    const first = toks[k]!;
    if (/^[«"„“]$/.test(first.t)) {
      const q = this.quoteByOpen.get(first.start);
      if (q) {
        const qEnd = q.close ?? q.content.end;
        const last = toks[toks.length - 1]!;
        // The whole rest is this quote: direct.
        if (qEnd >= last.start - 1 || q.close !== null && !toks.some((x) => x.start > q.close! && x.word)) {
          const sentEnd = last.end;
          return { span: { start: q.content.start, end: q.close !== null ? q.content.end : Math.min(q.content.end, sentEnd) }, direct: true };
        }
      }
    }
    let b = toks.length;
    while (b > k && !toks[b - 1]!.word && /^[.,;:!?…—–-]$/.test(toks[b - 1]!.t)) b--;
    if (b <= k) return null;
    let end = toks[b - 1]!.end;
    // A cue inside a quote: content stops at the quote's end.
    const q = this.quoteAround(first.start);
    // (A quote that opens the content — "что «Северное поле» ведёт…" — is a name in it, not around it.)
    if (q && q.open < first.start && q.close !== null && q.close < end) end = q.close;
    if (/[»"”]/.test(this.text[end - 1] ?? '') && this.quoteByClose.get(end - 1) && this.quoteByClose.get(end - 1)!.open < first.start) end--;
    // "…, что завод закроют (ранее об этом писал «Коммерсантъ»)": a closing aside that reports something itself is the writer's.
    // (An aside that explains the claim — "(речь шла не только о …)" — stays in it.)
    if (this.text[end - 1] === ')') {
      let o = -1;
      for (let j = b - 1; j > k; j--) if (toks[j]!.t === '(') { o = j; break; }
      const inside = o > k ? toks.slice(o + 1, b - 1) : [];
      if (o > k + 1 && inside.filter((x) => x.word).length >= 4 && inside.some((x) => x.word && verbForms().has(x.lo)) && !q) {
        end = toks[o - 1]!.end;
      }
    }
    while (end > first.start && /[\s,.;:—–-]/.test(this.text[end - 1]!)) end--;
    return end > first.start ? { span: { start: first.start, end }, direct: false } : null;
  }

  /** A colon right after a verb or after its short object of lower-case words ("прокомментировал решение: …"), or -1. */
  private colonAfter(toks: Token[], k: number): number {
    for (let j = k; j < toks.length - 1 && j <= k + 4; j++) {
      if (toks[j]!.t === ':') return j;
      if (!toks[j]!.word || toks[j]!.cap || verbForms().has(toks[j]!.lo) || isPreposition(toks[j])) return -1;
    }
    return -1;
  }

  /** Content after a verb: skips "что", "о том, что", a colon; a quote right after is direct. */
  private forward(toks: Token[], k: number, _cuePos: number): { span: Span; direct: boolean } | null {
    while (k < toks.length && (BETWEEN.has(toks[k]!.lo) || ADDRESSEES.has(toks[k]!.lo))) k++;
    // ("В банке проблему подтвердили и пообещали устранить ее", "Министр подтвердил и добавил, что …": "и" and a finite verb
    // join a second predicate; what follows is its claim, not this verb's.)
    const second = toks[k + 1];
    if (toks[k]?.lo === 'и' && second?.word && !second.cap && (/^(past|present)$/.test(verbForms().get(second.lo)?.tense ?? '') || finiteShaped(second))) return null;
    // ("сообщили родственникам о гибели", "рассказал пациентам о правилах": a plural dative before "о" is whom it was told;
    // "предупредил клиентов о мошенниках", "уведомили жителей об отключении": so is a plural object of warning.)
    if (toks[k]?.word && !toks[k]!.cap && /\p{L}{3,}(?:ам|ям|ов|ев|ей)$/u.test(toks[k]!.lo) && /^(о|об|обо)$/.test(toks[k + 1]?.lo ?? '')) k++;
    // ("предупредила банки о санкциях": after a warning, an inanimate plural object too.)
    else if (toks[k]?.word && !toks[k]!.cap && /\p{L}{3,}[иы]$/u.test(toks[k]!.lo) && /^(о|об|обо)$/.test(toks[k + 1]?.lo ?? '') && toks[k - 1]?.start === _cuePos &&
      /^предупре/.test(verbForms().get(toks[k - 1]!.lo)?.lemma ?? '')) k++;
    // An addressee: "заявил «Ведомостям», что…", "сообщил Интерфаксу, что…".
    const m = mediaAt(toks, k) ?? (/^[«"„]$/.test(toks[k]?.t ?? '') ? mediaAt(toks, k + 1) : null);
    if (m) {
      let e = m.end;
      if (/^[»"“]$/.test(toks[e]?.t ?? '')) e++;
      if (toks[e]?.t === ',' || toks[e]?.lo === 'что') k = e;
      // ("подтвердила «Коммерсанту» информацию о …": an outlet in the dative is whom it was told, whatever follows.)
      else if (toks[e]?.word && /(у|ю|ам|ям)$/.test(normalize(toks[m.end - 1]!.lo))) k = e;
      // ("рассказал ТАСС о новых обстоятельствах": an outlet right before an о-phrase is whom it was told; it is no part of the topic.)
      else if (/^(о|об|обо)$/.test(toks[e]?.lo ?? '')) k = e;
      // ("подтвердил РИА Новости отмену рейсов", "сообщил ТАСС подробности": a name that does not decline, before a
      // lower-case object, is whom it was told too.)
      else if (toks[e]?.word && !toks[e]!.cap && !isPreposition(toks[e]) && !verbForms().has(toks[e]!.lo) && toks[e]!.lo !== 'не' &&
        toks.slice(m.end - m.canonical.split(' ').length, m.end).map((x) => x.t).join(' ') === m.canonical) k = e;
    }
    // ("сообщил Путину о ходе работ", "рассказала Марии Ивановой о планах": right after the verb, a name in the dative before an
    // о-phrase is whom it was told, not part of what; the subject, had it stood there, was taken as the source already.)
    if (!m && toks[k - 1]?.start === _cuePos && toks[k]?.cap && toks[k]!.word) {
      let j = k;
      while (j < k + 3 && toks[j]?.cap && toks[j]!.word && !/^\p{Lu}+$/u.test(toks[j]!.t)) j++;
      if (j > k && /^(о|об|обо)$/.test(toks[j]?.lo ?? '') && /\p{Ll}(?:у|ю|ой|ей)$/u.test(toks[j - 1]!.t)) k = j;
    }
    // "рассказал «Волжской коммуне», что …": any quoted name right before ", что" is whom it was told.
    if (!m && /^[«"„]$/.test(toks[k]?.t ?? '')) {
      for (let j = k + 1; j < toks.length && j <= k + 6; j++) {
        if (/^[»"“]$/.test(toks[j]!.t)) {
          if (toks[j + 1]?.t === ',' && toks[j + 2]?.lo === 'что') k = j + 1;
          // ("рассказала «Вечерней Казани» о новом сезоне": a title in the dative before the о-phrase is whom it was told.)
          else if (/^(о|об|обо|про)$/.test(toks[j + 1]?.lo ?? '') && /(?:[уюе]|ой|ей|ому|ему|ам|ям)$/.test(toks[k + 1]!.lo.replace(/\..*$/, ''))) k = j + 1;
          break;
        }
        if (!toks[j]!.word) break;
      }
    }
    // "рассказал о планах: «…»", "ответил на критику: «…»": what it was about, then the quote after a colon.
    if (toks[k]?.word && /^(о|об|обо|на|про)$/.test(toks[k]!.lo)) {
      for (let j = k + 1; j < toks.length && j <= k + 8; j++) {
        const x = toks[j]!;
        if (x.t === ':' && /^[«"„“]$/.test(toks[j + 1]?.t ?? '')) { k = j; break; }
        if (!x.word || verbForms().has(x.lo)) break;
      }
    }
    // ("прокомментировал решение: «…»": a short object, then the words after the colon.)
    // (Not a label's: "называют прогнозы оптимистичными: …" gives the label, not the words.)
    const colon = toks[k]?.word && toks[k - 1]?.start === _cuePos && verbForms().get(toks[k - 1]!.lo)?.sem !== 'name' ? this.colonAfter(toks, k) : -1;
    // ("объяснили задержку отсутствием топлива: по версии перевозчика, …": what follows the colon has a source of its own;
    // the object before it is this verb's claim.)
    const framed = toks[colon + 1]?.lo === 'по' && OWN_SOURCE_FRAMES.test(toks[/^(его|ее|её|их)$/.test(toks[colon + 2]?.lo ?? '') ? colon + 3 : colon + 2]?.lo ?? '');
    if (colon > k && !framed) k = colon;
    if (toks[k]?.t === ':' || toks[k]?.t === ',') k++;
    // "подтвердили, но от подробностей отказались": a second predicate, not a claim.
    if (toks[k - 1]?.t === ',' && /^(но|однако)$/.test(toks[k]?.lo ?? '')) return null;
    // "рассказал корреспонденту, почему не уехал": an indirect question tells a topic, not a claim.
    if (toks[k - 1]?.t === ',' && INDIRECT_QUESTION.test(toks[k]?.lo ?? '')) return null;
    // "— Соседи много чего говорят, — усмехнулся он": a dash after the verb hands over to the author's words.
    if (toks[k - 1]?.t === ',' && isDash(toks[k])) return null;
    // ("Он свою вину отрицает, сообщила его защитник": a reporting verb right after the comma opens the inverted report
    // that holds this clause; it is no claim of this verb.)
    if (toks[k - 1]?.t === ',' && toks[k - 2]?.start === _cuePos && /^(past|present)$/.test(verbForms().get(toks[k]?.lo ?? '')?.tense ?? '')) return null;
    if (toks[k]?.lo === 'что' || toks[k]?.lo === 'чтобы' || toks[k]?.lo === 'будто') k++;
    else if (this.seq(toks, k, ['о', 'том', ',', 'что'])) k += 4;
    else if (toks[k]?.word && !/^(о|об)$/.test(toks[k]!.lo)) {
      // "заявила на закрытом заседании, что …" / "попенял Громову на то, что …"
      // ("заявил в беседе с «Известиями», что …": a quoted name inside that phrase is crossed.)
      for (let j = k; j < Math.min(toks.length - 1, k + 10); j++) {
        const x = toks[j]!;
        if (!x.word && x.t !== ',' && !/^[«»"„“]$/.test(x.t)) break;
        // "предложила сократить попуски, что «поставит…»": an infinitive right after the verb is the content; that "что" is relative.
        if (j === k && INFINITIVE.test(x.lo) && !nounAt(x)) break;
        if (x.t === ',' && toks[j + 1]?.lo === 'что') { k = j + 2; break; }
        if (verbForms().has(x.lo)) break;
      }
    }
    // "Родственники рассказывают иную историю.": only "another story" announces the claims that follow; it is none itself.
    if (/^(иную|другую|свою|собственную|противоположную)$/.test(toks[k]?.lo ?? '') && /^(историю|версию|картину)$/.test(toks[k + 1]?.lo ?? '')
      && (k + 2 >= toks.length || /^[.!;]$/.test(toks[k + 2]!.t))) return null;
    // ("призвали покупателей не есть йогурты", "посоветовали клиентам сменить пароли": whom a call is addressed to, in lower
    // case before the infinitive, is no part of what is called for.)
    const cueAt = toks[k - 1]?.start === _cuePos ? k - 1 : -1;
    if (cueAt >= 0 && toks[k]?.word && !toks[k]!.cap && toks[k]!.lo !== 'не' && !INFINITIVE.test(toks[k]!.lo) && !PRONOUNS[toks[k]!.lo] && ADDRESSED_CALLS.test(verbForms().get(toks[cueAt]!.lo)?.lemma ?? '')) {
      for (let j = k + 1; j <= k + 2 && j < toks.length; j++) {
        const x = toks[j]!;
        if (!x.word || x.cap || isPreposition(x)) break;
        if (x.lo === 'не' && INFINITIVE.test(toks[j + 1]?.lo ?? '') || INFINITIVE.test(x.lo) && !nounAt(x)) {
          if (toks.slice(k, j).every((y) => y.word && !y.cap && !INFINITIVE.test(y.lo) && !isPreposition(y))) k = j;
          break;
        }
      }
    }
    const out = this.toEnd(toks, k);
    // ("Говорят, что зритель устал от классики, но я так не считаю": the one speaking disagrees in a clause of his own.)
    if (out && !out.direct) {
      for (let j = k + 1; j < toks.length - 2 && toks[j]!.start < out.span.end; j++) {
        if (toks[j]!.t === ',' && /^(но|а|однако)$/.test(toks[j + 1]!.lo) && /^(я|мы)$/.test(toks[j + 2]!.lo)) return { span: { start: out.span.start, end: toks[j - 1]!.end }, direct: false };
      }
    }
    // An infinitive claim ends before a relative ", что …" commenting on it.
    if (out && !out.direct && toks[k]?.word && INFINITIVE.test(toks[k]!.lo) && !nounAt(toks[k])) {
      for (let j = k + 1; j < toks.length - 1 && j < k + 40 && toks[j]!.start < out.span.end; j++) {
        if (toks[j]!.t === ',' && toks[j + 1]!.lo === 'что') return { span: { start: out.span.start, end: toks[j - 1]!.end }, direct: false };
      }
    }
    return out;
  }

  /** For a cue in mid-sentence with no clear side: the longer part. */
  private larger(toks: Token[], cs: number, i: number): { span: Span; direct: boolean } | null {
    const left = cs < i - 1 ? { start: toks[cs]!.start, end: toks[i - 1]!.end } : null;
    void left;
    return this.before(toks, i, toks[i]?.start ?? 0);
  }

  private untilComma(toks: Token[], k: number): Span | null {
    let b = k;
    while (b < toks.length && toks[b]!.t !== ',' && !/^[.;!?]$/.test(toks[b]!.t)) b++;
    return b > k ? { start: toks[k]!.start, end: toks[b - 1]!.end } : null;
  }

  // ------------------------------------------------------------ extras

  /** Phrases from the user's settings ("источник в окружении") found before a reporting verb are anonymous sources. */
  private extraAnonymous(toks: Token[], si: number, hits: Hit[]): void {
    if (!this.extraAnon.length) return;
    for (const h of hits) {
      if (!h.src) continue;
      const span = this.text.slice(h.src.span.start, h.src.span.end).toLowerCase();
      if (this.extraAnon.some((w) => w.every((x) => span.includes(x)))) h.src = { ...h.src, grade: 'anonymous-described' };
    }
    void toks; void si;
  }

  /** "Захарова: «…»" — a name, a colon and a quote. */
  private colonQuote(toks: Token[], si: number, hits: Hit[]): void {
    this.namedBeforeColon(toks, si, hits);
    // Only a colon among the first nine tokens can follow a name.
    // (Or among the first fifteen after what a person speaks about: "Режиссёр Вера Галкина о премьере «Степного ветра»: «…»".)
    let c = -1;
    for (let k = 0; k < toks.length && k <= 14; k++) if (toks[k]!.t === ':') { c = k; break; }
    if (c <= 0 || c > 8 && !toks.slice(2, 5).some((t) => /^(о|об)$/.test(t.lo))) return;
    // "Ванин: мост закроют до весны" — a headline's name, a colon and the claim, unquoted.
    const quoted = /^[«"„“]$/.test(toks[c + 1]?.t ?? '');
    // (The headline, before the text's first blank line: "Горняки «Кара-Булака»: зарплату не поднимали три года".)
    const br = this.text.indexOf('\n\n');
    const headline = toks[0]!.start === 0 && br > 0 && toks[toks.length - 1]!.end <= br;
    if (!quoted && !((c <= 3 || headline && c <= 6) && toks[c + 1]?.word)) return;
    if (hits.some((h) => h.cue.start < toks[c]!.start && h.content && h.content.end > toks[c]!.start)) return;
    if (toks.slice(0, c).some((t) => verbForms().has(t.lo))) return;
    if (!toks[0]!.cap) return;
    // ("Режиссёр Вера Галкина о премьере «Ветра»: «…»": in a headline, a person, what she speaks about, then her quote.)
    let end = c;
    if (headline && quoted) {
      const about = toks.findIndex((t, k) => k > 0 && k < c - 1 && /^(о|об)$/.test(t.lo));
      const person = about > 1 ? this.sources.classify(toks, 0, about, { oblique: false, agr: null, pos: toks[0]!.start }) : null;
      if (person?.grade === 'person' && !person.guessed && toks.slice(0, about).every((t) => t.cap || nounAt(t))) end = about;
    }
    const src = this.sources.classify(toks, 0, end, { oblique: false, agr: null, pos: toks[0]!.start });
    let q = quoted ? this.quoteByOpen.get(toks[c + 1]!.start) : undefined;
    // ("Bloomberg: «Газпром» может сократить добычу": a quoted name opening the claim, which goes on after it, is no quote of the claim.)
    const goesOn = !!q && q.close !== null && toks.some((t) => t.start > q!.close! && t.word);
    if (goesOn) q = undefined;
    const content = q ? { span: q.content, direct: true } : quoted && !goesOn ? null : this.toEnd(toks, c + 1);
    // ("Корреспондент: Когда откроется школа?": an interviewer's question claims nothing.)
    if (!quoted && toks[toks.length - 1]?.t === '?') return;
    // ("МИД РФ: Москва ответит", "СК: …": a body named by an acronym speaks in a headline too; a city or a topic does not.)
    // (A country's acronym alone is the topic: "США: инфляция замедлилась".)
    // ("Росстат: цены выросли", "Минфин: дефицит сократится": a federal service or ministry by its short name too.)
    const body = src?.grade === 'organization' && (toks.slice(0, c).some((t) => /^\p{Lu}{2,}$/u.test(t.t) && !COUNTRY_ACRONYMS.has(t.t)) ||
      c === 1 && /^(?:Рос\p{Ll}{4,}|Мин\p{Ll}{3,})$/u.test(toks[0]!.t) && !/^Росси/.test(toks[0]!.t));
    // (In a headline, unnamed people by their word too: "Шахтёры «Ак-Тюза»: зарплату не поднимали пять лет".)
    const people = headline && !quoted && !!src && ANON_SOURCE_GRADES.has(src.grade) && !!nounAt(toks[0])?.some((f) => f.plural && f.nominative && /anon|group/.test(f.cat));
    // ("Мэрия Еревана: проезд подорожает", "Правительство области: …": in a headline, a body by its word for a body, in the nominative.)
    // (Only over a claim with a verb: "Правительство: новые назначения" is a topic.)
    const bodyWord = headline && src?.grade === 'organization' && !!nounAt(toks[0])?.some((f) => f.cat === 'org' && f.nominative && !f.plural) &&
      toks.slice(c + 1).some((t) => t.word && !t.cap && t.lo.length > 3 && !nounAt(t) && (verbForms().has(t.lo) || FINITE.test(t.lo)));
    if (!src || !content || !(/person|media/.test(src.grade) || body || people || bodyWord) || src.guessed || end > 5 || toks.slice(0, end).some((t) => t.word && !t.cap && !nounAt(t))) return;
    // "Иванов: Школа откроется к сентябрю. Подрядчик успевает." — a labelled answer runs to the end of its paragraph.
    let span = content.span;
    if (!quoted) {
      const paras = this.doc.paragraphs;
      const para = paras[countBelow(paras, toks[0]!.start + 1, (x) => x.start) - 1];
      if (para && para.start === toks[0]!.start && para.end > span.end) {
        let end = para.end;
        while (end > span.end && /[\s.]/.test(this.text[end - 1]!)) end--;
        span = { start: span.start, end };
      }
    }
    hits.push({ cue: { start: toks[c]!.start, end: toks[c]!.end }, src, content: span, direct: content.direct, reason: null, forward: false, anchor: toks[0]!.start, pointer: false, sentence: si });
    if (src.entity) this.ents.mention(src.entity, src.span.start, true);
  }

  /**
   * "С ней согласен аналитик Глеб Марков: «Рынок перегрет»": a closing quote after a colon, with a person
   * named just before the colon and no cue of its own, is that person's.
   */
  /**
   * "Японская Kanemori может построить завод в Джизаке — СМИ", "Пенсии проиндексируют — Минтруд": a headline's claim,
   * a dash and its source closing the headline. Only a source the lexicons or the article know, after a claim with a verb.
   */
  private headlineDashSource(toks: Token[], si: number, hits: Hit[]): void {
    const br = this.text.indexOf('\n\n');
    const last = toks.length - 1;
    // ("… — «Барки Точик»": the source may close on its quotation mark.)
    if (br < 0 || br > 250 || last < 4 || toks[last]!.end > br || !toks[last]!.word && !(/^[»"“]$/.test(toks[last]!.t) && toks[last - 1]?.word)) return;
    let d = last;
    while (d > last - 5 && !isDash(toks[d])) d--;
    if (!isDash(toks[d]) || d < 3 || toks.slice(d + 1).some((t) => !t.word && !/^[«»"„“]$/.test(t.t))) return;
    // ("Умерла народная артистка …": the verb may open the headline, with its capital.)
    // ("Данные клиентов выставлены на продажу, — хакеры": a short passive participle is the claim's verb too.)
    const claimVerb = toks.slice(0, d).some((t, j) => t.word && (!t.cap || j === 0) && t.lo.length > 3 && !nounAt(t) && (verbForms().has(t.lo) || FINITE.test(t.lo) ||
      j > 0 && SHORT_PASSIVE.test(t.lo)));
    if (!claimVerb) return;
    const src = this.sources.classify(toks, d + 1, last + 1, { oblique: false, agr: null, pos: toks[d + 1]!.start });
    if (!src || src.guessed || !src.speaker || src.grade === 'document') return;
    // (", — хакеры": the comma before the dash is no part of the claim.)
    const content = { start: toks[0]!.start, end: toks[toks[d - 1]!.t === ',' ? d - 2 : d - 1]!.end };
    hits.push({ cue: { start: toks[d]!.start, end: toks[d]!.end }, src, content, direct: false, reason: null, forward: false, anchor: src.span.start, pointer: false, sentence: si });
  }

  /**
   * "К такому выводу пришли специалисты Института …": a conclusion pointing back; its source follows the verb, its claim
   * is the sentence before.
   */
  private conclusionPointer(toks: Token[], si: number, hits: Hit[]): void {
    if (!/^(такому|этому|подобному|аналогичному|таким|этим|подобным)$/.test(toks[1]?.lo ?? '') || !/^(выводу|выводам)$/.test(toks[2]?.lo ?? '') ||
      !/^(пришли|пришел|пришёл|пришла|приходят|пришло)$/.test(toks[3]?.lo ?? '')) return;
    let end = 4;
    while (end < toks.length && toks[end]!.word || end < toks.length && /^[«»"„“-]$/.test(toks[end]!.t)) end++;
    if (end <= 4) return;
    const src = this.sources.classify(toks, 4, end, { oblique: false, agr: toks[3]!.lo === 'пришли' ? 'pl' : null, pos: toks[4]!.start });
    const content = src?.speaker && !src.guessed ? this.pointerContent(toks[0]!.start) : null;
    if (!src || !content) return;
    hits.push({ cue: { start: toks[0]!.start, end: toks[3]!.end }, src, content: content.span, direct: false, reason: null, forward: false, anchor: toks[0]!.start, pointer: true, sentence: si });
    if (src.entity) this.ents.mention(src.entity, src.span.start, true);
  }

  private namedBeforeColon(toks: Token[], si: number, hits: Hit[]): void {
    const last = toks.length - 1;
    let c = -1;
    for (let k = last; k > 2 && k >= last - 80; k--) if (toks[k]!.t === ':') { c = k; break; }
    if (c < 0) return;
    // ("С ним не согласна аналитик Наталья Ли: курс стабилизируется в январе": after agreeing or not, an unquoted clause is her view.)
    if (!/^[«"„“]$/.test(toks[c + 1]?.t ?? '')) {
      if (!toks.slice(0, c).some((x) => /^соглас(ен|на|ны)$/.test(x.lo)) || !toks[c + 1]?.word || hits.some((h) => h.cue.start > toks[c]!.start)) return;
      const content = this.toEnd(toks, c + 1);
      for (let k = c - 1; content && k >= 0 && k >= c - 3; k--) {
        const p = toks[k]!.cap ? this.ents.personAt(toks, k, false) : null;
        if (!p || p.end !== c) continue;
        const span = { start: toks[k]!.start, end: toks[c - 1]!.end };
        hits.push({ cue: { start: toks[c]!.start, end: toks[c]!.end }, src: { span, speaker: p.entity.name, grade: 'person', plural: false, gender: p.entity.gender, entity: p.entity },
          content: content.span, direct: false, reason: null, forward: false, anchor: span.start, pointer: false, sentence: si });
        this.ents.mention(p.entity, span.start, true);
        return;
      }
      return;
    }
    // (A headline "Режиссёр Вера Галкина: «…»" is left to colonQuote's own rules: here a predicate stands before the name.)
    // ("Давайте послушаем самого X: «…»": a verb in -ем/-им is no adjective when no preposition governs it.)
    const predicate = (t: Token, j: number) => t.word && !t.cap && !nounAt(t) &&
      (!ADJECTIVE.test(t.lo) || t.lo.length >= 6 && /(ем|им)$/.test(t.lo) && !isPreposition(toks[j - 1]) && !nounAt(toks[j + 1]));
    if (!toks.slice(0, c).some(predicate)) return;
    const q = this.quoteByOpen.get(toks[c + 1]!.start);
    if (!q || q.close === null || toks.some((t) => t.start > q.close! && t.word)) return;
    if (hits.some((h) => h.content && h.content.start <= q.content.start && q.content.start < h.content.end || h.cue.start > toks[c]!.start && h.cue.start < q.close!)) return;
    // The person: a full name ending right at the colon.
    for (let k = c - 1; k >= 0 && k >= c - 3; k--) {
      const p = toks[k]!.cap ? this.ents.personAt(toks, k, false) : null;
      if (!p || p.end !== c) continue;
      const span = { start: toks[k]!.start, end: toks[c - 1]!.end };
      hits.push({ cue: { start: toks[c]!.start, end: toks[c]!.end }, src: { span, speaker: p.entity.name, grade: 'person', plural: false, gender: p.entity.gender, entity: p.entity },
        content: q.content, direct: true, reason: null, forward: false, anchor: span.start, pointer: false, sentence: si });
      this.ents.mention(p.entity, span.start, true);
      return;
    }
    // "Трофимов в это не очень верит: «Буду рад ошибиться»": the person who opens the sentence, when nothing
    // before the colon reports and no other name stands there.
    const first = toks[0]!;
    if (!first.cap || !first.word || toks.slice(1, c).some((t) => t.cap || verbForms().has(t.lo))) return;
    const named = this.ents.personAt(toks, 0, false);
    const end = named ? named.end : 1;
    const src = named || this.ents.findSurname(first.t, null, false) || PRONOUNS[first.lo]?.nominative
      ? this.sources.classify(toks, 0, end, { oblique: false, agr: null, pos: first.start }) : null;
    if (!src || src.grade !== 'person' || !src.speaker || end >= c - 1) return;
    hits.push({ cue: { start: toks[c + 1]!.start, end: toks[c + 1]!.end }, src, content: q.content, direct: true, reason: null, forward: false, anchor: first.start, pointer: false, sentence: si });
    if (src.entity) this.ents.mention(src.entity, src.span.start, true);
  }

  /**
   * "— Когда откроется школа? — Я думаю, к сентябрю.": in an interview's answer, "я" with a verb of belief or saying is
   * the person interviewed: the one the piece quoted before its first question.
   */
  private firstPersonAnswer(toks: Token[], si: number, hits: Hit[]): void {
    let i = 0;
    while (i < toks.length && !toks[i]!.word) i++;
    if (i > 1 || i === 1 && !isDash(toks[0])) return;
    if (toks[i]?.lo === 'лично') i++;
    if (toks[i]?.lo !== 'я') return;
    let v = i + 1;
    // ("Я уже говорил, что …": an adverb between.)
    if (toks[v]?.lo === 'уже' || toks[v]?.lo === 'всегда') v++;
    if (!FIRST_PERSON_CUES.has(toks[v]?.lo ?? '') || toks[v + 1]?.t !== ',' && toks[v + 1]?.lo !== 'что') return;
    const who = this.interviewee(toks[i]!.start);
    if (!who) return;
    const content = this.afterComma(toks, toks[v + 1]!.t === ',' ? v + 1 : v, true);
    if (!content || this.quoteAround(toks[i]!.start)) return;
    // ("— Соседи говорят, — усмехнулся он. — … Я думаю, …": an answer already given to its speaker as a whole holds it.)
    if (this.hits.some((h) => h.content && h.content.start <= toks[i]!.start && toks[i]!.start < h.content.end)) return;
    const src: SourceInfo = { span: { start: toks[i]!.start, end: toks[i]!.end }, speaker: who.name, grade: 'person', plural: false, gender: who.gender, entity: who };
    hits.push({ cue: { start: toks[v]!.start, end: toks[v]!.end }, src, content: content.span, direct: false, reason: null, forward: false, anchor: toks[i]!.start, pointer: false, sentence: si });
  }

  /**
   * The person interviewed, for a position inside an answer: the paragraph opens with a dash, an earlier paragraph is a question
   * ("— …?"), and a person was named as a speaker (or at all) before that first question.
   */
  private interviewee(pos: number): Entity | null {
    const paras = this.doc.paragraphs;
    const k = countBelow(paras, pos + 1, (x) => x.start) - 1;
    const para = paras[k];
    if (!para || !isDashChar(this.text[para.start])) return null;
    if (this.firstQuestion === undefined) {
      this.firstQuestion = -1;
      for (const p of paras) {
        let e = p.end;
        while (e > p.start && /\s/.test(this.text[e - 1]!)) e--;
        if (isDashChar(this.text[p.start]) && this.text[e - 1] === '?') { this.firstQuestion = p.start; break; }
      }
    }
    const q = this.firstQuestion;
    if (q < 0 || q >= para.start) return null;
    const spoke = this.hits.find((h) => h.src?.grade === 'person' && h.src.entity && h.cue.start < q);
    return spoke?.src?.entity ?? this.ents.latest(q, (m) => m.entity.grade === 'person' && !!m.entity.surname) ?? null;
  }
  private firstQuestion: number | undefined;

  /**
   * "Жители посёлка вышли на митинг. Они утверждают, что …": a pronoun no named speaker fits means the
   * subject of the sentence before, when that subject is a source of the pronoun's number and gender.
   */
  private pronounFromSubject(si: number, hits: Hit[]): void {
    // (Only the sentence right before, in this language: one map lookup, no scan of the sentence list;
    // or the clause before a colon or semicolon in this sentence: "Родители возмущены: по их словам, …".)
    const prevSi = si - 1;
    const own = this.toks.get(si)!;
    for (const h of hits) {
      const pr = h.src && !h.src.speaker ? PRONOUNS[normalize(this.text.slice(h.src.span.start, h.src.span.end).toLowerCase())] : undefined;
      if (!pr || !h.src) continue;
      const colon = own.findIndex((t) => (t.t === ':' || t.t === ';') && t.start < h.cue.start && t.start < h.src!.span.start);
      const prev = colon > 1 ? own.slice(0, colon) : this.toks.get(prevSi);
      if (!prev) continue;
      // The subject stands before the first finite verb that agrees with the pronoun.
      let k = 0;
      // (A short adjective is a predicate too: "Родители возмущены", "Жители недовольны".)
      // (Not a noun that ends like a verb: "депутат", "кандидат".)
      // ("Министр иностранных дел Турции …": "дел" after a genitive adjective is the noun "дела", not a past verb.)
      const predicate = (t: Token, j: number) => t.word && !t.cap && !(t.lo === 'дел' && /(ых|их)$/.test(prev[j - 1]?.lo ?? '')) &&
        (agrees(t.lo, pr.plural ? 'pl' : pr.gender === 'f' ? 'f' : pr.gender === 'n' ? 'n' : 'm') && !nounAt(t) ||
        pr.plural && t.lo.length > 5 && /[нт]ы$/.test(t.lo) && !nounAt(t));
      while (k < prev.length && !predicate(prev[k]!, k)) k++;
      // ("С ним не согласны представители оппозиции: по их мнению, …": with none before, the subject after the predicate.)
      const subj = k < prev.length ? findSubject(prev, clauseStart(prev, k).start, k) ?? findSubject(prev, k + 1, prev.length) : null;
      // ("Ее муж Андрей поддержал жену. По его словам": a possessive before a person noun opens a subject of its own.)
      if (!subj || PRONOUNS[prev[subj.a]!.lo] && !possessiveBefore(prev, subj.a)) continue;
      const src = this.sources.classify(prev, subj.a, subj.b, { oblique: false, agr: pr.plural ? 'pl' : pr.gender === 'f' ? 'f' : pr.gender === 'n' ? 'n' : 'm', pos: prev[subj.a]!.start });
      if (!src?.speaker || src.guessed || src.plural !== pr.plural) continue;
      h.src = { ...src, span: h.src.span };
    }
  }

  /** "Заявление Лаврова: «…»", "Слова министра Олега Кима: «…»": a claim noun and its owner open the sentence, the quote follows. */
  private nounBeforeColon(toks: Token[], si: number, hits: Hit[]): void {
    if (!COLON_NOUNS.has(toks[0]?.lo ?? '')) return;
    let c = -1;
    for (let k = 2; k < toks.length && k < 14; k++) if (toks[k]!.t === ':') { c = k; break; }
    if (c < 0 || !/^[«"„“]$/.test(toks[c + 1]?.t ?? '')) return;
    const q = this.quoteByOpen.get(toks[c + 1]!.start);
    if (!q || q.close === null) return;
    if (hits.some((h) => h.cue.start < toks[c]!.start || h.content && h.content.start <= q.content.start && q.content.start < h.content.end)) return;
    const src = this.sources.classify(toks, 1, c, { oblique: true, agr: null, pos: toks[0]!.start });
    if (!src?.speaker || src.guessed) return;
    hits.push({ cue: { start: toks[0]!.start, end: toks[0]!.end }, src, content: q.content, direct: true, reason: null, forward: false, anchor: toks[0]!.start, pointer: false, sentence: si });
    if (src.entity) this.ents.mention(src.entity, src.span.start, true);
  }

  /** Forward contents end where the next cue's clause begins. */
  private cut(toks: Token[], hits: Hit[]): void {
    for (const h of hits) {
      if (!h.content) continue;
      // "Как передает X, об этом сообщается на сайте Y": X reports what Y published, the sentence before.
      const ptr = hits.find((g) => g !== h && g.pointer && g.content && h.content!.start <= g.cue.start && g.cue.end <= h.content!.end &&
        /^(об|о) этом/i.test(this.text.slice(h.content!.start, h.content!.start + 8)));
      if (ptr && ptr.content) { h.content = ptr.content; ptr.via = h; h.forward = false; continue; }
      // "назвала, как передавало издание X, законопроект …": skip the parenthetical at the start.
      const par = hits.find((g) => g !== h && g.content && g.cue.start === h.content!.start && g.content.start > g.cue.end);
      if (par && h.forward) { h.content = { start: par.content!.start, end: h.content.end }; h.via ??= par; }
    }
    // "По информации X, …, а по данным Y — …": a contrasting frame ends the claim before it.
    for (const h of hits) {
      if (!h.content) continue;
      for (const g of hits) {
        if (g === h || !g.frame || g.anchor <= h.content.start || g.anchor >= h.content.end) continue;
        if (/[,;]\s*(а|но|однако|тогда как|в то время как)?\s*$/i.test(this.text.slice(Math.max(0, g.anchor - 24), g.anchor))) {
          h.content = { start: h.content.start, end: this.trimBack(g.anchor, h.content.start) };
        }
      }
    }
    // ("подрядчика обвиняли в срыве сроков, а прокуратура проводила проверку": an object phrase as the claim ends
    // before ", а" or ", но" and the next clause; a что-clause goes on.)
    for (const h of hits) {
      if (!h.content || h.direct || !/^(в|во|о|об|на)\s/i.test(this.text.slice(h.content.start, h.content.start + 4))) continue;
      // (Only right after the cue: "обвиняли в срыве сроков"; not a что-clause or a frame's clause that opens with "в".)
      if (h.content.start < h.cue.end || !/^[\s\p{L}]*$/u.test(this.text.slice(h.cue.end, h.content.start)) || /(?:^|\s)что\s*$/.test(this.text.slice(h.cue.end, h.content.start))) continue;
      for (let k = 0; k < toks.length - 2; k++) {
        const t = toks[k]!;
        if (t.t !== ',' || t.start <= h.content.start || t.start >= h.content.end || !/^(а|но|однако)$/.test(toks[k + 1]!.lo)) continue;
        h.content = { start: h.content.start, end: this.trimBack(t.start, h.content.start) };
        break;
      }
    }
    for (const h of hits) {
      if (!h.forward || !h.content) continue;
      for (const g of hits) {
        if (g === h || g.anchor <= h.content.start || g.anchor >= h.content.end) continue;
        if (!g.src && !g.forward) continue;
        // ("напомнил, что ранее власти обещали построить школу": a report that is the что-clause itself, with no boundary
        // between, is nested in the claim, which keeps it whole.)
        if (g.src && !g.frame && g.src.span.start >= h.content.start && g.src.span.start < g.cue.start && g.src.entity !== h.src?.entity &&
          /(?:^|\s)что\s*$/.test(this.text.slice(h.cue.end, h.content.start)) && !/[,;:—–(«"]|\s(?:и|а|но|однако|или)\s/.test(this.text.slice(h.content.start, g.anchor))) continue;
        h.content = { start: h.content.start, end: this.trimBack(g.anchor, h.content.start) };
      }
      // ", и отказался отвечать" — a second predicate of the same subject is not part of the claim.
      for (let k = 0; k < toks.length - 2; k++) {
        const t = toks[k]!;
        if (t.start <= h.content.start || t.start >= h.content.end) continue;
        // (", но не озвучил его имя": the same with "но" and a negated predicate.)
        // (", после чего поблагодарил …": the speaker's next act, not part of what he said.)
        const then = toks[k + 1]!.lo === 'после' && toks[k + 2]?.lo === 'чего';
        const n = then ? k + 3 : toks[k + 2]?.lo === 'не' && /^(но|однако)$/.test(toks[k + 1]!.lo) ? k + 3 : k + 2;
        // (", но ошибся": past forms without -л; ", но мне кажется …": the writer's own view after a contrast.)
        const past = /(л|ла|ли|лся|лась|лись)$/.test(toks[n]?.lo ?? '') && toks[n]!.lo.length > 4 || /^(ошибся|ошиблась|ошиблись|ушел|ушла|ушли|пришел|пришла|пришли|смог|смогла|смогли)$/.test(toks[n]?.lo ?? '');
        const ownView = toks[k + 1]!.lo === 'но' && /^(мне|нам)$/.test(toks[k + 2]?.lo ?? '') && /^(кажется|думается|представляется)$/.test(toks[k + 3]?.lo ?? '');
        // ("X, который ранее заявлял, что …, вернулся": the main clause's verb after the relative clause ends the claim.)
        const relativeEnd = !!h.src && /^котор/i.test(this.text.slice(h.src.span.start, h.src.span.end)) && t.t === ',' && !!h.agr && toks[k + 1]!.word && !toks[k + 1]!.cap && agrees(toks[k + 1]!.lo, h.agr);
        // (", но подробностей не привел", ", однако деталей не раскрыла", ", но причину не назвал": a negated predicate of the
        // speaker's agreement with its object fronted; "…, но рабочие не пострадали" has a subject of its own.)
        let negated = false;
        if (t.t === ',' && h.agr && /^(но|однако)$/.test(toks[k + 1]!.lo)) {
          let g = k + 2;
          while (g < k + 4 && toks[g]?.word && !toks[g]!.cap && /\p{L}{3,}(ей|ов|ев|ых|их|ий|у|ю)$/u.test(toks[g]!.lo) && !nounForms().get(toks[g]!.lo)?.some((f) => f.nominative)) g++;
          negated = g > k + 2 && toks[g]?.lo === 'не' && agrees(toks[g + 1]?.lo ?? '', h.agr);
        }
        if (t.t === ',' && (/^(и|но)$/.test(toks[k + 1]!.lo) || toks[k + 1]!.lo === 'однако' && n === k + 3 || then) && past || negated || t.t === ',' && ownView || relativeEnd || t.t === ',' && this.otherSourcesContrast(toks, k + 1)) {
          h.content = { start: h.content.start, end: this.trimBack(t.start, h.content.start) };
          break;
        }
      }
    }
    // (The same contrast ends a frame's claim: "По словам X, …, тогда как оппоненты называют …".)
    // (And a label's: "эти сообщения назвали слухами, хотя, по неофициальным данным, …"; a pointer's claim before lies outside this sentence.)
    for (const h of hits) {
      if (h.forward || h.direct || !h.content) continue;
      for (let k = 0; k < toks.length - 2; k++) {
        const t = toks[k]!;
        if (t.t !== ',' || t.start <= h.content.start || t.start >= h.content.end) continue;
        if (this.otherSourcesContrast(toks, k + 1)) { h.content = { start: h.content.start, end: this.trimBack(t.start, h.content.start) }; break; }
      }
    }
    for (const h of hits) {
      if (!h.pendingCite) continue;
      const reporter = hits.find((g) => g !== h && g.src && !g.pendingCite && g.cue.start > h.cue.start);
      // (A relaying outlet — "которого цитирует РИА Новости" — is what the speaker is reported through.)
      if (reporter && h.relay) { h.sameAs = reporter; reporter.via ??= h; } else if (reporter) { h.sameAs = reporter; h.via = reporter; }
    }
    for (const h of hits) {
      const same = h.sameAs;
      if (same && same.content) { h.content = same.content; h.direct = same.direct; }
    }
  }

  /**
   * "Анна Петрова вспоминает тот день так:" ¶ "«…»", "Вот что рассказал нам X:" ¶ "— …": a sentence that ends
   * in a colon introduces the quote or the dialogue line that opens the next one; that is the claim.
   */
  private colonIntroduces(toks: Token[], si: number, hits: Hit[]): void {
    const last = toks[toks.length - 1];
    if (last?.t !== ':' || !hits.length) return;
    const next = this.toks.get(si + 1);
    const first = next?.[0];
    if (!next || !first) return;
    let content: Span | null = null;
    if (/^[«"„“]$/.test(first.t)) {
      const q = this.quoteByOpen.get(first.start);
      if (q && q.close !== null) content = q.content;
    } else if (isDash(first) && next.length > 2) {
      let b = next.length;
      while (b > 1 && !next[b - 1]!.word && /^[.!?…]$/.test(next[b - 1]!.t)) b--;
      if (b > 1) content = { start: next[1]!.start, end: next[b - 1]!.end };
    }
    if (!content) return;
    for (const h of hits) {
      if (!h.src || !h.content || h.direct || h.pointer || h.content.end > last.start || h.cue.start > last.start) continue;
      h.content = content;
      h.direct = true;
      h.forward = false;
    }
  }

  /**
   * A subject that is a thing, not a speaker: a document no one owns ("документ"), or one capitalized word
   * opening the sentence that is no known name, not shaped like a company or a place, and never written
   * with a capital inside a sentence elsewhere in the text ("Закон", "Ситуация").
   */
  private thingNotSpeaker(toks: Token[], a: number, b: number, src: SourceInfo): boolean {
    if (src.grade === 'document') return !src.entity || src.entity.grade === 'document';
    if (src.grade !== 'organization' || b - a !== 1) return false;
    const w = toks[a]!;
    if (a > 0 && toks[a - 1]!.word || !/^\p{Lu}\p{Ll}{2,}$/u.test(w.t) || nounAt(w) || mediaAt(toks, a) || looksLikeOrg(w.lo)) return false;
    // (Every word written with a capital after a lower-case letter or a comma, collected in one pass over the text when first needed.)
    this.capitalizedInside ??= new Set([...this.text.matchAll(/[\p{Ll},]\s+(\p{Lu}\p{Ll}{2,})(?!\p{L})/gu)].map((m) => m[1]!));
    return !this.capitalizedInside.has(w.t);
  }
  private capitalizedInside: Set<string> | undefined;

  /**
   * ", однако аналитики настроены скептически", ", хотя эксперты с этим не согласны", ", тогда как оппоненты …":
   * a contrast whose clause has other sources as its subject is the writer's, not part of the claim before it.
   */
  private otherSourcesContrast(toks: Token[], k: number): boolean {
    let j = k;
    // ", однако в МЧС эту информацию опровергли", ", но в мэрии это отрицают": a place that speaks, and its verb.
    if (/^(однако|но|хотя)$/.test(toks[j]?.lo ?? '') && /^(в|во)$/.test(toks[j + 1]?.lo ?? '') && toks[j + 2]?.word) {
      for (let v = j + 3; v < toks.length && v <= j + 7 && toks[v]!.word; v++) {
        const e = verbForms().get(toks[v]!.lo);
        if (e && e.agr === 'pl' && e.tense !== 'infinitive' && e.sem !== 'light') return true;
      }
    }
    // ("назвали слухами, хотя, по неофициальным данным, агент …": a contrast that opens a frame of other sources.)
    if (/^(однако|но|хотя)$/.test(toks[j]?.lo ?? '') && toks[j + 1]?.t === ',' && toks[j + 2]?.lo === 'по') {
      const f = toks[j + 3]?.lo === 'данным' || /^(словам|информации|сведениям|мнению|оценкам|версии|сообщениям|слухам)$/.test(toks[j + 3]?.lo ?? '') ||
        UNATTRIBUTED_DATA_ADJ.test(toks[j + 3]?.lo ?? '') && /^(данным|информации|сведениям|оценкам|сообщениям)$/.test(toks[j + 4]?.lo ?? '');
      if (f) return true;
    }
    // (", хотя и отметила работу оператора": a concession with no subject is the speaker's own next predicate, not the claim's.)
    if (toks[j]?.lo === 'хотя' && toks[j + 1]?.lo === 'и' && toks[j + 2]?.word && !toks[j + 2]!.cap && /^(past|present)$/.test(verbForms().get(toks[j + 2]!.lo)?.tense ?? '')) return true;
    if (/^(однако|хотя)$/.test(toks[j]?.lo ?? '')) j++;
    else if (toks[j]?.lo === 'тогда' && toks[j + 1]?.lo === 'как') j += 2;
    else if (this.seq(toks, j, ['в', 'то', 'время', 'как'])) j += 4;
    else return false;
    while (toks[j]?.word && !toks[j]!.cap && ADJECTIVE.test(toks[j]!.lo) && !nounAt(toks[j])) j++;
    const forms = nounAt(toks[j]);
    return !!forms && forms.some((f) => f.nominative && f.plural && (f.cat === 'group' || f.cat === 'anon' || f.cat === 'anon-bare'));
  }

  /** Moves an end back over spaces, commas, dashes and joining words ("и", "а также", "но"). */
  private trimBack(pos: number, min: number): number {
    const text = this.text;
    let e = pos;
    for (;;) {
      const before = e;
      while (e > min && TRIM_CHARS.has(text[e - 1]!)) e--;
      let w = e;
      while (w > min && LETTER_RE.test(text[w - 1]!)) w--;
      if (w < e && JOINERS.has(text.slice(w, e).toLowerCase()) && (w === min || !LETTER_RE.test(text[w - 1]!))) e = w;
      // ("…, в то время как родственники утверждают": a joining phrase of several words goes too.)
      // (", при этом, по словам врача, …", ", в то же время": a linking phrase before another source.)
      else if (w < e && /^(как|чего|этом|время|тем)$/i.test(text.slice(w, e))) {
        const m = JOINING_PHRASE.exec(text.slice(Math.max(min, e - 20), e));
        if (m) e -= m[0].length;
      }
      if (e === before || e <= min) break;
    }
    return Math.max(min, e);
  }

  // ------------------------------------------------------------- finish

  /**
   * "МИД Беларуси" and "МИД Белоруссии", "Кыргызстана" and "Киргизии": one country under its two names in one article is
   * one speaker, named as the article names the country first.
   */
  private oneSpelling(speaker: string | null): string | null {
    if (!speaker) return speaker;
    for (const pair of COUNTRY_SPELLINGS) {
      this.firstSpelling ??= new Map();
      let first = this.firstSpelling.get(pair);
      if (first === undefined) {
        const at = pair.map((forms) => Math.min(...Object.values(forms).map((w) => { const m = new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, 'u').exec(this.text); return m ? m.index : Infinity; })));
        first = at[0] === Infinity || at[1] === Infinity ? -1 : at[0]! < at[1]! ? 0 : 1;
        this.firstSpelling.set(pair, first);
      }
      if (first < 0) continue;
      const [keep, other] = [pair[first]!, pair[1 - first]!];
      for (const c of Object.keys(other) as (keyof typeof other)[]) speaker = speaker.replace(new RegExp(`(?<![\\p{L}-])${other[c]}(?![\\p{L}-])`, 'u'), keep[c]);
    }
    return speaker;
  }
  private firstSpelling: Map<(typeof COUNTRY_SPELLINGS)[number], number> | undefined;

  /**
   * "Минсельхоз Кыргызстана" after "В министерстве сельского хозяйства говорят": a ministry's short name is its full name when
   * the article wrote that first.
   */
  /** A speaker's name as the summary gives it: one spelling of a country, a ministry's full name (once per name and text). */
  /**
   * "Астана и Ашхабад по-разному объясняют задержание рыбаков": what is explained, with no explanation — no instrumental
   * ("задержку нехваткой топлива"), no что-clause, colon or quote after the verb — is no claim.
   */
  private explainedOnly(h: Hit): boolean {
    if (h.direct || !h.content || h.content.start < h.cue.end || !/^объясн/i.test(this.text.slice(h.cue.start, h.cue.end))) return false;
    const between = this.text.slice(h.cue.end, h.content.start);
    if (/[,:«"„]/.test(between)) return false;
    return !EXPLANATION.test(this.text.slice(h.content.start, h.content.end));
  }

  private speakerName(speaker: string | null): string | null {
    if (!speaker) return speaker;
    let done = this.speakerNames.get(speaker);
    if (done === undefined) {
      done = this.fullMinistry(this.oneSpelling(speaker)!);
      // ("в Нацполиции", "Нацполиция Украины": the short name the press gives Ukraine's national police, spelt out.)
      if (SHORT_NATIONAL_POLICE.test(done)) done = 'Национальная полиция Украины';
      this.speakerNames.set(speaker, done);
    }
    return done;
  }
  /** Speakers already looked at (a text names few, often). */
  private readonly speakerNames = new Map<string, string>();

  private fullMinistry(speaker: string): string {
    const m = /(?<![\p{L}-])Мин(сельхоз|фин|здрав|юст|труд|энерго|транс|строй|спорт|культуры|обороны|просвещения|цифры)\p{Ll}*(?![\p{L}-])/u.exec(speaker);
    if (!m) return speaker;
    const field = MINISTRY_FIELDS[m[1]!]!;
    const full = new RegExp(`(?<![\\p{L}-])[Мм]инистерств\\p{Ll}* ${field}(?![\\p{L}-])`, 'u').exec(this.text);
    const short = new RegExp(`(?<![\\p{L}-])Мин${m[1]}\\p{Ll}*(?![\\p{L}-])`, 'u').exec(this.text);
    if (!full || short && short.index < full.index) return speaker;
    return speaker.slice(0, m.index) + `Министерство ${field}` + speaker.slice(m.index + m[0].length);
  }

  private finish(): Candidate[] {
    // (A claim that is a lone demonstrative — "Это заметили жители" — says nothing anyone can read.)
    const hits = this.hits.filter((h) => h.content && h.content.end > h.content.start &&
      !(h.content.end - h.content.start <= 5 && /^(это|то|этого|того)$/i.test(this.text.slice(h.content.start, h.content.end))) &&
      !this.explainedOnly(h));
    // A hedge inside an explicit attribution's claim adds nothing.
    // Hits are in text order; a claim holding another cue is near it (a quote spans a few sentences at most).
    const WINDOW = 40;
    // (Index loops over the window: no slice per hit.)
    const kept = hits.filter((h, k) => {
      if (h.src || h.rumour || h.told) return true;
      for (let j = Math.max(0, k - WINDOW), e = Math.min(hits.length, k + WINDOW + 1); j < e; j++) {
        const g = hits[j]!;
        if (g.src && g.content &&
          (!g.pointer && g.content.start <= h.cue.start && h.cue.end <= g.content.end || g.sentence === h.sentence && g.content.start < h.content!.end && h.content!.start < g.content.end)) return false;
      }
      return true;
    });
    // ("По версии следствия, жертвами стали 120 пенсионеров, сообщили в прокуратуре": a frame's claim ends before the inverted
    // report that closes the sentence and holds the frame in its own claim.)
    kept.forEach((h, k) => {
      if (!h.content || h.direct) return;
      for (let j = k + 1, e = Math.min(kept.length, k + 4); j < e; j++) {
        const g = kept[j]!;
        if (g.sentence !== h.sentence || !g.src || !g.content || g.content.end > g.cue.start || g.content.start > h.cue.start ||
          g.cue.start <= h.content.start || g.cue.start >= h.content.end) continue;
        let end = g.cue.start;
        while (end > h.content.start && /[\s,—–-]/.test(this.text[end - 1]!)) end--;
        if (end > h.content.start && this.text[g.cue.start - 2] === ',') h.content = { start: h.content.start, end };
        break;
      }
    });
    // "— … Мой отец всегда говорил: …, — ответил Трофимов": "мой отец" inside a person's own words is that person's father.
    kept.forEach((h, k) => {
      const m = h.src && h.src.grade !== 'person' ? /^(мой|моя|мои|моего|моей|моих)\s+(\p{L}+)$/iu.exec(this.text.slice(h.src.span.start, h.src.span.end)) : null;
      const kin = m ? nounAt({ t: m[2]!, lo: normalize(m[2]!), start: 0, end: 0, word: true, cap: false })?.find((f) => KIN.has(f.lemma) && !f.plural) : undefined;
      if (!kin || !h.src) return;
      for (let j = Math.max(0, k - WINDOW), e = Math.min(kept.length, k + WINDOW + 1); j < e; j++) {
        const g = kept[j]!;
        if (g === h || !g.content || g.content.start > h.cue.start || h.cue.end > g.content.end || g.src?.grade !== 'person' || !g.src.entity?.surname) continue;
        const name = `${nominativeOf(kin.lemma, false)} ${personGenitive(g.src.entity.name, g.src.entity.gender)}`;
        h.src = { ...h.src, speaker: name, grade: 'person', plural: false, gender: kin.gender, entity: { name, grade: 'person', gender: kin.gender, plural: false, head: kin.lemma, roles: new Set() } };
        break;
      }
    });
    // ("«Она говорила нам: …», — процитировала она": a third-person pronoun inside a person's own quoted words is someone else,
    // the person of that gender named last before it but the speaker.)
    kept.forEach((h, k) => {
      const e = h.src?.entity;
      const pr = h.src && e && !e.plural ? /^(он|она)$/i.exec(this.text.slice(h.src.span.start, h.src.span.end))?.[1]!.toLowerCase() : undefined;
      if (!pr || !h.src) return;
      for (let j = Math.max(0, k - WINDOW), e2 = Math.min(kept.length, k + WINDOW + 1); j < e2; j++) {
        const g = kept[j]!;
        if (g === h || !g.direct || !g.content || g.content.start > h.cue.start || h.cue.end > g.content.end || g.src?.entity !== e) continue;
        const gender = pr === 'она' ? 'f' : 'm';
        // (Someone known to be of that gender first, then someone whose gender nothing told.)
        const other = this.ents.latest(h.src.span.start, (m) => m.entity.grade === 'person' && m.entity !== e && !m.entity.plural && m.entity.gender === gender) ??
          this.ents.latest(h.src.span.start, (m) => m.entity.grade === 'person' && m.entity !== e && !m.entity.plural && !m.entity.gender);
        if (other) h.src = { ...h.src, speaker: other.name, gender: other.gender, entity: other };
        break;
      }
    });
    // Reported through: the innermost other attribution whose claim contains this cue.
    kept.forEach((h, k) => {
      if (h.via || !h.src) return;
      let best: Hit | undefined;
      for (let j = Math.max(0, k - WINDOW), e = Math.min(kept.length, k + WINDOW + 1); j < e; j++) {
        const g = kept[j]!;
        // (Span arithmetic first: it rejects nearly every neighbour before the speaker strings are compared.)
        if (!g.content || g.content.start > h.cue.start || h.cue.end > g.content.end) continue;
        if (g === h || !g.src || g.pointer || g.src.speaker === h.src.speaker) continue;
        if (!(h.content!.start <= g.cue.start && g.cue.end <= h.content!.end)) {
          if (!best || g.content.end - g.content.start < best.content!.end - best.content!.start) best = g;
        }
      }
      if (best) h.via = best;
    });
    const index = new Map<Hit, number>();
    kept.forEach((h, k) => index.set(h, k));
    return kept.map((h) => {
      const c: Candidate = {
        grade: h.src ? h.src.grade : 'unattributed',
        source: h.src ? h.src.span : null,
        speaker: h.src ? this.speakerName(h.src.speaker) : null,
        cue: h.cue,
        content: h.content!,
        direct: h.direct,
        plural: h.src ? h.src.plural : false,
        anonymityReason: h.reason,
      };
      const via = h.via ? index.get(h.via) : undefined;
      if (via !== undefined && via !== index.get(h)) c.via = via;
      return c;
    });
  }
}

