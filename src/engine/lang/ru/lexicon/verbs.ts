// Russian reporting verbs, reviewed like code. Regular verbs are listed by
// infinitive and conjugation class and expanded by ./paradigms.ts; irregular
// ones list their forms. `sem` says what the content looks like:
//   say     — a что-clause, a quote, an о-phrase or the rest of the clause
//   belief  — считает, полагает, уверен: a что-clause or parenthetical use
//   call    — призвал, потребовал: an infinitive or an object
//   name    — назвал X Y: the object and its label
//   cite    — цитирует X Y: the outlet and the quoted party after the verb
//   quote   — продолжила, резюмировала: only next to a direct quote
//   reply   — ответил: only with a что-clause or a quote ("ответил на вопрос" says nothing)
//   light   — сделал, выступил: only with a claim noun ("сделал заявление", "выступил с заявлением")
import { conjugate, type Agreement, type Tense, type VerbClass, type VerbForm } from './paradigms.js';

export type VerbSem = 'say' | 'belief' | 'call' | 'name' | 'cite' | 'quote' | 'reply' | 'light';

export interface VerbEntry extends VerbForm {
  sem: VerbSem;
}

/** [infinitive, class, sem, has impersonal reflexive forms]. */
const REGULAR: [string, VerbClass, VerbSem, boolean?][] = [
  ['сообщить', 'i', 'say'], ['сообщать', 'aj', 'say', true],
  ['заявить', 'i', 'say'], ['заявлять', 'aj', 'say', true],
  ['отметить', 'i', 'say'], ['отмечать', 'aj', 'say', true],
  ['подчеркнуть', 'nu', 'say'], ['подчеркивать', 'aj', 'say', true],
  ['говорить', 'i', 'say', true],
  ['рассказывать', 'aj', 'say'],
  // Recollection in an interview: "«…», — вспоминает она".
  ['вспоминать', 'aj', 'say'], ['вспомнить', 'i', 'say'],
  ['пояснить', 'i', 'say'], ['пояснять', 'aj', 'say', true],
  ['уточнить', 'i', 'say'], ['уточнять', 'aj', 'say', true],
  ['добавить', 'i', 'say'], ['добавлять', 'aj', 'say'],
  ['объяснить', 'i', 'say'], ['объяснять', 'aj', 'say', true],
  ['напомнить', 'i', 'say'], ['напоминать', 'aj', 'say', true],
  ['ответить', 'i', 'reply'], ['отвечать', 'aj', 'reply'],
  // Expectation and doubt report a claim only with a что-clause ("ожидают, что ставка снизится"; not "ожидают решения").
  // ("Ожидается, что …" is an impersonal hedge.)
  ['ожидать', 'aj', 'reply', true],
  // Rumour with no subject: "Поговаривают, что…".
  ['поговаривать', 'aj', 'say'],
  ['возразить', 'i', 'say'],
  // Only with "внимание" before a что-clause (the "внимание" guard in ../find.ts): "обратила внимание, что препринт не рецензирован".
  ['обратить', 'i', 'say'], ['обращать', 'aj', 'say'],
  // Only with "с просьбой/требованием/призывом" and an infinitive (REQUEST_NOUNS in ../find.ts): "направило обращение с просьбой ускорить …".
  ['направить', 'i', 'call'], ['направлять', 'aj', 'call'],
  ['заметить', 'i', 'say'], ['замечать', 'aj', 'say'],
  ['указывать', 'aj', 'say', true],
  ['объявить', 'i', 'say'], ['объявлять', 'aj', 'say'],
  ['предупредить', 'i', 'say'], ['предупреждать', 'aj', 'say'],
  ['заверить', 'i', 'say'], ['заверять', 'aj', 'say'], ['уверять', 'aj', 'say'],
  ['утверждать', 'aj', 'say', true], ['настаивать', 'aj', 'say'], ['твердить', 'i', 'say'],
  ['подтвердить', 'i', 'say'], ['подтверждать', 'aj', 'say', true],
  ['опровергать', 'aj', 'say'], ['отвергать', 'aj', 'say'], ['отрицать', 'aj', 'say'],
  // Only a claim pointed back to or a что-clause (DISPUTES in ../find.ts): "В Никосии эту версию оспаривают", not "оспорил штраф".
  ['оспаривать', 'aj', 'say'], ['оспорить', 'i', 'say'],
  ['признавать', 'aj', 'say'],
  ['допустить', 'i', 'belief'], ['допускать', 'aj', 'belief'],
  ['информировать', 'ova', 'say'], ['проинформировать', 'ova', 'say'],
  ['констатировать', 'ova', 'say'], ['резюмировать', 'ova', 'quote'],
  // What people on the spot observe: "Врачи фиксируют рост обращений" (only unnamed or named people: FIXING_PEOPLE in ../find.ts).
  ['фиксировать', 'ova', 'say'], ['зафиксировать', 'ova', 'say'],
  ['комментировать', 'ova', 'quote'], ['прокомментировать', 'ova', 'quote'],
  ['цитировать', 'ova', 'cite', true], ['процитировать', 'ova', 'cite'],
  ['считать', 'aj', 'belief', true], ['посчитать', 'aj', 'belief'],
  ['полагать', 'aj', 'belief'], ['предполагать', 'aj', 'belief', true], ['предположить', 'i', 'belief'],
  ['прогнозировать', 'ova', 'belief'], ['спрогнозировать', 'ova', 'belief'],
  ['обещать', 'aj', 'call'], ['пообещать', 'aj', 'call'],
  // Not "грозить": "ему грозит до шести лет" is a penalty, not a threat someone made.
  ['пригрозить', 'i', 'call'], ['угрожать', 'aj', 'call'],
  ['требовать', 'ova', 'call'], ['потребовать', 'ova', 'call'],
  ['призывать', 'aj', 'call'],
  ['предложить', 'i', 'call'], ['предлагать', 'aj', 'call'],
  ['просить', 'i', 'call'], ['попросить', 'i', 'call'],
  ['поручить', 'i', 'call'], ['поручать', 'aj', 'call'], ['рекомендовать', 'ova', 'call'], ['порекомендовать', 'ova', 'call'],
  ['советовать', 'ova', 'call'], ['посоветовать', 'ova', 'call'], ['приказывать', 'aj', 'call'],
  // Only with "не" (see NEGATED_BELIEFS in ../find.ts): "не исключают, что …".
  ['исключать', 'aj', 'belief'], ['исключить', 'i', 'belief'],
  ['выразить', 'i', 'call'], ['выражать', 'aj', 'call'],
  ['называть', 'aj', 'name', true], ['окрестить', 'i', 'name'],
  ['обвинить', 'i', 'call'], ['обвинять', 'aj', 'call'],
  // (Blame, as an accusation: "Авиакомпания винит поставщика топлива".)
  ['винить', 'i', 'call'],
  ['связывать', 'aj', 'say'],
  ['попенять', 'aj', 'say'], ['упрекнуть', 'nu', 'say'], ['упрекать', 'aj', 'say'],
  ['критиковать', 'ova', 'say'], ['раскритиковать', 'ova', 'say'],
  ['продолжить', 'i', 'quote'],
  // "«…», — повторяет она в каждом интервью": a repeated line, beside a quote only ("повторил рекорд" says nothing).
  ['повторять', 'aj', 'quote'], ['повторить', 'i', 'quote'],
  // Manner and emotion beside a quote: "«…», — вздыхает она", "— шутит министр".
  ['вздыхать', 'aj', 'quote'], ['вздохнуть', 'nu', 'quote'], ['шутить', 'i', 'quote'], ['пошутить', 'i', 'quote'],
  ['восклицать', 'aj', 'quote'], ['воскликнуть', 'nu', 'quote'], ['рассуждать', 'aj', 'quote'], ['размышлять', 'aj', 'quote'],
  ['сетовать', 'ova', 'say'], ['посетовать', 'ova', 'say'], ['возмущаться', 'aj', 'quote'],
  // More manner beside a quote: "— негодует он", "— недоумевает пенсионерка", "— иронизирует министр".
  ['негодовать', 'ova', 'quote'], ['недоумевать', 'aj', 'quote'], ['иронизировать', 'ova', 'quote'],
  // Agreement with the one quoted before: "Ему вторит депутат X: «…»".
  ['вторить', 'i', 'quote'],
  ['высказывать', 'aj', 'say'], ['озвучить', 'i', 'say'], ['озвучивать', 'aj', 'say'],
  // Seen first on unseen news: retorts, conclusions, announcements, persuasion.
  ['гласить', 'i', 'say'], ['парировать', 'ova', 'say'], ['подытожить', 'i', 'say'], ['подытоживать', 'aj', 'say'],
  ['охарактеризовать', 'ova', 'say'], ['характеризовать', 'ova', 'say'], ['предостерегать', 'aj', 'say'],
  ['отреагировать', 'ova', 'quote'], ['реагировать', 'ova', 'quote'],
  // Only with a что-clause or a quote: "анонсировал, что", "подсчитал, что".
  // Findings: "Суд установил, что …", "Как выяснил «Коммерсантъ», …" (not "установил рекорд", "выяснил отношения").
  ['установить', 'i', 'reply'], ['выяснить', 'i', 'reply'],
  // Testimony in court: "Свидетельница показала, что …" (not "показал результат", "показали фильм").
  ['показывать', 'aj', 'reply'],
  ['анонсировать', 'ova', 'reply'], ['убеждать', 'aj', 'reply'], ['подсчитать', 'aj', 'reply'],
  ['рассчитывать', 'aj', 'reply'], ['заподозрить', 'i', 'reply'], ['подозревать', 'aj', 'reply'],
  // Only with "не" (NEGATED_BELIEFS in ../find.ts): "не скрывает, что…".
  ['скрывать', 'aj', 'reply'],
  ['выступить', 'i', 'light'], ['выступать', 'aj', 'light'], ['делать', 'aj', 'light'],
  // Holding a view the sentence before gave: "Эту точку зрения разделяет X" (light: only with the view named).
  ['разделять', 'aj', 'light'], ['поддерживать', 'aj', 'light'],
];

