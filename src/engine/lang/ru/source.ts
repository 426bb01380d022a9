// Source phrases: where one starts and ends around a cue, and what it is —
// its grade (person, organization, media, document, anonymous with or
// without a description, vague group), its canonical speaker, number and
// gender. Short mentions and pronouns are resolved through ./entities.ts.
import type { Grade, Span } from '../../types.js';
import type { Agreement } from './lexicon/paradigms.js';
import { CIRCLES, KIN, MINISTRY_FIELDS, nounForms, nominativeOf, QUANTIFIERS, type NounForm } from './lexicon/nouns.js';
import { ALIASES, COUNTRY_ADJECTIVES, PLACE_STEMS } from './lexicon/names.js';
import { PREPOSITIONS, PRONOUNS } from './lexicon/words.js';
import { adjectiveNominative, ADJECTIVE, countryGenitive, firstName, guessNounNominative, personGenitive, surnameCandidates } from './morph.js';
import { mediaAt } from './media.js';
import type { Entities, Entity, Mention } from './entities.js';
import { normalize, tokenize, type Token } from './tokens.js';
import { describedAhead, isPreposition as isPrep, sameAgain } from './clause.js';
import { matchAllNearHeads } from './near-heads.js';
import { placeNominative as placeNominativeOf } from './place-names.js';

export interface SourceInfo {
  span: Span;
  speaker: string | null;
  grade: Grade;
  plural: boolean;
  gender: 'm' | 'f' | 'n' | null;
  entity?: Entity;
  /** The head was not recognized: the grade is a guess. */
  guessed?: boolean;
  /** When a document's owner is an outlet ("в материале The Guardian"), the document words join the cue. */
  cueExtra?: Span;
}

export interface ClassifyOptions {
  /** The phrase is in an oblique case (after "по словам", "в", a document noun). */
  oblique: boolean;
  /** Agreement of the verb, for gender and number. */
  agr: Agreement;
  /** Position of the cue: resolution looks only before it. */
  pos: number;
  /** A document after "по данным" speaks for itself, not for the last organization. */
  ownDocument?: boolean;
}

/** Words for people by their suffix: соседка, кассирша, работница, продавщица, жилец, сменщик, наладчик, смотритель. */
const PERSON_SUFFIX = /\p{L}{2,}(?:[^и]ка|ша|иха|ница|щица|чица|ец|щик|чик|тель)$/u;
/** A word for a person the lexicon lacks, by its suffix ("курсантка", "кассирша"), and no body's name. */
export const personShaped = (lo: string) => PERSON_SUFFIX.test(lo) && !ORG_SUFFIX.test(lo);
/** The same words in an oblique case: соседки, кассирши, работницы, сменщика, смотрителя, жильца. */
const PERSON_OBLIQUE = /\p{L}{2,}(?:[^и]к(?:и|е|у|ой)|ш(?:и|е|у|ей)|их(?:и|е|у|ой)|[нщч]иц(?:ы|е|у|ей)|[^аеиоуыэюя]ц(?:а|у|ом|е)|[щч]ик(?:а|у|ом|е)|тел(?:я|ю|ем|е))$/u;
/** Suffixes of bodies and things among them: библиотека, поликлиника, больница, гостиница, столица, улица, приставка. */
const ORG_SUFFIX = /(?:тека|клиника|больница|гостиница|столица|улица|площадка|остановка|лавка|палатка|стоянка|гимназия)$/;
/** Slavic and Caucasian surname endings: a lone capitalized word with one is a person ("по словам Пескова"). */
const SLAVIC_SURNAME = /(ов|ев|ин|ын|ский|цкий|ская|цкая|ова|ева|ина|ына|енко|ко|ук|юк|ич|ян|дзе|швили|их|ых)$/;
/** Company and agency names by their shape: Рос-, Мин-, Гос-, -пром, -надзор, -банк, -нефть… */
const ORG_SHAPED = /^(рос|мин|гос|глав|мос|газ|нефт|авиа|энерго|агро|спец|транс|теле|радио)|(пром|надзор|банк|нефть|газ|строй|авиа|тех|энерго|стат|ком|флот|транс|холдинг|групп|центр|сервис|инвест|торг|сбыт|союз|дума|совет|суд|налог|служба|ия|ство)$/;
/** Is a one-word name shaped like a company, an agency or a place ("Роснефть", "Минфин", "Москва")? */
export function looksLikeOrg(lo: string): boolean {
  // (-ия and -ство alone say nothing here: "Ситуация", "Руководство" open sentences as common nouns.)
  return ORG_SHAPED.test(lo) && (!/(ия|ство)$/.test(lo) || /^(рос|мин|гос|глав|мос|газ|нефт|авиа|энерго|агро|спец|транс|теле|радио)/.test(lo)) || MINISTRY.test(lo) || PLACE_STEMS.test(lo);
}

/** Bare company words that point back to a company named earlier. */
// (Works too: "На предприятии признали" after "компании «X»" is X.)
const COMPANY_LEMMAS = new Set(['компания', 'холдинг', 'агрохолдинг', 'концерн', 'корпорация', 'госкорпорация', 'авиакомпания', 'сервис', 'платформа', 'маркетплейс',
  'предприятие', 'завод', 'фабрика', 'комбинат', 'перевозчик', 'авиаперевозчик', 'туроператор', 'застройщик']);
/** Company words that point back only to a company named with that same word ("в сервисе" → "сервис доставки «X»"). */
const OWN_KIND = new Set(['сервис', 'платформа', 'маркетплейс']);
/** Words for a company as a trader, a maker or a chain: "сеть пекарен «…»", "автопроизводитель …", "застройщик «…»". */
const TRADE_WORDS = '[Сс]ет(?:ь|и|ью)|(?:[Аа]вто)?[Пп]роизводител\\p{L}*|[Зз]астройщик\\p{L}*|[Дд]евелопер\\p{L}*|[Рр]итейлер\\p{L}*|[Пп]еревозчик\\p{L}*';
/** One-word company names by their endings: «Газпром», «Роснефть», «Северсталь», «Сбербанк», «Норникель». */
const QUOTED_COMPANY = /\p{L}{2}(пром|нефть|нефтегаз|газ|сталь|металл|банк|строй|энерго|холдинг|инвест|никель|уголь|золото|алмаз|авто|агро|транс|флот)$/u;
/** Company words before an unquoted Latin name. */
const COMPANY_WORDS = '[Кк]омпани[яиюейя]|[Хх]олдинг\\p{L}*|[Кк]онцерн\\p{L}*|[Кк]орпораци\\p{L}*|[Аа]виакомпани\\p{L}*|[Бб]анк(?:а|у|ом|е)?';
/**
 * A company word and the «Name» after it, perhaps past a few lower-case genitives ("сервиса доставки продуктов
 * «Корзинка рядом»"): the name after such a word stays in the nominative. Groups: the word, the words between, the name.
 */
const COMPANY_NAMED = new RegExp(`([Кк]омпани[яиюейя]\\p{L}*(?:-\\p{L}+)?|[Хх]олдинг\\p{L}*|[Аа]грохолдинг\\p{L}*|[Кк]онцерн\\p{L}*|[Кк]орпораци\\p{L}*|[Аа]виакомпани\\p{L}*|[Сс]ервис(?:а|у|ом|е|ы|ов)?|[Пп]латформ\\p{L}{0,3}|[Мм]аркетплейс\\p{L}{0,3}|[Пп]редприяти\\p{L}{1,3}|[Зз]авод(?:а|у|ом|е)?|[Фф]абрик\\p{L}{1,3}|[Кк]омбинат(?:а|у|ом|е)?|ООО|ОАО|ПАО|ЗАО|АО|ТОО|ОсОО|ЖШС|МЧЖ|ОДО|ЧУП|${TRADE_WORDS})((?:\\s+(?!\\p{Ll}+(?:л|ла|ли|ло|ет|ит|ют|ят|ут|ат)\\s)\\p{Ll}{2,}){0,3})\\s+«([^«»]{2,40})»`, 'gu');
/** "автопроизводитель Kanemori Motors", "компания Halyk Finance": a company word and a name in Latin letters, unquoted. */
const COMPANY_LATIN = new RegExp(`(?<![\\p{L}-])(${COMPANY_WORDS}|${TRADE_WORDS})\\s+([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*){0,3})`, 'gu');
/**
 * A body with its adjectives and its town's genitive: "Ленинский районный суд Самары", "городской думы Верхнелужска",
 * "администрации Красноозерского района". At least an adjective or a town, so a bare "суд" is no name of its own.
 */
export const BODY_NAMED = /(?<![\p{L}-])(?:(\p{L}{4,}(?:ий|ый|ой|ого|ом|ому|ым|ая|ую|ей))\s+)?(?:(\p{Ll}{4,}(?:ий|ый|ой|ого|ом|ому|ым|ая|ую|ей)(?:\s+\p{Ll}{4,}(?:ий|ый|ой|ого|ом|ому|ым|ая|ую|ей))?)\s+)?([Сс]уд|[Дд]ум|[Аа]дминистраци|[Мм]эри|[Пп]равительств|[Бб]анк)(а|е|у|ом|ы|и|ой|ю|ей|я|о)?(?![\p{L}-])(?:\s+(\p{Lu}\p{Ll}+(?:ского|цкого|ской|цкой)\s+(?:района|области|края)|\p{Lu}\p{Ll}+(?:ы|и|а|я)(?![\p{L}-])))?((?:\s+по\s+(?:\p{Ll}{4,}(?:ым|им)\s+)?\p{Ll}{3,}(?:ам|ям)(?![\p{L}-])|\s+(?:реконструкции\s+и\s+)?развития(?:\s+\p{Lu}\p{Ll}+(?:а|ы|и|я)(?![\p{L}-]))?)?(?:\s+\p{Lu}\p{Ll}+(?:ого|его|ой|ей)\s+(?:района|области|края|округа)(?![\p{L}-]))?(?:\s+города\s+\p{Lu}\p{Ll}+(?:ы|и|а|я)(?![\p{L}-]))?)/gu;
export const BODY_HEAD_WORDS = /[Сс]уд|[Дд]ум|[Аа]дминистраци|[Мм]эри|[Пп]равительств|[Бб]анк/g;
/**
 * A research body named by a capitalized adjective, and perhaps its field: "Томского центра нейрофизиологии",
 * "Уральского федерального университета". Groups: the adjectives, the head, the field in the genitive.
 */
export const INSTITUTE_NAMED = /(?<![\p{L}-])(\p{Lu}\p{Ll}{3,}(?:ий|ый|ой|ого|ом|ому|ым|ей))\s+(?:(\p{Ll}{4,}(?:ий|ый|ой|ого|ом|ому|ым|ей))\s+)?(центр|институт|университет)(?:а|е|у|ом)?(?![\p{L}-])(?:\s+(\p{Ll}{4,}(?:ии|ики)(?![\p{L}-])))?/gu;
export const INSTITUTE_HEAD_WORDS = /центр|институт|университет/g;
/** Bodies of a town or a district that a report may name by their level alone ("городская администрация"). */
const LOCAL_BODIES = new Set(['администрация', 'мэрия', 'акимат', 'хокимият', 'правительство']);
const TERRITORIES = /^(округа|района|области|края|поселения)$/;
/** A territory named by its capitalized adjective: "Верхнедольского округа", "Красноозерского района". */
const TERRITORY_NAMED = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:ого|его|ой|ей))\s+(округа|района|области|края|поселения)(?![\p{L}-])/gu;
/** A town after "в": "в Вологде", "во Владимире". */
const IN_TOWN = /(?<![\p{L}-])(?:[Вв]|[Вв]о)\s+(\p{Lu}\p{Ll}{2,}(?:е|и))(?![\p{L}-])/gu;
/** The genitive of a town's name: Вологда → Вологды, Тверь → (unknown), Кемерово → Кемерово. */
function townGenitive(town: string): string | null {
  if (/[гкхжчшщ]а$/.test(town)) return town.slice(0, -1) + 'и';
  if (/а$/.test(town)) return town.slice(0, -1) + 'ы';
  if (/я$/.test(town)) return town.slice(0, -1) + 'и';
  if (/[бвгдзклмнпрстфхцчшщж]$/.test(town)) return town + 'а';
  if (/[оеиу]$/.test(town)) return town;
  return null;
}
/** The staff of a body, whose study is the body's: "исследование сотрудников / ученых / специалистов X". */
const STAFF = /^(сотрудников|ученых|учёных|специалистов|исследователей)$/;
/** Who writes a firm's forecasts: its analysts speak for it ("аналитики «Финама»"). */
const FIRM_ANALYSTS = new Set(['аналитик', 'экономист', 'стратег',
  // A weather or earthquake service's forecasters speak for it: "синоптики РГП «Казгидромет»", "сейсмологи Института сейсмологии".
  'синоптик', 'метеоролог', 'гидролог', 'сейсмолог']);
/** Researchers of an institute, who speak for it: "специалисты Института …", "учёные МГУ". */
const RESEARCH_STAFF = new Set(['специалист', 'ученый', 'исследователь']);
/** An outlet's people, who report for it: "журналисты «Фонтанки»", "корреспонденты Reuters". */
const OUTLET_STAFF = new Set(['журналист', 'корреспондент', 'обозреватель', 'репортер']);
/** Bodies of power that "власти" may mean: a town's, a region's or a country's government. */
const POWER_BODIES = new Set(['мэрия', 'администрация', 'хокимият', 'акимат', 'правительство', 'кабмин', 'горисполком', 'райисполком', 'облисполком']);
/** Countries by their letters: "Власти США" are a government, not a town's. */
const COUNTRY_ACRONYM = /^(США|РФ|КНР|ФРГ|ОАЭ|ЮАР|КНДР)$/;
/** Researchers who stand for the body whose study was just reported. */
const RESEARCHERS = new Set(['ученый', 'исследователь']);
/** A body's compound short name and the words it stands for: "заксобрание" is "Законодательное собрание Заречной области". */
const SHORT_BODIES: Record<string, { adj: string; head: string; nominative: string; gender: 'm' | 'f' | 'n' }> = {
  заксобрание: { adj: '[Зз]аконодательн', head: 'собрани', nominative: 'собрание', gender: 'n' },
  гордума: { adj: '[Гг]ородск', head: 'дум', nominative: 'дума', gender: 'f' },
  облдума: { adj: '[Оо]бластн', head: 'дум', nominative: 'дума', gender: 'f' },
  горсовет: { adj: '[Гг]ородск', head: 'совет', nominative: 'совет', gender: 'm' },
  // ("В Нацбанке уверены" after "комментарии Национального банка Казахстана".)
  нацбанк: { adj: '[Нн]ациональн', head: 'банк', nominative: 'банк', gender: 'm' },
  центробанк: { adj: '[Цц]ентральн', head: 'банк', nominative: 'банк', gender: 'm' },
};
/** The full-name pattern of each short name, built once. */
const SHORT_FULL = new Map<(typeof SHORT_BODIES)[string], RegExp>();
/** Each body's head in the nominative, and its gender. */
const BODY_HEADS: Record<string, [string, 'm' | 'f' | 'n']> = { суд: ['суд', 'm'], дум: ['дума', 'f'], администраци: ['администрация', 'f'], мэри: ['мэрия', 'f'], правительств: ['правительство', 'n'], банк: ['банк', 'm'] };
function countBelowAt(list: { at: number }[], pos: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.at < pos) lo = mid + 1; else hi = mid; }
  return lo;
}
/** The initials of a name, words of two letters or fewer passed over unless capitalized: "департамент по чрезвычайным ситуациям" → ДЧС. */
export const initials = (name: string) => name.split(/[\s-]+/).filter((w) => w.length > 2 || /^\p{Lu}/u.test(w)).map((w) => w[0]!.toUpperCase()).join('');
/** A plant named by a town's adjective: "Ольховского шинного завода", "Кировский завод", "Ясногорской фабрики". */
export const PLANT_NAMED = /(?<![\p{L}-])(\p{Lu}\p{Ll}{2,}(?:ий|ый|ой|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ей|ую))(\s+\p{Ll}{3,}(?:ий|ый|ой|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ей|ую))?\s+(завод|комбинат|фабрик)(\p{L}*)/gu;
export const PLANT_HEAD_WORDS = /завод|комбинат|фабрик/g;
/** The nominative of a PLANT_NAMED match: "Ольховский шинный завод". */
function plantName(m: RegExpMatchArray): string {
  const female = m[3] === 'фабрик';
  const adj = (w: string) => adjectiveNominative(w, female ? 'f' : 'm', false);
  return [adj(m[1]!), m[2] ? adj(m[2].trim()) : '', female ? 'фабрика' : m[3]!].filter(Boolean).join(' ');
}
/** A capitalized word that may be a ministry's short name ("Минздрава", "Минобороны"). */
const SHORT_MINISTRY = /(?<![\p{L}-])(Мин\p{Ll}{3,})(?![\p{L}-])/gu;
/** Ministries by their short names (Минэнерго, Минфина): never a person's name ("Минченко", "Минкин" are). */
const MINISTRY = /^мин(энерго|фин|транс|здрав|юст|обороны|промторг|сельхоз|цифры|труд|природы|культуры|строй|спорт|эконом|обрнауки|просвещения|восток|иностр|соц|связи|образования|обр|регион|нац|туризм|энерг)/;
const PLATFORMS = /^(Twitter|Твиттере?|Facebook|Фейсбуке?|Telegram|Телеграме?|Instagram|Инстаграме?|ВКонтакте|X|Threads|YouTube|Ютубе?)$/;
/** Who "обвинение" and "следствие" stand for in a court or crime report. */
// ("По версии полиции", "В полиции опровергли": the police office that spoke before, "ГУ МВД по Новгородской области".)
const PROSECUTION: Record<string, RegExp> = { обвинение: /прокурат/i, следствие: /следств|СК|Следственн/, полиция: /МВД|УВД/ };
/** An office named with its genitive tail: "прокуратура Тюменской области", "управлении СК по Москве". */
// (Capitalized too, opening a sentence: "Следственное управление СК по Пермскому краю возбудило дело"; the territory after "по" is in the dative.)
const OFFICE_NAMED = /([Пп]рокуратур\p{L}*|[Сс]ледственн\p{L}* (?:управлени|отдел|комитет)\p{L}*)(?:\s+(?:\p{Lu}[\p{L}-]*|\p{Ll}+(?:ой|ого|ых|их|ому|ему)|по|области|края|краю|района|району|республики|республике|округа|округу|города|городу)){0,4}/gu;

/** A team in quotes, in the genitive after a word for its people or its club: "тренер «Кедра»", "руководство «Северного ветра»". */
const TEAM_NAMED = /(?<![\p{L}-])(?:[Хх]оккеист|[Фф]утболист|[Бб]аскетболист|[Вв]олейболист|[Ии]грок|[Тт]ренер|[Нн]аставник|[Кк]апитан|[Фф]орвард|[Нн]апада[юі]щ|[Зз]ащитник|[Пп]олузащитник|[Вв]ратар|[Гг]олкипер|[Бб]олельщик|[Фф]анат|[Рр]уководств|[Пп]резидент|[Дд]иректор|[Лл]егионер|[Вв]оспитанник|[Кк]луб|[Кк]оманд|[Сс]остав)\p{L}*(?:\s+\p{Ll}{3,}(?:ого|его|ой|ей))?\s+«(\p{Lu}[^«»]{1,30}?)»/gu;

/** A central bank: "Банк России", "ЦБ", "Центробанк", "Национальный банк Казахстана", "ФРС", "ЕЦБ". Groups: Банк России; an
 * acronym; a short name; the initial of a full name and the country after it. */
const CENTRAL_BANK = /(?<![\p{L}-])(?:(Банк(?:а|у|ом|е)? России)|(ЦБ|ФРС|ЕЦБ)|(Центробанк|Нацбанк)\p{L}*(?: (\p{Lu}\p{Ll}+(?:ии|ана|ы|а|и)))?|(Ц|Н)(?:ентральн|ациональн)\p{L}* банк\p{L}*(?: (Республики \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:ой|ской) Республики|\p{Lu}\p{Ll}+(?:ии|ана|ии|а|и)))?)(?![\p{L}-])/gu;
/** A state body: a ministry or a watchdog by its short name, an acronym, a ministry or a federal service in full. */
const AGENCY_NAMED = /(?<![\p{L}-])(?:(Мин(?:фин|здрав|транс|юст|труд|энерго|промторг|сельхоз|цифры|строй|спорт|эконом|обрнауки|просвещения|культуры|природы|обороны|экономразвития)\p{Ll}*|Рос(?:потребнадзор|стат|реестр|комнадзор|гвардия|авиация|транснадзор|здравнадзор|технадзор|природнадзор|обрнадзор|космос|атом|архив)\p{Ll}*)|(ФАС|ФНС|ФСБ|МВД|МЧС|МИД|ФСИН|ФТС|ФССП|ФМБА|ЦИК|СБУ|НАБУ|ГБР|ГНС|ГТС|ГКНБ|КНБ|АФМ|АЗРК|АРРФР|КГД|СГБ|КГБ|(?:[А-ЯЁ]{2,6}(?= (?:не )?\p{Ll}{3,}(?:ло|ла|ли|л)(?:сь|ся)?(?![\p{L}-]))))|([Мм]инистерств\p{Ll}* \p{Ll}+(?: (?!\p{Ll}+(?:л|ла|ло|ли|ет|ит|ют|ят|ется|ится)(?![\p{L}-]))\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:ии|ы|а|и))?|[Фф]едеральн\p{Ll}+ \p{Ll}+ служб\p{Ll}*))(?![\p{L}-])/gu;
/**
 * A state agency named by its field: "Агентства по защите и развитию конкуренции (АЗРК)", "Агентство Республики Казахстан
 * по делам государственной службы" (a news agency is never named so). The field's words stop before a verb.
 */
