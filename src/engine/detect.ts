// Language of a piece of text: the script decides first (Cyrillic vs Latin),
// function words decide between languages of one script; the caller's hint
// (the page's lang attribute) breaks ties.
import type { LanguageModule } from './lang/types.js';

export interface Detection {
  lang: string | null;
  /** Letters counted, so callers can tell a firm answer from a guess. */
  letters: number;
}

export function detectLanguage(text: string, modules: readonly LanguageModule[], hint?: string): Detection {
  const counts = modules.map(() => 0);
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x41) continue;
    for (let k = 0; k < modules.length; k++) if (modules[k]!.script.test(c)) counts[k]!++;
    if (/\p{L}/u.test(c)) letters++;
  }
  const best = Math.max(0, ...counts);
  const hintBase = hint?.toLowerCase().split(/[-_]/)[0];
  if (best === 0) return { lang: modules.find((m) => m.code === hintBase)?.code ?? null, letters };
  const contenders = modules.filter((_, k) => counts[k]! === best);
  if (contenders.length === 1) return { lang: contenders[0]!.code, letters };
  // Same script: count function words.
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let top: LanguageModule | null = null;
  let topScore = -1;
  for (const m of contenders) {
    let score = 0;
    for (const w of words) if (m.functionWords.has(w)) score++;
    if (m.code === hintBase) score += 0.5;
    if (score > topScore) { top = m; topScore = score; }
  }
  return { lang: top!.code, letters };
}
