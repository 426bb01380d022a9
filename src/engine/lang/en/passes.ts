// Passes over all of a text's attributions once every sentence is read:
// headline descriptions resolved forward, reports inside reports, quote-only
// paragraphs that continue a speaker.
import { kindOfGrade } from '../../types.js';
import type { DocView, Quote } from '../types.js';
import type { QuoteIndex } from './quotes-view.js';
import { markEnd, TRAIL, type Claims } from './content.js';
import type { Emitted } from './emitted.js';

export interface PassContext {
  out: Emitted[];
  text: string;
  doc: DocView;
  quotes: QuoteIndex;
  claims: Claims;
}

/** Words a story uses later for a headline's noun: "regulator says" → "the … Safety Commission announced". */
const HEAD_SYNONYMS: Record<string, string[]> = {
  regulator: ['commission', 'authority', 'agency', 'watchdog', 'administration', 'ofcom', 'ofgem', 'ofwat'],
  watchdog: ['commission', 'authority', 'agency', 'regulator', 'ombudsman', 'inspectorate'],
  boss: ['manager', 'coach', 'chief executive', 'head coach'],
  manager: ['boss', 'coach'],
  poll: ['survey'],
  survey: ['poll'],
};

/** Headline nouns for a business: the company the lead names is meant, whatever its name. */
const FIRM_HEADS = /^(?:firm|company|carmaker|automaker|airline|retailer|bank|insurer|chipmaker|drugmaker|supermarket|startup|operator|brewer|publisher|giant)$/;

/** The sources a study speaks through: its team, researchers or authors. */
const STUDY_TEAM = /\b(?:team|researchers|scientists|authors|astronomers)\b/i;

/** Headline descriptions take the first later source of their type ("New Poll" → "Reuters/Ipsos poll"). */
export function resolveForward(ctx: PassContext): void {
  for (let i = 0; i < ctx.out.length; i++) {
    const e = ctx.out[i]!;
    if (e.forwardHead) {
      // "…, mayor says" → "Mayor Ann Roe told …"; "…, union says" → "the Dock Workers' Union said …".
      const re = new RegExp(`\\b(?:${[e.forwardHead, ...(HEAD_SYNONYMS[e.forwardHead] ?? [])].join('|')})\\b`, 'i');
      // ("…, firm admits" then "Brightwave has admitted …": a business or body the headline names by its kind is the
      // first named one that speaks below, in the lead.)
      const lead = ctx.doc.paragraphs[2]?.end ?? ctx.text.length;
      // ("…: report" then "Page Six reported Thursday": an outlet's report is named by its verb.)
      const reportedBy = (x: Emitted) => e.forwardHead === 'report' && x.info.grade === 'media' && /^report/i.test(ctx.text.slice(x.cand.cue.start, x.cand.cue.end));
      const later = ctx.out.slice(i + 1, i + 40).find((x) => !x.forwardHead && !!x.cand.source && kindOfGrade(x.info.grade) !== 'unattributed' && (re.test(ctx.text.slice(x.cand.source.start, x.cand.source.end)) || reportedBy(x)))
        ?? (FIRM_HEADS.test(e.forwardHead) ? ctx.out.slice(i + 1, i + 4).find((x) => !x.forwardHead && x.pos < lead && x.info.grade === 'organization' && !x.info.pointer) : undefined)
        // ("Journal retracts …, citing …" then "Aquatic Ecology Letters said": the first named body or outlet in the lead.)
        ?? (e.forwardHead === 'journal' ? ctx.out.slice(i + 1, i + 4).find((x) => !x.forwardHead && x.pos < lead && (x.info.grade === 'organization' || x.info.grade === 'media') && !x.info.pointer) : undefined)
        // ("…, study suggests" then "…, a team of astronomers says" with the team's lead named: the study is the lead's.)
        ?? (/^(?:study|paper|research)$/.test(e.forwardHead) ? ctx.out.slice(i + 1, i + 4).find((x) => !x.forwardHead && x.pos < lead && x.info.grade === 'person' && !!x.cand.source && STUDY_TEAM.test(ctx.text.slice(x.cand.source.start, x.cand.source.end))) : undefined);
      if (later) {
        e.cand.speaker = later.info.speaker;
        e.cand.grade = later.info.grade;
        e.cand.plural = later.info.plural;
        e.info = { ...later.info };
      }
      continue;
    }
    if (!e.forward) continue;
    const later = ctx.out.slice(i + 1).find((x) => x.info.grade === e.forward && !x.forward);
    if (later) {
      e.cand.speaker = later.info.speaker;
      e.cand.grade = later.info.grade;
      e.info = { ...later.info };
    }
  }
}

