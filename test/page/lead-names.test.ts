// The standfirst (lead) is found by its names. The patterns run only when a
// name holds a word they open with: most names above an article have none,
// and a pattern that never runs is never compiled. Gated, the reading must be
// the patterns' own.
import assert from 'node:assert/strict';
import { rng } from '../reliability/prng.js';
import { leadName } from '../../src/page/main-content.js';

// The patterns, as the standfirst search reads names (copied here as the reference).
const LEAD_NAME = /(?:^|[\s_-])(?:standfirst|strapline|perex|sub-?title|sub-?head(?:line|er)?|bullets|dek|lede|annotation|(?:lead|preview|lid|deck)(?![-_]+(?:image|img|photo|picture|media|asset|art|video|figure|gallery|caption))|announce|anons|summary|excerpt|intro|key-?points|highlights|takeaways|abstract)(?=$|[\s-]|_(?!_))(?![\w-]*__)/;
const DESC_NAME = /(?:^|[\s_-])desc(?=$|[\s-]|_(?!_))/;
const LEAD_COMPONENT = /[a-z](?:Dek|Standfirst|Strapline|Sub[tT]itle|Subhead(?:line|ing)?|Lede|Excerpt)(?=$|[\s_-])/;


describe('lead names', () => {
  it('calls standfirsts, straplines, deks and summaries leads; not a lead picture or a BEM part', () => {
    for (const n of ['article-standfirst', 'story__dek', 'sub-title', 'key-points', 'lead', 'ContentHeaderDek-x1y2z', 'news-detail__preview'])
      assert.equal(leadName(n).named, true, n);
    for (const n of ['lead-image', 'key-points__list', 'headline', 'byline', 'leader', 'subscribe'])
      assert.equal(leadName(n).named, false, n);
    assert.equal(leadName('content_main_desc').desc, true);
    assert.equal(leadName('description').desc, false);
  });

  it('reads 30,000 generated names as the patterns do', () => {
    const words = ['standfirst', 'strapline', 'perex', 'sub', 'title', 'subtitle', 'head', 'subhead', 'subheadline', 'subheader', 'headline', 'line',
      'bullets', 'dek', 'lede', 'annotation', 'lead', 'preview', 'lid', 'deck', 'announce', 'anons', 'summary', 'excerpt', 'intro', 'key', 'points',
      'keypoints', 'highlights', 'takeaways', 'abstract', 'desc', 'image', 'img', 'media', 'caption', 'article', 'story', 'news', 'detail', 'x1y2',
      'Dek', 'Standfirst', 'Strapline', 'SubTitle', 'Subtitle', 'Subheadline', 'Subheading', 'Lede', 'Excerpt', 'Content', 'Header', 'leader', 'subscribe'];
    const seps = [' ', '-', '_', '__', '--', '', ' ', '-'];
    const r = rng(424242);
    const rnd = r.next;
    const pick = r.pick;
    for (let i = 0; i < 30_000; i++) {
      const n = 1 + Math.floor(rnd() * 4);
      let cls = '';
      for (let k = 0; k < n; k++) cls += (k ? pick(seps) : '') + pick(words);
      const lo = cls.toLowerCase();
      const got = leadName(cls);
      assert.equal(got.named, LEAD_NAME.test(lo) || LEAD_COMPONENT.test(cls), JSON.stringify(cls));
      assert.equal(got.desc, DESC_NAME.test(lo), JSON.stringify(cls));
    }
  });
});
