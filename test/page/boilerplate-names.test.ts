// Boilerplate names (class and id words of navigation, ads, share bars…) are
// looked up word by word, not with one regular expression of every word:
// compiling that one cost about a millisecond on each page load. The lookup
// must read names exactly as that expression did.
import assert from 'node:assert/strict';
import { rng } from '../reliability/prng.js';
import { BOILERPLATE_WORDS, SPECIAL_PARTS, boilerplatePart, isContentName } from '../../src/page/boilerplate.js';

/** The reading the lookup replaces: every word and pattern as one alternation. */
const ONE_PATTERN = new RegExp(`(?:^|[\\s_-])(?<!(?:after|before|below|above)[-_])(?:${[...BOILERPLATE_WORDS, ...SPECIAL_PARTS].join('|')})(?=$|[\\s_-])`);


describe('boilerplate names', () => {
  it('reads plain words as whole parts of a name', () => {
    assert.equal(boilerplatePart('share-bar'), true);
    assert.equal(boilerplatePart('article__share'), true);
    assert.equal(boilerplatePart('shared-content'), false);
    assert.equal(boilerplatePart('col-12 js-ad'), true);
    assert.equal(boilerplatePart('headline'), false);
    assert.equal(boilerplatePart(' '), false);
  });

  it('does not take a position for the thing ("after-ad" is the block after an ad)', () => {
    assert.equal(boilerplatePart('after-ad'), false);
    assert.equal(boilerplatePart('below_newsletter'), false);
    assert.equal(boilerplatePart('after ad'), true);
    assert.equal(boilerplatePart('after--ad'), true);
  });

  it('reads words by their neighbours: a quote box\'s author, an expert\'s comment, label-hidden, hidden-xs', () => {
    assert.equal(boilerplatePart('article-author'), true);
    assert.equal(boilerplatePart('box-quote__author'), false);
    assert.equal(boilerplatePart('expert-comment'), false);
    assert.equal(boilerplatePart('comments'), true);
    assert.equal(boilerplatePart('label-hidden'), false);
    assert.equal(boilerplatePart('hidden-xs'), false);
    assert.equal(boilerplatePart('is-hidden'), true);
    assert.equal(boilerplatePart('pull-quote'), true);
    assert.equal(boilerplatePart('image--attribution'), true);
    assert.equal(boilerplatePart('paywall'), false);
    assert.equal(boilerplatePart('paywall-prompt'), true);
    assert.equal(boilerplatePart('relatedposts'), true);
  });

  it('agrees with the one-pattern reading on 30,000 generated names', () => {
    // Plain words a third of the time; mostly the words whose reading depends on their neighbours, and those neighbours.
    const plain = [...BOILERPLATE_WORDS];
    const words = [
      'author', 'authors', 'credit', 'footer', 'comment', 'comments', 'quote', 'blockquote', 'expert',
      'citation', 'label', 'hidden', 'xs', 'md', 'pull', 'quotes', 'paywall', 'regwall', 'prompt', 'banner', 'attribution',
      'figure', 'image', 'caption', 'related', 'posts', 'box', 'after', 'before', 'below', 'above', 'hereafter', 'article',
      'body', 'content', 'main', 'x1', 'col', '12', 'js', 'a.b', 'x:y', 'story', 'text',
    ];
    const seps = [' ', '-', '_', '--', '__', ' -', '-_', '', ' ', '-'];
    const r = rng(20261127);
    const rnd = r.next;
    const pick = r.pick;
    for (let i = 0; i < 30_000; i++) {
      let name = rnd() < 0.2 ? pick(seps) : '';
      const n = 1 + Math.floor(rnd() * 5);
      for (let k = 0; k < n; k++) name += (k ? pick(seps) : '') + pick(rnd() < 0.3 ? plain : words);
      if (rnd() < 0.2) name += pick(seps);
      assert.equal(boilerplatePart(name), ONE_PATTERN.test(name), JSON.stringify(name));
    }
  });

  it('knows the names of an article body as the one pattern of them did', () => {
    const BODY_NAME = /^(?:(?:article|story|entry|post|news)[-_]?(?:body|content|text)|main|content|body|articlebody|field-{1,2}(?:name-{1,2})?body)$/;
    const pieces = ['article', 'story', 'entry', 'post', 'news', 'body', 'content', 'text', 'main', 'field', 'name', 'x', '-', '--', '_', '__', ''];
    const seen = new Set<string>();
    for (const a of pieces) for (const b of pieces) for (const c of pieces) for (const d of pieces) {
      const name = a + b + c + d;
      if (seen.has(name)) continue;
      seen.add(name);
      assert.equal(isContentName(name), BODY_NAME.test(name), JSON.stringify(name));
    }
  });
});