/**
 * Reflexive verbs of a speaker ("улыбается", "признается"): personal, unlike the impersonal
 * reflexive forms above ("сообщается"). [infinitive without -ся, class, sem].
 */
const PERSONAL_REFLEXIVE: [string, VerbClass, VerbSem][] = [
  ['улыбать', 'aj', 'quote'], ['улыбнуть', 'nu', 'quote'], ['усмехать', 'aj', 'quote'], ['усмехнуть', 'nu', 'quote'],
  ['возмущать', 'aj', 'quote'], ['удивлять', 'aj', 'quote'], ['сокрушать', 'aj', 'quote'], ['хвастать', 'aj', 'quote'],
  ['делить', 'i', 'quote'], ['поделить', 'i', 'quote'], ['оправдывать', 'aj', 'quote'], ['горячить', 'i', 'quote'],
  ['признавать', 'aj', 'say'],
  // Confession and agreement report a claim only with a что-clause or a quote: "сознался, что…", "согласился, что…".
  // (Not fear or hope: "опасаются, что…" is an attitude the annotation rules do not count as a report.)
  ['сознать', 'aj', 'reply'], ['придерживать', 'aj', 'light'],
  ['радовать', 'aj', 'quote'], ['восхищать', 'aj', 'quote'],
  // "Эксперты сходятся во мнении, что …".
  ['сходить', 'i', 'reply'], ['отчитать', 'aj', 'reply'], ['согласить', 'i', 'reply'],
  // "Как выразился один из чиновников, «…»".
  ['выразить', 'i', 'say'], ['выражать', 'aj', 'say'],
  // Orders, with the order as the claim: "распорядилась «не поднимать шум»".
  ['распорядить', 'i', 'call'],
  // Saying little: "ограничился словами о том, что …", "ограничилась коротким комментарием: «…»" (light: only with its noun).
  ['ограничить', 'i', 'light'],
];