/**
 * "The lawyer for the family of a man shot by police said …" then "…, said Ann Roe, a civil rights attorney who
 * represents the Oakes family": one family has one counsel, so an unnamed description of it is the counsel the story
 * names (a lawyer is an attorney or a solicitor).
 */
export function resolveCounsel(ctx: PassContext): void {
  let named: Map<string, string> | undefined;
  for (const e of ctx.out) {
    if (!e.cand.source || kindOfGrade(e.info.grade) !== 'anonymous' || e.info.plural) continue;
    const src = ctx.text.slice(e.cand.source.start, e.cand.source.end);
    const kin = (COUNSEL_OF.exec(src) ?? COUNSEL_OWNED.exec(src))?.[1]?.toLowerCase();
    if (!kin) continue;
    if (!named) {
      named = new Map();
      for (const m of ctx.text.matchAll(NAMED_COUNSEL)) if (!named.has(m[2]!.toLowerCase())) named.set(m[2]!.toLowerCase(), m[1]!);
      for (const m of ctx.text.matchAll(COUNSEL_NAMED)) if (!named.has(m[1]!.toLowerCase())) named.set(m[1]!.toLowerCase(), m[2]!);
    }
    const who = named.get(kin);
    if (!who) continue;
    e.cand.speaker = who;
    e.cand.grade = 'person';
    e.info = { grade: 'person', speaker: who, plural: false };
  }
}
const COUNSEL = String.raw`(?:lawyer|attorney|solicitor|counsel)`;
const KIN = String.raw`(family|parents|relatives|widow|widower)`;
/** "the lawyer for the family of …", "a lawyer representing the parents". */
const COUNSEL_OF = new RegExp(String.raw`\b${COUNSEL}\s+(?:for|of|representing)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]+\s+)?${KIN}\b`, 'iu');
/** "the family's lawyer", "family’s attorney". */
const COUNSEL_OWNED = new RegExp(String.raw`\b${KIN}['’]s?\s+${COUNSEL}\b`, 'iu');
/** "Ann Roe, a civil rights attorney who represents the Oakes family". */
const NAMED_COUNSEL = new RegExp(String.raw`(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}),\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}${COUNSEL}\s+(?:who\s+represents|representing|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]+\s+)?${KIN}\b`, 'gu');
/** "the family's lawyer, Ann Roe". */
// (Case-sensitive, so that the name is capitalised: "the family's lawyer, who …" names nobody.)
const COUNSEL_NAMED = new RegExp(String.raw`\b([Ff]amily|[Pp]arents|[Rr]elatives|[Ww]idow|[Ww]idower)['’]s?\s+${COUNSEL},\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})`, 'gu');

/**
 * A wire lead's delayed name: "A former colleague of X testified on Tuesday that …" then, opening the next paragraph,
 * "Joanna Brill, who worked …, told jurors …": the person the lead describes is the one the story names next.
 * (Not the usual unnamed sources — officials, aides, spokespeople — who stay unnamed.)
 */
