// Claims reported by a noun of saying with its owner: "Okafor's assertion that
// …", "the union's claim that …", "repeated her warning that …". The owner is
// the source, the noun the cue, the that-clause the claim. When the frame is
// the sentence's subject ("X's claim that A drew groans"), the claim ends
// where the sentence's own verb begins.
import type { Tok } from './tokens.js';
import { isQuote } from './tokens.js';

/** Nouns that report what their owner said, argued or believes. */
const SAYING_NOUNS = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'warning', 'warnings', 'insistence', 'argument', 'suggestion',
  'contention', 'allegation', 'allegations', 'admission', 'promise', 'pledge', 'prediction', 'assurance',
  'assurances', 'belief', 'statement', 'announcement', 'denial', 'accusation', 'complaint', 'charge', 'boast',
  'observation', 'remark', 'testimony', 'revelation', 'recollection', 'forecast', 'conclusion', 'finding',
  'estimate', 'fear', 'fears', 'concern', 'hope', 'expectation', 'vow', 'threat', 'reminder', 'acknowledgment',
  'acknowledgement', 'confirmation', 'explanation', 'theory', 'view',
]);
const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Words that cannot describe the noun between its owner and it ("her view that", not "her and the view"). */
const NOT_DESCRIBING = /^(?:the|and|or|but|that|this|these|those|with|from|for|not|was|were|has|had|have|are|his|her|their|its|our|your|own)$/;
/** Auxiliaries and past forms that can open the sentence's own verb after the clause. */
const MATRIX = /^(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|seems|seemed|appears|appeared|remains|remained|drew|drew|met|won|lost|came|went|got|made|left|caught|brought|sent|struck|rang|fell|rose|became|found|put|set|cut|hit|led|ran|stood|took|gave|proved|raised|sparked|prompted|angered|triggered|caused|contradicts|contradicted|clashes|clashed|conflicts|conflicted)$/;
/** Words after which an -ed form is still inside the claim (a participle or a second verb of it). */
const LINKS = /^(?:and|or|but|that|which|who|been|be|being|is|was|were|are|has|had|have|not|n't|to|,)$/;
const PREP = /^(?:at|in|on|by|to|from|with|for|of|into|onto|over|under|after|before|during|without|as|than|about|across|through)$/;

export interface NounFrame {
  /** Token of the owner's last word ("Okafor", "company") or the owning pronoun ("her"). */
  ownerEnd: number;
  /** Token of "'s", or -1 for a possessive pronoun; -2 for an owner after the noun ("the claim by Hale that"). */
  clitic: number;
  /** First token of an owner after the noun ("by Hale"), else -1. */
  ownerFrom?: number;
  noun: number;
  /** First token of the claim (after "that"). */
  claimFrom: number;
  /** "Her argument is that …": the claim follows the frame's own verb and runs to the sentence's end. */
  copula?: boolean;
}

/** "<owner>'s <noun> that" / "<his|her|their|its> <noun> that" frames in one sentence, not inside quotes. */
export function nounFrames(toks: Tok[], inQuote: (pos: number) => boolean): NounFrame[] {
  const out: NounFrame[] = [];
  for (let k = 1; k + 2 < toks.length; k++) {
    const t = toks[k]!;
    // ("the assertion by Hale that …", "a warning from the regulator that …": the owner after the noun.)
    if (SAYING_NOUNS.has(t.lo) && /^(?:by|from)$/.test(toks[k + 1]!.lo) && /^(?:the|a|an|this|that)$/.test(toks[k - 1]!.lo) && !inQuote(t.start)) {
      const that = toks.findIndex((x, i) => i > k + 2 && i <= k + 7 && x.lo === 'that');
      if (that > 0 && toks.slice(k + 2, that).every((x) => x.word && (x.cap || /^(?:the|its|his|her|their|of|for)$/.test(x.lo) || !/^\p{Ll}+(?:ed|ing)$/u.test(x.text) && x.lo.length > 1))
        && (toks[k + 2]!.cap || toks[k + 2]!.lo === 'the')) {
        out.push({ ownerEnd: that - 1, clitic: -2, ownerFrom: k + 2, noun: k, claimFrom: that + 1 });
        continue;
      }
    }
    if (!SAYING_NOUNS.has(t.lo) || inQuote(t.start)) continue;
    // ("Her main argument is that …", "His view, much like his party's, was that …": the claim follows the copula.)
    let that = k + 1;
    let copula = false;
    if (toks[that]!.lo !== 'that') {
      let q = k + 1;
      if (toks[q]!.text === ',') {
        q = toks.findIndex((x, i) => i > k + 2 && i < k + 30 && x.text === ',');
        if (q < 0 || toks.slice(k + 2, q).some((x) => isQuote(x) || x.lo === 'that')) continue;
        q++;
      }
      if (!/^(?:is|was)$/.test(toks[q]?.lo ?? '') || toks[q + 1]?.lo !== 'that') continue;
      that = q + 1;
      copula = true;
    }
    // ("that" opening the claim, not a relative pronoun: "the claim that was rejected" has no clause subject.)
    const n = toks[that + 1];
    if (!n) continue;
    if (!n.word && !isQuote(n) || /^(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must)$/.test(n.lo)) continue;
    // ("Her fundamental argument that …", "the union's repeated warnings that …": up to two describing words before the noun.)
    let j = k - 1;
    for (let n2 = 0; n2 < 2 && j > 0 && toks[j]!.word && !toks[j]!.cap && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(toks[j]!.text) && !NOT_DESCRIBING.test(toks[j]!.lo); n2++) j--;
    const p = toks[j]!;
    if (/^['’]s$/.test(p.lo) && j >= 1 && toks[j - 1]!.word) out.push({ ownerEnd: j - 1, clitic: j, noun: k, claimFrom: that + 1, copula });
    else if (OWNER_PRONOUNS.has(p.lo)) out.push({ ownerEnd: j, clitic: -1, noun: k, claimFrom: that + 1, copula });
  }
  return out;
}

/** The owner before "'s": a name ("Rita Okafor", "the Rail Union") or "the <noun>" ("the company", "the city's mayor" → "the mayor"). */
export function ownerFrom(toks: Tok[], clitic: number): number {
  let k = clitic - 1;
  if (toks[k]!.cap) {
    while (k - 1 >= 0 && toks[k - 1]!.word && (toks[k - 1]!.cap || /^(?:of|for|and)$/.test(toks[k - 1]!.lo) && toks[k - 2]?.cap)) k--;
    if (/^(?:the)$/.test(toks[k - 1]?.lo ?? '')) k--;
    return k;
  }
  for (let n = 0; n < 3 && k >= 0 && toks[k]!.word; n++, k--) if (/^(?:the|this|that)$/.test(toks[k]!.lo)) return k;
  return -1;
}

/** Words that open a clause of its own inside the claim: its first verb is that clause's. */
const OPENS_CLAUSE = /^(?:that|which|who|whom|whose|because|if|when|since|although|though|while|unless|until|where|after|before|as|and|or|but)$/;

/**
 * Where the claim of a frame that is its sentence's subject ends: before the sentence's own verb
 * ("… that visitors would pay | drew groans"). -1 when no such verb is found.
 */
export function subjectClaimEnd(toks: Tok[], from: number): number {
  // The claim's own verb first: "would pay", "had been", "left".
  let own = -1;
  for (let j = from + 1; j < toks.length; j++) {
    if (MATRIX.test(toks[j]!.lo) || /^\p{Ll}+ed$/u.test(toks[j]!.text)) { own = j; break; }
  }
  if (own < 0) return -1;
  const group = (j: number) => { while (j < toks.length && toks[j]!.word && (MATRIX.test(toks[j]!.lo) || /^(?:been|be|being|not|simply|also|already|still|never|only)$/.test(toks[j]!.lo))) j++; return j; };
  let firstEd = -1;
  let pending = false;
  let quoted = false;
  for (let j = group(own + 1); j < toks.length; j++) {
    const t = toks[j]!;
    if (isQuote(t)) { quoted = !quoted; continue; }
    if (quoted || !t.word) continue;
    if (OPENS_CLAUSE.test(t.lo)) { pending = true; continue; }
    const next = toks[j + 1];
    // ("stranded at unstaffed stations": an -ed form before a preposition describes; "drew groans" is the verb.)
    const pastVerb = /^\p{Ll}{3,}ed$/u.test(t.text) && !!next && !PREP.test(next.lo) && next.text !== ',' && !/^[.!?]$/.test(next.text);
    if (!MATRIX.test(t.lo) && !pastVerb) continue;
    if (pending) { pending = false; j = group(j + 1) - 1; continue; }
    if (LINKS.test(toks[j - 1]!.lo)) continue;
    if (MATRIX.test(t.lo)) return j;
    if (firstEd < 0) firstEd = j;
  }
  return firstEd;
}