/** Irregular verbs: [lemma, sem, form, tense, agreement, reflexive?]. */
const IRREGULAR: [string, VerbSem, string, Tense, Agreement, boolean?][] = [];
function irregular(lemma: string, sem: VerbSem, forms: Partial<Record<'sg' | 'pl' | 'm' | 'f' | 'n' | 'ppl' | 'ger', string>>, extra: [string, Tense, Agreement, boolean][] = []): void {
  if (forms.sg) IRREGULAR.push([lemma, sem, forms.sg, 'present', 'sg']);
  if (forms.pl) IRREGULAR.push([lemma, sem, forms.pl, 'present', 'pl']);
  if (forms.m) IRREGULAR.push([lemma, sem, forms.m, 'past', 'm']);
  if (forms.f) IRREGULAR.push([lemma, sem, forms.f, 'past', 'f']);
  if (forms.n) IRREGULAR.push([lemma, sem, forms.n, 'past', 'n']);
  if (forms.ppl) IRREGULAR.push([lemma, sem, forms.ppl, 'past', 'pl']);
  if (forms.ger) IRREGULAR.push([lemma, sem, forms.ger, 'gerund', null]);
  for (const [f, t, a, r] of extra) IRREGULAR.push([lemma, sem, f, t, a, r]);
}
const pastOf = (st: string) => ({ m: st, f: st + 'ла', n: st + 'ло', ppl: st + 'ли' });
const pastL = (st: string) => ({ m: st + 'л', f: st + 'ла', n: st + 'ло', ppl: st + 'ли' });
irregular('сказать', 'say', { sg: 'скажет', pl: 'скажут', ...pastL('сказа'), ger: 'сказав' });
irregular('рассказать', 'say', { sg: 'расскажет', pl: 'расскажут', ...pastL('рассказа'), ger: 'рассказав' });
irregular('писать', 'say', { sg: 'пишет', pl: 'пишут', ...pastL('писа'), ger: 'пиша' });
irregular('написать', 'say', { sg: 'напишет', pl: 'напишут', ...pastL('написа'), ger: 'написав' });
irregular('передать', 'say', { sg: 'передаст', pl: 'передадут', ...pastL('переда'), ger: 'передав' });
irregular('передавать', 'say', { sg: 'передает', pl: 'передают', ...pastL('передава'), ger: 'передавая' },
  [['передается', 'present', 'sg', true], ['передавалось', 'past', 'n', true]]);