const STATE_AGENCY_NAMED = /(?<![\p{L}-])(?:(\p{Lu}\p{Ll}+(?:ое|ого|ому|ым|ом)) [Аа]|А)гентств(?:о|а|у|ом|е)((?: \p{Lu}\p{Ll}+){0,3} по(?: (?:и|с|со|в) \p{Ll}+| (?!\p{Ll}+(?:л|ла|ло|ли|ет|ит|ют|ят|ется|ится|лось|лись)(?![\p{L}-]))\p{Ll}{2,}){1,7})(?: \((\p{Lu}[\p{Lu}\d-]{1,9})\))?(?![\p{L}-])|(?<![\p{L}-])(А\p{Lu}{2,5})(?= (?:не )?\p{Ll}{3,}(?:ло|ли)(?:сь)?(?![\p{L}-]))/gu;
/** The accused, by the stage of the case: "Подсудимый заявил", "Осужденный намерен обжаловать". */
const DEFENDANTS = new Set(['подсудимый', 'осужденный', 'обвиняемый']);
/** The court's and the parties' people, never the accused. */
const COURT_PEOPLE = new Set(['судья', 'прокурор', 'гособвинитель', 'адвокат', 'защитник', 'следователь', 'истец', 'ответчик', 'юрист', 'потерпевший']);
/** A team named in the nominative after its town's adjective: "Минское «Динамо»", "алматинский «Кайрат»". */
const TEAM_OF_TOWN = /(?<![\p{L}-])\p{L}{3,}(?:ск|цк)(?:ий|ое|ая)\s+«(\p{Lu}[^«»]{1,30}?)»/gu;
/** A town's own body, whose press office speaks for it. */
const TOWN_BODIES = new Set(['мэрия', 'акимат']);
/** A town's body or its head before the town's name in the genitive: "Мэрия Бишкека", "мэрии Оша", "акимат Алматы", "Мэр Бишкека". */
const TOWN_BODY_NAMED = /(?<![\p{L}-])([Мм]эри[яиюей]|[Мм]эр(?:а|у|ом|е)?|[Аа]кимат(?:а|у|ом|е)?|[Аа]ким(?:а|у|ом|е)?)\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;
/** A deputy's title: "вице-министр", "замминистра", "замглавы". */
const DEPUTY = /^(?:вице-|зам)(?!еститель)/;
/** The office a title names, without a deputy's prefix, to its first five letters: "вице-министр", "замминистра" → "минис". */
const officeOf = (lemma: string) => lemma.replace(DEPUTY, '').slice(0, 5);
/** One title a deputy's and the other his chief's, of the same office ("министр" and "вице-министр"). */
const chiefAndDeputy = (a: string, b: string) => DEPUTY.test(a) !== DEPUTY.test(b) && officeOf(a) === officeOf(b);
/** The same office at the same rank ("вице-министр" and "замминистра"). */
const sameOffice = (a: string, b: string) => DEPUTY.test(a) === DEPUTY.test(b) && officeOf(a) === officeOf(b);
/** Ministries known by an acronym ("МЧС Кыргызстана сообщает … По данным министерства"). */
const MINISTRY_ACRONYM = /^(?:МЧС|МИД|МВД)(?![\p{L}])/u;
/** Acronyms of countries and of bodies above states, which a ministry word never refers back to. */
/**
 * "Прокуратура Алтайского края начала проверку", "Следственный комитет возбудил дело", "Приволжская транспортная прокуратура
 * начала проверку": a law-enforcement body that opens its sentence as the subject of a past verb, with its adjectives and genitive words — the body a later "в ведомстве" means when it acted last.
 */
const BODY_SUBJECT = /(?<=^|[.!?…]\s+)((?:\p{Lu}\p{Ll}+(?:ая|ое|ый|ий)\s+(?:\p{Ll}+(?:ая|ое|ый|ий)\s+)?(?=прокуратура|полиция))?(?:(?:Ген)?[Пп]рокуратура|[Пп]олиция|Следственный комитет|Следственное управление|Росгвардия|Генштаб))((?:\s+(?!(?:не\s+)?\p{Ll}{3,}(?:л|ла|ло|ли)(?:сь|ся)?(?![\p{L}-]))[\p{L}-]+){0,5}?)(?=\s+(?:не\s+)?\p{Ll}{3,}(?:ла|ло|ли|л)(?:сь|ся)?(?![\p{L}-]))/gu;
const NOT_AGENCY = new Set(['США', 'РФ', 'КНР', 'ФРГ', 'ОАЭ', 'ЮАР', 'КНДР', 'СССР', 'ЕС', 'ООН', 'НАТО', 'ОДКБ', 'ЕАЭС', 'СНГ', 'ШОС', 'ОБСЕ', 'МАГАТЭ',
  'ВОЗ', 'МВФ', 'ВТО', 'ОПЕК', 'БРИКС', 'ПАСЕ', 'ЕСПЧ', 'МОК', 'ВСУ', 'ВС', 'ВКС', 'СМИ']);
/** A security service by its acronym or full name ("СБУ", "Службы безопасности Украины", "ГКНБ", "ЦРУ"). */
const SECURITY_NAMED = /(?<![\p{L}-])(?:(СБУ|ФСБ|ГКНБ|КНБ|ДКНБ|СГБ|КГБ|СВР|ФСО|ГУР|ЦРУ|ФБР|АНБ|БНД|МИ-[56]|Моссад)\p{Ll}*|(Служб\p{Ll}* безопасности Украины|Служб\p{Ll}* внешней разведки|Федеральн\p{Ll}* служб\p{Ll}* безопасности))(?![\p{L}-])/gu;
/** Scoring a goal: "забросил шайбу", "забил гол", "отличился", "оформил дубль". */
const SCORED = /(?<![\p{L}-])(?:забил|забила|забросил|забросила|отличился|отличилась|оформил|оформила)(?![\p{L}-])/gu;
/** A region: "Тверской области", "Пермского края", "в Карелии" (republics named in "-ия"). */
const REGION_NAMED = /(?<![\p{L}-])(?:(\p{Lu}\p{Ll}+(?:ск|цк|н)(?:ой|ая))\s+област(?:и|ью|ь)|(\p{Lu}\p{Ll}+(?:ск|цк|н)(?:ого|ом|ий|ому))\s+кра(?:я|ю|е|й)|(?:[Вв]|[Вв]о|[Пп]о)\s+((?:Карел|Бурят|Якут|Чуваш|Мордов|Калмык|Хакас|Ингушет|Башкир|Удмурт|Адыге|Тыв|Коми|Осет|Дагестан)\p{Ll}*и))(?![\p{L}-])/u;

/** Oblique counting words and the nominative that governs a genitive plural the same way. */
/** A bare relative and the words for the relative of the other side before a genitive name ("жена капитана Серика Ветрова" → his "муж"). */
const RECIPROCAL_KIN: Record<string, RegExp> = {
  муж: /(?<![\p{L}-])(?:жена|супруга|вдова)(?:\s+\p{Ll}+)?\s+$/iu,
  супруг: /(?<![\p{L}-])(?:жена|супруга|вдова)(?:\s+\p{Ll}+)?\s+$/iu,
  жена: /(?<![\p{L}-])(?:муж|супруг|вдовец)(?:\s+\p{Ll}+)?\s+$/iu,
  супруга: /(?<![\p{L}-])(?:муж|супруг|вдовец)(?:\s+\p{Ll}+)?\s+$/iu,
  отец: /(?<![\p{L}-])(?:дочь|сын)(?:\s+\p{Ll}+)?\s+$/iu,
  мать: /(?<![\p{L}-])(?:дочь|сын)(?:\s+\p{Ll}+)?\s+$/iu,
};
/** A town in -ск/-цк after "в", "во", "под" or "около" ("в Красноозерске", "под Ишимском", "около Медвежьегорска"): its stem in group 1. */
const SK_TOWN = /(?<![\p{L}-])(?:[Вв]о?|[Пп]од|[Оо]коло)\s+(\p{Lu}\p{Ll}+(?:ск|цк))(?:е|ом|а)(?![\p{L}-])/u;
const OBLIQUE_COUNT: Record<string, string> = { нескольких: 'несколько', двух: 'двое', трех: 'трое', четырех: 'четверо', большинства: 'большинство', ряда: 'ряд' };
/** Oblique quantifiers that agree with their noun: "по мнению многих экспертов" → многие эксперты. */
const OBLIQUE_AGREEING: Record<string, string> = { многих: 'многие', некоторых: 'некоторые', других: 'другие', отдельных: 'отдельные' };

/** State bodies named by a country adjective ("российское посольство" is the embassy of Russia). */
const STATE_BODIES = new Set(['посольство', 'генконсульство', 'консульство', 'МИД', 'министерство', 'правительство', 'ведомство', 'минобороны', 'парламент', 'армия', 'полиция', 'милиция', 'разведка', 'спецслужба', 'кабмин']);

/** Roles that act for a person named after them in the genitive: "адвокат Олега Котова", "пресс-секретарь певицы Анны Лис". */
const AGENTS_OF = new Set(['адвокат', 'защитник', 'юрист', 'представитель', 'пресс-секретарь', 'пресс-агент', 'помощник', 'помощница', 'советник', 'агент', 'менеджер', 'продюсер']);

/** Possessive pronouns before a noun ("его адвокат", "её матери", "их источники"). */
const POSSESSIVE = /^(его|ее|их)$/;

/** "один", "одного", "одной", …: with "из" it picks one member of a group. */
/** "называющая себя", "именующие себя": the participle before a group's own label. */
const SELF_NAMING = /^(?:называющ|именующ)(?:ий|ая|ее|ие|его|ей|их|ую|ими?|ем)$/;
/** "(имя изменено)", "(имя и фамилия изменены по его просьбе)", "(фамилия изменена)": a bracket saying the name is made up. */
/** "Группировка, называющая себя «Nistru Leaks», …": the name a group of unknown people gives itself (one scan per text). */
const SELF_NAMED = /,\s*(?:называющ|именующ)\p{L}*\s+себя\s+([^,.;:!?\n]{2,60}),/gu;
/** Bare words for the unknown people behind an attack: "хакеры", "по словам хакеров", "злоумышленники". */
const ATTACKERS = /^(?:хакер|злоумышленник|киберпреступник|вымогател)\p{L}{0,3}$/u;
const CHANGED_NAME = /^\s*(?:имя|имена|фамилия|фамилии|имя и фамилия|имена и фамилии)\s+(?:героин\p{L}*\s+|героя\s+|собеседни\p{L}*\s+)?изменен[аоы]?(?![\p{L}])/u;
const ONE = /^(один|одна|одно|одного|одной|одному|одним|одну|одною)$/;
const ANON_GRADES = new Set<Grade>(['anonymous-bare', 'anonymous-described', 'vague-group']);

/**
 * A demonstrative standing for a person as a subject ("Тот заявил", "Та добавила", "Последний сообщил"): unlike
 * "он", it means the person mentioned last, even in an oblique case, not the previous sentence's subject.
 */
const DEMONSTRATIVE_SUBJECTS: Record<string, 'm' | 'f'> = { тот: 'm', та: 'f', последний: 'm', последняя: 'f' };
/** The same pointing back in the genitive, after a frame: "по словам того", "по мнению последней". */
const DEMONSTRATIVE_OBLIQUE: Record<string, 'm' | 'f'> = { того: 'm', той: 'f', последнего: 'm', последней: 'f' };

/** A noun for a body, an outlet or a document ("ведомство", "издание", "заявление"), not for a person. */
export function isBodyNoun(t: Token | undefined): boolean {
  return !!nounAt(t)?.some((f) => f.cat === 'org' || f.cat === 'media' || f.cat === 'document');
}

export function nounAt(t: Token | undefined): NounForm[] | undefined {
  if (!t || !t.word) return undefined;
  const direct = nounForms().get(t.lo);
  if (direct) return direct;
  // "компании-дистрибьютора", "агентства-партнера": a compound takes the case and kind of its first noun.
  const dash = t.lo.indexOf('-');
  if (dash > 2) return nounForms().get(t.lo.slice(0, dash));
  // ("замдиректора", "замакима", "замаким": a deputy of a title holds a title himself; the word reads as any case.)
  if (t.lo.length >= 6 && t.lo.startsWith('зам')) {
    const tail = nounForms().get(t.lo.slice(3));
    if (tail?.some((f) => f.cat === 'role' && !f.plural)) {
      const nominative = tail.some((f) => f.cat === 'role' && !f.plural && (f.nominative || /[ая]$/.test(t.lo)));
      return [{ lemma: t.lo, cat: 'role', gender: 'm', plural: false, nominative }, { lemma: t.lo, cat: 'role', gender: 'm', plural: false, nominative: false }];
    }
  }
  // "энергокомпании", "нефтекомпания", "телекомпании": a body's noun after a prefix of its trade is that body's noun.
  const prefix = t.lo.length >= 8 ? COMPOUND_PREFIX.exec(t.lo) : null;
  return prefix ? nounForms().get(t.lo.slice(prefix[0].length))?.filter((f) => f.cat === 'org' || f.cat === 'media') : undefined;
}
const COMPOUND_PREFIX = /^(?:энерго|нефте|газо|фарм|медиа|агро|транс|телеком|строй|турфирм|тур)(?=\p{L}{5})/u;

function agrGender(agr: Agreement): 'm' | 'f' | 'n' | null {
  return agr === 'm' || agr === 'f' || agr === 'n' ? agr : null;
}

/** A participle or adjective that opens a description after a comma: "человека, близкого к руководству". */
const DESCRIBING = /^(?:близк|знаком|осведомленн|информированн|связанн|работающ|пожелавш|попросивш|имеющ|причастн|\p{L}{3,}(?:вший|вшая|вшего|вшей|вшему|ющий|ющего|ящий|ящего|ащий|ащего|ущий|ущего|нный|нного|нной))/u;

/** Titles of one trade: a player and a coach are different people, two words for a player may be one. ("защитник" is a defender or a defence lawyer: in no trade.) */
const ROLE_FIELDS: Set<string>[] = [
  new Set(['футболист', 'нападающий', 'полузащитник', 'форвард', 'вратарь', 'голкипер', 'хоккеист', 'капитан', 'теннисист', 'теннисистка', 'спортсмен', 'спортсменка']),
  new Set(['тренер', 'наставник']),
  // (A grandmaster is a chess player: "Гроссмейстер X … Шахматист заявил".)
  new Set(['шахматист', 'шахматистка', 'гроссмейстер']),
  new Set(['адвокат', 'юрист']),
  new Set(['судья']),
  new Set(['прокурор', 'гособвинитель']),
  new Set(['подсудимый', 'осужденный', 'обвиняемый']),
  // ("Эксперт Олег Рябов прокомментировал … По мнению аналитика, …": one trade of commentators.)
  new Set(['эксперт', 'аналитик', 'экономист', 'политолог', 'социолог']),
  // ("Депутат Госдумы Ярослав Нилов внес законопроект. Парламентарий уверен …": one trade of lawmakers.)
  new Set(['депутат', 'парламентарий', 'сенатор']),
];

/** Does this title belong to a trade one of the person's titles belongs to ("прокурор", "гособвинитель")? */
function sameField(lemma: string, roles: Set<string>): boolean {
  const mine = ROLE_FIELDS.find((f) => f.has(lemma));
  return !!mine && [...roles].some((r) => mine.has(r));
}

/** Does this title belong to a trade other than every title the person was given? */
function differentField(lemma: string, roles: Set<string>): boolean {
  const mine = ROLE_FIELDS.find((f) => f.has(lemma));
  if (!mine || !roles.size || [...roles].some((r) => mine.has(r))) return false;
  return [...roles].some((r) => ROLE_FIELDS.some((f) => f !== mine && f.has(r)));
}

/** The offices a generic title with this genitive names: "глава региона" is the governor, "глава города" the mayor. */
const OFFICE_EQUIVALENTS: [RegExp, Set<string>][] = [
  [/^(региона|области|края|субъекта|республики|округа)$/, new Set(['губернатор', 'глава', 'аким', 'руководитель', 'президент'])],
  [/^(города|района|муниципалитета|администрации)$/, new Set(['мэр', 'глава', 'руководитель'])],
  [/^(ведомства|министерства|минфина|минздрава|мид|минобороны)$/, new Set(['министр', 'руководитель', 'глава'])],
  [/^(компании|холдинга|банка|корпорации|госкорпорации|концерна)$/, new Set(['гендиректор', 'директор', 'президент', 'председатель', 'глава', 'руководитель', 'основатель', 'владелец'])],
  [/^(государства|страны)$/, new Set(['президент', 'лидер', 'глава'])],
  [/^(правительства|кабмина|кабинета)$/, new Set(['премьер', 'премьер-министр', 'глава'])],
];

/** Titles that re-describe any office holder ("глава региона" for the governor, "лидер страны" for the president). */
/** Words for a woman or a man that point back to the one person of that gender just named. */
const PERSON_WORDS: Record<string, 'm' | 'f'> = { женщина: 'f', девушка: 'f', пенсионерка: 'f', мужчина: 'm', пенсионер: 'm',
  // ("Нападающий Луис Энрике забил два гола. «…», — признался бразилец": the one man just named.)
  бразилец: 'm', аргентинец: 'm', француз: 'm', немец: 'm', испанец: 'm', итальянец: 'm', американец: 'm', британец: 'm', португалец: 'm',
  голландец: 'm', канадец: 'm', японец: 'm', украинец: 'm', белорус: 'm', серб: 'm', хорват: 'm', уроженец: 'm', уроженка: 'f', россиянка: 'f' };

/** Suspects and detainees, never the last speaker unless the article called him so. */
const SUSPECTS = new Set(['подозреваемый', 'подозреваемая', 'задержанный', 'задержанная']);

/** Unnamed people at work, never the last speaker unless given that job. */
const WORKERS = new Set(['мастер', 'бригадир', 'охранник', 'продавец', 'кассир']);

/** Offices one person holds at a time: "губернатор" is not whoever spoke last unless he was given that title. */
const OFFICES = new Set(['губернатор', 'мэр', 'министр', 'президент', 'премьер', 'премьер-министр', 'канцлер', 'посол', 'аким', 'генсек', 'госсекретарь', 'генпрокурор']);
/** A country's other forms in a title, lower case: acronyms ("глава МИД КНР", "канцлер ФРГ") and genitives of their own ("Египта"). */
const COUNTRY_TITLE_FORMS: Record<string, string[]> = { Китай: ['кнр'], Германия: ['фрг'], США: ['сша'], Россия: ['рф'], КНДР: ['кндр'], Великобритания: ['британ'],
  Египет: ['египта'], Израиль: ['израиля'], Вьетнам: ['вьетнама'] };
const GENERIC_TITLES = new Set(['глава', 'руководитель', 'лидер', 'председатель', 'политик', 'начальник', 'спикер']);

export class Sources {
  constructor(readonly ents: Entities, readonly text: string) {}

  private selfNamedCache?: { pos: number; name: string }[];
  /** The groups of this text known by the name they give themselves, in text order. */
  private selfNamed(): { pos: number; name: string }[] {
    if (!this.selfNamedCache) {
      this.selfNamedCache = [];
      for (const m of this.text.matchAll(SELF_NAMED)) {
        const name = clean(m[1]!.trim());
        if (/^[\p{Lu}\d]/u.test(name)) this.selfNamedCache.push({ pos: m.index!, name });
      }
    }
    return this.selfNamedCache;
  }

  private span(toks: Token[], a: number, b: number): Span {
    return { start: toks[a]!.start, end: toks[b - 1]!.end };
  }

  private phrase(toks: Token[], a: number, b: number): string {
    return this.text.slice(toks[a]!.start, toks[b - 1]!.end).replace(/\s+/g, ' ');
  }

