// The hover card's words, as a reader gets them (Card.text()).
import { strict as assert } from 'node:assert';
import { JSDOM } from 'jsdom';
import { Card, ENGLISH_LABELS } from '../../src/page/card.js';

describe('hover card', () => {
  it('draws a chain of reporters with the popup\'s arrows: "via A ← B" (A cites B)', () => {
    const dom = new JSDOM('<!doctype html><p>x</p>');
    try {
      const card = new Card(dom.window.document, ENGLISH_LABELS);
      card.show({
        speaker: 'a source among US officials', grade: 'anonymous-described', cue: 'said', via: ['Zakon.kz', 'The Guardian'],
        claim: 'the talks had failed', direct: false, anonymityReason: null,
      }, { left: 10, top: 10, bottom: 30 }, 2);
      const via = card.text().split('\n').find((l) => l.startsWith('via'));
      // The popup lists this chain as "Zakon.kz ← The Guardian ← a source among US officials".
      assert.equal(via, 'via Zakon.kz ← The Guardian');
    } finally {
      dom.window.close();
    }
  });
});