irregular('показать', 'reply', { sg: 'покажет', pl: 'покажут', ...pastL('показа'), ger: 'показав' });
irregular('указать', 'say', { sg: 'укажет', pl: 'укажут', ...pastL('указа'), ger: 'указав' });
// ("признается" is the speaker's "admits" — признаться below — far more often than an impersonal "it is admitted".)
irregular('признать', 'say', { sg: 'признает', pl: 'признают', ...pastL('призна'), ger: 'признав' });
irregular('предостеречь', 'say', { sg: 'предостережет', pl: 'предостерегут', m: 'предостерег', f: 'предостерегла', n: 'предостерегло', ppl: 'предостерегли', ger: 'предостерегая' });
irregular('опровергнуть', 'say', { sg: 'опровергнет', pl: 'опровергнут', ...pastOf('опроверг'), ger: 'опровергнув' });
irregular('отвергнуть', 'say', { sg: 'отвергнет', pl: 'отвергнут', ...pastOf('отверг'), ger: 'отвергнув' });
// Only after "дать" (see GIVE in ../find.ts): "дал понять, что …" hints at a claim.
irregular('понять', 'say', {}, [['понять', 'infinitive', null, false]]);
irregular('приказать', 'call', { sg: 'прикажет', pl: 'прикажут', ...pastL('приказа'), ger: 'приказав' });
irregular('велеть', 'call', { sg: 'велит', pl: 'велят', ...pastL('веле') });
irregular('призвать', 'call', { sg: 'призовет', pl: 'призовут', ...pastL('призва'), ger: 'призвав' });
irregular('назвать', 'name', { sg: 'назовет', pl: 'назовут', ...pastL('назва'), ger: 'назвав' });
// Not the perfective "связать": "связали свою судьбу с…" is no report.
irregular('высказать', 'say', { sg: 'выскажет', pl: 'выскажут', ...pastL('высказа'), ger: 'высказав' });
irregular('сделать', 'light', { sg: 'сделает', pl: 'сделают', ...pastL('сдела'), ger: 'сделав' });
irregular('предсказать', 'belief', { sg: 'предскажет', pl: 'предскажут', ...pastL('предсказа'), ger: 'предсказав' });
// ("обратились к губернатору с просьбой отремонтировать дорогу": a request, only with REQUEST_NOUNS, see ../find.ts.)
irregular('обратиться', 'call', { sg: 'обратится', pl: 'обратятся', m: 'обратился', f: 'обратилась', n: 'обратилось', ppl: 'обратились' });
irregular('обращаться', 'call', { sg: 'обращается', pl: 'обращаются', m: 'обращался', f: 'обращалась', n: 'обращалось', ppl: 'обращались' });
irregular('пожаловаться', 'say', { sg: 'пожалуется', pl: 'пожалуются', m: 'пожаловался', f: 'пожаловалась', ppl: 'пожаловались' });
irregular('жаловаться', 'say', { sg: 'жалуется', pl: 'жалуются', m: 'жаловался', f: 'жаловалась', ppl: 'жаловались' });
irregular('сомневаться', 'reply', { sg: 'сомневается', pl: 'сомневаются', m: 'сомневался', f: 'сомневалась', ppl: 'сомневались' });
irregular('признаться', 'say', { sg: 'признается', pl: 'признаются', m: 'признался', f: 'призналась', ppl: 'признались' });
irregular('плакать', 'quote', { sg: 'плачет', pl: 'плачут', ...pastL('плака') });
irregular('ворчать', 'quote', { sg: 'ворчит', pl: 'ворчат', ...pastL('ворча') });
irregular('смеяться', 'quote', { sg: 'смеется', pl: 'смеются', m: 'смеялся', f: 'смеялась', ppl: 'смеялись' });
irregular('засмеяться', 'quote', { m: 'засмеялся', f: 'засмеялась', ppl: 'засмеялись' });
// Curt replies, words only after a quote ("«…», — отрезал министр", "— бросил он"; "бросил курить" is no report).
irregular('отрезать', 'quote', pastL('отреза'));
irregular('бросить', 'quote', pastL('броси'));
irregular('буркнуть', 'quote', pastL('буркну'));
irregular('процедить', 'quote', pastL('процеди'));
irregular('съязвить', 'quote', pastL('съязви'));
irregular('огрызнуться', 'quote', { m: 'огрызнулся', f: 'огрызнулась', ppl: 'огрызнулись' });
// Impersonal participles that open a document frame: "сказано в заявлении", "отмечено в докладе".
irregular('сказать', 'say', {}, [['сказано', 'past', 'n', true]]);
irregular('указать', 'say', {}, [['указано', 'past', 'n', true]]);
irregular('отметить', 'say', {}, [['отмечено', 'past', 'n', true]]);
irregular('подчеркнуть', 'say', {}, [['подчеркнуто', 'past', 'n', true]]);
// Short adjectives used as belief predicates: "он уверен, что…".
irregular('уверен', 'belief', { m: 'уверен', f: 'уверена', n: 'уверено', ppl: 'уверены' });
irregular('убежден', 'belief', { m: 'убежден', f: 'убеждена', ppl: 'убеждены' });
// Stances that report only with a что-clause, a colon or a quote: "Эксперты единодушны: …", "Петров категоричен: «…»".
irregular('единодушен', 'reply', { m: 'единодушен', f: 'единодушна', ppl: 'единодушны' });
irregular('категоричен', 'reply', { m: 'категоричен', f: 'категорична', ppl: 'категоричны' });
irregular('солидарен', 'reply', { m: 'солидарен', f: 'солидарна', ppl: 'солидарны' });

