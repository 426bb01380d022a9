import assert from 'node:assert/strict';
import { PageController } from '../../src/page/controller.js';
import { HIGHLIGHT_NAMES } from '../../src/page/highlight-style.js';
import { ENGLISH_LABELS } from '../../src/page/card.js';
import type { AnalyzeResult, PageState } from '../../src/shared/types.js';
import { engineAnalyze, installHighlights, page, tick } from './dom.js';

const HEAD = '<meta property="og:type" content="article"><title>Talks delayed</title>';
const ARTICLE = `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <article><h1>Talks delayed</h1>
  <p>The minister said the talks would resume next week. "We are ready," he told reporters.</p>
  <p>According to <a href="https://theguardian.example">The Guardian</a>, officials familiar with the matter said the plan was delayed.</p>
  <p>The company reportedly lost money in the second quarter, and its shares fell.</p>
  </article><footer><p>© News Example</p></footer>`;

const open: { close(): void }[] = [];
afterEach(() => { for (const w of open.splice(0)) w.close(); });

function setup(body = ARTICLE, opts: { wrap?: boolean; settleAfter?: number } = {}) {
  const dom = page(body, HEAD);
  open.push(dom.window);
  const registry = opts.wrap ? null : installHighlights(dom.window);
  const calls: string[] = [];
  const states: PageState[] = [];
  const analyze = async (text: string, hint?: string): Promise<AnalyzeResult> => { calls.push(text); return engineAnalyze(text, hint); };
  const c = new PageController(dom.window.document, { analyze, onState: (s) => states.push(s), wrap: opts.wrap, minInterval: 5, settleAfter: opts.settleAfter });
  return { dom, doc: dom.window.document, registry, calls, states, c };
}

