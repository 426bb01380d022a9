import assert from 'node:assert/strict';
import { articleSignal } from '../../src/page/article.js';
import { mainContent } from '../../src/page/main-content.js';
import { TextModel } from '../../src/page/text-model.js';
import { page } from './dom.js';

const prose = (n: number, word = 'Reported') => Array.from({ length: n }, (_, i) =>
  `<p>${word} paragraph ${i}: the ministry said on Tuesday that talks would continue, according to officials, and that a decision, if any, would follow later in the week.</p>`).join('');

describe('article detection', () => {
  it('takes og:type article', () => {
    assert.equal(articleSignal(page('<p>x</p>', '<meta property="og:type" content="article">').window.document), 'og:type');
  });
  it('takes JSON-LD NewsArticle, ReportageNewsArticle and Article, also in a @type list', () => {
    for (const t of ['"NewsArticle"', '"ReportageNewsArticle"', '"Article"', '["Thing", "NewsArticle"]']) {
      const head = `<script type="application/ld+json">{"@context":"https://schema.org","@type":${t},"headline":"x"}</script>`;
      assert.equal(articleSignal(page('<p>x</p>', head).window.document), 'json-ld', t);
    }
  });
  it('takes itemprop=articleBody and an <article> with prose', () => {
    assert.equal(articleSignal(page('<div itemprop="articleBody"><p>x</p></div>').window.document), 'articleBody');
    assert.equal(articleSignal(page(`<article>${prose(8)}</article>`).window.document), 'article-element');
  });
  it('falls back to the readability check on plain prose', () => {
    assert.equal(articleSignal(page(`<div>${prose(6)}</div>`).window.document), 'readable');
  });
  it('says no to a page of links and teasers', () => {
    const teasers = Array.from({ length: 30 }, (_, i) => `<article><a href="/s/${i}">Story ${i}</a><p>Short teaser.</p></article>`).join('');
    const head = '<meta property="og:type" content="website"><script type="application/ld+json">{"@type":"WebSite"}</script>';
    assert.equal(articleSignal(page(`<nav><a href="/">Home</a></nav>${teasers}`, head).window.document), null);
  });
});

describe('main content', () => {
  it('prefers itemprop=articleBody', () => {
    const { document } = page(`<div class="sidebar">${prose(3, 'Side')}</div><div itemprop="articleBody">${prose(4)}</div>`).window;
    assert.deepEqual(mainContent(document).map((e) => e.getAttribute('itemprop')), ['articleBody']);
  });

  it('finds the article among navigation, a related list, comments and a footer', () => {
    const { document } = page(`
      <header><nav>${Array.from({ length: 20 }, (_, i) => `<a href="/${i}">Section ${i}</a>`).join(' ')}</nav></header>
      <main><div class="story">${prose(8)}</div>
        <div class="related-stories"><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/r${i}">Related story number ${i} with a long headline</a></li>`).join('')}</ul></div>
      </main>
      <section id="comments">${prose(5, 'Comment')}</section>
      <footer><p>© News Example. All rights reserved, and then some more words here for length.</p></footer>`).window;
    const text = TextModel.build(mainContent(document)).text;
    assert.match(text, /^Reported paragraph 0/);
    assert.match(text, /Reported paragraph 7/);
    assert.doesNotMatch(text, /Comment paragraph|Related story|Section 3|All rights reserved/);
  });

  it('finds prose written straight into a div with <br>s when there are no paragraphs', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Line ${i} of the story: the mayor said on Monday that the bridge, closed since May, would reopen.`).join('<br><br>');
    const { document } = page(`<div class="menu"><a href="/a">A</a> <a href="/b">B</a></div><div class="txt">${lines}</div>`).window;
    const text = TextModel.build(mainContent(document)).text;
    assert.match(text, /^Line 0 of the story/);
    assert.match(text, /Line 5 of the story/);
    assert.doesNotMatch(text, /\bA\b B/);
  });

  it('joins parts of one article that sit in separate wrappers ("story-body-1", "story-body-2")', () => {
    const { document } = page(`<article>
      <div class="wrap"><div class="story-body story-body-1">${prose(2, 'Lead')}</div></div>
      <div class="ad"><p>Advertisement</p></div>
      <div class="wrap"><div class="story-body story-body-2">${prose(10, 'Main')}</div><div class="supplemental"><ul><li><a href="/x">More</a></li></ul></div></div>
    </article>`).window;
    const text = TextModel.build(mainContent(document)).text;
    assert.match(text, /^Lead paragraph 0/);
    assert.match(text, /Main paragraph 9/);
    assert.doesNotMatch(text, /Advertisement|More/);
  });

  it('joins an article split into chunks with ads between them', () => {
    const chunk = (i: number) => `<div class="grid-item"><div class="chunk">${prose(4, `Chunk${i}`)}</div></div><div class="ad-slot"><p>Advertisement</p></div>`;
    const { document } = page(`<div class="article-wrapper">${chunk(1)}${chunk(2)}${chunk(3)}</div><aside>${prose(2, 'Aside')}</aside>`).window;
    const text = TextModel.build(mainContent(document)).text;
    for (const c of ['Chunk1', 'Chunk2', 'Chunk3']) assert.match(text, new RegExp(c));
    assert.doesNotMatch(text, /Advertisement|Aside/);
  });
});