export function resolveDelayedName(ctx: PassContext): void {
  const ps = ctx.doc.paragraphs;
  for (let i = 0; i < ctx.out.length && i < 12; i++) {
    const e = ctx.out[i]!;
    if (!e.cand.source || kindOfGrade(e.info.grade) !== 'anonymous' || e.info.plural) continue;
    const src = ctx.text.slice(e.cand.source.start, e.cand.source.end);
    const head = DELAYED.exec(src);
    if (!head) continue;
    const p = ps.findIndex((x) => x.start <= e.pos && e.pos < x.end);
    const next = ps[p + 1];
    if (p < 0 || p > 2 || !next) continue;
    const named = ctx.out.find((x) => x.pos === next.start && x.info.grade === 'person' && !x.info.pointer && x.info.speaker.includes(' '));
    if (!named) continue;
    e.cand.speaker = named.info.speaker;
    e.cand.grade = 'person';
    e.info = { ...named.info };
  }
}
const DELAYED = /^(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:colleague|employee|worker|man|woman|resident|teacher|nurse|doctor|witness|neighbou?r|friend|relative|patient|passenger|driver|student|pupil|mother|father|survivor|whistleblower)\b/iu;

/**
 * "A ransomware gang has claimed … The group, which calls itself Nightjar, said …": the unnamed group described
 * before the text gives its own name is that group (the headline's "Hackers claim …" too).
 */
export function resolveSelfNamed(ctx: PassContext): void {
  const named = ctx.out.find((x) => !!x.cand.source && kindOfGrade(x.info.grade) === 'named' && SELF_NAMING.test(ctx.text.slice(x.cand.source.start, x.cand.source.end)));
  if (!named) return;
  for (const e of ctx.out) {
    if (e === named || e.pos >= named.pos || !e.cand.source || kindOfGrade(e.info.grade) !== 'anonymous') continue;
    if (!GROUP_END.test(ctx.text.slice(e.cand.source.start, e.cand.source.end))) continue;
    e.cand.speaker = named.info.speaker;
    e.cand.grade = named.info.grade;
    e.cand.plural = false;
    e.info = { ...named.info };
  }
}
const SELF_NAMING = /\b(?:calls?|calling|called)\s+(?:itself|themselves)\b/i;
const GROUP_END = /\b(?:gang|group|hackers|cell|faction|collective|crew)$/i;

/**
 * "Mulgrew said he hopes X", "Mook told CBS that the campaign expects X":
 * the inner cue is part of what the outer source said, not a claim of its
 * own, so it is not reported twice. Chains ("citing", "told <outlet>") stay.
 */
/**
 * A trailing cue ("…, an official said") over a clause whose own subject is an unnamed source
 * ("Airline executives have complained that X, an official said"): the unnamed source is a report
 * of its own, so the reader sees every layer of anonymous sourcing. (A named subject stays part of
 * the outer claim, as everywhere.)
 */
function trailingOver(a: Emitted, b: Emitted, text: string): boolean {
  if (!a.cand.source || !b.cand.source || a.cand.content.end > a.cand.source.start || kindOfGrade(b.info.grade) !== 'anonymous') return false;
  if (b.cand.source.start > a.cand.content.start + 1 || b.info.speaker === a.info.speaker) return false;
  return !/^(?:he|she|they|it|we|i|you|who|which)$/i.test(text.slice(b.cand.source.start, b.cand.source.end));
}

/**
 * "Carver has sued her manager, accusing him of fraud, according to a complaint": a is a participle set off by a
 * comma, with its named subject before it, and b a report trailing the whole sentence (its claim holds a's subject).
 * Both stand: b vouches for the scene, a is the subject's own charge inside it (cut before b if it ran over).
 */
