// Who brought a suit. "Jolene Carver has sued her former manager …", "the union filed a lawsuit against the city":
// a lawsuit or complaint the story then cites ("the lawsuit alleges", "according to a complaint filed Tuesday")
// speaks as the one who brought it. Only a name standing right before the verb counts, so the issuer is
// explicit in the text, never guessed.
import type { Entities } from './entities.js';
import { countBelow } from '../../sorted.js';

/** Papers a suit is brought with. */
export const SUIT_PAPERS: ReadonlySet<string> = new Set(['lawsuit', 'suit', 'complaint']);

// "sued", "sues", "is suing", "filed a lawsuit against", "has filed a federal complaint against".
const SUED = /\b(?:sued|sues|suing|filed\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:lawsuit|suit|complaint)\s+against)\b/giu;
// ("was sued by", "been sued": the passive's subject is the one sued.)
const PASSIVE = /\b(?:was|were|been|being|be|is|are|get|gets|got)\s+$/i;
// ("has sued", "is suing", "had filed …": an auxiliary between the name and the verb.)
const AUX = /^\s+(?:(?:has|have|had|is|are|was|were|also|now|already)\s+){0,2}$/i;
/** How far back a suit may have been brought (a story's opening paragraphs). */
const WINDOW = 1500;

/** The person or body that the text before `pos` says brought a suit (the latest such), or null. */
export function plaintiffBefore(text: string, ents: Entities, pos: number): string | null {
  const from = Math.max(0, pos - WINDOW);
  const slice = text.slice(from, pos);
  let found: string | null = null;
  SUED.lastIndex = 0;
  for (let m = SUED.exec(slice); m; m = SUED.exec(slice)) {
    const at = from + m.index;
    if (/^sued$/i.test(m[0]) && PASSIVE.test(text.slice(Math.max(0, at - 12), at))) continue;
    const ms = ents.mentions;
    const i = countBelow(ms, at, (x) => x.start) - 1;
    const mention = ms[i];
    if (!mention || mention.end > at || !AUX.test(' ' + text.slice(mention.end, at))) continue;
    const name = ents.canonical(mention.name, mention.start);
    const type = ents.type(name);
    if (type === 'person' || type === 'organization' || type === 'media') found = name;
  }
  return found;
}
