// The hover card's words (src/page/card.ts) in the UI language, for the
// content script to pass to the page layer (PageController's `labels`).
import { GRADES } from '../engine/types.js';
import type { Grade } from '../engine/types.js';
import type { CardLabels } from '../page/card.js';
import type { Translator } from './i18n.js';

export function cardLabels(t: Translator): CardLabels {
  const grades = {} as Record<Grade, string>;
  for (const g of GRADES) grades[g] = t(`cardGrade_${g.replace(/-/g, '_')}`);
  return {
    grades, via: t('cardVia'), unknownSpeaker: t('unattributedSpeaker'), reason: t('cardReason'),
    quotes: [t('cardQuoteOpen'), t('cardQuoteClose')],
  };
}