function participleAdjunct(a: Emitted, b: Emitted, text: string): boolean {
  if (!a.cand.source || !b.cand.source || a.cue?.type !== 'verb' || a.cue.form !== 3 || kindOfGrade(a.info.grade) !== 'named') return false;
  if (a.cand.source.start > a.cand.cue.start || !/,\s*$/.test(text.slice(Math.max(0, a.cand.cue.start - 3), a.cand.cue.start))) return false;
  // (b trails: its claim ends before its cue and source, and starts at or before a's subject.)
  const bFrom = Math.min(b.cand.cue.start, b.cand.source.start);
  return b.cand.content.end <= bFrom && b.cand.content.start <= a.cand.source.start && bFrom > a.cand.cue.end;
}

/** Is this report an aside set off by commas inside its sentence (", the mayor said, ")? */
function aside(b: Emitted, text: string): boolean {
  if (!b.cand.source || b.cand.source.start > b.cand.cue.start) return false;
  return /,\s*$/.test(text.slice(Math.max(0, b.cand.source.start - 3), b.cand.source.start)) && /^[^,.;:!?“”"]{0,40},/.test(text.slice(b.cand.cue.end, b.cand.cue.end + 42));
}

/** Words that cannot stand inside the subject of a new clause. */
const CLAUSE_WORDS = /^(?:to|whether|that|if|how|why|what|when|who|which|not|had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|did|does|do|said|says|told)$/i;

export function dropEmbedded(ctx: PassContext): void {
  const inside = (e: Emitted, host: Emitted) => e.cand.cue.start >= host.cand.content.start && e.cand.cue.end <= host.cand.content.end;
  const chained = (a: Emitted, b: Emitted) => a.via === b || b.via === a;
  const sorted = [...ctx.out].sort((a, b) => a.cand.cue.start - b.cand.cue.start);
  const drop = new Set<Emitted>();
  const firstCueAtOrAfter = (pos: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.cand.cue.start < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  // "Officials told aides X, two people said": the inner report ends where the trailing cue's source starts.
  for (const a of sorted) {
    if (!a.cand.source || a.cand.direct || a.cand.content.end > a.cand.source.start) continue;
    for (let j = firstCueAtOrAfter(a.cand.content.start); j < sorted.length && sorted[j]!.cand.cue.start < a.cand.content.end; j++) {
      const b = sorted[j]!;
      // ("X said Y, Kyodo news agency reported": an outlet's trailing cue over a named speaker's report too — a chain.)
      const outletOver = a.info.grade === 'media' && kindOfGrade(b.info.grade) === 'named' && b.info.speaker !== a.info.speaker && !!b.cand.source && b.cand.source.start <= a.cand.content.start + 1;
      if (b === a || !b.cand.source || b.cand.direct || b.cand.cue.end > a.cand.content.end || !(trailingOver(a, b, ctx.text) || outletOver)) continue;
      const from = Math.min(a.cand.source.start, a.cand.cue.start);
      if (b.cand.content.end >= a.cand.source.end && b.cand.content.start < from) b.cand.content = ctx.claims.trim(b.cand.content.start, from);
    }
  }
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    if (a.cand.grade === 'unattributed' || a.cand.direct) continue;
    for (let j = firstCueAtOrAfter(a.cand.content.start); j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.cand.cue.start >= a.cand.content.end) break;
      // ("Pettit told the Gazette he expected ‘a very long meeting’": the speaker's own quoted words inside their claim.)
      // (Only a belief or an expectation: "…,” she said" inside the claim is a quotation of its own.)
      const ownQuote = b.cand.direct && !!b.cand.source && b.info.speaker === a.info.speaker && /^(?:he|she|they|it|we|i)$/i.test(ctx.text.slice(b.cand.source.start, b.cand.source.end))
        && /^(?:expect|hope|fear|think|thought|believ|feel|felt|want|plan|intend)/i.test(ctx.text.slice(b.cand.cue.start, b.cand.cue.end));
      if (b === a || b.cand.grade === 'unattributed' || b.cand.direct && !ownQuote || b.noun || chained(a, b) || !inside(b, a)) continue;
      // "She said little about it, and people familiar with her thinking say …": a new clause, not a report inside.
      if (b.cand.source && b.cand.source.start > a.cand.content.start) {
        // ("…, but Sandhu and a third member, Grace Lund, argued": words of the new clause's subject may come first.)
        // ("called the attack “an outrage,” but he also noted …": the comma may sit inside a closing quotation mark.)
        // ("Kyiv says it downed 40 drones as Moscow claims capture of a village": "as" opens a rival's report too.)
        const m = /,[”"’]?\s*(?:and|but|while|though|although|yet|after|before|when|since|because|until)\s+((?:[\p{L}'’.-]+\s+){0,4})$|;\s*$|\s(?:as|while|whereas)\s+((?:[\p{L}'’.-]+\s+){0,3})$/u.exec(ctx.text.slice(a.cand.content.start, b.cand.source.start));
        // (Only nouns and names: "…, but declined to say whether it …" is still the first source's clause.)
        if (m && !(m[1] ?? m[2] ?? '').split(/\s+/).some((w) => CLAUSE_WORDS.test(w) || /^\p{Ll}+(?:ed|ing)$/u.test(w))) {
          // (A closing mark after the comma stays with the quotation it closes.)
          const mark = /^,[”"’]/.test(m[0]) ? 2 : 0;
          a.cand.content = ctx.claims.trim(a.cand.content.start, a.cand.content.start + m.index + mark);
          continue;
        }
      }
      // "According to The Guardian, officials said X", "Reuters reported that officials said X":
      // the inner source is reported through the outer one (a chain), with the inner claim.
      const outerCue = a.cue;
      // ("Viktor Orban said X, according to police": the inner claim runs over the outer cue — no outlet cut it there — so
      // the unnamed source vouches for the whole scene before its cue, as in "Mook told aides X, according to someone".)
      if (outerCue?.type === 'after' && b.cand.cue.end <= a.cand.cue.start && b.cand.content.start < a.cand.cue.start && b.cand.content.end > a.cand.cue.start && b.cand.source && b.cand.source.start < b.cand.cue.start) {
        a.cand.content = ctx.claims.trim(b.cand.source.start, a.cand.cue.start);
        a.cand.direct = false;
        continue;
      }
      // (Not the outlet's own naming inside its report: "The Courier said X in what it called “Y”" is one speaker.)
      if ((outerCue?.type === 'after' || a.info.grade === 'media') && b.cand.content.start >= b.cand.cue.start && !b.via && b.cand.speaker !== a.cand.speaker) {
        b.via = a;
        a.cand.content = { ...b.cand.content };
        a.cand.direct = b.cand.direct;
        continue;
      }
      // ("Viktor Orban said X, according to the state news agency MTI": a trailing "according to" a named body inside a
      // named speaker's report names who passed the report on — a chain, as with an outlet the lexicon knows. An unnamed
      // one — "Mook told aides X, according to someone in attendance" — vouches for the whole scene instead.)
      // (A speaker, not an outlet — "Bloomberg reports X, according to the Roper Center" relays Roper — and a verb of
      // speech: "agreed to restart talks" is an act the according-to source reports.)
      if (b.cue?.type === 'after' && !a.via && !b.via && (a.info.grade === 'person' || a.info.grade === 'organization') && a.cue?.verb?.cls === 'speech' && kindOfGrade(b.info.grade) === 'named' && a.cand.content.start > a.cand.cue.start && b.cand.content.start <= a.cand.cue.start && !!b.cand.source && b.cand.source.start > a.cand.cue.end) {
        a.cand.content = ctx.claims.trim(a.cand.content.start, b.cand.cue.start);
        a.via = b;
        b.cand.content = { ...a.cand.content };
        b.cand.direct = a.cand.direct;
        continue;
      }
      // "Officials told aides X, two people familiar with the talks said": see trailingOver.
      if (trailingOver(a, b, ctx.text)) continue;
      // ("Carver has sued her manager, accusing him of fraud, according to a complaint": the subject's act and the charge
      // it makes are both in the report; the charge stays the subject's own report inside it.)
      if (participleAdjunct(b, a, ctx.text)) continue;
      if (participleAdjunct(a, b, ctx.text)) {
        const bFrom = Math.min(b.cand.cue.start, b.cand.source!.start);
        if (a.cand.content.end > bFrom) a.cand.content = ctx.claims.trim(a.cand.content.start, bFrom);
        continue;
      }
      // ("A report argued that X should be studied, in part, the agency's chief scientist has said, because Y": an aside
      // naming a source of its own — no pronoun, another speaker — vouches for the claim too.)
      if (aside(b, ctx.text) && b.info.speaker !== a.info.speaker && !/^(?:he|she|they|it|we|i|who|which)$/i.test(ctx.text.slice(b.cand.source!.start, b.cand.source!.end))) continue;
      // Both inside each other ("X told Y that Z, the source added"): the trailing cue is the outer one.
      if (inside(a, b) && !b.cand.direct) drop.add(a.cand.content.start >= a.cand.cue.start ? a : b);
      else drop.add(b);
    }
  }
  if (!drop.size) return;
  const keep = ctx.out.filter((e) => !drop.has(e));
  ctx.out.length = 0;
  ctx.out.push(...keep);
}

/**
 * Quote-only paragraphs continue a speaker: a paragraph that is one
 * quotation with no cue of its own, right after a paragraph whose last
 * attribution is a direct quote, belongs to that quote (its content is
 * extended over it); an open quote running into the paragraph whose quote
 * carries the cue ("“A …¶“B,” she said") is taken in front.
 */
export function quoteParagraphs(ctx: PassContext): void {
  const paras = ctx.doc.paragraphs;
  if (!ctx.out.length || paras.length < 2) return;
  const cued = new Set<number>();
  const paraIndex = (pos: number) => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < paras[mid]!.start) hi = mid - 1;
      else if (pos >= paras[mid]!.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  for (const e of ctx.out) cued.add(paraIndex(e.cand.cue.start));
  // Only quotes in the same style as the attributed one continue it.
  const quoteOnly = (pi: number, opener: string): Quote | null => {
    const p = paras[pi];
    if (!p || cued.has(pi)) return null;
    const q = ctx.quotes.startingAfter(p.start, /^$/, p.end);
    if (!q || q.depth > 0 || ctx.text[q.open] !== opener) return null;
    return ctx.claims.endsClean(q, p) && (q.close === null || TRAIL.test(ctx.text.slice(markEnd(q), p.end))) ? q : null;
  };
  const lastIn = new Map<number, Emitted>();
  for (const e of ctx.out) {
    const pi = paraIndex(e.cand.cue.start);
    const prev = lastIn.get(pi);
    if (!prev || e.cand.cue.start >= prev.cand.cue.start) lastIn.set(pi, e);
  }
  for (const [pi, e] of lastIn) {
    if (!e.cand.direct || kindOfGrade(e.cand.grade) === 'unattributed') continue;
    // Forward: the next paragraphs that are nothing but a quotation.
    const opener = ctx.text[e.cand.content.start - 1] ?? '';
    for (let k = pi + 1; k < paras.length && k <= pi + 4; k++) {
      const q = quoteOnly(k, opener);
      if (!q) break;
      e.cand.content = { start: e.cand.content.start, end: q.content.end };
    }
  }
  for (const e of ctx.out) {
    if (!e.cand.direct) continue;
    const pi = paraIndex(e.cand.content.start);
    const p = paras[pi];
    if (!p || e.cand.content.start > p.start + 1) continue;
    // Backward: an open quote in the previous paragraph runs into this one.
    const q = quoteOnly(pi - 1, ctx.text[e.cand.content.start - 1] ?? '');
    if (q && q.close === null) e.cand.content = { start: q.content.start, end: e.cand.content.end };
  }
}