describe('page controller (engine in place of the background)', () => {
  it('highlights named, anonymous and unattributed sources and their claims', async () => {
    const { doc, registry, calls, states, c } = setup();
    const before = doc.documentElement.outerHTML;
    const s = await c.start();
    assert.equal(s.state, 'done');
    assert.equal(s.article, true);
    assert.equal(calls.length, 1);
    assert.doesNotMatch(calls[0]!, /Home|© News/);
    for (const k of ['named', 'anonymous', 'unattributed', 'claim'] as const) {
      assert.ok((registry!.get(HIGHLIGHT_NAMES[k])?.size ?? 0) > 0, `${k} highlighted`);
    }
    const seq = states.map((x) => x.state);
    assert.equal(seq[seq.length - 1], 'done');
    assert.ok(seq.indexOf('analyzing') < seq.indexOf('done'));
    // Highlighting did not change the page's markup.
    c.destroy();
    assert.equal(doc.documentElement.outerHTML, before);
  });

  it('turns off completely: no highlights, no card, markup identical, no more listeners', async () => {
    const { dom, doc, registry, c } = setup();
    const before = doc.documentElement.outerHTML;
    await c.start();
    assert.ok(c.step(1).ok);
    assert.ok(doc.querySelector('whosaid-card'));
    const off = await c.setEnabled(false);
    assert.equal(off.state, 'off');
    assert.equal(off.enabled, false);
    assert.equal(registry!.size, 0);
    assert.equal(doc.documentElement.outerHTML, before);
    doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Later, the spokesman said nothing.</p>');
    dom.window.dispatchEvent(new dom.window.Event('pointermove'));
    await tick(40);
    assert.equal(doc.querySelector('whosaid-card'), null);
    assert.equal(c.state.state, 'off');
  });

  it('steps through attributions in reading order and shows a card with speaker, grade, cue and chain', async () => {
    const { c } = setup();
    const s = await c.start();
    const order = [...s.attributions].sort((a, b) => a.cue.start - b.cue.start).map((a) => a.id);
    const seen = [c.step(1).id, c.step(1).id, c.step(-1).id];
    assert.deepEqual(seen, [order[0], order[1], order[0]]);
    const card = (c as unknown as { session: { card: { text(): string } } }).session.card.text();
    assert.match(card, /minister/i);
    assert.match(card, /Named person/);
    assert.match(card, /said/);
    const guardian = s.attributions.find((a) => a.speaker === 'officials familiar with the matter');
    if (guardian?.via !== null && guardian?.via !== undefined) {
      assert.ok(c.focusAttribution(guardian.id));
      assert.match((c as unknown as { session: { card: { text(): string } } }).session.card.text(), /via The Guardian/);
    }
  });

  it('does the same with the wrapping fallback and restores the DOM exactly', async () => {
    const { doc, c, calls } = setup(ARTICLE, { wrap: true });
    const before = doc.documentElement.outerHTML;
    const s = await c.start();
    assert.ok(s.attributions.length >= 4);
    assert.ok(c.step(1).ok);
    await tick(60);
    assert.equal(calls.length, 1, 'our own wrapping and focus cause no rescan');
    // The page grows: the new paragraph is analyzed and wrapped too; off restores the page as it now is.
    const p = doc.createElement('p');
    p.textContent = 'Officials familiar with the talks said a deal was close.';
    c.destroy();
    doc.querySelector('article')!.append(p);
    const grown = doc.documentElement.outerHTML;
    p.remove();
    await c.start();
    doc.querySelector('article')!.append(p);
    await tick(80);
    assert.equal(calls.length, 3);
    assert.ok([...p.querySelectorAll('whosaid-mark')].some((m) => /anonymous/.test(m.getAttribute('data-kinds')!)));
    await c.setEnabled(false);
    assert.equal(doc.documentElement.outerHTML, grown);
    p.remove();
    await c.setEnabled(true);
    const kinds = new Set([...doc.querySelectorAll('whosaid-mark')].flatMap((m) => m.getAttribute('data-kinds')!.split(' ')));
    assert.deepEqual([...kinds].sort(), ['anonymous', 'claim', 'named', 'unattributed']);
    await c.setEnabled(false);
    assert.equal(doc.documentElement.outerHTML, before);
  });

  it('decides "not an article" without analyzing, and runs anyway on request', async () => {
    const dom = page(`<nav>${Array.from({ length: 10 }, (_, i) => `<a href="/${i}">Link ${i}</a>`).join('')}</nav><p>The minister said so.</p>`);
    open.push(dom.window);
    installHighlights(dom.window);
    const calls: string[] = [];
    const c = new PageController(dom.window.document, { analyze: async (t) => { calls.push(t); return engineAnalyze(t); } });
    assert.equal((await c.start()).state, 'not-article');
    assert.equal(calls.length, 0);
    const s = await c.runAnyway();
    assert.equal(s.state, 'done');
    assert.equal(calls.length, 1);
    c.destroy();
  });

  it('re-analyzes only new paragraphs of a growing page; its own card causes no rescan', async () => {
    const { doc, registry, calls, c } = setup();
    await c.start();
    const claims = registry!.get(HIGHLIGHT_NAMES.claim)!.size;
    c.step(1); // shows the card: our own node
    await tick(60);
    assert.equal(calls.length, 1, 'no rescan for our own nodes');
    doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Officials familiar with the talks said a deal was close.</p>');
    await tick(80);
    assert.equal(calls.length, 2);
    assert.equal(calls[1], 'Officials familiar with the talks said a deal was close.');
    assert.ok(registry!.get(HIGHLIGHT_NAMES.claim)!.size > claims);
    assert.equal(c.state.state, 'done');
    // Earlier attributions kept their place in the text.
    for (const a of c.state.attributions) assert.ok(a.cue.end <= (c as unknown as { session: { model: { text: string } } }).session.model.text.length);
    c.destroy();
  });

  it('analyzes a paragraph revealed by an attribute change (hidden, class) and only that one', async () => {
    const body = ARTICLE.replace('</article>', '<p id="later" hidden>Officials familiar with the talks said a deal was close.</p><p id="more" class="hidden">The union reportedly rejected the offer on Friday.</p></article>');
    const { doc, registry, calls, c } = setup(body);
    await c.start();
    assert.doesNotMatch(calls[0]!, /deal was close|rejected the offer/);
    const claims = registry!.get(HIGHLIGHT_NAMES.claim)!.size;
    doc.getElementById('later')!.removeAttribute('hidden');
    await tick(80);
    assert.equal(calls.length, 2);
    assert.equal(calls[1], 'Officials familiar with the talks said a deal was close.');
    assert.ok(registry!.get(HIGHLIGHT_NAMES.claim)!.size > claims);
    doc.getElementById('more')!.setAttribute('class', 'shown');
    await tick(80);
    assert.equal(calls.length, 3);
    assert.equal(calls[2], 'The union reportedly rejected the offer on Friday.');
    // Hidden again: no engine call needed, its highlights go with it.
    doc.getElementById('later')!.setAttribute('hidden', '');
    await tick(80);
    assert.equal(calls.length, 3);
    const text = (c as unknown as { session: { model: { text: string } } }).session.model.text;
    assert.doesNotMatch(text, /deal was close/);
    assert.ok(c.state.attributions.every((a) => a.cue.end <= text.length));
    c.destroy();
  });

  it('analyzes the whole text once more when a growing page is quiet, for the summary', async () => {
    const { doc, calls, c } = setup(ARTICLE, { settleAfter: 150 });
    await c.start();
    const before = c.state.summary!.totals.attributions;
    doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Officials familiar with the talks said a deal was close.</p>');
    await tick(60);
    assert.equal(calls.length, 2);
    await tick(400);
    assert.equal(calls.length, 3);
    assert.match(calls[2]!, /^The minister said[\s\S]*a deal was close\.$/);
    assert.ok(c.state.summary!.totals.attributions > before);
    c.destroy();
  });

  it('highlights nothing on an article in a language the engine does not read, and says so', async () => {
    const SPANISH = `<article><h1>Tasas sin cambios</h1>
      <p>El presidente del banco central dijo el martes que las tasas de interés se mantendrán sin cambios durante los próximos meses, según informaron fuentes cercanas a la institución.</p>
      <p>«No vemos razones para modificar la política monetaria», aseguró un portavoz a los periodistas reunidos en la capital, que esperaban el anuncio desde la mañana.</p></article>`;
    const { doc, registry, calls, c } = setup(SPANISH);
    const s = await c.start();
    assert.equal(s.state, 'done');
    assert.equal(s.languageSupported, false);
    assert.deepEqual(s.attributions, []);
    for (const name of Object.values(HIGHLIGHT_NAMES)) assert.equal(registry!.get(name)?.size ?? 0, 0, name);
    // A new paragraph alone is too short to judge: the whole text is read again.
    doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>El ministro dijo que no habrá cambios.</p>');
    await tick(80);
    assert.equal(calls.length, 2);
    assert.match(calls[1]!, /^El presidente del banco[\s\S]*no habrá cambios\.$/);
    assert.equal(c.state.languageSupported, false);
    c.destroy();
  });

  it('rescans the whole page after an SPA navigation', async () => {
    const { dom, doc, calls, c } = setup();
    await c.start();
    dom.window.history.pushState({}, '', '/2026/another-story');
    doc.querySelector('article')!.innerHTML = '<h1>Another</h1><p>Police said the road was closed. Witnesses reportedly heard a blast.</p><p>More text follows here for the reader, with detail.</p>';
    await tick(80);
    assert.equal(calls.length, 2);
    assert.match(calls[1]!, /^Police said the road was closed/);
    assert.equal(c.state.url, 'https://news.example/2026/another-story');
    c.destroy();
  });
});