describe('article detection of prose in divs', () => {
  const line = (i: number) => `Paragraph ${i} of the story, written straight into a div: the council said on Monday that the bridge, closed since May, would reopen in the autumn, after repairs that took longer than planned.`;
  it('takes a page whose paragraphs are divs with text of their own (no <p>, no <br>)', () => {
    const body = `<div role="main">${Array.from({ length: 6 }, (_, i) => `<div class="para">${line(i)}</div>`).join('')}</div>`;
    assert.equal(articleSignal(page(body).window.document), 'prose-divs');
  });
  it('says no to cards whose blurbs are short, and to prose in boilerplate', () => {
    const cards = Array.from({ length: 40 }, (_, i) => `<div class="card"><a href="/${i}">Story ${i}</a><div>A short blurb about story ${i}.</div></div>`).join('');
    const comments = Array.from({ length: 6 }, (_, i) => `<div class="comment">${line(i)}</div>`).join('');
    assert.equal(articleSignal(page(cards + comments).window.document), null);
  });
  it('does not look at divs on a page of <p> teasers (the check stays cheap where most pages are not articles)', () => {
    const teasers = Array.from({ length: 30 }, (_, i) => `<p class="dek">Teaser ${i}.</p>`).join('');
    const prose = Array.from({ length: 6 }, (_, i) => `<div class="para">${line(i)}</div>`).join('');
    assert.equal(articleSignal(page(teasers + prose).window.document), null);
  });
});

describe('article detection of blog posts and feeds', () => {
  // Three paragraphs of ~170 characters: prose, but too little for the readability sum (20).
  const para = (i: number) => `<p>Paragraph ${i}: after a year and a half of repairs the district's house of culture reopened on Friday, with a new roof, new windows and new seats in the hall.</p>`;
  it('takes one microformats entry with some prose, too short for the readability test (a small WordPress site without metadata)', () => {
    for (const [entry, content] of [['hentry', 'entry-content'], ['h-entry', 'e-content']]) {
      const body = `<div class="post ${entry}"><h1>The hall reopened</h1><div class="${content}">${[1, 2, 3].map(para).join('')}</div></div>`;
      assert.equal(articleSignal(page(body).window.document), 'h-entry', entry);
    }
  });
  it('says no to an index of many entries, and to a stub', () => {
    const post = (i: number) => `<div class="hentry"><h2><a href="/${i}">Post ${i}</a></h2><div class="entry-content">${para(i)}</div></div>`;
    assert.equal(articleSignal(page([1, 2, 3].map(post).join('')).window.document), null);
    assert.equal(articleSignal(page(post(1)).window.document), null);
  });
  it('says no to a feed of briefs: a long blurb under a linked headline teases another page', () => {
    const brief = (i: number) => `<div class="item"><span>12:${10 + i}</span><h3><a href="/news/${i}">Headline ${i} of the day</a></h3><p>Brief ${i}: traffic on the new junction opened on Wednesday, two months early, the roads department said, and the old road will close for repairs.</p></div>`;
    const feed = Array.from({ length: 12 }, (_, i) => brief(i)).join('');
    assert.equal(articleSignal(page(`<h1>News feed</h1>${feed}`).window.document), null);
  });
  it("takes prose written into a layout table's cell with <br>s (old sites, no metadata)", () => {
    const lines = [1, 2, 3, 4, 5].map((i) => `Paragraph ${i}: nine teachers took part this year, each gave an open lesson to the jury, and the winner will go on to the regional round in April.`).join('<br><br>');
    assert.equal(articleSignal(page(`<table><tr><td><a href="/">Menu</a></td><td>${lines}</td></tr></table>`).window.document), 'readable');
  });
});
