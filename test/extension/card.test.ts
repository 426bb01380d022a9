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

describe('hover card: the cue', () => {
  it('is left out when it is punctuation alone (a colon before a quote), shown in quotes otherwise', () => {
    const dom = new JSDOM('<!doctype html><p>x</p>');
    try {
      const card = new Card(dom.window.document, ENGLISH_LABELS);
      const show = (cue: string) => {
        card.show({ speaker: 'Александр Лукашенко', grade: 'person', cue, via: [], claim: 'День вступления в должность', direct: true, anonymityReason: null }, { left: 0, top: 0, bottom: 0 }, 1);
        return card.text().split('\n');
      };
      assert.deepEqual(show(':'), ['Александр Лукашенко', 'Named person', '“День вступления в должность”']);
      assert.equal(show('сказал')[2], '“сказал”');
    } finally {
      dom.window.close();
    }
  });
});

describe('hover card in the UI language', () => {
  it('quotes the cue and a direct quote with the Russian UI\'s «…», the English UI\'s “…”', async () => {
    const { cardLabels } = await import('../../src/extension/card-labels.js');
    const { translator } = await import('./dom.js');
    const info = { speaker: 'Анзоров', grade: 'person' as const, cue: 'объяснил', via: [], claim: 'Я казнил одного из ваших адских псов', direct: true, anonymityReason: null };
    for (const [lang, cue, claim] of [['ru', '«объяснил»', '«Я казнил одного из ваших адских псов»'], ['en', '“объяснил”', '“Я казнил одного из ваших адских псов”']] as const) {
      const dom = new JSDOM('<!doctype html><p>x</p>');
      try {
        const card = new Card(dom.window.document, cardLabels(translator(lang)));
        card.show(info, { left: 10, top: 10, bottom: 30 }, 1);
        const lines = card.text().split('\n');
        assert.ok(lines.includes(cue), `${lang}: ${lines.join(' | ')}`);
        assert.ok(lines.includes(claim), `${lang}: ${lines.join(' | ')}`);
      } finally {
        dom.window.close();
      }
    }
  });
});

describe('hover card where highlights draw no lines (Firefox)', () => {
  it('the grade wears its kind\'s band pattern, as the page draws it, and reads the same', () => {
    const dom = new JSDOM('<!doctype html><p>x</p>');
    try {
      const card = new Card(dom.window.document, ENGLISH_LABELS, false);
      const grade = () => (card as unknown as { fields: { grade: HTMLElement } }).fields.grade;
      const show = (g: 'person' | 'anonymous-described' | 'unattributed') => card.show({
        speaker: 'x', grade: g, cue: 'said', via: [], claim: 'y', direct: false, anonymityReason: null,
      }, { left: 10, top: 10, bottom: 30 }, 1);
      show('anonymous-described');
      assert.equal(grade().getAttribute('data-look'), 'band');
      assert.equal(grade().textContent, 'Anonymous, described');
      assert.deepEqual([...grade().querySelectorAll('[data-band]')].map((e) => e.textContent).slice(0, 3), ['Ano', 'ymo', 's,']);
      show('unattributed');
      assert.deepEqual([...grade().querySelectorAll('[data-band]')].map((e) => e.textContent).slice(0, 3), ['U', 't', 'i']);
      show('person');
      assert.equal(grade().querySelectorAll('[data-band]').length, 0);
      assert.equal(grade().textContent, 'Named person');
      // With lines (Chromium) the grade is underlined in its kind's style instead.
      const lined = new Card(dom.window.document, ENGLISH_LABELS, true);
      lined.show({ speaker: 'x', grade: 'unattributed', cue: 'said', via: [], claim: 'y', direct: false, anonymityReason: null }, { left: 0, top: 0, bottom: 0 }, 2);
      const g = (lined as unknown as { fields: { grade: HTMLElement } }).fields.grade;
      assert.equal(g.getAttribute('data-look'), 'line');
      assert.equal(g.querySelectorAll('[data-band]').length, 0);
    } finally {
      dom.window.close();
    }
  });
});