describe('page controller: card words', () => {
  it('are made only when a card is first shown (their set-up costs the page time)', async () => {
    const dom = page(ARTICLE, HEAD);
    installHighlights(dom.window);
    let made = 0;
    const c = new PageController(dom.window.document, { analyze: engineAnalyze, labels: () => { made++; return { ...ENGLISH_LABELS, via: 'durch' }; } });
    await c.start();
    assert.equal(made, 0);
    assert.ok(c.step(1).ok);
    assert.ok(c.step(1).ok);
    assert.equal(made, 1);
    c.destroy();
    dom.window.close();
  });
});

describe('page controller settings', () => {
  it('repaints when grades or style change, without asking the engine again', async () => {
    const dom = page(ARTICLE, HEAD);
    const registry = installHighlights(dom.window);
    const calls: string[] = [];
    const c = new PageController(dom.window.document, { analyze: async (t) => { calls.push(t); return engineAnalyze(t); } });
    await c.start();
    assert.ok(registry.get(HIGHLIGHT_NAMES.unattributed)!.size > 0);
    const { DEFAULT_SETTINGS } = await import('../../src/shared/types.js');
    await c.updateSettings({ ...DEFAULT_SETTINGS, style: 'colorblind', grades: { ...DEFAULT_SETTINGS.grades, unattributed: false } });
    assert.equal(registry.get(HIGHLIGHT_NAMES.unattributed)?.size ?? 0, 0);
    assert.ok(registry.get(HIGHLIGHT_NAMES.named)!.size > 0);
    assert.equal(calls.length, 1);
    c.destroy();
    dom.window.close();
  });
});

/** "A said that B said C": B's attribution lies inside A's claim (attributions placed by hand, not by the rules). */
const NESTED = '<article><h1>Deal in doubt</h1><p>The minister said that officials familiar with the talks told him the deal was dead.</p><p>Markets fell on the news, and the currency lost ground against the dollar on Tuesday.</p></article>';

async function nestedAnalyze(text: string): Promise<AnalyzeResult> {
  const { kindOfGrade } = await import('../../src/engine/types.js');
  const { summary } = await import('../../src/engine/index.js');
  const at = (needle: string, from = 0) => { const start = text.indexOf(needle, from); return { start, end: start + needle.length, text: needle }; };
  const base = { direct: false, plural: false, anonymityReason: null, lang: 'en' as const };
  const outer = at('officials familiar with the talks told him the deal was dead');
  const attributions = [
    { ...base, id: 0, grade: 'person' as const, kind: kindOfGrade('person'), source: at('The minister'), speaker: 'The minister', cue: at('said'), content: { start: outer.start, end: outer.end }, via: null },
    { ...base, id: 1, grade: 'anonymous-described' as const, kind: kindOfGrade('anonymous-described'), source: at('officials familiar with the talks'), speaker: 'officials familiar with the talks', cue: at('told'), content: { start: at('the deal was dead').start, end: at('the deal was dead').end }, via: null, plural: true },
  ];
  const analysis = { lang: 'en', supported: true, langs: { en: text.length }, length: text.length, attributions, sentences: [], skippedChars: 0 };
  return { analysis, summary: summary(analysis, text) };
}