/** Short adjectives used as predicates of a view. */
const SHORT_ADJECTIVES = new Set(['уверен', 'убежден', 'единодушен', 'категоричен', 'солидарен']);

let table: Map<string, VerbEntry> | undefined;

/** Every form (lower case, ё→е) → its entry. Built once. */
export function verbForms(): Map<string, VerbEntry> {
  if (table) return table;
  table = new Map();
  for (const [inf, cls, sem, refl] of REGULAR) {
    for (const [form, tense, agr, reflexive] of conjugate(inf, cls, !!refl)) {
      if (!table.has(form)) table.set(form, { lemma: inf, tense, agr, reflexive, sem });
    }
  }
  // Infinitives, for a cue after a modal verb ("успел сказать, что…", "поспешил заявить").
  for (const [inf, , sem] of REGULAR) if (!table.has(inf)) table.set(inf, { lemma: inf, tense: 'infinitive', agr: null, reflexive: false, sem });
  for (const [lemma, sem] of IRREGULAR) if (/(ть|ться)$/.test(lemma) && !table.has(lemma)) table.set(lemma, { lemma, tense: 'infinitive', agr: null, reflexive: false, sem });
  for (const [stem, cls, sem] of PERSONAL_REFLEXIVE) {
    for (const [form, tense, agr] of conjugate(stem, cls)) {
      if (tense === 'gerund') continue;
      const f = form + (/[аеиоуыэюя]$/.test(form) ? 'сь' : 'ся');
      if (!table.has(f)) table.set(f, { lemma: stem + 'ся', tense, agr, reflexive: false, sem });
    }
  }
  for (const [lemma, sem, form, tense, agr, reflexive] of IRREGULAR) {
    if (!table.has(form)) table.set(form, { lemma, sem, tense: SHORT_ADJECTIVES.has(lemma) ? 'adjective' : tense, agr, reflexive: !!reflexive });
  }
  return table;
}

/** Participles that mark an impersonal report: "Отмечено, что…". */
export const IMPERSONAL_PARTICIPLES = new Set(['отмечено', 'сообщено', 'указано', 'подчеркнуто', 'заявлено']);