  /** Classifies the source phrase toks[a, b). Null when it is not a plausible source. */
  classify(toks: Token[], a: number, b: number, o: ClassifyOptions): SourceInfo | null {
    while (a < b && !toks[a]!.word && !/[«"„“(]/.test(toks[a]!.t)) a++;
    while (b > a && !toks[b - 1]!.word && !/[»"“”)]/.test(toks[b - 1]!.t)) b--;
    // An opening quote mark whose quote does not close inside the phrase is not part of it.
    if (b > a && /^[«"„“]$/.test(toks[a]!.t) && !toks.slice(a + 1, b).some((t) => /^[»"“”]$/.test(t.t))) a++;
    if (b <= a) return null;
    const first = toks[a]!;
    const span = this.span(toks, a, b);

    // ("Группировка, называющая себя Black Stork, заявила": a group known by the name it gives itself is that name.)
    // (Only a subject: after a frame, "по словам хакеров, называющих себя X, …", the content would start inside the label.)
    if (!o.oblique && toks[b]?.t === ',' && SELF_NAMING.test(toks[b + 1]?.lo ?? '') && toks[b + 2]?.lo === 'себя') {
      let e = b + 3;
      while (e < toks.length && e < b + 10 && toks[e]!.t !== ',' && !/^[.!?;:]$/.test(toks[e]!.t)) e++;
      const name = e > b + 3 && toks[e]?.t === ',' ? clean(this.phrase(toks, b + 3, e)) : '';
      if (/^[\p{Lu}\d]/u.test(name)) return this.org({ start: span.start, end: toks[e - 1]!.end }, name, false, null, agrGender(o.agr));
    }
    // ("Группа компаний «Русагро»", "группа «Ленинград»": a group with a name is that named body; "инициативная группа жильцов",
    // with none, is an unnamed group of people.)
    for (let k = a; k < b - 1; k++) {
      if (!toks[k]!.lo.startsWith('групп')) continue;
      if (toks.slice(k + 1, b).some((t) => /^[«"„“]$/.test(t.t) || t.cap && t.word)) return this.org(span, this.phrase(toks, a, b), false, null, 'f');
      break;
    }
    // ("Группировка, называющая себя «Nistru Leaks», объявила … Хакеры утверждают": bare "хакеры", "злоумышленники" are the
    // group that named itself before — or, in a headline, the one the body names below.)
    if (b - a === 1 && ATTACKERS.test(first.lo) && this.selfNamed().length) {
      const groups = this.selfNamed();
      const g = groups.findLast((x) => x.pos < o.pos) ?? (this.inHeadline(o.pos) ? groups[0] : undefined);
      if (g) return this.org(span, g.name, /(ы|и|ов|ей|ам|ям|ами|ями|ах|ях)$/.test(first.lo), null, null);
    }
    // ("Студентка Мария Лебедева (имя изменено)": the name in print is not the person's; the source is not identified.)
    if (toks[b - 1]!.t === ')' && b - a >= 5) {
      let open = b - 2;
      while (open > a && toks[open]!.t !== '(' && b - open < 12) open--;
      if (open > a && toks[open]!.t === '(' && CHANGED_NAME.test(this.text.slice(toks[open + 1]!.start, toks[b - 1]!.start))) {
        const inner = this.classify(toks, a, open, o);
        if (inner && (inner.grade === 'person' || inner.grade === 'anonymous-described')) {
          const name = this.phrase(toks, a, open);
          return { span, speaker: name, grade: 'anonymous-described', plural: inner.plural, gender: inner.gender, entity: { name, grade: 'anonymous-described', gender: inner.gender, plural: inner.plural, roles: new Set() } };
        }
      }
    }

    // Pronouns.
    const pr = b - a === 1 ? PRONOUNS[first.lo] : undefined;
    if (pr) {
      const gender = pr.gender ?? (pr.plural ? null : agrGender(o.agr));
      // ("Худрук театра уволен; он называет решение местью": a headline's "он" with nothing before it is the first person of
      // that gender the body names.)
      const e = this.pronounEntity(pr, gender, o.pos) ?? (!pr.plural && gender && gender !== 'n' && this.inHeadline(o.pos)
        ? this.ents.firstNamedAfter(this.text.indexOf('\n\n'), 1500, (m) => m.entity.grade === 'person' && !!m.entity.surname && m.entity.gender === gender)?.entity : undefined);
      if (e) return { span, speaker: e.name, grade: e.grade, plural: e.plural, gender: e.gender, entity: e };
      return { span, speaker: null, grade: pr.plural ? 'vague-group' : 'person', plural: pr.plural, gender };
    }
    // ("Тот же источник добавил", "по словам того же собеседника": the one of that kind who spoke last, or as the noun alone.)
    if (b - a >= 3 && sameAgain(toks, a)) {
      const inner = this.classify(toks, a + 2, b, o);
      if (!inner) return null;
      const head = nounAt(toks[a + 2])?.[0]?.lemma;
      const same = head ? this.ents.latest(o.pos, (m) => m.speaker && m.entity.head === head && !m.entity.plural === !inner.plural) : undefined;
      return same ? { span, speaker: same.name, grade: same.grade, plural: same.plural, gender: same.gender, entity: same } : { ...inner, span };
    }
    // ("по словам того, кто видел": a relative clause after it says who; that is no pointer back.)
    const dem = b - a === 1 ? (!o.oblique ? DEMONSTRATIVE_SUBJECTS[first.lo] : !(toks[b]?.t === ',' && /^(кто|что|котор)/.test(toks[b + 1]?.lo ?? '')) ? DEMONSTRATIVE_OBLIQUE[first.lo] : undefined) : undefined;
    if (dem) {
      // (Resolved where it stands: "Тот, вспоминает Григорий Тимофеевич, говорил" is not the man in the aside.)
      const e = this.ents.latest(Math.min(o.pos, first.start), (m) => m.entity.grade === 'person' && !m.entity.plural && (!m.entity.gender || m.entity.gender === dem));
      if (e) return { span, speaker: e.name, grade: e.grade, plural: false, gender: e.gender, entity: e };
      return null;
    }
    // ("Мои сотрудники говорят", "наши партнеры уверены": one's own unnamed people, as the noun alone says.)
    if (b - a >= 2 && /^(мои|моих|наши|наших)$/.test(first.lo) && toks[a + 1]!.word && !toks[a + 1]!.cap) {
      const own = this.classify(toks, a + 1, b, o);
      if (own && /anonymous|vague/.test(own.grade)) {
        const speaker = this.text.slice(span.start, span.end).toLowerCase();
        return { ...own, span, speaker, grade: 'anonymous-described', entity: own.entity ? { ...own.entity, name: speaker, grade: 'anonymous-described' } : undefined };
      }
    }
    // "его адвокат", "по словам её матери", "их источники": the possessive names the owner, the noun the source.
    if (b - a >= 2 && POSSESSIVE.test(first.lo) && toks[a + 1]!.word) {
      const owned = this.possessed(toks, a, b, o);
      if (owned) return owned;
    }

    // Coordinated names: "Путина и Си Цзиньпина" → "Путин и Си Цзиньпин" (one source, plural).
    const and = toks.findIndex((t, k) => k > a && k < b - 1 && t.lo === 'и');
    // ("Депутаты Иван Петров и Ольга Сидорова": a plural title before the names is theirs.)
    // ("Эксперты Высшей школы экономики Анна Белова и Игорь Лис": the title's own genitive before the first name.)
    let firstAt = -1;
    if (b - a > 3 && and > a) for (let k = a + 1; k < and && k <= a + 6; k++) if (toks[k]!.cap && firstName(toks[k]!.t)) { firstAt = k; break; }
    const pluralTitle = !!nounAt(toks[a])?.some((f) => f.plural && f.nominative && /^(role|anon|group)$/.test(f.cat));
    // (Only when the names after it are not titled themselves: "главы Минфина X и главы ЦБ Y" is two titled people.)
    const ca = firstAt > a && pluralTitle && (firstAt === a + 1 || !!toks[and + 1]?.cap) ? firstAt : a;
    // ("главы Минфина Антона Силуанова и главы ЦБ Эльвиры Набиуллиной": two titled names.)
    // ("Министр Олег Петров и депутат Анна Лис": a word for an unnamed person is a title before a first name.)
    const titled = (k: number) => !!nounAt(toks[k])?.some((f) => f.cat === 'role' || (f.cat === 'anon' || f.cat === 'group') && !!toks[k + 1]?.cap && !!firstName(toks[k + 1]!.t));
    if (and > ca && (toks[ca]!.cap && toks[and + 1]!.cap || titled(ca) && titled(and + 1)) && !toks.slice(a, b).some((t) => /^[«"„(),]$/.test(t.t))) {
      // (Each one alone agrees in the singular: "Министр Олег Петров" before a plural verb is still one man.)
      const one = o.agr === 'pl' ? { ...o, agr: null } : o;
      const left = this.classify(toks, ca, and, one);
      const right = this.classify(toks, and + 1, b, one);
      if (left?.speaker && right?.speaker && /person|organization|media/.test(left.grade) && /person|organization|media/.test(right.grade)) {
        return { span, speaker: `${left.speaker} и ${right.speaker}`, grade: left.grade, plural: true, gender: null };
      }
    }

    // "7% опрошенных", "40% респондентов": a share of a group is that group, unnamed.
    if (/^\d/.test(first.t) && toks[a + 1]?.t === '%' && b - a >= 3 && nounAt(toks[b - 1])?.some((f) => f.plural && /group|anon/.test(f.cat))) {
      const name = this.phrase(toks, a, b);
      return { span, speaker: name, grade: 'vague-group', plural: true, gender: null, entity: { name, grade: 'vague-group', gender: null, plural: true, roles: new Set() } };
    }
    // "один из преподавателей", "одной из дольщиц": one unnamed member of a group, in the nominative.
    if (ONE.test(first.lo) && toks[a + 1]?.lo === 'из' && b - a >= 3) {
      const named = this.personIn(toks, a + 2, b, o, false);
      if (named) return { span, speaker: named.name, grade: 'person', plural: false, gender: named.gender, entity: named };
      const fem = /^одн(а|ой|у|ою)$/.test(first.lo);
      const name = `${fem ? 'одна' : 'один'} из ${this.phrase(toks, a + 2, b)}`;
      const gender = fem ? 'f' : 'm';
      return { span, speaker: name, grade: 'anonymous-described', plural: false, gender, entity: { name, grade: 'anonymous-described', gender, plural: false, roles: new Set() } };
    }

    // "регионального ГУ МЧС", "в региональном управлении СК": a federal body's office in the region the article is about
    // ("ГУ МЧС по Тверской области").
    if (/^(регионал|областн|краев)\p{L}+$/u.test(first.lo) && b - a >= 2 && b - a <= 4 && toks.slice(a + 1, b).some((t) => /^\p{Lu}{2,}$/u.test(t.t))) {
      const rest = this.classify(toks, a + 1, b, o);
      const region = rest?.speaker && rest.grade === 'organization' && !/\sпо\s/.test(rest.speaker) ? this.articleRegion() : null;
      if (region) return this.org(span, `${rest!.speaker} по ${region}`, false, null, rest!.gender);
    }
    // ("областного министерства транспорта", "Краевой минЖКХ": a region's own ministry, named with the region the article is about.)
    const regional = this.regionalMinistry(toks, a, b);
    if (regional) return this.org(span, regional, false, 'министерство', 'n');
    // "Автор победного гола признался" after "Победную шайбу забросил защитник Илья Сафонов": the scorer named before.
    if (/^автор(?:а|у|ом|е)?$/.test(first.lo) && b - a <= 4 && toks.slice(a + 1, b).some((t) => /^(гол|мяч|шайб|дубл|хет-трик)/.test(t.lo))) {
      const scorer = this.scorerBefore(o.pos);
      if (scorer) return { span, speaker: scorer.name, grade: 'person', plural: false, gender: scorer.gender, entity: scorer };
    }
    // ("Авторы работы, однако, уверены" after "К такому выводу пришли специалисты Института …": the authors of the study just
    // reported are the body whose study it is.)
    if (/^автор(?:ы|ов|ам|ами|ах)$/.test(first.lo) && b === a + 2 && /^(работы|исследования|статьи|доклада|открытия)$/.test(toks[a + 1]!.lo)) {
      const study = this.studies.findLast((x) => x.pos < o.pos && o.pos - x.pos < 3000);
      if (study) {
        const e: Entity = { name: study.name, grade: 'organization', gender: null, plural: true, roles: new Set() };
        return { span, speaker: study.name, grade: 'organization', plural: true, gender: null, entity: e };
      }
    }
    // "Один таксист сказал": one unnamed person, whatever word the lexicon lacks for him.
    if (/^(один|одна)$/.test(first.lo) && b - a >= 2 && b - a <= 3 && toks.slice(a + 1, b).every((t) => t.word && !t.cap) && !nounAt(toks[b - 1])) {
      const phrase = this.phrase(toks, a, b);
      const name = phrase[0]!.toLowerCase() + phrase.slice(1);
      const gender = first.lo === 'одна' ? 'f' : 'm';
      return { span, speaker: name, grade: 'anonymous-described', plural: false, gender, entity: { name, grade: 'anonymous-described', gender, plural: false, roles: new Set() } };
    }
    // Find the head: skip quantifiers, adjectives and participles before it.
    let h = a;
    while (h < b - 1 && toks[h]!.word && (QUANTIFIERS.has(toks[h]!.lo) ||
      ADJECTIVE.test(toks[h]!.lo) && !nounAt(toks[h]) && (!toks[h]!.cap || !!nounAt(toks[h + 1]) || ADJECTIVE.test(toks[h + 1]!.lo) && !toks[h + 1]!.cap ||
        // ("Бывшая курсантка": a capitalized adjective before a word for a person the lexicon lacks.)
        h + 2 === b && !toks[h + 1]!.cap && personShaped(toks[h + 1]!.lo) ||
        // ("Другие рецензенты пишут", "Иностранные наблюдатели считают": a plural adjective capitalized only as the sentence's
        // first word, before a lower-case plural noun and a plural verb.)
        h === a && (a === 0 || !toks[a - 1]!.word) && o.agr === 'pl' && /\p{L}{2}(ые|ие)$/u.test(toks[h]!.lo) && h + 2 === b && toks[h + 1]!.word &&
          !toks[h + 1]!.cap && /[иы]$/.test(toks[h + 1]!.lo)))) h++;
    // ("в военном ведомстве": an adjective that is also a noun for a person — "военный" — before a body's noun.)
    while (h < b - 1 && !toks[h]!.cap && ADJECTIVE.test(toks[h]!.lo) && !isBodyNoun(toks[h]) && isBodyNoun(toks[h + 1])) h++;
    // ("большинство опрошенных изданием экономистов": the participle's agent in the instrumental is not the head.)
    if (h > a && h + 1 < b && /(?:нн|т)(?:ый|ая|ое|ые|ых|ого|ой|ому|ым|ыми)$/.test(toks[h - 1]!.lo) && /(?:ом|ем|ой|ей|ами|ями)$/.test(toks[h]!.lo) &&
      nounAt(toks[h])?.every((f) => !f.nominative)) {
      let j = h + 1;
      while (j < b && (!toks[j]!.word || toks[j]!.cap || !nounAt(toks[j]))) j++;
      if (j < b) h = j;
    }
    // "полученном РИА Новости документе": a participle phrase before a document noun.
    // ("Национальный центр по защите персональных данных": a body's noun is the head, its по-phrase's "данных" no document.)
    if (h > a && !isBodyNoun(toks[h])) {
      // ("опубликованном на сайте МИД заявлении": a document noun after a preposition is the participle's; the head comes later.)
      let found = -1;
      for (let k = h; k < b; k++) {
        if (nounAt(toks[k])?.some((x) => x.cat === 'document') && (found < 0 || !isPrep(toks[k - 1]))) { found = k; if (!isPrep(toks[k - 1])) break; }
        if (!toks[k]!.word) break;
      }
      if (found >= 0) h = found;
    }
    // "знакомого с ситуацией чиновника", "близких к клубу кругах": the noun after the adjective's own phrase is the head.
    let adjEnd = a;
    while (adjEnd < b && toks[adjEnd]!.word && ADJECTIVE.test(toks[adjEnd]!.lo) && !nounAt(toks[adjEnd])) adjEnd++;
    if (adjEnd > a && isPrep(toks[adjEnd]) && describedAhead(toks, a, adjEnd, b)) {
      for (let j = adjEnd + 2; j < b; j++) if (nounAt(toks[j])?.some((f) => /^(role|anon|anon-bare|group)$/.test(f.cat))) { h = j; break; }
    }
    // ("управляющей компании «Уют»": "управляющая" is the company's adjective here, not a manager.)
    if (h + 1 < b && /^управляющ/.test(toks[h]!.lo) && nounAt(toks[h + 1])?.some((f) => f.lemma === 'компания')) h++;
    const head = toks[h]!;
    const forms = nounAt(head);
    const headMedia = head.cap ? mediaAt(toks, h) : null;
    // "Дилер одного из московских банков", "аналитик нескольких фондов": a word the lexicon lacks, of an unnamed member, is no name.
    if (!forms && !headMedia && h + 2 < b && /^(одного|одной|нескольких|некоторых|ряда|многих)$/.test(toks[h + 1]!.lo) && !firstName(head.t) && !this.ents.personBySurname(head.lo)) {
      const phrase = this.phrase(toks, a, b);
      const name = head.cap && h === a && (a === 0 || !toks[a - 1]!.word) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
      const gender = agrGender(o.agr);
      return { span, speaker: name, grade: 'anonymous-described', plural: false, gender, entity: { name, grade: 'anonymous-described', gender, plural: false, roles: new Set() } };
    }
    if (forms && !(headMedia && headMedia.end > h + 1)) return this.byHead(toks, a, h, b, pickForm(forms, o), o);

    // Outlet, person, or some other capitalized name («Интерфакса» is Интерфакс).
    const media = mediaAt(toks, h) ?? (/^[«"„“]$/.test(head.t) ? mediaAt(toks, h + 1) : null);
    if (media) return this.media(span, media.canonical);
    const person = this.personIn(toks, h, b, o);
    if (person) return { span, speaker: person.name, grade: 'person', plural: false, gender: person.gender, entity: person };
    if (/^[«"„“]$/.test(head.t) && h === a) {
      const name = clean(this.phrase(toks, a, b));
      // ("предлагал ей «решить вопрос с площадкой»": quoted words in lower case are someone's words, not a title.)
      if (/^\p{Ll}/u.test(name)) return null;
      // ("в заявлении «Корзинки рядом»" after "сервис «Корзинка рядом»": a company the article named, in its own case.)
      const company = this.companyNamed(name, o.pos);
      if (company) return this.org(span, company, false, null, null);
      // ("«Казатомпром» сообщил", "«Северсталь» сообщила": one quoted word shaped like an industrial company's name is no title.)
      if (b - a === 3 && !o.oblique && QUOTED_COMPANY.test(toks[a + 1]!.lo)) return this.org(span, name, false, null, null);
      // A name in quotation marks as a source ("пишут «Ведомости»") is an outlet's title.
      // ("стало известно «Спорт-Экспрессу»", "по данным «Спорт-Экспресса»": one masculine word in an oblique case, in the nominative.)
      const oneWord = o.oblique && b - a === 3 && /^[«"„“]$/.test(toks[a]!.t) && /^[»"“”]$/.test(toks[b - 1]!.t);
      // ("Как стало известно «Бережковской правде»", "По информации «Светской кухни»": an adjective and a noun, in the nominative.)
      return this.media(span, oneWord ? oneWordTitle(name) : o.oblique ? this.titleNominative(name) : name);
    }
    // "Соседка погибшего рассказала", "кассирша вспоминает": a word for a person the lexicon lacks, by its suffix, is an
    // unnamed person, not a body's name (capitalized only as the sentence's first word).
    // (A lone capitalized word may be a surname — "Кравец заявил" — and keeps that reading.)
    const adjectivesOnly = h > a && toks.slice(a, h).every((x) => x.word && ADJECTIVE.test(x.lo) && !nounAt(x));
    if ((h === a || adjectivesOnly && !head.cap) && o.agr !== 'pl' && (o.oblique ? PERSON_OBLIQUE : PERSON_SUFFIX).test(head.lo) && !ORG_SUFFIX.test(head.lo) &&
      (!head.cap || b - a > 1 && (a === 0 || !toks[a - 1]!.word) && /^\p{Lu}\p{Ll}+$/u.test(head.t)) &&
      !firstName(head.t) && !this.ents.personBySurname(head.lo) && !SLAVIC_SURNAME.test(head.lo)) {
      const phrase = o.oblique ? this.guessedNominative(toks, a, h, b) : this.phrase(toks, a, b);
      const name = phrase[0]!.toLowerCase() + phrase.slice(1);
      const grade: Grade = b - a === 1 ? 'anonymous-bare' : 'anonymous-described';
      const gender = agrGender(o.agr) ?? (/(ка|ша|иха|ница|щица|чица)$/.test(head.lo) ? 'f' : 'm');
      return { span, speaker: name, grade, plural: false, gender, entity: { name, grade, gender, plural: false, roles: new Set() } };
    }
    // "Дэвис подчеркнул", "Мэй заявила": a lone Cyrillic name before a gendered verb, not shaped like a company ("Роснефть", "Газпром").
    if (b - a === 1 && !o.oblique && (o.agr === 'm' || o.agr === 'f') && /^\p{Lu}[а-яё-]+$/u.test(head.t) && !ORG_SHAPED.test(head.lo)) {
      const e: Entity = this.ents.personBySurname(head.lo) ?? { name: head.t, grade: 'person', gender: o.agr, plural: false, surname: head.lo, roles: new Set() };
      if (!this.ents.personBySurname(head.lo)) this.ents.addPerson(e);
      return { span, speaker: e.name, grade: 'person', plural: false, gender: e.gender, entity: e };
    }
    // "Многие «гурманы» считают": a quoted common noun after a quantifier is a group, not a title.
    if (/^[«"„“]$/.test(head.t) && toks.slice(a, h).some((t) => QUANTIFIERS.has(t.lo))) {
      const name = this.phrase(toks, a, b);
      return { span, speaker: name, grade: 'vague-group', plural: true, gender: null, entity: { name, grade: 'vague-group', gender: null, plural: true, roles: new Set() } };
    }
    // "Дети мои очень просят": a plural common noun is capitalized only because it opens the sentence.
    if (head.cap && h === a && (a === 0 || !toks[a - 1]!.word) && o.agr === 'pl' && /^\p{Lu}\p{Ll}+[иы]$/u.test(head.t) && !toks[a + 1]?.cap &&
      // ("Авторы жалобы", "Члены семьи": a collective identified by what follows stays as it was.)
      !(a + 1 < b && nounAt(toks[a + 1]))) {
      const name = this.phrase(toks, a, b);
      return { span, speaker: name, grade: 'vague-group', plural: true, gender: null, guessed: true, entity: { name, grade: 'vague-group', gender: null, plural: true, roles: new Set() } };
    }
    if (head.cap || /^[«"„“]$/.test(head.t)) {
      let name = this.phrase(toks, a, b).replace(/^[«"„“]|[»"“”]$/g, '');
      // "по данным Росстата" → Росстат: a one-word name in the genitive.
      if (o.oblique && b - a === 1 && !/^\p{Lu}+$/u.test(head.t)) name = genitiveName(head.t);
      const plural = toks.slice(a, b).some((t) => t.lo === 'и' || t.t === ',') || o.agr === 'pl';
      return this.org(span, name, plural, null, null);
    }
    // A lower-case phrase with an unknown head: a group of people when plural ("фудблогеры",
    // "пользователи"), otherwise some body; `guessed` lets callers be stricter with it.
    // ("по словам пограничников", "со ссылкой на выпускников": in an oblique frame a head in the genitive plural of a noun for
    // people — -ников, -истов, -ентов, -ателей — is a group, whatever the lexicon lacks.)
    const plural = o.agr === 'pl' || o.oblique && h === b - 1 && /\p{L}{2}(?:ик|ист|ент|ант|атор|ер|лог|аст)ов$|\p{L}{2}тел[ей]й$/u.test(head.lo);
    const name = o.oblique ? this.guessedNominative(toks, a, h, b) : this.phrase(toks, a, b);
    if (plural) return { span, speaker: name, grade: 'vague-group', plural: true, gender: null, guessed: true, entity: { name, grade: 'vague-group', gender: null, plural: true, roles: new Set() } };
    return { ...this.org(span, name, false, null, null), guessed: true };
  }

  private pronounEntity(pr: { gender: 'm' | 'f' | 'n' | null; plural: boolean }, gender: 'm' | 'f' | 'n' | null, pos: number, personOnly = false): Entity | undefined {
    return this.ents.antecedent(pos, (m) =>
      m.entity.plural === pr.plural &&
      (!gender || !m.entity.gender || m.entity.gender === gender) &&
      (!personOnly || m.entity.grade === 'person') &&
      (pr.plural || m.entity.grade === 'person' || (m.speaker && ANON_GRADES.has(m.entity.grade)) ||
        m.speaker && !!gender && m.entity.gender === gender), (x, y) => !/[.!?…]\s/.test(this.text.slice(x, y)));
  }

  /**
   * A possessive before a person noun: "его адвокат" is the lawyer of the man the pronoun means ("адвокат Олега
   * Ветрова"), never that man himself; "её мать" his mother; "их источники" stay an unnamed group.
   */
  private possessed(toks: Token[], a: number, b: number, o: ClassifyOptions): SourceInfo | null {
    let h = a + 1;
    while (h < b - 1 && toks[h]!.word && !toks[h]!.cap && ADJECTIVE.test(toks[h]!.lo) && !nounAt(toks[h])) h++;
    const forms = nounAt(toks[h]);
    const f = forms ? pickForm(forms, o) : undefined;
    // ("Об этом сообщает его пресс-служба": a person's press office speaks for that person.)
    if (f?.lemma === 'пресс-служба' && h + 1 === b) {
      const pr = PRONOUNS[toks[a]!.lo]!;
      const owner = this.pronounEntity(pr, pr.gender, Math.min(o.pos, toks[a]!.start));
      if (owner?.grade === 'person' || owner?.grade === 'organization') return { span: this.span(toks, a, b), speaker: owner.name, grade: owner.grade, plural: false, gender: owner.gender, entity: owner };
    }
    if (!f || !(f.cat === 'role' || f.cat === 'anon' || f.cat === 'anon-bare' || f.cat === 'group')) return null;
    const span = this.span(toks, a, b);
    const pr = PRONOUNS[toks[a]!.lo]!;
    // (Resolved where the pronoun stands: the name after it is not its owner.)
    // ("Его мать" after "как передает корреспондент «Вестей»": only a person has a mother; an outlet that spoke is no owner.)
    const owner = this.pronounEntity(pr, pr.gender, Math.min(o.pos, toks[a]!.start), KIN.has(f.lemma));
    // A name in apposition makes the source that person: "его адвокат Иван Петров".
    const named = h + 1 < b ? this.personIn(toks, h + 1, b, o, false) : null;
    // (Even when the pronoun seemed to mean that same person: "Его руководитель Вячеслав Трофимов" after a headline naming him.)
    if (named && (named !== owner || this.nominativeName(toks, h + 1, b, named))) return { span, speaker: named.name, grade: 'person', plural: false, gender: named.gender, entity: named };
    const plural = f.plural || o.agr === 'pl';
    const gender = agrGender(o.agr) ?? f.gender;
    // ("Ее муж Андрей": a first name alone after the noun is no part of whose he is.)
    const bareName = h + 2 === b && !!toks[h + 1]!.cap && !!firstName(toks[h + 1]!.t);
    const noun = this.nominative(toks, a + 1, h, bareName ? h + 1 : b, f, plural);
    // ("Отряд «Лесной след», по словам его руководителя, …" after "Руководитель отряда … Елена Воротынцева": a body's head
    // is the person the article gave that title.)
    if (!plural && f.cat === 'role' && owner?.grade !== 'person' && h + 1 === b) {
      const g = agrGender(o.agr);
      const titled = this.ents.latest(o.pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && m.entity.roles.has(f.lemma) &&
        (!g || !m.entity.gender || m.entity.gender === g) && o.pos - m.pos < 3000);
      if (titled) return { span, speaker: titled.name, grade: 'person', plural: false, gender: titled.gender, entity: titled };
    }
    // ("Её агент опроверг слухи" as a headline over "Пресс-агент певицы Глеб Туманов …": a headline's possessed title is
    // the person the article below introduces with it, or with a compound ending in it.)
    if (!plural && (f.cat === 'role' || f.cat === 'anon') && !KIN.has(f.lemma) && this.inHeadline(o.pos)) {
      const below = this.ents.firstNamedAfter(o.pos, 2500, (m) => m.entity.grade === 'person' && !!m.entity.surname &&
        [...m.entity.roles].some((r) => r === f.lemma || r.endsWith('-' + f.lemma)));
      if (below) return { span, speaker: below.entity.name, grade: 'person', plural: false, gender: below.entity.gender, entity: below.entity };
    }
    // One lawyer, one mother: a person, named by whose she is. Anyone else ("его друзья", "их источники") is unnamed.
    if (!plural && (f.cat === 'role' || KIN.has(f.lemma)) && owner?.grade === 'person' && owner.name) {
      const name = `${noun} ${personGenitive(owner.name, owner.gender)}`;
      const e: Entity = { name, grade: 'person', gender, plural: false, head: f.lemma, roles: new Set([f.lemma]) };
      return { span, speaker: name, grade: 'person', plural: false, gender, entity: e };
    }
    const name = `${toks[a]!.t.toLowerCase()} ${noun}`;
    const grade: Grade = plural && f.cat === 'group' ? 'vague-group' : 'anonymous-described';
    const e: Entity = { name, grade, gender: plural ? null : gender, plural, head: f.lemma, roles: new Set() };
    return { span, speaker: name, grade, plural, gender: e.gender, entity: e };
  }

  /**
   * An outlet's title of an adjective and a noun in an oblique case, in the nominative: as the article named it before
   * («Светская кухня» for «Светской кухни»), else by its endings («Бережковской правде» → Бережковская правда,
   * «Новгородских ведомостей» → Новгородские ведомости). Anything else is left as written.
   */
  private titleNominative(name: string): string {
    const words = name.split(' ');
    // ("корреспондент «Спорт-Экспресса»", "корреспондент «Вестей»": one word, by its ending.)
    if (words.length === 1 && /^\p{Lu}/u.test(name)) return oneWordTitle(name);
    if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || !/^\p{Ll}+$/u.test(words[1]!)) return name;
    const adj = normalize(words[0]!);
    const plural = /(ых|их|ыми|ими)$/.test(adj);
    // ("«Газпром нефти»": a noun in -ом is no adjective; an adjective's -ом follows its suffix: "Новом", "Московском".)
    const gender: 'm' | 'f' | null = plural ? null : /(ой|ей|ую|юю)$/.test(adj) ? 'f' : /(ого|его|ому|ему|(?:н|в|к|ш|ж|щ|ч|т|л)ом|ем)$/.test(adj) ? 'm' : null;
    if (!plural && !gender) return name;
    for (const e of this.ents.byName.values()) if (e.grade === 'media' && e.name !== name && sameName(e.name, name)) return e.name;
    return `${adjectiveNominative(words[0]!, gender ?? 'm', plural)} ${guessNounNominative(words[1]!, gender ?? 'm', plural)}`;
  }

  /** An outlet named at pos in any role (not as a source): a later bare "издание" may mean it. */
  noteMedia(canonical: string, pos: number): void {
    canonical = this.definedName(canonical);
    let e = this.ents.byName.get(canonical);
    if (!e || e.grade !== 'media') {
      e = { name: canonical, grade: 'media', gender: null, plural: false, roles: new Set() };
      this.ents.byName.set(canonical, e);
    }
    this.ents.mention(e, pos, false);
  }

  private media(span: Span, canonical: string, gender: 'm' | 'f' | 'n' | null = null): SourceInfo {
    canonical = this.definedName(canonical);
    let e = this.ents.byName.get(canonical);
    if (!e || e.grade !== 'media') e = { name: canonical, grade: 'media', gender, plural: false, roles: new Set() };
    if (!e.gender && gender) e.gender = gender;
    return { span, speaker: canonical, grade: 'media', plural: false, gender: e.gender, entity: e };
  }

  private org(span: Span, name: string, plural: boolean, head: string | null, gender: 'm' | 'f' | 'n' | null, grade: Grade = 'organization'): SourceInfo {
    name = this.definedName(this.canonical(name));
    // ("сообщили в департаменте по чрезвычайным ситуациям области" … "уточнили в ДЧС": an acronym no bracket defines is the
    // body named before whose initials it begins, small words passed over.)
    if (grade === 'organization' && /^\p{Lu}{3,6}$/u.test(name)) {
      // (The first letter first: initials are spelt out only for a name that could give them.)
      const full = this.ents.latest(span.start, (m) => m.entity.grade === 'organization' && m.entity.name.length > 12 && m.entity.name[0]!.toUpperCase() === name[0] &&
        initials(m.entity.name).startsWith(name));
      if (full) return { span, speaker: full.name, grade, plural: full.plural, gender: full.gender, entity: full };
    }
    const found = this.ents.byName.get(name);
    const e = found ?? { name, grade, gender, plural, head: head ?? undefined, roles: new Set<string>() };
    return { span, speaker: e.name, grade, plural, gender, entity: e };
  }

  /** Bodies whose staff's study the article reported, with where: "ученые" shortly after are that body. */
  private readonly studies: { pos: number; name: string }[] = [];

  /** The body whose study the article reports first within reach after pos (for a headline's "учёные" before the text names it). */
  studyAfter(pos: number, reach: number): string | null {
    return this.studies.find((x) => x.pos > pos && x.pos - pos <= reach)?.name ?? null;
  }

  /**
   * An acronym the article defines in brackets after the full name — "Комитете государственных доходов (КГД) Казахстана",
   * "Федерации шахмат Украины (ФШУ)" — is that body wherever it stands: the speaker is the full name in the nominative with
   * the acronym after it ("Комитет государственных доходов Казахстана (КГД)"), so either spelling names it.
   */
  private definedName(name: string): string {
    if (!/^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(name)) return name;
    // (The bracketed acronyms of the text, found once.)
    this.bracketed ??= new Set(this.text.includes('(') ? [...this.text.matchAll(/\((\p{Lu}[\p{Lu}\d]{1,7})\)/gu)].map((m) => m[1]!) : []);
    if (!this.bracketed.has(name)) return name;
    this.defined ??= new Map();
    let full = this.defined.get(name);
    if (full === undefined) {
      full = this.acronymFullName(name) ?? name;
      this.defined.set(name, full);
    }
    return full;
  }
  private defined: Map<string, string> | undefined;
  private bracketed: Set<string> | undefined;

  /** The words before "(ACR)" whose initials spell it (function words passed over), in the nominative, with a country after the bracket. */
  private acronymFullName(acr: string): string | null {
    const at = this.text.indexOf(`(${acr})`);
    const before = this.text.slice(Math.max(0, at - 160), at);
    const words = [...before.matchAll(/[\p{L}-]+/gu)];
    const letters = acr.toLowerCase().split('');
    let li = letters.length - 1;
    let k = words.length - 1;
    for (; k >= 0 && li >= 0; k--) {
      const w = words[k]![0];
      if (/^(по|и|на|при|для|с|в|об)$/.test(w)) continue;
      if (w[0]!.toLowerCase() !== letters[li]) return null;
      li--;
    }
    if (li >= 0) return null;
    const start = Math.max(0, at - 160) + words[k + 1]!.index!;
    // (Nothing but spaces and words between: no sentence mark inside the name.)
    const phrase = this.text.slice(start, at).trim();
    if (/[.!?,;:«»"]/.test(phrase)) return null;
    const toks = tokenize(this.text, start, start + phrase.length);
    const named = toks.length ? this.classify(toks, 0, toks.length, { oblique: true, agr: null, pos: start }) : null;
    if (!named?.speaker || named.guessed || !/organization|media/.test(named.grade) || named.speaker === acr) return null;
    // (A reading that lost the name's first word — an outlet's noun before its own name — leaves the words as written.)
    // (Word by word: the same words, each in another case at most; a reading that lost or swapped a word leaves them as written.)
    const pw = phrase.split(/\s+/), sw = named.speaker.split(/\s+/);
    const full = pw.length === sw.length && pw.every((w, j) => normalize(w).slice(0, 4) === normalize(sw[j]!).slice(0, 4)) ? named.speaker : phrase;
    // ("(КГД) Казахстана": the body's country, in the genitive right after the bracket, is part of its name.)
    const tail = /^\s+(\p{Lu}\p{Ll}+(?:ии|ы|а|и|я))(?![\p{L}-])/u.exec(this.text.slice(at + acr.length + 2, at + acr.length + 40));
    const country = tail && (PLACE_STEMS.test(tail[1]!.toLowerCase()) || countryGenitives().has(normalize(tail[1]!))) ? ` ${tail[1]}` : '';
    return `${full}${country} (${acr})`;
  }

  /** One of a body's names (ЦБ, Центробанк, Банк России) as the article first called it. */
  private canonical(name: string): string {
    const group = ALIAS_OF.get(name.toLowerCase());
    if (!group) return name;
    let cached = this.aliasNames.get(group);
    if (cached === undefined) {
      // (The first name the text uses, a full one before any acronym: "ЦБ отозвал …" ¶ "Банк России …" is Банк России.)
      let best = Infinity;
      cached = name;
      for (const n of group) {
        const i = wordIndex(this.text, n);
        const at = i + (/\p{Ll}/u.test(n) ? 0 : this.text.length);
        if (i >= 0 && at < best) { best = at; cached = n; }
      }
      this.aliasNames.set(group, cached);
    }
    return cached;
  }
  private readonly aliasNames = new Map<readonly string[], string>();

  /** A person named in toks[a, b): first name + surname, initial + surname, or a registered surname. */
  personIn(toks: Token[], a: number, b: number, o: ClassifyOptions, surnameOnly = true): Entity | null {
    // "адвокат Олега Мартынова Вера Сомова": the name closing the phrase is the head's; one inside is its genitive.
    let inner: Entity | null = null;
    for (let k = a; k < b; k++) {
      const t = toks[k]!;
      if (!t.cap || !t.word) continue;
      const p = this.ents.personAt(toks, k, true);
      // ("Ольга К.": the initial's dot was trimmed off the phrase.)
      if (p && (p.end === b || p.end === b + 1 && toks[b]?.t === '.')) return p.entity;
      if (p && p.end < b) { inner ??= p.entity; k = p.end - 1; }
    }
    if (inner) return inner;
    // ("Депутат Жогорку Кенеша Дастан Бекешев": a name the article registered after a title closes the phrase, after other capitals.)
    // (Only in the nominative, where the title registered it.)
    if (b - a >= 3 && !o.oblique && toks[b - 1]!.cap && toks[b - 2]!.cap) {
      const full = this.ents.personByFullName(`${toks[b - 2]!.t} ${toks[b - 1]!.t}`);
      if (full && full.roles.size > 0) return full;
    }
    const run = this.nameRun(toks, a, b, !!o.oblique);
    if (run) return run;
    if (!surnameOnly) return null;
    // A lone surname: the last capitalized word, not an acronym or a place.
    const t = toks[b - 1]!;
    if (!t.cap || !t.word || /^\p{Lu}+$/u.test(t.t) && t.t.length > 1 || PLACE_STEMS.test(t.lo) || MINISTRY.test(t.lo) || nounAt(t) || mediaAt(toks, b - 1)) return null;
    // ("дипломат в Тель-Авиве": a capitalized word after a preposition is a place, not the title's surname.)
    if (b - 2 >= a && isPrep(toks[b - 2])) return null;
    const gender = agrGender(o.agr) === 'n' ? null : (agrGender(o.agr) as 'm' | 'f' | null);
    const known = this.ents.findSurname(t.t, gender, o.oblique);
    if (known) return known;
    // (The title may be the head just before the phrase: "Форвард «Зенита» Мателиус".)
    if (b - a > 1 && !nounAt(toks[a])?.some((f) => f.cat === 'role') && !nounAt(toks[a - 1])?.some((f) => f.cat === 'role')) return null;
    const name = surnameCandidates(t.t, gender, o.oblique)[0] ?? t.t;
    // After a title any surname ("госсекретарь Блинкен"), but not a genitive ("глава Евросовета");
    // alone only a Slavic-looking one ("по данным Росстата" is an organization). Never "Даунинг-стрит".
    const afterRole = b - a > 1;
    if (/-\p{Ll}/u.test(t.t)) return null;
    if (!SLAVIC_SURNAME.test(normalize(name)) && (!afterRole || /[аяыи]$/.test(t.lo))) return null;
    const g = gender ?? (/(ова|ева|ина|ская|цкая)$/.test(normalize(name)) ? 'f' : null);
    const e: Entity = { name, grade: 'person', gender: g, plural: false, surname: normalize(name), roles: new Set() };
    this.ents.addPerson(e);
    return e;
  }

  /** A first name alone closing toks(h, b) after the person noun at h, of that person's gender: the person by first name. */
  private givenName(toks: Token[], h: number, b: number, o: ClassifyOptions, f: NounForm): Entity | null {
    const last = toks[b - 1]!;
    if (!last.cap || !last.word || toks[b]?.cap && toks[b]!.word) return null;
    // (After "по словам" both stand in the genitive: "жительницы Анны" is Анна.)
    const fn = firstName(last.t);
    if (!fn || (o.oblique ? fn.isNominative && !/[бвгджзклмнпрстфхцчшщй]$/.test(normalize(fn.nominative)) : !fn.isNominative || normalize(last.t) !== normalize(fn.nominative))) return null;
    // (Between the noun and the name only its owner or place: "Бишкека", "из Караганды" — never another first name.)
    for (let k = h + 1; k < b - 1; k++) if (!toks[k]!.word || toks[k]!.cap && firstName(toks[k]!.t)) return null;
    const g = agrGender(o.agr);
    const want = g === 'm' || g === 'f' ? g : f.gender === 'f' ? 'f' : null;
    const gender = want ? (fn.gender === want ? want : fn.alt?.gender === want ? want : null) : fn.gender;
    if (!gender) return null;
    const e: Entity = { name: fn.isNominative ? last.t : fn.nominative, grade: 'person', gender, plural: false, roles: new Set([f.lemma]) };
    return e;
  }

  /** Is the person's first name in toks[a, b) in the nominative ("Сестра фермера Валентина Ильинична": her own name, not the owner's)? */
  private nominativeName(toks: Token[], a: number, b: number, e: Entity): boolean {
    for (let k = b - 1; k >= a; k--) {
      const fn = toks[k]!.cap ? firstName(toks[k]!.t) : undefined;
      if (!fn) continue;
      const reading = fn.gender === e.gender ? fn : fn.alt?.gender === e.gender ? fn.alt : undefined;
      return !!reading?.isNominative && e.name.startsWith(reading.nominative + ' ');
    }
    return false;
  }

  /** "Хирокадзу Мацуно", "Мао Нин": two or three capitalized words closing the phrase, none a place, title or acronym. */
  private nameRun(toks: Token[], a: number, b: number, oblique = false): Entity | null {
    const plain = (j: number) => {
      const t = toks[j]!;
      // ("Бахром Азимов": a first name the lexicons lack that ends like an adjective, before a surname, is still a name.)
      const beforeSurname = j + 1 < b && !!toks[j + 1]!.cap && SLAVIC_SURNAME.test(toks[j + 1]!.lo) && !ADJECTIVE.test(toks[j + 1]!.lo);
      return t.cap && t.word && /[а-яё]/i.test(t.t) && !(/^\p{Lu}+$/u.test(t.t) && t.t.length > 1) && !PLACE_STEMS.test(t.lo) && !MINISTRY.test(t.lo) && !nounAt(t) && !mediaAt(toks, j) && !(ADJECTIVE.test(t.lo) && t.t.length > 5 && !beforeSurname);
    };
    let k = b;
    while (k > a && plain(k - 1)) k--;
    // Three words only when the first is a known first name ("Ким Чен Ын"); else the last two ("Перу Дина Болуарте" → Дина Болуарте).
    if (b - k === 3 && !firstName(toks[k]!.t)) k++;
    // ("депутата Жогорку Кенеша Таалайбека Осмонова": a title's capitalized owner before a name with a Slavic-shaped surname;
    // the name is the last two words.)
    if (b - k > 3 && SLAVIC_SURNAME.test(toks[b - 1]!.lo) && !ADJECTIVE.test(toks[b - 2]!.lo)) k = b - 2;
    // ("Нурланбек Тургунбек уулу", "Айгуль Бакыт кызы": a Turkic patronymic closes the name with "son of" / "daughter of";
    // after a title's capitalized owner the name is the two words before it.)
    const patronymic = /^(уулу|кызы|улы|оглы|гызы)$/.test(toks[b]?.lo ?? '') ? toks[b]!.t : null;
    if (patronymic && b - k > 2) k = b - 2;
    if (b - k < 2 || b - k > 3) return null;
    // ("Жительница Бишкека Анна", "Пенсионерка из Караганды Галина": a place, then a first name alone, is no full name.)
    if (b - k === 2 && !firstName(toks[k]!.t) && firstName(toks[b - 1]!.t)?.isNominative) return null;
    let name = this.phrase(toks, k, b) + (patronymic && b - k === 2 ? ` ${patronymic}` : '');
    let key = normalize(toks[b - 1]!.t);
    // "Таалайбека Осмонова" after "по словам": a man's name in the genitive (a woman's would be "-овой").
    if (oblique && b - k === 2 && /[бвгджзклмнпрстфхцчшщ]а$/.test(toks[k]!.lo) && /(ов|ев|ин|ын)а$/.test(toks[b - 1]!.lo)) {
      name = `${toks[k]!.t.slice(0, -1)} ${toks[b - 1]!.t.slice(0, -1)}`;
      key = key.slice(0, -1);
    } else if (oblique && b - k === 2 && /[бвгджзклмнпрстфхцчшщ]а$/.test(toks[k]!.lo) && /([бвгджзклмнпрстфхцчшщ]а|[иоуэю]|иа|уа|дзе)$/.test(toks[b - 1]!.lo)) {
      // ("Бенъямина Нетаньяху", "Антониу Гутерриша": a man's genitive first name; the surname declines the same way or not at all.)
      // ("Левана Джанашиа", "Гурама Натадзе": a Georgian surname in -иа, -уа, -дзе never declines.)
      const last = /[бвгджзклмнпрстфхцчшщ]а$/.test(toks[b - 1]!.lo) ? toks[b - 1]!.t.slice(0, -1) : toks[b - 1]!.t;
      name = `${toks[k]!.t.slice(0, -1)} ${last}`;
      key = normalize(last);
    }
    const known = this.ents.personBySurname(key);
    if (known) return known;
    const e: Entity = { name, grade: 'person', gender: null, plural: false, surname: key, roles: new Set() };
    this.ents.addPerson(e);
    return e;
  }

  private byHead(toks: Token[], a: number, h: number, b: number, f: NounForm, o: ClassifyOptions): SourceInfo | null {
    const span = this.span(toks, a, b);
    const bare = b - h === 1;
    const onlyHead = b - a === 1;
    const gender = agrGender(o.agr) ?? f.gender;
    const plural = f.plural || o.agr === 'pl';
    const nominative = () => this.nominative(toks, a, h, b, f, plural);

    if (f.cat === 'document') return this.document(toks, a, h, b, f, o);
    // "по оценке аналитиков Halyk Finance", "Аналитики «Финама» ожидают": a firm's analysts speak for the firm.
    // ("Журналисты «Фонтанки» выяснили": an outlet's reporters are the outlet, as "корреспондент ТАСС" is.)
    // ("Специалисты ТОО «Казселезащита» предупредили": a named body's specialists speak for it too.)
    const staff = FIRM_ANALYSTS.has(f.lemma) || OUTLET_STAFF.has(f.lemma) || f.lemma === 'специалист';
    // ("Аналитики банка «Открытие»", "экономисты компании ВТБ Капитал": a company word before the firm's name.)
    const named = (k: number) => !!toks[k] && (toks[k]!.cap || /^[«"„“]$/.test(toks[k]!.t));
    // ("специалисты новосибирского Института космической геохимии", "учёные МГУ": researchers of a named institute speak for it.)
    if (plural && RESEARCH_STAFF.has(f.lemma) && h + 1 < b) {
      let k = h + 1;
      while (k < b - 1 && toks[k]!.word && ADJECTIVE.test(toks[k]!.lo) && !nounAt(toks[k])) k++;
      // (Named: a capital on the institute's word or on an adjective before it — "Томского университета".)
      // (From the first capital: "новосибирского" is where it stands, not its name.)
      let start = h + 1;
      while (start <= k && !toks[start]!.cap) start++;
      const inst = start <= k && nounAt(toks[k])?.some((x) => x.cat === 'org') ? this.classify(toks, start, b, { ...o, oblique: true, agr: null }) : null;
      // (Its bare "учёные" after are that institute too, as after "исследование сотрудников …".)
      if (inst?.speaker && !inst.guessed && inst.grade === 'organization') { this.studies.push({ pos: o.pos, name: inst.speaker }); return { ...inst, span, grade: 'organization' }; }
    }
    if (plural && staff && h + 1 < b && (named(h + 1) || h + 2 < b && nounAt(toks[h + 1])?.some((x) => x.cat === 'org' && !x.nominative) && named(h + 2))) {
      // (The verb agrees with the analysts, not with their firm: "Аналитики Евразийского банка развития считают".)
      const owner = this.classify(toks, h + 1, b, { ...o, oblique: true, agr: null });
      if (owner?.speaker && !owner.guessed && (FIRM_ANALYSTS.has(f.lemma) || f.lemma === 'специалист' ? /organization|media/ : /media/).test(owner.grade)) {
        const one = b - h === 4 && /^[«"„“]$/.test(toks[h + 1]!.t) && !mediaAt(toks, h + 2);
        // (After a company word the name stands in the nominative: "банка «Открытие»" is Открытие.)
        const apposed = !named(h + 1) && /^[«"„“]$/.test(toks[h + 2]!.t) ? clean(this.phrase(toks, h + 2, b)) : null;
        const speaker = apposed ?? (one ? genitiveName(toks[h + 2]!.t) : owner.speaker);
        // (The people are many: "По их мнению" after "Аналитики «Финама» считают" means them, and so the firm.)
        const entity: Entity | undefined = owner.entity ? { ...owner.entity, name: speaker, plural: true } : undefined;
        return { ...owner, span, grade: owner.grade === 'media' ? 'media' : 'organization', speaker, entity };
      }
    }
    // "Власти Перу" are a government; "местные власти" stay anonymous.
    // ("В хокимияте Ташкента опровергли …. Власти также рекомендовали …": bare "власти" right after a body of power spoke is that body.)
    if (f.lemma === 'власти' && onlyHead) {
      const body = this.ents.latest(o.pos, (m) => m.speaker && m.entity.grade === 'organization' && !!m.entity.head && POWER_BODIES.has(m.entity.head) && o.pos - m.pos < 400, 20);
      if (body) return { span, speaker: body.name, grade: 'organization', plural: body.plural, gender: body.gender, entity: body };
    }
    // ("СБУ задержала агента. Как отметили в спецслужбе, …", "по данным спецслужбы": one security service alone, right after
    // one was named, is that service, not an unnamed one.)
    if ((f.lemma === 'спецслужба' || f.lemma === 'разведка') && onlyHead && !plural) {
      const service = this.securityBefore(o.pos);
      if (service) return this.org(span, service, false, f.lemma, f.gender);
    }
    // ("белорусские власти заявляли", "по словам китайских властей": a country's authorities, as "власти Беларуси" are.)
    if (f.lemma === 'власти' && h === a + 1 && b === h + 1 && toks[a]!.word) {
      const stem = toks[a]!.lo;
      const country = COUNTRY_ADJECTIVES.find(([st]) => stem.startsWith(st) && stem.length - st.length <= 3 && ADJECTIVE.test(stem));
      if (country) return this.org(span, `власти ${countryGenitive(country[1])}`, true, f.lemma, null);
    }
    if (f.lemma === 'власти' && toks.slice(h + 1, b).some((t) => t.cap)) {
      // ("Власти Бишкека призвали …. В мэрии также пообещали": a town's authorities are its mayor's office when the article has one.)
      // (Not a country: "Власти Японии", "власти России" are a government.)
      const town = b - h === 2 && /(а|ы|и|я)$/.test(toks[h + 1]!.lo) && !/ии$/.test(toks[h + 1]!.lo) && !COUNTRY_ACRONYM.test(toks[h + 1]!.t) ? toks[h + 1]!.t : null;
      if (town && /(?<![\p{L}])[Мм]эри[яиюей]/u.test(this.text.slice(Math.max(0, o.pos - 1500), o.pos + 1500))) return this.org(span, `мэрия ${town}`, false, 'мэрия', 'f');
      return this.org(span, nominative(), true, f.lemma, null);
    }
    // "Агентство по защите и развитию конкуренции (АЗРК)": an agency with a field is a state body, named by its acronym when it has one.
    if (f.lemma === 'агентство' && toks.slice(h + 1, b).some((x) => x.lo === 'по')) return this.org(span, this.acronym(toks, h, b) ?? nominative(), false, f.lemma, f.gender);
    // ("АЗРК начало проверку… В агентстве уточнили": a bare agency after a state agency named later than any outlet.)
    if (f.lemma === 'агентство' && onlyHead && !plural) {
      const state = this.stateAgencyBefore(o.pos);
      if (state) return this.org(span, state, false, f.lemma, f.gender);
    }
    if (f.cat === 'media') {
      for (let k = h + 1; k < b; k++) {
        const m = mediaAt(toks, k);
        if (m) return this.media(span, m.canonical, f.gender);
      }
      // ("телеграм-канал ведомства", "сайт министерства": a body's own channel speaks for the body.)
      if (b === h + 2 && !toks[h + 1]!.cap && nounAt(toks[h + 1])?.some((x) => x.cat === 'org' && !x.nominative)) {
        const owner = this.classify(toks, h + 1, b, { ...o, oblique: true, agr: null });
        if (owner?.speaker && !owner.guessed && owner.grade === 'organization' && /\p{Lu}/u.test(owner.speaker)) return { ...owner, span };
      }
      let name = this.acronym(toks, h, b) ?? this.nameAfter(toks, h + 1, b);
      // ("корреспондент «Новгородских ведомостей»": a reporter's outlet is in the genitive, an outlet noun's stands beside it.)
      if (name && f.lemma === 'корреспондент' && /^[«"„]$/.test(toks[h + 1]?.t ?? '')) name = this.titleNominative(name);
      if (name) return this.media(span, name, f.gender);
      // "Телеграм-каналы пишут", "ряд изданий": outlets with no name are a vague group, not an outlet.
      // (Only an unambiguous plural: "издания" may be one outlet's genitive.)
      // ("местные издания": a nominative plural adjective before it settles the number.)
      const surelyPlural = plural && o.agr !== 'sg' && (!nounForms().get(toks[h]!.lo)?.some((x) => x.lemma === f.lemma && !x.plural) ||
        h > a && !o.oblique && /(ые|ие)$/.test(toks[h - 1]!.lo));
      // ("В Telegram-каналах пишут" after «Е1» spoke: many outlets as a place are no one outlet.)
      if (surelyPlural && (!onlyHead || o.oblique) || surelyPlural && !this.ents.latest(o.pos, (m) => m.speaker && m.entity.grade === 'media')) {
        return { span, speaker: nominative(), grade: 'vague-group', plural: true, gender: null };
      }
      // ("передает корреспондент агентства", "пишет обозреватель издания": the outlet's own staff, the outlet named last.)
      const ofOutlet = b === h + 2 && !toks[h + 1]!.cap && nounAt(toks[h + 1])?.some((x) => x.cat === 'media' && !x.nominative && !x.plural);
      if (onlyHead || ofOutlet) {
        // (Any outlet named last, also as an addressee or an owner: "подтвердил порталу «X»… Издание сообщает".)
        const e = this.ents.latest(o.pos, (m) => m.entity.grade === 'media');
        if (e) return { span, speaker: e.name, grade: 'media', plural: false, gender: e.gender, entity: e };
      }
      // "…, ссылаясь на публикацию Financial Times. Как пишет британская газета, …": an outlet described by adjectives only,
      // right after one was named, is that outlet.
      // (An adjective opening the sentence has its capital for that: "Турецкое издание утверждает".)
      if (bare && h > a && !plural && toks.slice(a, h).every((x, j) => x.word && (!x.cap || j === 0 && !toks[a - 1]?.word && !PLACE_STEMS.test(x.lo) || j === 0 && a === 0) && ADJECTIVE.test(x.lo))) {
        const e = this.ents.latest(o.pos, (m) => m.entity.grade === 'media' && o.pos - m.pos < 400);
        if (e) return { span, speaker: e.name, grade: 'media', plural: false, gender: e.gender, entity: e };
      }
      return this.media(span, nominative());
    }
    if (f.cat === 'org') {
      // "По версии обвинения", "по данным следствия": the prosecution or the investigators the article named.
      const office = bare && PROSECUTION[f.lemma] ? this.officeBefore(PROSECUTION[f.lemma]!, o.pos) : null;
      if (office) return this.org(span, office, false, f.lemma, 'f');
      // "По мнению защиты", "сторона защиты": the defence lawyer the article named.
      if (bare && f.lemma === 'защита' || f.lemma === 'сторона' && h + 2 === b && toks[h + 1]!.lo === 'защиты') {
        const lawyer = this.ents.latest(o.pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && (m.entity.roles.has('адвокат') || m.entity.roles.has('защитник')));
        if (lawyer) return { span, speaker: lawyer.name, grade: 'person', plural: false, gender: lawyer.gender, entity: lawyer };
      }
      // ("Защита прав потребителей требует": protection of something is no defence team.)
      if (f.lemma === 'защита' && !bare) return { ...this.org(span, nominative(), false, null, null), guessed: true };
      const media = this.mediaInside(toks, h + 1, b);
      if (media) return this.media(span, media);
      // ("Завод «Полимер» сообщил …" ¶ "Руководство завода заявило": a body's leadership speaks for the body its bare
      // genitive points back to, read as the bare word is; with none named, the words stay.)
      if (/^(руководство|дирекция)$/.test(f.lemma) && h + 2 === b && !toks[h + 1]!.cap && nounAt(toks[h + 1])?.some((x) => x.cat === 'org' && !x.nominative)) {
        const owner = this.classify(toks, h + 1, b, { ...o, oblique: true, agr: null });
        if (owner?.speaker && !owner.guessed && owner.grade === 'organization' && /\p{Lu}/u.test(owner.speaker)) return { ...owner, span };
      }
      // "пресс-служба Минтранса", "пресс-службе «Газпрома»": the office speaks for its named owner.
      // ("пресс-служба клуба" after "Нападающий самарской «Орбиты»": the team named before.)
      if (f.lemma === 'пресс-служба' && h + 2 === b && nounAt(toks[h + 1])?.some((x) => x.lemma === 'клуб' && !x.nominative)) {
        const team = this.teamBefore(o.pos);
        if (team) return this.org(span, team, false, f.lemma, f.gender);
      }
      if (f.lemma === 'пресс-служба' && h + 2 === b && [...(nounAt(toks[h + 1]) ?? [])].some((x) => COMPANY_LEMMAS.has(x.lemma) && !x.nominative)) {
        const company = this.companyBefore(o.pos);
        if (company) return this.org(span, company, false, f.lemma, f.gender);
      }
      // ("пресс-служба мэрии Бишкека", "пресс-службе акимата Алматы": the press office speaks for a town's body, named with its town.)
      if (f.lemma === 'пресс-служба' && h + 3 === b && !toks[h + 1]!.cap && toks[h + 2]!.cap && toks[h + 2]!.word &&
        nounAt(toks[h + 1])?.some((x) => TOWN_BODIES.has(x.lemma) && !x.nominative)) {
        const owner = this.classify(toks, h + 1, b, { ...o, oblique: true });
        if (owner?.speaker && owner.grade === 'organization' && !owner.guessed) return { ...owner, span };
      }
      // ("Мэрия Бишкека объявила тендер. Как сообщила пресс-служба мэрии, …": the town's body named before.)
      if (f.lemma === 'пресс-служба' && h + 2 === b && !toks[h + 1]!.cap) {
        const town = nounAt(toks[h + 1])?.find((x) => TOWN_BODIES.has(x.lemma) && !x.nominative);
        const named = town ? this.townBodyBefore(town.lemma, o.pos) : null;
        if (named) return this.org(span, named, false, f.lemma, f.gender);
      }
      // ("пресс-службе думы" after "городской думы Верхнелужска": the press office of the body named in full.)
      if (f.lemma === 'пресс-служба' && h + 2 === b && !toks[h + 1]!.cap) {
        const owner = nounAt(toks[h + 1])?.find((x) => !x.nominative && x.cat === 'org');
        const named = owner ? this.bodyBefore(owner.lemma, o.pos) : null;
        if (named) return this.org(span, named, false, f.lemma, f.gender);
        // ("В Рособрнадзоре утечку отрицают. «…», — заявили в пресс-службе ведомства": a press office of a word that points back
        // — "ведомства", "министерства" — is the press office of the body that word means, read as the bare word is.)
        if (owner && /^(ведомство|министерство)$/.test(owner.lemma)) {
          const meant = this.classify(toks, h + 1, b, { ...o, oblique: true });
          if (meant?.speaker && !meant.guessed && meant.grade === 'organization' && meant.entity?.name === meant.speaker && /\p{Lu}/u.test(meant.speaker)) return { ...meant, span };
        }
      }
      if (f.lemma === 'пресс-служба' && h + 1 < b && (toks[h + 1]!.cap || /^[«"„“]$/.test(toks[h + 1]!.t))) {
        const owner = this.classify(toks, h + 1, b, { ...o, oblique: true });
        if (owner?.speaker && /organization|media/.test(owner.grade)) {
          // «Газпрома» → Газпром: one quoted word in the genitive.
          const one = b - h === 4 && /^[«"„“]$/.test(toks[h + 1]!.t) && !mediaAt(toks, h + 2);
          const speaker = one ? genitiveName(toks[h + 2]!.t) : owner.speaker;
          // (A press office's owner is a body, whatever a quoted name alone was taken for: "Компания уточнила" after it means it.)
          const entity: Entity | undefined = owner.entity && (owner.entity.grade !== 'organization' || owner.entity.name !== speaker)
            ? { ...owner.entity, name: speaker, grade: 'organization', roles: new Set() } : owner.entity;
          return { ...owner, span, grade: 'organization', speaker, entity };
        }
      }
      // "киргизская сторона", "российской стороны": the country its adjective names.
      if (f.lemma === 'сторона' && h > a) {
        const stem = toks[h - 1]!.lo;
        const country = COUNTRY_ADJECTIVES.find(([st]) => stem.startsWith(st) && stem.length - st.length <= 3);
        if (country) return this.org(span, country[1], false, f.lemma, 'f');
      }
      if (bare) {
        // "В клубе опровергли", "по данным клуба": the team the article named last by its people ("Капитан «Кедра»"),
        // even when another club spoke before.
        const team = f.lemma === 'клуб' && onlyHead ? this.teamBefore(o.pos) : null;
        if (team) return this.org(span, team, false, f.lemma, f.gender);
        const generic = /^(ведомство|сторона|руководство|служба|регулятор)$/.test(f.lemma);
        // ("В министерстве заявили" after "по оценке областного минсельхоза": a ministry by its short name.)
        const ministry = f.lemma === 'министерство';
        // ("ведомство" is a state body: a company that spoke — "Управляющая компания «Теплосервис»" — is never what it means.)
        const companyLike = (e: Entity) => !!e.head && COMPANY_LEMMAS.has(e.head) || /[«"]|(?:^|\s)(?:[Кк]омпани|[Хх]олдинг|[Бб]анк|ООО|ОАО|ПАО|АО|ТОО)/u.test(e.name);
        const em = this.ents.latestMention(o.pos, (m) => m.speaker && (m.entity.grade === 'organization' || m.entity.grade === 'document') &&
          (generic || m.entity.head === f.lemma || ministry && (/(?:^|\s)мин(?!истр)\p{Ll}{3,}/u.test(m.entity.name) || MINISTRY_ACRONYM.test(m.entity.name))) &&
          !(f.lemma === 'ведомство' && companyLike(m.entity)));
        // ("Позднее управление ФСБ распространило видео. В ведомстве заявили …": a state body named as the actor after the
        // last body that spoke is the one meant.)
        // ("В надзорном ведомстве сообщили": so with the body's adjectives only.)
        const later = em && f.lemma === 'ведомство' && (onlyHead || toks.slice(a, h).every((x) => x.word && !x.cap && ADJECTIVE.test(x.lo))) ? this.agencyBefore(o.pos, em.pos) : null;
        if (later) return this.org(span, later, false, f.lemma, f.gender);
        const e = em?.entity;
        if (e) return { span, speaker: e.name, grade: 'organization', plural: e.plural, gender: e.gender, entity: e };
        // ("Банк России сохранил ставку. Регулятор сообщил …": the central bank named before, speaker or not.)
        const bank = f.lemma === 'регулятор' && onlyHead ? this.centralBankBefore(o.pos) : null;
        if (bank) return this.org(span, bank, false, f.lemma, f.gender);
        // ("В министерстве не подтвердили" after "Минздрав, по данным «Известий», рассматривает …": a ministry named shortly before in any role.)
        // ("Роспотребнадзор начал проверку. В ведомстве уточнили …": a state body named shortly before as the actor, not a speaker.)
        const agency = f.lemma === 'ведомство' && onlyHead ? this.agencyBefore(o.pos) : null;
        if (agency) return this.org(span, agency, false, f.lemma, f.gender);
        const short = ministry && onlyHead ? this.ministryBefore(o.pos) : null;
        if (short) return this.org(span, short, false, f.lemma, f.gender);
        // "Как установил суд" after "Ленинский районный суд Самары приговорил …", "пресс-служба думы" after
        // "городской думы Верхнелужска": the body of that kind named before, in full.
        const named = onlyHead ? this.bodyBefore(f.lemma, o.pos) : null;
        if (named) return this.org(span, named, false, f.lemma, f.gender);
        // "в компании", "пресс-служба холдинга": the company named earlier as «…» after such a word.
        // ("Авиакомпания винит поставщика топлива" as a headline: the company its article names first below it.)
        const company = COMPANY_LEMMAS.has(f.lemma) ? this.companyBefore(o.pos, f.lemma) ?? (onlyHead && this.inHeadline(o.pos) ? this.companyAfter(o.pos, f.lemma) : null) : null;
        if (company) return this.org(span, company, false, f.lemma, f.gender);
        // ("В «Казатомпроме» заявили, что … Компания также сообщила": a body named by its quoted name alone that spoke shortly before.)
        const quoted = f.lemma === 'компания' && onlyHead ? this.ents.latest(o.pos, (m) => m.speaker && m.entity.grade === 'organization' && !m.entity.plural &&
          // ("пресс-службу «Газпрома»": the quoted name may follow its press office.)
          (!m.entity.head || m.entity.head === 'пресс-служба') && /^(?:[Пп]ресс-служб\p{Ll}*\s+)?[«"„]/u.test(this.text.slice(m.pos, m.pos + 20)) && o.pos - m.pos < 1500) : undefined;
        if (quoted) return { span, speaker: quoted.name, grade: 'organization', plural: false, gender: quoted.gender, entity: quoted };
      }
      const local = LOCAL_BODIES.has(f.lemma) && !plural ? this.localBody(toks, a, h, b, f.lemma, o.pos) : null;
      if (local) return this.org(span, local, false, f.lemma, f.gender);
      // ("пресс-службе областного министерства транспорта": the press office of the region's ministry.)
      const regionalOwner = f.lemma === 'пресс-служба' && h + 2 < b ? this.regionalMinistry(toks, h + 1, b) : null;
      if (regionalOwner) return this.org(span, regionalOwner, false, 'министерство', 'n');
      // ("пресс-служба городской администрации", "пресс-служба администрации округа": the press office of that local body.)
      if (f.lemma === 'пресс-служба' && h + 2 < b && !toks[h + 1]!.cap) {
        let oh = h + 1;
        while (oh < b - 1 && ADJECTIVE.test(toks[oh]!.lo) && !nounAt(toks[oh])) oh++;
        const owner = nounAt(toks[oh])?.find((x) => !x.nominative && LOCAL_BODIES.has(x.lemma));
        const named = owner ? this.localBody(toks, h + 1, oh, b, owner.lemma, o.pos) : null;
        if (named) return this.org(span, named, false, f.lemma, f.gender);
      }
      const name = nominative();
      // ("департамент по чрезвычайным ситуациям региона" after "в Акмолинской области": the region named before.)
      // ("департамент полиции города" in a report from Шымкент: the article's town.)
      if (b - h > 2 && toks[b - 1]!.lo === 'города' && toks[b - 2]!.word && !toks[b - 2]!.cap && !ADJECTIVE.test(toks[b - 2]!.lo) && name.endsWith(toks[b - 1]!.t)) {
        const town = this.articleTown(o.pos);
        const genitive = town ? townGenitive(town) : null;
        if (genitive) return this.org(span, name.slice(0, name.length - toks[b - 1]!.t.length) + genitive, plural, f.lemma, f.gender);
      }
      const generic = b - h > 2 && /^(региона|области|края)$/.test(toks[b - 1]!.lo) && toks[b - 2]!.word && !toks[b - 2]!.cap && !ADJECTIVE.test(toks[b - 2]!.lo);
      if (generic && name.endsWith(toks[b - 1]!.t)) {
        let last: string | null = null;
        for (const m of this.text.slice(Math.max(0, o.pos - 3000), o.pos).matchAll(TERRITORY_NAMED)) if (m[2] === 'области' || m[2] === 'края') last = m[0];
        if (last && (toks[b - 1]!.lo === 'региона' || last.endsWith(toks[b - 1]!.lo))) return this.org(span, name.slice(0, name.length - toks[b - 1]!.t.length) + last, plural, f.lemma, f.gender);
      }
      return this.org(span, name, plural, f.lemma, f.gender);
    }
    // "по словам дочери Михаила Горбунова": a relative named by whose relative she is speaks herself.
    // (A name in the nominative after a nominative head is hers: "Жена Анна Петрова рассказала".)
    // (Relatives in the plural — "друзья певицы" — stay an unnamed group: a person never takes a plural verb here.)
    // ("адвокат Марии Ивановой заявил": a lawyer, aide or spokesman of a named person is that person's, not the person.)
    // (Only with a genitive first name right after the title: "Представитель правительства Японии Хирокадзу Мацуно" is Мацуно.)
    const agentOf = AGENTS_OF.has(f.lemma) && !!toks[h + 1]?.cap && firstName(toks[h + 1]!.t)?.isNominative === false;
    // "Родственники Громова рассказали", "члены семьи господина Лесина": the family of a person named before, an identified group.
    if (plural && !bare && (f.lemma === 'родственник' || f.lemma === 'член' && toks[h + 1]?.lo === 'семьи')) {
      const from = f.lemma === 'член' ? h + 2 : h + 1;
      const owner = from < b ? this.personIn(toks, from, b, { ...o, oblique: true }, false) ?? this.surnameOwner(toks, from, b) : null;
      if (owner) {
        const name = `${f.lemma === 'член' ? 'члены семьи' : 'родственники'} ${personGenitive(owner.name, owner.gender)}`;
        const e: Entity = { name, grade: 'person', gender: null, plural: true, head: f.lemma, roles: new Set() };
        return { span, speaker: name, grade: 'person', plural: true, gender: null, entity: e };
      }
    }
    if ((KIN.has(f.lemma) || agentOf) && !bare && !plural) {
      const full = this.personIn(toks, h + 1, b, { ...o, oblique: true }, false);
      // ("Супруга Громова сообщила" after "Актёр Павел Громов": a surname alone in another case than his is whose she is.)
      const bySurname = !full && KIN.has(f.lemma) ? this.surnameOwner(toks, h + 1, b) : null;
      const owner = full ?? bySurname;
      // ("Коллега актрисы Гурам Натадзе": a name the article introduced with this very title is the one who holds it.)
      if (owner && !(f.nominative && (owner.name.startsWith(toks[h + 1]!.t) || this.nominativeName(toks, h + 1, b, owner) || owner.roles.has(f.lemma)))) {
        const name = bySurname ? `${nominativeOf(f.lemma, false)} ${personGenitive(owner.name, owner.gender)}` : nominative();
        const e: Entity = { name, grade: 'person', gender, plural: false, head: f.lemma, roles: new Set() };
        return { span, speaker: name, grade: 'person', plural: false, gender, entity: e };
      }
    }
    // ("Дядя пострадавшего заявил" after "по словам дяди Артема, Олега Гаврилюка": the relative the article named by that word.)
    if (KIN.has(f.lemma) && !plural && !bare && !toks.slice(h + 1, b).some((x) => x.cap)) {
      const g = agrGender(o.agr);
      const named = this.ents.latest(o.pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && m.entity.roles.has(f.lemma) &&
        (!g || !m.entity.gender || m.entity.gender === g) && o.pos - m.pos < 1500);
      if (named) return { span, speaker: named.name, grade: 'person', plural: false, gender: named.gender, entity: named };
    }
    // ("Анна Орлова, вдова лесника Петра Орлова. По её словам, муж …": a bare husband, wife, father or mother is the person the
    // article named just before as the one a relative of the other kind belongs to — the name in the genitive after "вдова",
    // "жена", "дочь", one lower-case word between at most.)
    const reciprocal = onlyHead && !plural ? RECIPROCAL_KIN[f.lemma] : undefined;
    if (reciprocal) {
      const g = agrGender(o.agr) ?? f.gender;
      const owner = this.ents.latest(o.pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && !m.entity.plural && (!g || m.entity.gender === g) &&
        o.pos - m.pos < 1500 && reciprocal.test(this.text.slice(Math.max(0, m.pos - 40), m.pos)));
      if (owner) return { span, speaker: owner.name, grade: 'person', plural: false, gender: owner.gender, entity: owner };
    }
    // People: a name in apposition makes the source named.
    // ("Депутат Петрова заявила", "следователь Иванов сообщил": a word for an unnamed person before one surname in the
    // nominative of the verb's gender is that person's title; "сотрудник Иванова заявил" stays someone's employee.)
    const surnamed = f.cat === 'anon' && !o.oblique && h + 2 === b && !!toks[h + 1]!.cap &&
      (agrGender(o.agr) === 'm' ? /\p{Ll}(ов|ев|ин|ын|ский|цкий|енко|ук|юк|ич|ян)$/u : agrGender(o.agr) === 'f' ? /\p{Ll}(ова|ева|ина|ына|ская|цкая)$/u : /^$/).test(toks[h + 1]!.t);
    const person = plural ? null : this.personIn(toks, h + 1, b, o, f.cat === 'role' || surnamed);
    if (person) return { span, speaker: person.name, grade: 'person', plural: false, gender: person.gender, entity: person };
    // ("считает студент Давит", "Жительница Бишкека Анна рассказала": a word for a person, then a first name alone closing the
    // phrase, in the nominative, is the name the article gives that person — named by first name, the name the speaker.)
    const given = !plural && (f.cat === 'anon' || f.cat === 'group') && b - 1 > h && b - 1 - h <= 3 ? this.givenName(toks, h, b, o, f) : null;
    if (given) return { span, speaker: given.name, grade: 'person', plural: false, gender: given.gender, entity: given };
    // "— улыбается 60-летний фермер" after "Фермер Олег Сабуров": the person the article introduced with that noun.
    if ((f.cat === 'group' || f.cat === 'anon') && !plural && bare && !onlyHead) {
      const g = agrGender(o.agr);
      const named = this.ents.latest(o.pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && m.entity.roles.has(f.lemma) &&
        (!g || !m.entity.gender || m.entity.gender === g));
      if (named) return { span, speaker: named.name, grade: 'person', plural: false, gender: named.gender, entity: named };
    }
    // "Как выяснили ученые" shortly after "исследование сотрудников Томского центра …": the researchers are that body.
    if (plural && onlyHead && RESEARCHERS.has(f.lemma)) {
      const study = this.studies.findLast((x) => x.pos < o.pos && o.pos - x.pos < 1200);
      if (study) {
        const e: Entity = { name: study.name, grade: 'organization', gender: null, plural: true, head: f.lemma, roles: new Set() };
        return { span, speaker: study.name, grade: 'organization', plural: true, gender: null, entity: e };
      }
    }
    // "Турецкий министр заявил" after "Министр иностранных дел Турции Ахмет Кылыч …", "Французский лидер" after "Президент Франции
    // Эмманюэль Макрон": a title with a country's adjective and no name is the person the article gave a title of that country.
    if (f.cat === 'role' && !plural && h > a && h - a <= 2 && b === h + 1 && toks.slice(a, h).every((x) => x.word && ADJECTIVE.test(x.lo))) {
      const country = toks.slice(a, h).map((x) => COUNTRY_ADJECTIVES.find(([st]) => x.lo.startsWith(st) && x.lo.length - st.length <= 3)).find(Boolean);
      const held = country ? this.countryTitled(country[0], country[1], f.lemma, agrGender(o.agr), o.pos) : undefined;
      if (held) return { span, speaker: held.name, grade: 'person', plural: false, gender: held.gender, entity: held };
      // (No one of that country: the title stays as written, never the last speaker, who may be of another country.)
      if (country) {
        const e: Entity = { name: nominative(), grade: 'person', gender: agrGender(o.agr), plural: false, head: f.lemma, roles: new Set([f.lemma]) };
        return { span, speaker: e.name, grade: f.lemma === 'дипломат' ? 'anonymous-described' : 'person', plural: false, gender: e.gender, entity: e };
      }
    }
    // (A circle or a trade — "в отрасли", "в окружении" — and a bare relative ("сын") are their own unnamed source, never the last speaker.)
    // ("Соседка добавила" after a woman spoke: a neighbour is someone else's, never the speaker herself.)
    if (f.cat === 'role' || (f.cat === 'group' || f.cat === 'anon') && !plural && onlyHead && !CIRCLES.has(f.lemma) && !KIN.has(f.lemma) && !/^сосед/.test(f.lemma)
      // ("По словам человека, близкого к руководству": a description after the comma introduces someone new.)
      && !(toks[b]?.t === ',' && (DESCRIBING.test(toks[b + 1]?.lo ?? '') ||
        // ("мужчина, чей голос похож на голос чиновника, говорит": a relative clause describes someone not named.)
        PERSON_WORDS[f.lemma] && /^(чей|чья|чье|чьё|чьи|который|которая)$/.test(toks[b + 1]?.lo ?? '')))) {
      // A bare singular role ("министр", "дипломат", "эксперт"), or one with a title (глава Евросовета) right after that person spoke.
      // ("Гособвинитель напомнила" after "Прокурор Анна Сомова": a title of the same trade is the same person.)
      const roleMatch = (f.cat === 'role' || bare) && this.ents.latest(o.pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && (m.entity.roles.has(f.lemma) || sameField(f.lemma, m.entity.roles)) &&
        (!agrGender(o.agr) || !m.entity.gender || m.entity.gender === agrGender(o.agr)));
      const g = agrGender(o.agr);
      const recentSpeaker = this.ents.latest(o.pos, (m) => m.speaker && !m.entity.plural &&
        (m.entity.grade === 'person' || ANON_GRADES.has(m.entity.grade) && m.entity.head !== 'источник' && (f.cat !== 'role' || f.lemma === 'дипломат')) &&
        (!g || !m.entity.gender || m.entity.gender === g));
      // (A title — "режиссёр", "министр" — is a named person, never an anonymous speaker quoted just before;
      // "дипломат" is the exception the Russian annotation rules list among anonymous sources.)
      const recent = this.recentPersonSpeaker(o, g, f.cat !== 'role' || f.lemma === 'дипломат');
      // (A person the article gave this very title comes first: "губернатор" is the governor, not the minister who spoke last.)
      // ("дипломат", anonymous by the annotation rules, stays with the speaker just quoted.)
      // ("Высокопоставленный дипломат сообщил": a described diplomat is someone new, not the anonymous speaker before.)
      // (A titled office — "министра иностранных дел России" — is not the last speaker when he was introduced by another title.)
      const titled = f.cat === 'role' ? this.recentPersonSpeaker(o, g, false) : undefined;
      // ("— написал футболист" after the coach spoke: a player is not the coach, whatever spoke last.)
      const otherField = (e: Entity | undefined) => !!e && e !== roleMatch && differentField(f.lemma, e.roles);
      let resolved = (onlyHead || bare ? (f.lemma === 'дипломат' ? (onlyHead ? recent : undefined) || roleMatch : roleMatch || recent) || (f.lemma === 'дипломат' && !onlyHead ? undefined : recentSpeaker)
        : roleMatch || (titled && (titled.roles.size === 0 || titled.roles.has(f.lemma) || GENERIC_TITLES.has(f.lemma)) ? titled : undefined)) || undefined;
      // "Тренер гостей Олег Рябов остался недоволен. «…», — заявил специалист": a person introduced as a subject after the
      // last speaker, shortly before, is the one a bare word means, not that speaker.
      if (onlyHead && resolved && resolved !== roleMatch && f.lemma !== 'дипломат') {
        const fresh = this.introducedAfterSpeaker(o, g);
        if (fresh && fresh !== resolved && !otherField(fresh)) resolved = fresh;
      }
      if (resolved && otherField(resolved)) resolved = undefined;
      // ("«Мастер сказал: …», — рассказал рабочий": a foreman or a driver is someone the article gave that job, or no one named.)
      if (resolved && resolved !== roleMatch && WORKERS.has(f.lemma)) resolved = undefined;
      // ("Грибов успел сказать, что узнал нападавшего … Подозреваемый говорил, что …": a suspect is the one the article calls so,
      // never whoever spoke last — in a crime story that is as often the victim.)
      if (resolved && resolved !== roleMatch && SUSPECTS.has(f.lemma)) resolved = undefined;
      // ("Губернатор обещал" after a farmer spoke: an office is not held by the last speaker when he came with other titles.)
      if (resolved && resolved !== roleMatch && OFFICES.has(f.lemma) && resolved.roles.size > 0 &&
        ![...resolved.roles].some((r) => r.startsWith(f.lemma) || f.lemma.startsWith(r))
        // ("Глава Минэкономразвития X" … "министр": a generic title alone may be any office.)
        && ![...resolved.roles].every((r) => GENERIC_TITLES.has(r))) resolved = undefined;
      // ("Вице-министр уточнил" after "Министр Серик Жумангарин заявил": a deputy is not his chief, nor the chief his deputy.)
      if (resolved && resolved !== roleMatch && [...resolved.roles].some((r) => chiefAndDeputy(r, f.lemma)) && ![...resolved.roles].some((r) => sameOffice(r, f.lemma))) resolved = undefined;
      // "«Тренер мне сказал…», — вспоминает нападающий": a role that speaks to the narrator ("мне", "нам") is not the narrator.
      if (resolved && resolved !== roleMatch && /^(мне|нам|меня|нас)$/.test(toks[b]?.lo ?? '')) resolved = undefined;
      // "Глава региона заявил" after "Губернатор Олег Смирнов встретился …": a generic title of the office a person named before holds.
      // (Only the two words: "глава группы наблюдателей от Афросоюза" is someone else.)
      // ("Глава военного ведомства", "руководитель финансового ведомства": a lower-case adjective before the office.)
      const described = h + 3 === b && toks[h + 1]!.word && !toks[h + 1]!.cap && ADJECTIVE.test(toks[h + 1]!.lo);
      if (!resolved && !plural && GENERIC_TITLES.has(f.lemma) && (h + 2 === b || described)) {
        const same = OFFICE_EQUIVALENTS.find(([tails]) => tails.test(toks[b - 1]!.lo))?.[1];
        if (same) resolved = this.ents.latest(o.pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && [...m.entity.roles].some((r) => same.has(r)) &&
          (!g || !m.entity.gender || m.entity.gender === g), 40);
      }
      // "Валентина Матвиенко провела встречу … Спикер Совфеда подчеркнула": a title with a woman's verb is the woman named just before.
      // ("Мать погибшего Ирина Белова обратилась в СК. Женщина уверена": so is a word for a woman or a man.)
      if (!resolved && !plural && (f.cat === 'role' && g === 'f' && (bare || h + 2 === b) || PERSON_WORDS[f.lemma] && onlyHead)) {
        const want = PERSON_WORDS[f.lemma] ?? g;
        const near = this.ents.latest(o.pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && m.entity.gender === want && o.pos - m.pos < 400, 12);
        // (Only one such person in reach: two women named before leave the title unresolved.)
        const other = near && this.ents.latest(o.pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && m.entity.gender === want && m.entity !== near && o.pos - m.pos < 400, 12);
        if (near && !other && !otherField(near)) resolved = near;
      }
      // "…, заявил губернатор" in a headline: the person the article introduces with that title below it.
      if (!resolved && !plural && f.cat === 'role' && this.inHeadline(o.pos)) {
        const m = this.ents.firstNamedAfter(o.pos, 1500, (m) => m.entity.grade === 'person' && !!m.entity.surname && m.entity.roles.has(f.lemma) &&
          (!g || !m.entity.gender || m.entity.gender === g));
        // (Only the first one the body gives that title: an earlier "главный тренер «Ойдина» Фаррух Юлдашев", a name the
        // lexicons do not know, is the one meant, not the "Тренер «Юлдуза» Виктор Плотников" named after him.)
        const first = m ? this.text.toLowerCase().indexOf(f.lemma.slice(0, 5), this.text.indexOf('\n\n')) : -1;
        if (m && first >= 0 && first <= m.pos && m.pos - first < 80 && !/[.!?,;]/.test(this.text.slice(first, m.pos))) resolved = m.entity;
      }
      // ("Суд приговорил Виктора Гнатюка … Осужденный заявил": the defendant is the person the article named last, not one of the
      // court's people.)
      if (!resolved && !plural && onlyHead && DEFENDANTS.has(f.lemma)) {
        resolved = this.ents.latest(o.pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && o.pos - m.pos < 1200 &&
          (!g || !m.entity.gender || m.entity.gender === g) && ![...m.entity.roles].some((r) => COURT_PEOPLE.has(r)), 40);
      }
      if (resolved && !plural) return { span, speaker: resolved.name, grade: resolved.grade, plural: false, gender: resolved.gender, entity: resolved };
      // (An unresolved diplomat stays anonymous, as the annotation rules list him.)
      // ("Директор одного из предприятий", "глава нескольких компаний": a title of an unnamed member names no one.)
      // ("директор по закупкам одной из федеральных сетей": after the title's field too.)
      const indefinite = /^(одного|одной|нескольких|некоторых|ряда|многих|одним|одному)$/.test(toks[h + 1]?.lo ?? '') ||
        toks.slice(h + 2, b).some((x, j) => /^(одного|одной)$/.test(x.lo) && toks[h + 3 + j]?.lo === 'из');
      // ("Министры иностранных дел России и Китая заявили": the holders of titles that name one person each are named.)
      if (f.cat === 'role' && f.lemma !== 'дипломат' && !indefinite && plural && toks.slice(h + 1, b).some((x) => x.cap && x.word)) {
        const e: Entity = { name: nominative(), grade: 'person', gender: null, plural: true, head: f.lemma, roles: new Set([f.lemma]) };
        return { span, speaker: e.name, grade: 'person', plural: true, gender: null, entity: e };
      }
      // ("Вице-министры заявили", "по словам министров": several holders of a title, none named, are an unnamed group.)
      if (f.cat === 'role' && f.lemma !== 'дипломат' && !indefinite && !plural) {
        const e: Entity = { name: nominative(), grade: 'person', gender: g, plural: false, head: f.lemma, roles: new Set([f.lemma]) };
        return { span, speaker: e.name, grade: 'person', plural: false, gender: g, entity: e };
      }
    }
    // "— …, — подтвердил собеседник" in an interview: a bare interlocutor right after a named person spoke is that person.
    // (After an unnamed source he stays unnamed: "Источник сообщил … Как отметил собеседник".)
    if (f.lemma === 'собеседник' && onlyHead && !plural) {
      const person = this.recentPersonSpeaker(o, agrGender(o.agr), false);
      if (person) return { span, speaker: person.name, grade: 'person', plural: false, gender: person.gender, entity: person };
    }
    // "источник" alone is bare; "западные источники", "источник в правительстве" are described.
    // One described member of a group ("известный музыкальный критик") is a described source, not a group.
    const grade: Grade = f.cat === 'group' && (plural || onlyHead) || f.cat === 'anon' && plural && onlyHead ? 'vague-group' : onlyHead ? 'anonymous-bare' : 'anonymous-described';
    const name = nominative();
    const e: Entity = { name, grade, gender: plural ? null : gender, plural, head: f.lemma, roles: new Set() };
    return { span, speaker: name, grade, plural, gender: e.gender, entity: e };
  }

  /**
   * The latest person named within 3,000 characters before pos whose title, in the words before the name in its sentence,
   * has this country (its genitive, its adjective, or its acronym), and whose titles fit this one: the same, one inside
   * the other ("премьер" and "премьер-министр"), the same field, or a generic one ("глава", "лидер"); "дипломат" fits any.
   */
  private countryTitled(stem: string, country: string, lemma: string, g: 'm' | 'f' | 'n' | null, pos: number): Entity | undefined {
    const marks = [countryGenitive(country).toLowerCase(), stem, ...(COUNTRY_TITLE_FORMS[country] ?? [])];
    // (Where a speaker was noted the mention opens with the title: "Президент Франции Эмманюэль Макрон заявил"; the words up to the
    // surname count too.)
    const titled = (at: number, e: Entity) => {
      const before = this.text.slice(Math.max(0, at - 100), at);
      const cut = before.search(/[.!?…]\s[^.!?…]*$/);
      const after = this.text.slice(at, at + 80).toLowerCase();
      const to = after.indexOf(normalize(e.surname!).slice(0, 4));
      const title = (cut >= 0 ? before.slice(cut) : before).toLowerCase() + (to > 0 ? after.slice(0, to) : '');
      return marks.some((x) => title.includes(x));
    };
    return this.ents.latest(pos, (m) => m.entity.grade === 'person' && !!m.entity.surname && pos - m.pos < 3000 &&
      (!g || !m.entity.gender || m.entity.gender === g) &&
      (lemma === 'дипломат' || GENERIC_TITLES.has(lemma) || [...m.entity.roles].some((r) => r === lemma || r.startsWith(lemma) || lemma.startsWith(r) || GENERIC_TITLES.has(r)) ||
        sameField(lemma, m.entity.roles)) && titled(m.pos, m.entity), 40);
  }

  /** The last office of this kind named shortly before pos ("прокуратура Тюменской области"), with its genitive tail. */
  private officeBefore(kind: RegExp, pos: number): string | null {
    const e = this.ents.latest(pos, (m) => m.speaker && m.entity.grade === 'organization' && kind.test(m.entity.name), 40);
    if (e) return e.name;
    // (Named but not quoted: one bounded look back over the text, only when such a frame occurs.)
    const from = Math.max(0, pos - 3000);
    let last: string | null = null;
    for (const m of this.text.slice(from, pos).matchAll(OFFICE_NAMED)) if (kind.test(m[1]!)) last = m[0]!;
    if (!last) return null;
    const [head, second] = last.split(/\s+/) as [string, string | undefined];
    const tok = (w: string): Token => ({ t: w, lo: normalize(w), start: 0, end: 0, word: true, cap: false });
    const f = nounAt(tok(head));
    if (f) return nominativeOf(f[0]!.lemma, false) + last.slice(head.length);
    // ("Следственного управления СК" → Следственное управление СК: the adjective and its noun in the nominative.)
    const n = second ? nounAt(tok(second)) : undefined;
    if (!n || !second) return last;
    const adj = adjectiveNominative(head, n[0]!.gender ?? 'm', false);
    return `${head[0] === head[0]!.toUpperCase() ? adj[0]!.toUpperCase() + adj.slice(1) : adj} ${nominativeOf(n[0]!.lemma, false)}${last.slice(head.length + 1 + second.length)}`;
  }

  /** Every company named as «Name» after a company word, and every plant named by its town, in text order. Found once per text. */
  private companyList(): { at: number; name: string; kind: string }[] {
    // (Past words between, only a name that starts like one: "сервис доставки «Корзинка рядом»", not "банк назвал «…»".)
    return this.companies ??= [...[...this.text.matchAll(COMPANY_NAMED)].filter((m) => !m[2] || /^[\p{Lu}\p{N}A-Za-z]/u.test(m[3]!))
      .map((m) => ({ at: m.index!, name: m[3]!, kind: m[1]!.slice(0, 5).toLowerCase() })),
    ...[...this.text.matchAll(COMPANY_LATIN)].map((m) => ({ at: m.index!, name: m[2]!, kind: m[1]!.slice(0, 5).toLowerCase() })),
    ...matchAllNearHeads(this.text, PLANT_HEAD_WORDS, PLANT_NAMED, 2).map((m) => ({ at: m.index!, name: plantName(m), kind: 'завод' }))].sort((x, y) => x.at - y.at);
  }
  private companies: { at: number; name: string; kind: string }[] | undefined;

  /** A ministry named by its short name within the last 1,500 characters before pos, in the nominative (Минздрава → Минздрав). */
  private ministryBefore(pos: number): string | null {
    let last: string | null = null;
    for (const m of this.text.slice(Math.max(0, pos - 1500), pos).matchAll(SHORT_MINISTRY)) if (MINISTRY.test(m[1]!.toLowerCase())) last = m[1]!;
    if (!last) return null;
    const stem = /^(.*[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$/.exec(last)?.[1];
    return stem && MINISTRY.test(stem.toLowerCase()) ? stem : last;
  }

  /** The last company named before pos as «Name» after a company word ("агрохолдинг «Северное поле»", "ООО «Меридиан»"). */
  private companyBefore(pos: number, lemma?: string): string | null {
    const list = this.companyList();
    const kind = lemma && OWN_KIND.has(lemma) ? lemma.slice(0, 5) : null;
    for (let k = countBelowAt(list, pos) - 1; k >= 0; k--) {
      const c = list[k]!;
      if (pos - c.at >= 4000) return null;
      if (!kind || c.kind === kind) return c.name;
    }
    return null;
  }

  /** The first company named within 1,500 characters after pos by a word of this kind ("авиакомпании «Итиль Авиа»"). */
  private companyAfter(pos: number, lemma: string): string | null {
    const list = this.companyList();
    const kind = lemma.slice(0, 5);
    for (let k = countBelowAt(list, pos); k < list.length; k++) {
      const c = list[k]!;
      if (c.at - pos > 1500) return null;
      if (c.kind === kind) return c.name;
    }
    return null;
  }

  /**
   * The team named last before pos by one of its people or its club ("главный тренер «Кедра»", "руководство «Северного
   * ветра»", "Нападающий самарской «Орбиты»"), in the nominative: as the text writes it elsewhere in quotes («Северный ветер»),
   * else by its endings. A team after a preposition ("матче с «Енисеем»") is an opponent, never the one meant.
   */
  teamBefore(pos: number): string | null {
    // ("Минское «Динамо» расторгло контракт", "алматинский «Кайрат» обыграл": a team by its town's adjective, in the nominative.)
    const list = this.teams ??= [...[...this.text.matchAll(TEAM_NAMED)].map((m) => ({ at: m.index!, name: this.teamNominative(m[1]!) })),
      ...[...this.text.matchAll(TEAM_OF_TOWN)].map((m) => ({ at: m.index!, name: m[1]! }))].sort((x, y) => x.at - y.at);
    for (let k = countBelowAt(list, pos) - 1; k >= 0; k--) {
      const c = list[k]!;
      if (pos - c.at >= 3000) return null;
      return c.name;
    }
    return null;
  }
  private teams: { at: number; name: string }[] | undefined;

  /** «Северного ветра» → Северный ветер, «Орбиты» → Орбита: a team's name from its genitive. */
  private teamNominative(genitive: string): string {
    const words = genitive.split(/\s+/);
    const last = words[words.length - 1]!;
    const female = /[ыи]$/.test(last);
    const guess = [...words.slice(0, -1).map((w) => ADJECTIVE.test(normalize(w)) ? adjectiveNominative(w, female ? 'f' : 'm', false) : w), genitiveName(last)].join(' ');
    // (The spelling the text gives it in the nominative, where it has one: «Северный ветер», not the guessed "ветр".)
    for (const m of this.text.matchAll(/«([^«»]{2,40})»/gu)) if (m[1] !== genitive && sameName(m[1]!, guess)) return m[1]!;
    return guess;
  }

  /** A company's name as introduced, for the same name in another case: «Корзинки рядом» → Корзинка рядом. */
  companyNamed(name: string, pos: number): string | null {
    const list = this.companyList();
    for (let k = countBelowAt(list, pos) - 1; k >= 0; k--) if (sameName(list[k]!.name, name)) return list[k]!.name;
    return null;
  }

  /** The last body of this kind named before pos in full ("Ленинского районного суда Самары" → Ленинский районный суд Самары). */
  private bodyBefore(lemma: string, pos: number): string | null {
    const short = SHORT_BODIES[lemma];
    if (short) return this.shortBodyBefore(short, pos);
    // ("Специализированный межрайонный экономический суд города Астаны", "Суд Центрального района города Минска",
    // "Межрайонного суда по уголовным делам Алматинской области": up to three adjectives, a field, a district, a town.)
    this.bodies ??= matchAllNearHeads(this.text, BODY_HEAD_WORDS, BODY_NAMED, 3).filter((m) => m[1] || m[5] || m[6]).map((m) => {
      const [head, g] = BODY_HEADS[m[3]!.toLowerCase()]!;
      const adj = (w: string | undefined) => (w ? w.split(/\s+/).map((x) => adjectiveNominative(x, g, false)).join(' ') : '');
      const rest = ((m[5] ?? '') + (m[6] ?? '')).replace(/\s+/g, ' ').trim();
      return { at: m.index!, lemma: head, name: [adj(m[1]), adj(m[2]), head, rest].filter(Boolean).join(' ') };
    }).concat(matchAllNearHeads(this.text, INSTITUTE_HEAD_WORDS, INSTITUTE_NAMED, 2).map((m) => {
      const adj = (w: string | undefined) => (w ? adjectiveNominative(w, 'm', false) : '');
      return { at: m.index!, lemma: m[3]!, name: [adj(m[1]), adj(m[2]), m[3]!, m[4] ?? ''].filter(Boolean).join(' ') };
    })).concat(this.namedAfter()).sort((x, y) => x.at - y.at);
    for (let k = countBelowAt(this.bodies, pos) - 1; k >= 0 && k >= countBelowAt(this.bodies, pos) - 20; k--) {
      const c = this.bodies[k]!;
      if (pos - c.at > 3000) break;
      if (c.lemma === lemma) return c.name;
    }
    return null;
  }
  private bodies: { at: number; lemma: string; name: string }[] | undefined;

  /**
   * Bodies named "имени" someone: "Русского драматического театра имени Грибоедова" → Русский драматический театр имени
   * Грибоедова, so "в театре", "руководство театра" later mean it in full. The name is initials and one word, so a person
   * named right after it ("театра имени Грибоедова Тамара …") stays out; up to two adjectives before the head.
   */
  private namedAfter(): { at: number; lemma: string; name: string }[] {
    const out: { at: number; lemma: string; name: string }[] = [];
    for (let i = this.text.indexOf('имени '); i >= 0; i = this.text.indexOf('имени ', i + 6)) {
      if (i > 0 && /\p{L}/u.test(this.text[i - 1]!)) continue;
      const who = /^имени\s+((?:\p{Lu}\.\s*){0,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-])/u.exec(this.text.slice(i, i + 60));
      const m = who && /(?<![\p{L}-])(?:(\p{L}{3,}(?:ого|его|ой|ей|ый|ий|ая|ое|ом|ым))\s+)?(?:(\p{Ll}{3,}(?:ого|его|ой|ей|ый|ий|ая|ое|ом|ым))\s+)?(\p{Ll}{3,})\s+$/u.exec(this.text.slice(Math.max(0, i - 80), i));
      const head = m && nounForms().get(m[3]!)?.find((x) => x.cat === 'org' && !x.plural);
      if (!head) continue;
      // (Adjectives right before the head only: "директором театра" — a noun in -ом — ends them.)
      const adj: string[] = [];
      for (const w of [m[2], m[1]].filter((x): x is string => !!x)) {
        if (!ADJECTIVE.test(normalize(w)) || nounForms().has(normalize(w))) break;
        adj.unshift(adjectiveNominative(w, head.gender, false));
      }
      const name = [...adj, head.lemma, 'имени', who[1]!.replace(/\s+/g, ' ')].join(' ');
      out.push({ at: i - m[0].length, lemma: head.lemma, name });
    }
    return out;
  }

  /**
   * A town's or a district's body named by its level alone, as the article's setting makes it: "городской администрации"
   * in a report from Вологда is администрация Вологды; "администрации округа" after "Верхнедольского округа" is
   * администрация Верхнедольского округа.
   */
  /** The mayor's office or akimat of a town named within 3,000 characters before pos, by the body or its head ("Мэр Бишкека" → мэрия Бишкека). */
  private townBodyBefore(lemma: string, pos: number): string | null {
    let last: string | null = null;
    for (const m of this.text.slice(Math.max(0, pos - 3000), pos).matchAll(TOWN_BODY_NAMED)) if ((/^[Мм]эр/.test(m[1]!) ? 'мэрия' : 'акимат') === lemma) last = m[2]!;
    return last ? `${lemma} ${last}` : null;
  }

  private localBody(toks: Token[], a: number, h: number, b: number, lemma: string, pos: number): string | null {
    const head = nominativeOf(lemma, false);
    // "администрации округа": the territory word after the head, named with its adjective before.
    if (h === a && b === h + 2 && TERRITORIES.test(toks[h + 1]!.lo)) {
      const word = toks[h + 1]!.lo;
      let last: string | null = null;
      for (const m of this.text.slice(Math.max(0, pos - 3000), pos).matchAll(TERRITORY_NAMED)) if (m[2] === word) last = m[0];
      return last ? `${head} ${last}` : null;
    }
    // "районной администрации", "областная администрация": the district or region of that level named before in full.
    const level = h === a + 1 && b === h + 1 ? /^(районн|областн|окружн|краев)/.exec(toks[a]!.lo)?.[1] : undefined;
    if (level) {
      const word = level === 'районн' ? 'района' : level === 'областн' ? 'области' : level === 'краев' ? 'края' : 'округа';
      let last: string | null = null;
      for (const m of this.text.slice(Math.max(0, pos - 3000), pos).matchAll(TERRITORY_NAMED)) if (m[2] === word) last = m[0];
      // ("В районной администрации мне объяснили" in a story set "под Красноозерском": with no district named, the district
      // of the article's town in -ск, -цк, which is called after it — администрация Красноозерского района.)
      if (!last && level === 'районн') {
        const town = this.skTown();
        if (town) return `${head} ${town}ого района`;
      }
      return last ? `${head} ${last}` : null;
    }
    // "городской администрации", "городская мэрия": the town the article is set in.
    // ("акимата города", "хокимията города": the same with the word for a town after the head.)
    if (h === a + 1 && b === h + 1 && /^городск/.test(toks[a]!.lo) || h === a && b === h + 2 && toks[h + 1]!.lo === 'города') {
      const town = this.articleTown(pos);
      const genitive = town ? townGenitive(town) : null;
      return genitive ? `${head} ${genitive}` : null;
    }
    return null;
  }

  /**
   * "областного министерства транспорта" → министерство транспорта Тунгорской области, "Краевой минЖКХ" → министерство ЖКХ
   * Пермского края: a ministry by the adjective of its level, when the article names a region of that level (its first one).
   * The ministry's field stays as written (a genitive); a short name "мин" + acronym is spelt out.
   */
  private regionalMinistry(toks: Token[], a: number, b: number): string | null {
    const level = /^(областн|краев|регионал)\p{L}+$/u.exec(toks[a]?.lo ?? '')?.[1];
    if (!level || b - a < 2 || b - a > 5) return null;
    const head = toks[a + 1]!;
    // ("регионального минздрава", "в областном минфине": a short name of a field, spelt out; "региональный" is any level.)
    const short = b === a + 2 ? /^мин(\p{Ll}+?)(?:а|у|ом|е)?$/u.exec(head.lo)?.[1] : undefined;
    const shortField = short ? MINISTRY_FIELDS[short] : undefined;
    if (shortField) {
      const region = this.articleRegionGenitive();
      if (!region || level !== 'регионал' && !region.endsWith(level === 'областн' ? ' области' : ' края')) return null;
      return `министерство ${shortField} ${region}`;
    }
    if (level === 'регионал') return null;
    const acronym = /^[Мм]ин(\p{Lu}{2,})$/u.exec(head.t)?.[1];
    const ministry = !acronym && !!nounAt(head)?.some((f) => f.lemma === 'министерство');
    if (!acronym && !ministry || acronym && b !== a + 2) return null;
    const field = toks.slice(a + 2, b);
    if (ministry && (!field.length || field.some((t) => !t.word || t.cap && !/^\p{Lu}{2,}$/u.test(t.t)))) return null;
    const region = this.articleRegionGenitive();
    if (!region || !region.endsWith(level === 'областн' ? ' области' : ' края')) return null;
    return acronym ? `министерство ${acronym} ${region}` : `министерство ${this.text.slice(field[0]!.start, field[field.length - 1]!.end)} ${region}`;
  }

  /** The article's first region of the kind REGION_NAMED finds, in the genitive: "Тунгорской области", "Пермского края". */
  private articleRegionGenitive(): string | null {
    if (this.regionGenitive !== undefined) return this.regionGenitive;
    const m = this.regionNamed();
    this.regionGenitive = !m ? null : m[1] ? `${m[1].replace(/ая$/, 'ой')} области` : m[2] ? `${m[2].replace(/(?:ого|ом|ий|ому)$/, '')}ого края` : null;
    return this.regionGenitive;
  }
  private regionGenitive: string | null | undefined;

  /** The article's first REGION_NAMED match, found once for both forms above. */
  private regionNamed(): RegExpExecArray | null {
    if (this.regionMatch === undefined) this.regionMatch = REGION_NAMED.exec(this.text);
    return this.regionMatch;
  }
  private regionMatch: RegExpExecArray | null | undefined;

  /**
   * The region a regional report is about, as "по" takes it: the first "Тверской области" (→ Тверской области),
   * "Пермского края" (→ Пермскому краю) or republic in "-ия" after "в" ("в Карелии" → Карелии) in the text.
   */
  private articleRegion(): string | null {
    if (this.region !== undefined) return this.region;
    const m = this.regionNamed();
    this.region = !m ? null : m[1] ? `${m[1].replace(/ая$/, 'ой')} области` : m[2] ? `${m[2].replace(/(?:ого|ом|ий|ому)$/, '')}ому краю` : m[3]!;
    return this.region;
  }
  private region: string | null | undefined;

  /**
   * The state body named last within 1,000 characters before pos: a ministry or service by its short name ("Минфина" →
   * Минфин, "Роспотребнадзор", "ФАС"), or a ministry or federal service in full ("Министерство здравоохранения").
   */
  private securityBefore(pos: number): string | null {
    let last: RegExpMatchArray | null = null;
    for (const m of this.text.slice(Math.max(0, pos - 1000), pos).matchAll(SECURITY_NAMED)) last = m;
    if (!last) return null;
    if (last[1]) return last[1];
    const words = last[2]!.split(' ');
    if (/^Федеральн/.test(words[0]!)) return 'Федеральная служба безопасности';
    return ['Служба', ...words.slice(1)].join(' ');
  }

  private agencyBefore(pos: number, after = -1): string | null {
    let last: RegExpMatchArray | null = null;
    const from = Math.max(0, pos - 1000, after + 1);
    // (An acronym the list lacks counts as the subject of a past verb: "АЗРК начало проверку", "НАБУ провело обыски".)
    for (const m of this.text.slice(from, pos).matchAll(AGENCY_NAMED)) if (!m[2] || !NOT_AGENCY.has(m[2])) last = m;
    // (A prosecutor's office or the police acting as the subject, when named after any agency above.)
    let body: RegExpMatchArray | null = null;
    const slice = this.text.slice(from, pos);
    if (slice.includes('рокуратур') || slice.includes('олици') || slice.includes('Следствен') || slice.includes('Росгварди') || slice.includes('Генштаб')) {
      for (const m of slice.matchAll(BODY_SUBJECT)) body = m;
    }
    if (body && (!last || body.index! > last.index!)) {
      if (after >= 0 && !/[.!?…]\s/.test(this.text.slice(after, from + body.index!))) return null;
      return (body[1]! + body[2]!).replace(/\s+/g, ' ');
    }
    if (!last) return null;
    // (After the last speaker: only a body named in a sentence of its own since, not inside the speaker's sentence.)
    // (And as the subject of a verb: "управление ФСБ распространило видео"; "направят в ФАС" names where, not who.)
    if (after >= 0 && (!/[.!?…]\s/.test(this.text.slice(after, from + last.index!)) ||
      !/^\s+(?:не\s+)?\p{Ll}{3,}(?:л|ла|ло|ли|ет|ит|ют|ят)(?:сь|ся)?(?![\p{L}-])/u.test(this.text.slice(from + last.index! + last[0].length, from + last.index! + last[0].length + 30)))) return null;
    if (last[1]) {
      const w = last[1];
      const stem = /^(.*[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$/.exec(w)?.[1];
      return stem && (MINISTRY.test(stem.toLowerCase()) || /надзор$|стат$|реестр$/.test(stem)) ? stem : w;
    }
    if (last[2]) return last[2];
    const words = last[3]!.split(' ');
    const head = /^[Мм]инистерств/.test(words[0]!) ? 'Министерство' : null;
    if (head) return [head, ...words.slice(1)].join(' ');
    // ("Федеральной антимонопольной службы" → Федеральная антимонопольная служба.)
    return words.map((x, k) => (k < words.length - 1 ? adjectiveNominative(x, 'f', false) : 'служба')).join(' ').replace(/^./, (c) => c.toUpperCase());
  }

  /** A state agency named by its field within 1,500 characters before pos and after the last outlet named, in the nominative. */
  private stateAgencyBefore(pos: number): string | null {
    const from = Math.max(0, pos - 1500);
    let last: RegExpMatchArray | null = null;
    for (const m of this.text.slice(from, pos).matchAll(STATE_AGENCY_NAMED)) last = m;
    if (!last) return null;
    const outlet = this.ents.latestMention(pos, (m) => m.entity.grade === 'media');
    if (outlet && outlet.pos > from + last.index!) return null;
    // ("АЗРК начало проверку": an acronym of an agency as the subject of a neuter verb.)
    if (last[4]) return last[4];
    return last[3] ?? (last[1] ? adjectiveNominative(last[1], 'n', false) + ' агентство' : 'Агентство') + last[2]!;
  }

  /** The central bank named last within 2,000 characters before pos, in the nominative ("Банка России" → Банк России). */
  private centralBankBefore(pos: number): string | null {
    let last: RegExpMatchArray | null = null;
    for (const m of this.text.slice(Math.max(0, pos - 2000), pos).matchAll(CENTRAL_BANK)) last = m;
    if (!last) return null;
    if (last[1]) return 'Банк России';
    if (last[2]) return last[2];
    // ("Нацбанк Украины": the country after a short name stays in it.)
    if (last[3]) return (/^Ц/.test(last[3]) ? 'Центробанк' : 'Нацбанк') + (last[4] ? ' ' + last[4] : '');
    return `${last[5] === 'Ц' ? 'Центральный' : 'Национальный'} банк${last[6] ? ' ' + last[6] : ''}`;
  }

  /** The person named in the last sentence before pos that tells of a goal scored ("забросил", "забил", "отличился"). */
  private scorerBefore(pos: number): Entity | undefined {
    const from = Math.max(0, pos - 3000);
    let at = -1;
    for (const m of this.text.slice(from, pos).matchAll(SCORED)) at = from + m.index!;
    if (at < 0) return undefined;
    const start = Math.max(this.text.lastIndexOf('. ', at), this.text.lastIndexOf('\n', at)) + 1;
    const ends = [this.text.indexOf('. ', at), this.text.indexOf('\n', at), pos].filter((x) => x >= 0);
    const end = Math.min(...ends);
    return this.ents.latest(end, (m) => m.entity.grade === 'person' && !!m.entity.surname && m.pos >= start);
  }

  /** The town of a local report: its dateline ("ВОЛОГДА, 14 ноября"), else the first town after "в" before pos. */
  private skTownCache: string | null | undefined;

  /** The first town in -ск or -цк the article sets something in or near ("в Красноозерске", "под Красноозерском"), once per text. */
  private skTown(): string | null {
    if (this.skTownCache === undefined) this.skTownCache = SK_TOWN.exec(this.text)?.[1] ?? null;
    return this.skTownCache;
  }

  private articleTown(pos: number): string | null {
    const dateline = /^\s*([А-ЯЁ][А-ЯЁ-]{2,})\s*[,.(]/.exec(this.text);
    if (dateline) return dateline[1]![0] + dateline[1]!.slice(1).toLowerCase();
    for (const m of this.text.slice(0, pos).matchAll(IN_TOWN)) {
      const w = m[1]!;
      const lo = normalize(w);
      if (/ии$/.test(lo) || PLACE_STEMS.test(lo) && !/^(москв|киев|минск)/.test(lo) || nounForms().has(lo)) continue;
      return placeNominativeOf(w, this.text);
    }
    return null;
  }

  /** The body a short name stands for, named in full shortly before pos ("Законодательного собрания Заречной области"). */
  private shortBodyBefore(b: (typeof SHORT_BODIES)[string], pos: number): string | null {
    let full = SHORT_FULL.get(b);
    if (!full) SHORT_FULL.set(b, (full = new RegExp(`(?<![\\p{L}-])(${b.adj}\\p{L}*)\\s+${b.head}\\p{L}*((?:\\s+\\p{Lu}\\p{Ll}+)?(?:\\s+(?:области|края|округа|района|республики))?)`, 'gu')));
    let last: RegExpExecArray | null = null;
    for (const m of this.text.slice(Math.max(0, pos - 4000), pos).matchAll(full)) last = m;
    if (!last) return null;
    const adj = adjectiveNominative(last[1]!, b.gender, false);
    return [adj[0]!.toUpperCase() + adj.slice(1), b.nominative, last[2]!.trim()].filter(Boolean).join(' ');
  }

  /** The one person named as a subject (not a speaker) after the last speaker spoke, shortly before pos. */
  private introducedAfterSpeaker(o: ClassifyOptions, g: 'm' | 'f' | 'n' | null): Entity | undefined {
    const last = this.ents.lastSpeaker(o.pos);
    if (!last) return undefined;
    const fits = (m: Mention) => !m.speaker && !m.oblique && m.pos > last.pos && o.pos - m.pos < 400 && m.entity.grade === 'person' && !!m.entity.surname &&
      m.entity !== last.entity && (!g || !m.entity.gender || m.entity.gender === g) && this.opensSentence(m.pos);
    const e = this.ents.latest(o.pos, fits, 12);
    // (Two such people leave it to the speaker before.)
    return e && !this.ents.latest(o.pos, (m) => fits(m) && m.entity !== e, 12) ? e : undefined;
  }

  /** A name at pos opens its sentence, after a title at most: the subject, not someone inside a claim ("…, что Сидоров …"). */
  private opensSentence(pos: number): boolean {
    const from = Math.max(0, pos - 80);
    const before = this.text.slice(from, pos);
    const end = Math.max(before.search(/[.!?…]\s+[^.!?…]*$/), before.lastIndexOf('\n'));
    if (end < 0 && from > 0) return false;
    const lead = before.slice(end + 1);
    // (A quote opened before it and not closed: a name inside someone's words — "«Дьячков сам назначал …»".)
    const inQuote = (lead.match(/«/g)?.length ?? 0) > (lead.match(/»/g)?.length ?? 0) || /["“„]/.test(lead);
    return !inQuote && !/[,:;—–]|(?:^|\s)что\s/.test(lead) && lead.trim().split(/\s+/).length <= 6;
  }

  /**
   * The person named before whose surname alone stands in [a, b) in another case than his own ("Громова" for Павел Громов),
   * past an honorific ("господина Лесина"). A woman's surname in its own form ("Анна Громова") is no genitive.
   */
  private surnameOwner(toks: Token[], a: number, b: number): Entity | null {
    if (/^(господина|госпожи|г-на|г-жи)$/.test(toks[a]?.lo ?? '')) a++;
    const t = toks[a];
    if (b - a !== 1 || !t?.cap || !t.word) return null;
    const e = this.ents.findSurname(t.t, null, true);
    return e && e.grade === 'person' && !!e.surname && e.name.includes(' ') && normalize(t.t) !== e.surname ? e : null;
  }

  /** pos lies in a headline: a short first paragraph with no closing full stop. */
  private inHeadline(pos: number): boolean {
    const end = this.text.indexOf('\n\n');
    if (end < 0 || pos >= end || end > 250) return false;
    return !/[.!?…]\s*$/.test(this.text.slice(0, end));
  }

  /** A person who spoke in the last attribution or two: "глава Евросовета" right after Туск spoke is Туск. */
  private recentPersonSpeaker(o: ClassifyOptions, g: 'm' | 'f' | 'n' | null, anonymousToo: boolean): Entity | undefined {
    const last = this.ents.lastSpeaker(o.pos);
    if (!last || o.pos - last.pos > 800) return undefined;
    if (!anonymousToo && !last.entity.surname) return undefined;
    if (last.entity.plural || last.entity.grade !== 'person' && !(anonymousToo && ANON_GRADES.has(last.entity.grade) && last.entity.head !== 'источник')) return undefined;
    if (g && last.entity.gender && last.entity.gender !== g) return undefined;
    return last.entity;
  }

  private mediaInside(toks: Token[], a: number, b: number): string | null {
    for (let k = a; k < b; k++) {
      const m = mediaAt(toks, k);
      if (m) return m.canonical;
    }
    return null;
  }

  /** A name after a media noun: «Опер слил», Рейтер, Regnum. */
  private nameAfter(toks: Token[], a: number, b: number): string | null {
    if (a >= b) return null;
    const t = toks[a]!;
    if (/^[«"„“]$/.test(t.t)) {
      const close = toks.findIndex((x, k) => k > a && k < b && /^[»"“”]$/.test(x.t));
      if (close > a + 1) return this.phrase(toks, a + 1, close);
    }
    if (t.cap) {
      let e = a;
      while (e < b && toks[e]!.cap) e++;
      // "радиостанция Europe 1", "телеканал Channel 4": a number ends the name.
      if (e < b && /^\d{1,2}$/.test(toks[e]!.t)) e++;
      return this.phrase(toks, a, e);
    }
    return null;
  }

  /** "В нем говорится": a document mentioned just before; it speaks for the organization last quoted. */
  documentPronoun(t: Token, pos: number): SourceInfo {
    const e = this.ents.latest(pos, (m) => m.speaker && (m.entity.grade === 'organization' || m.entity.grade === 'media'));
    return { span: { start: t.start, end: t.end }, speaker: e?.name ?? null, grade: 'document', plural: false, gender: 'n', entity: e };
  }

  /** Documents speak for their owner: "заявление прокуратуры", "материал The Guardian", or the organization last quoted. */
  private document(toks: Token[], a: number, h: number, b: number, f: NounForm, o: ClassifyOptions): SourceInfo {
    const span = this.span(toks, a, b);
    let k = h + 1;
    // Adjectives after the head belong to it ("заявлении совместном" is rare); owner may come with с/от.
    if (k < b && /^(с|со|от|из)$/.test(toks[k]!.lo)) k++;
    // "в микроблоге Twitter премьер-министра": the platform is not the owner.
    while (k < b && PLATFORMS.test(toks[k]!.t)) k++;
    while (k < b && !toks[k]!.word && !/[«"„“(]/.test(toks[k]!.t)) k++;
    // ("в сообщении ведомства в Telegram": where the document was posted is no part of its owner.)
    if (b - k >= 3 && /^(в|во|на)$/.test(toks[b - 2]!.lo) && PLATFORMS.test(toks[b - 1]!.t)) b -= 2;
    if (k < b) {
      const owner = this.classify(toks, k, b, { ...o, oblique: true });
      if (owner && owner.grade === 'media') {
        return { ...owner, span: owner.span, cueExtra: this.span(toks, a, h + 1) };
      }
      // "результаты исследования" with no issuer named: the body that just presented the study speaks.
      if (owner && owner.grade === 'document' && owner.entity?.grade === 'document') {
        const issuer = this.ents.latest(o.pos, (m) => m.speaker && m.entity.grade === 'organization', 20);
        if (issuer) return { span, speaker: issuer.name, grade: 'document', plural: false, gender: f.gender, entity: issuer };
      }
      // "исследование сотрудников Томского центра нейрофизиологии": a study by the staff of a named body is that body's.
      if (f.lemma === 'исследование' && owner && ANON_GRADES.has(owner.grade) && b - k >= 3 && STAFF.test(toks[k]!.lo)) {
        const body = this.classify(toks, k + 1, b, { ...o, oblique: true });
        if (body?.speaker && !body.guessed && body.grade === 'organization') {
          this.studies.push({ pos: o.pos, name: body.speaker });
          return { span, speaker: body.speaker, grade: 'document', plural: false, gender: f.gender, entity: body.entity };
        }
      }
      // ("из переписки сотрудников": papers of unnamed people are as unnamed as they are.)
      if (owner && owner.speaker && !owner.guessed && ANON_GRADES.has(owner.grade)) {
        const name = `${nominativeOf(f.lemma, f.plural)} ${this.phrase(toks, k, b)}`;
        return { span, speaker: name, grade: 'anonymous-described', plural: false, gender: null, entity: { name, grade: 'anonymous-described', gender: null, plural: false, head: f.lemma, roles: new Set() } };
      }
      if (owner && owner.speaker && !owner.guessed) return { span, speaker: owner.speaker, grade: 'document', plural: false, gender: f.gender, entity: owner.entity };
      // ("материалы дела", "результаты проверки": a genitive that is no one's name leaves the document to speak for itself.)
      if (owner?.guessed && toks.slice(k, b).every((x) => !x.cap)) {
        const name = this.nominative(toks, a, h, b, f, f.plural);
        // (No gender: a document is never what "он" or "она" means.)
        return { span, speaker: name, grade: 'document', plural: false, gender: null, entity: { name, grade: 'document', gender: null, plural: f.plural, head: f.lemma, roles: new Set() } };
      }
    }
    // "опубликованном на сайте МИД заявлении": a name inside the participle's phrase before the head owns the document.
    for (let j = a; j < h; j++) {
      if (!toks[j]!.cap || !toks[j]!.word) continue;
      // (Only after a noun — "на сайте МИД": right after the participle — "полученном РИА Новости" — it is the recipient.)
      if (!nounAt(toks[j - 1])) break;
      let e = j + 1;
      while (e < h && toks[e]!.cap && toks[e]!.word) e++;
      const owner = this.classify(toks, j, e, { ...o, oblique: true });
      if (owner?.speaker && !owner.guessed && /organization|media|person/.test(owner.grade)) {
        return { span, speaker: owner.speaker, grade: 'document', plural: false, gender: f.gender, entity: owner.entity };
      }
    }
    // ("— цитирует нападающего клубный сайт": the club's site is the team's, named last by its people.)
    const team = h === a + 1 && /^клубн/.test(toks[a]!.lo) ? this.teamBefore(o.pos) : null;
    if (team) return { span, speaker: team, grade: 'document', plural: false, gender: f.gender, entity: { name: team, grade: 'organization', gender: 'm', plural: false, head: 'клуб', roles: new Set() } };
    const e = o.ownDocument ? undefined : this.ents.latest(o.pos, (m) => m.speaker && m.entity.grade === 'organization')
      ?? this.ents.latest(o.pos, (m) => m.speaker && m.entity.grade === 'media');
    // (A study with no owner is the body's that spoke last; its authors after are that body: "Авторы работы отмечают".)
    if (e && f.lemma === 'исследование' && e.grade === 'organization') this.studies.push({ pos: o.pos, name: e.name });
    if (e) return { span, speaker: e.name, grade: 'document', plural: false, gender: f.gender, entity: e };
    // ("из документов" → документы: the plural stays plural.)
    const name = this.nominative(toks, a, h, b, f, f.plural);
    return { span, speaker: name, grade: 'document', plural: false, gender: f.gender, entity: { name, grade: 'document', gender: f.gender, plural: false, head: f.lemma, roles: new Set() } };
  }

  /**
   * An oblique phrase whose head the lexicon lacks, in the nominative as far as its adjectives tell:
   * "областного минсельхоза" → областной минсельхоз, "12-го канала" → 12-й канал, "актов выполненных работ" → акты выполненных работ.
   */
  private guessedNominative(toks: Token[], a: number, h: number, b: number): string {
    // (An ordinal is an adjective too: "12-го канала".)
    if (h === a && h + 1 < b && /^\d+-(го|й|м|ой|ом)$/.test(toks[h]!.lo)) h++;
    const adjs = toks.slice(a, h);
    if (h >= b || !toks[h]!.word || toks[h]!.cap || adjs.some((t) => !t.word)) return this.phrase(toks, a, b);
    // ("актов выполненных работ": a genitive plural head needs no adjective to show its number.)
    if (!adjs.length && !(toks[h]!.lo.length > 4 && /(ов|ев)$/.test(toks[h]!.lo))) return this.phrase(toks, a, b);
    const last = adjs[adjs.length - 1]?.lo ?? 'ых';
    const plural = /(ых|их|ыми|ими)$/.test(last);
    const gender: 'm' | 'f' | null = plural ? null : /(ого|его|ому|ему|ом|ем|ым|им|^\d+-го)$/.test(last) ? 'm' : /(ой|ей|ую|юю)$/.test(last) ? 'f' : null;
    if (!plural && !gender) return this.phrase(toks, a, b);
    const words = adjs.map((t) => /^\d+-\p{L}+$/u.test(t.t) ? t.t.replace(/-\p{L}+$/u, gender === 'f' ? '-я' : plural ? '-е' : '-й') : adjectiveNominative(t.t, gender ?? 'm', plural));
    words.push(guessNounNominative(toks[h]!.t, gender ?? 'm', plural));
    return clean(words.join(' ') + this.text.slice(toks[h]!.end, toks[b - 1]!.end).replace(/\s+/g, ' '));
  }

  /** The phrase with its head (and the adjectives before it) put in the nominative. */
  nominative(toks: Token[], a: number, h: number, b: number, f: NounForm, plural: boolean): string {
    const acronym = this.acronym(toks, h, b);
    if (acronym) return acronym;
    // "российском генконсульстве в Нью-Йорке" → "генконсульство России в Нью-Йорке": a body is named with its country.
    // (Only state bodies: "Российская академия наук" keeps its own name.)
    if (f.cat === 'org' && h === a + 1 && toks[a]!.word && STATE_BODIES.has(f.lemma)) {
      const stem = toks[a]!.lo;
      const country = COUNTRY_ADJECTIVES.find(([st]) => stem.startsWith(st) && stem.length - st.length <= 3 && ADJECTIVE.test(stem));
      if (country) {
        const rest = this.nominative(toks, h, h, b, f, plural);
        const space = rest.indexOf(' ');
        return space < 0 ? `${rest} ${countryGenitive(country[1])}` : `${rest.slice(0, space)} ${countryGenitive(country[1])}${rest.slice(space)}`;
      }
    }
    const obliqueAdjective = (t: Token) => /(ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$/.test(t.lo) || /(ой|ей)$/.test(t.lo) && (plural || f.gender !== 'm');
    // Indeclinable heads ("французских СМИ") look nominative: their adjectives tell the case.
    const adjOblique = toks.slice(a, h).some((t) => t.word && obliqueAdjective(t));
    // "нескольких источников" → "несколько источников", "двух собеседников" → "двое собеседников": the quantifier governs the genitive plural.
    if (OBLIQUE_COUNT[toks[a]!.lo] && h > a) return clean(OBLIQUE_COUNT[toks[a]!.lo]! + this.text.slice(toks[a]!.end, toks[b - 1]!.end).replace(/\s+/g, ' '));
    if (OBLIQUE_AGREEING[toks[a]!.lo] && h > a && plural) return `${OBLIQUE_AGREEING[toks[a]!.lo]!} ${this.nominative(toks, a + 1, h, b, f, plural)}`;
    if (f.nominative && f.plural === plural && !adjOblique || toks.slice(a, h).some((t) => QUANTIFIERS.has(t.lo))) return clean(this.phrase(toks, a, b));
    const parts: string[] = [];
    // (A preposition's object among the adjectives keeps its case: "знакомый с ситуацией чиновник".)
    let ownPhrase = false;
    for (let k = a; k < h; k++) {
      ownPhrase ||= isPrep(toks[k]);
      parts.push(toks[k]!.word && !ownPhrase ? adjectiveNominative(toks[k]!.t, f.gender, plural) : toks[k]!.t);
    }
    const pre = COMPOUND_PREFIX.exec(toks[h]!.lo)?.[0];
    const headWord = (pre && !f.lemma.startsWith(pre) ? pre : '') + nominativeOf(f.lemma, plural);
    parts.push(toks[h]!.cap && !/^\p{Lu}+$/u.test(toks[h]!.t) ? headWord.charAt(0).toUpperCase() + headWord.slice(1) : headWord);
    // "офисе судмедэксперта и полиции Вашингтона": a coordinated head is put in the nominative too.
    let rest = '';
    for (let k = h + 1; k < b; k++) {
      const t = toks[k]!;
      const n = toks[k - 1]!.lo === 'и' ? nounAt(t)?.find((x) => !x.nominative) : undefined;
      rest += this.text.slice(toks[k - 1]!.end, t.start) + (n ? nominativeOf(n.lemma, n.plural) : t.t);
    }
    return clean(parts.join(' ') + rest);
  }

  /** "Центральное телеграфное агентство Кореи (ЦТАК)" is ЦТАК. */
  private acronym(toks: Token[], h: number, b: number): string | null {
    for (let k = h + 1; k < b - 1; k++) {
      if (toks[k]!.t === '(' && toks[k + 2]?.t === ')' && /^\p{Lu}[\p{Lu}\d-]{1,9}$/u.test(toks[k + 1]!.t)) return toks[k + 1]!.t;
    }
    return null;
  }
}

/** Countries in the genitive, lower case ("киргизии", "литвы", "кыргызстана"), built once. */
let countryGenitiveSet: Set<string> | undefined;
function countryGenitives(): Set<string> {
  return countryGenitiveSet ??= new Set([...COUNTRY_ADJECTIVES.map(([, c]) => normalize(countryGenitive(c))), 'кыргызстана', 'казахстана', 'белоруссии']);
}

const ALIAS_OF = new Map(ALIASES.flatMap((g) => g.map((n) => [n.toLowerCase(), g] as const)));

/** First place where s stands in text as whole words, or -1. */
function wordIndex(text: string, s: string): number {
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + s.length] ?? ' ')) return i;
  }
  return -1;
}

/** Two spellings of one name in different cases: the same words, each differing at most in its last two letters. */
// (The parts of a hyphenated name too: «Теплосервисе-Заречье» is «Теплосервис-Заречье».)
function sameName(x: string, y: string): boolean {
  if (x === y) return true;
  const a = x.split(/[\s-]+/), b = y.split(/[\s-]+/);
  if (a.length !== b.length) return false;
  return a.every((w, k) => {
    const v = b[k]!;
    if (w === v) return true;
    let n = 0;
    while (n < w.length && n < v.length && w[n] === v[n]) n++;
    return n >= 3 && w.length - n <= 2 && v.length - n <= 2;
  });
}

/**
 * Nominative of an outlet's one-word title in an oblique case: «Интерфакса» → Интерфакс, «Спорт-Экспрессу» → Спорт-Экспресс,
 * a plural «Вестей», «Вестям» → Вести, «Известий» → Известия.
 */
function oneWordTitle(w: string): string {
  if (/^\p{Lu}[\p{L}-]*[бвгджзклмнпрстфхцчшщ](?:у|а|ом)$/u.test(w)) return w.replace(/(?:у|а|ом)$/, '');
  if (/^\p{Lu}[\p{L}-]*[бвгдзклмнпрстфх](?:ей|ям|ями|ях)$/u.test(w)) return w.replace(/(?:ей|ям|ями|ях)$/, 'и');
  if (/^\p{Lu}[\p{L}-]*[стн]ий$/u.test(w)) return w.slice(0, -1) + 'я';
  return w;
}

/** Nominative of a capitalized name in the genitive: Росстата → Росстат, Госдумы → Госдума, Франции → Франция. */
function genitiveName(w: string): string {
  if (/ии$/.test(w)) return w.slice(0, -1) + 'я';
  if (/[бвгдзклмнпрстфхцчшщ]а$/.test(w)) return w.slice(0, -1);
  if (/[бвдзлмнпрстфц]ы$/.test(w)) return w.slice(0, -1) + 'а';
  if (/[гкхжшщч]и$/.test(w)) return w.slice(0, -1) + 'а';
  // Гоголя → Гоголь: a soft masculine stem.
  if (/[лнр]я$/.test(w)) return w.slice(0, -1) + 'ь';
  return w;
}

/** Speaker text: no outer quote marks, no parenthetical asides. */
function clean(s: string): string {
  let t = s.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
  // A quote mark whose partner stayed outside the phrase ("Небесная канцелярия»") is not part of the name.
  const opens = (t.match(/[«„]/g) ?? []).length;
  const closes = (t.match(/»/g) ?? []).length;
  if (closes > opens && t.endsWith('»')) t = t.slice(0, -1);
  if (opens > closes && /^[«„]/.test(t)) t = t.slice(1);
  // Outer quote marks go only as a pair: «Ведомости» → Ведомости, but компания «Агрос» keeps its own.
  return /^[«"„“]/.test(t) ? t.replace(/^[«"„“]|[»"“”]$/g, '') : t;
}

function pickForm(forms: NounForm[], o: ClassifyOptions): NounForm {
  const wantPlural = o.agr === 'pl';
  return forms.find((f) => f.nominative === !o.oblique && f.plural === wantPlural)
    ?? forms.find((f) => f.nominative === !o.oblique)
    ?? forms.find((f) => f.plural === wantPlural)
    ?? forms[0]!;
}

export { PREPOSITIONS, firstName };