describe('page controller: the card under the pointer', () => {
  /** Points the browser's caret lookup at a word of the first paragraph; every line box is under the pointer. */
  function pointAt(dom: ReturnType<typeof page>, word: string): void {
    const doc = dom.window.document;
    const text = doc.querySelector('article p')!.firstChild as Text;
    const offset = text.data.indexOf(word) + 1;
    (doc as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: text, offset });
    dom.window.Range.prototype.getClientRects = function () {
      return [{ left: 0, top: 0, right: 2000, bottom: 2000, width: 2000, height: 2000 }] as unknown as DOMRectList;
    };
    text.parentElement!.dispatchEvent(new dom.window.MouseEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }));
  }
  const cardText = (c: PageController) => (c as unknown as { session: { card: { text(): string } } }).session.card.text();

  it('where sources are drawn in pieces (no lines: Firefox), a letter between two dashes still shows the source\'s card', async () => {
    const g = globalThis as { __BROWSER__?: string };
    g.__BROWSER__ = 'firefox';
    const dom = page(NESTED, HEAD);
    open.push(dom.window);
    try {
      installHighlights(dom.window);
      // A browser that can tell which highlights are under the pointer: none, between two dashes.
      (dom.window.CSS as unknown as { highlights: { highlightsFromPoint: () => unknown[] } }).highlights.highlightsFromPoint = () => [];
      const c = new PageController(dom.window.document, { analyze: nestedAnalyze });
      await c.start();
      pointAt(dom, 'ficials'); // inside "officials", where the registry says no highlight is (a gap)
      await tick(40);
      assert.equal(cardText(c).split('\n')[0], 'officials familiar with the talks');
      c.destroy();
    } finally {
      delete g.__BROWSER__;
    }
  });

  for (const wrap of [false, true]) {
    it(`shows the innermost attribution at the point, not the one whose claim holds it${wrap ? ' (wrapping fallback)' : ''}`, async () => {
      const dom = page(NESTED, HEAD);
      open.push(dom.window);
      if (!wrap) installHighlights(dom.window);
      const c = new PageController(dom.window.document, { analyze: nestedAnalyze, wrap });
      assert.equal((await c.start()).attributions.length, 2);
      const hover = async (word: string) => {
        if (wrap) {
          // Wrap mode asks the element under the pointer: the mark around the word.
          const mark = [...dom.window.document.querySelectorAll('whosaid-mark')].find((m) => m.textContent!.includes(word))!;
          mark.dispatchEvent(new dom.window.MouseEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }));
        } else pointAt(dom, word);
        await tick(40);
        return cardText(c).split('\n')[0];
      };
      assert.equal(await hover('deal'), 'officials familiar with the talks');
      assert.equal(await hover('familiar'), 'officials familiar with the talks');
      assert.equal(await hover('minister'), 'The minister');
      c.destroy();
    });
  }
});

describe('page controller: Escape', () => {
  for (const wrap of [false, true]) {
    it(`takes away the card and the emphasis of the attribution stepped to; the next step goes on from it${wrap ? ' (wrapping fallback)' : ''}`, async () => {
      const dom = page(ARTICLE, HEAD);
      open.push(dom.window);
      const registry = wrap ? null : installHighlights(dom.window);
      const doc = dom.window.document;
      const c = new PageController(doc, { analyze: engineAnalyze, wrap });
      const s = await c.start();
      const order = [...s.attributions].sort((a, b) => a.cue.start - b.cue.start).map((a) => a.id);
      const emphasized = () => (wrap ? doc.querySelectorAll('whosaid-mark[data-focus]').length : registry!.get(HIGHLIGHT_NAMES.focus)?.size ?? 0);
      assert.equal(c.step(1).id, order[0]);
      assert.ok(emphasized() > 0);
      assert.ok(doc.querySelector('whosaid-card'));
      dom.window.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Escape' }));
      assert.equal(doc.querySelector('whosaid-card'), null);
      assert.equal(emphasized(), 0);
      assert.equal(c.step(1).id, order[1]);
      assert.ok(emphasized() > 0);
      dom.window.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Escape' }));
      assert.equal(c.step(-1).id, order[0]);
      c.destroy();
    });
  }
});
