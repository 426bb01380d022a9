// The popup's numbers on a page that keeps changing (a live blog): after the page
// layer re-analyzes only the new paragraphs, the summary it reports (what the popup
// counts and lists, and the attribution ids its claims scroll to) is that of the
// attributions highlighted now, not of the first analysis. The full re-analysis that
// follows a quiet page (settle) is put off while the page keeps changing, so it
// cannot be what brings the summary up to date.
import { strict as assert } from 'node:assert';
import { PageController } from '../../src/page/controller.js';
import type { PageState } from '../../src/shared/types.js';
import { engineAnalyze, installHighlights, page, tick } from '../page/dom.js';

const HEAD = '<meta property="og:type" content="article"><title>Talks delayed</title>';
const ARTICLE = `<article><h1>Talks delayed</h1>
  <p>The minister said the talks would resume next week. "We are ready," he told reporters.</p>
  <p>According to The Guardian, officials familiar with the matter said the plan was delayed.</p>
  <p>The company reportedly lost money in the second quarter, and its shares fell.</p>
  </article>`;

describe('page layer: the summary after an incremental update', () => {
  it('counts and lists the attributions now highlighted, with their own ids', async () => {
    const dom = page(ARTICLE, HEAD);
    installHighlights(dom.window);
    const doc = dom.window.document;
    const states: PageState[] = [];
    // settle far off: this page "keeps changing".
    const c = new PageController(doc, { analyze: engineAnalyze, onState: (s) => states.push(s), minInterval: 5, settleAfter: 60_000 });
    try {
      await c.start();
      const first = c.state.summary!.totals.attributions;
      assert.equal(first, c.state.attributions.length);
      // A new entry at the top, as live blogs add them: every later attribution moves.
      doc.querySelector('h1')!.insertAdjacentHTML('afterend', '<p>Maria Lopez, the union leader, said the strike would go on.</p>');
      await tick(120);
      const s = c.state;
      assert.equal(s.state, 'done');
      assert.ok(s.attributions.length > first, 'the new paragraph is highlighted');
      assert.equal(s.summary!.totals.attributions, s.attributions.length, 'the popup counts what is highlighted');
      assert.ok(s.summary!.speakers.some((sp) => /Maria Lopez/.test(sp.speaker)), `the new speaker is listed: ${s.summary!.speakers.map((x) => x.speaker).join(', ')}`);
      // Each claim the popup lists scrolls to the attribution with that claim.
      for (const sp of s.summary!.speakers) {
        for (const cl of sp.claims) {
          const a = s.attributions.find((x) => x.id === cl.attribution);
          assert.ok(a, `attribution ${cl.attribution} exists`);
          assert.deepEqual([a.content.start, a.content.end], [cl.content.start, cl.content.end], `claim "${cl.excerpt}" points at its own attribution`);
        }
      }
    } finally {
      c.destroy();
      dom.window.close();
    }
  });
});
