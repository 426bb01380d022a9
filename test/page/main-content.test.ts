import assert from 'node:assert/strict';
import { mainContent, ownTexts } from '../../src/page/main-content.js';
import { TextModel } from '../../src/page/text-model.js';
import { page } from './dom.js';

describe('own text of divs (prose written straight into divs)', () => {
  it('takes text children and inline elements, not the blocks inside', () => {
    const { document } = page('<div id="a">Lead <b>bold <i>deep</i></b> tail<p>para</p><div id="b">inner <span>span</span></div></div>').window;
    const { texts } = ownTexts(document.body);
    assert.deepEqual([...texts].map(([el, t]) => [el.id, t]), [['a', 'Lead bold deep tail'], ['b', 'inner span']]);
  });

  it('visits each node once however deep the inline nesting (linear, not quadratic)', () => {
    const DEPTH = 1000;
    const { document } = page('<div id="top"></div>').window;
    let node: Element = document.getElementById('top')!;
    let nodes = 1;
    for (let i = 0; i < DEPTH; i++) {
      node = node.appendChild(document.createElement(i % 2 ? 'div' : 'span'));
      node.appendChild(document.createTextNode(`level ${i} `));
      nodes += 2;
    }
    const { texts, visits } = ownTexts(document.body);
    // Reading each div's inline textContent visited ~DEPTH²/4 nodes here (250,000).
    assert.equal(visits, nodes);
    // Each div owns its own line and the span right below it, nothing deeper.
    const second = document.querySelectorAll('#top div')[1]!;
    assert.equal(texts.get(second), 'level 3 level 4');
    assert.equal(texts.size, DEPTH / 2 + 1);
  });

  it('finds the deepest prose of a deep page', () => {
    const { document } = page('<div id="top"></div>').window;
    let node: Element = document.getElementById('top')!;
    for (let i = 0; i < 1000; i++) node = node.appendChild(document.createElement(i % 2 ? 'div' : 'span'));
    node.appendChild(document.createTextNode('Deep down, the spokesman said on Monday that the bridge, closed since May, would reopen soon, and that repairs, delayed twice, were done.'));
    assert.match(TextModel.build(mainContent(document)).text, /Deep down, the spokesman said/);
  });
});

describe('main content of prose written into divs', () => {
  it('is the div holding the prose, not the cell around it with the breadcrumbs and the related links', () => {
    const line = (i: number) => `Paragraph ${i}: the district council said on Monday that the bridge, closed since May, would reopen in the autumn, and that repairs were paid for by the region.`;
    const { document } = page(`<table><tr><td id="cell"><div>Home / News / City</div><div>12.03.2026</div>
      <div id="text">${[1, 2, 3, 4, 5, 6].map(line).join('<br><br>')}</div>
      <div>Other news:<br><a href="/1">Clinic opens in the district after a long wait for the building</a><br><a href="/2">Pupils win the regional olympiad</a></div></td></tr></table>`).window;
    assert.deepEqual(mainContent(document).map((e) => e.id), ['text']);
  });
});

describe('a photo report with captions written in divs', () => {
  it('lets a short div right after its picture vote like a caption, so the slides are the article, not the intro alone', () => {
    const slide = (i: number) => `<div class="slide"><img src="/p/${i}.jpg" alt=""><div class="slide__text">Slide ${i}: the ice mammoth on the square, three metres tall.</div><div class="slide__copy">Photo: D. K.</div></div>`;
    const { document } = page(`<div class="report"><h1>Ice sculpture festival</h1><div class="report__intro">Forty ice figures stood on the square at the weekend, from a three-metre mammoth to a copy of the cathedral, and here is how it went.</div>
      <div class="report__slider">${Array.from({ length: 8 }, (_, i) => slide(i + 1)).join('')}</div></div>`).window;
    const text = TextModel.build(mainContent(document)).text;
    assert.match(text, /Forty ice figures/);
    assert.match(text, /Slide 1:[^]*Slide 8:/);
    // A short div that follows no picture still needs a paragraph's length.
    const { document: other } = page(`<div class="a"><div id="text">${'Prose written in a div, long enough to count as a paragraph of the article on its own, said the editor. '.repeat(3)}</div></div>
      <div class="b">${Array.from({ length: 8 }, (_, i) => `<div><span>x</span><div>Short line ${i} of a side list.</div></div>`).join('')}</div>`).window;
    assert.deepEqual(mainContent(other).map((e) => e.id), ['text']);
  });
});

describe('standfirst outside the body', () => {
  const body = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i}: the rail operator said on Monday that paper tickets, sold since 1950, would go next year, and that a card would replace them.</p>`).join('');
  it('is read before the body when it is named as a lead, above the body, and text', () => {
    const { document } = page(`<div class="top"><h1>Title</h1><div class="article-standfirst">Passengers without phones will get a card, the company says</div>
      <figure class="lead-image"><img src="x.jpg"><figcaption>A train at the station</figcaption></figure></div>
      <div class="grid"><div id="text">${body}</div></div>`).window;
    const roots = mainContent(document);
    assert.deepEqual(roots.map((e) => e.className || e.id), ['article-standfirst', 'text']);
  });
  it('is the preview text (1C-Bitrix) or the announce of Russian CMSs, not a preview picture', () => {
    for (const [lead, name] of [['<div class="news-detail__preview">Passengers without phones will get a card, the company says</div>', 'news-detail__preview'],
      ['<p class="article__announce">Passengers without phones will get a card, the company says</p>', 'article__announce'],
      ['<div class="news-anons">Passengers without phones will get a card, the company says</div>', 'news-anons'],
      ['<div class="preview-picture"><span>A train at the station on Monday, as the first cards arrived</span></div>', null]] as const) {
      const { document } = page(`<div class="news-detail"><h1>Title</h1>${lead}<div class="grid"><div id="text">${body}</div></div></div>`).window;
      assert.deepEqual(mainContent(document).map((e) => e.className || e.id), name ? [name, 'text'] : ['text'], lead);
    }
  });
  it('is a deck, a sub-headline, an annotation or a "lid" (Russian newsrooms\' words), not a "lid-image" or a "deck-photo"', () => {
    for (const [cls, lead] of [['article-deck', true], ['sub-headline', true], ['article-annotation', true], ['news-lid', true], ['lid-image', false], ['deck-photo', false]] as const) {
      const { document } = page(`<div class="top"><h1>Title</h1><div class="${cls}">Passengers without phones will get a card, the company says</div></div>
        <div class="grid"><div id="text">${body}</div></div>`).window;
      assert.deepEqual(mainContent(document).map((e) => e.className || e.id), lead ? [cls, 'text'] : ['text'], cls);
    }
  });
  it('is found before a body marked with microdata (articleBody) as well: the description', () => {
    const { document } = page(`<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Title</h1>
      <p class="head-text" itemprop="description">Passengers without phones will get a card, the company says</p>
      <div id="text" itemprop="articleBody">${body}</div></article>`).window;
    assert.deepEqual(mainContent(document).map((e) => e.className || e.id), ['head-text', 'text']);
  });
  it("is not the lead picture's caption, a picture's description or an alternative headline", () => {
    for (const top of [
      '<div class="lead-asset-caption">A train at the station on Monday, as the first cards were handed out</div>',
      '<figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img src="x.jpg"><figcaption itemprop="description">A train at the station on Monday, as the first cards were handed out</figcaption></figure>',
      '<p class="article__lead" itemprop="description alternativeHeadline">Paper tickets go, and a card takes their place</p>',
    ]) {
      const { document } = page(`<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Title</h1>${top}<div id="text" itemprop="articleBody">${body}</div></article>`).window;
      assert.deepEqual(mainContent(document).map((e) => e.id), ['text'], top);
    }
  });
  it('is an <h2>, or a <p> or <div> of text alone, right under the <h1> with hashed class names only (CSS-in-JS); not one with names that say something, none, or a byline row', () => {
    const sub = 'Passengers without phones will get a card, the company says';
    for (const [head, lead] of [
      [`<h1 class="css-2b3c4d">Title</h1><h2 class="css-5f6g7h">${sub}</h2>`, 'css-5f6g7h'],
      [`<div class="vMjAx"><h1 class="vMjAx eeTZd">Title</h1><div class="rCpCO"><h2 class="jxTEW VZTDi">${sub}</h2></div></div>`, 'jxTEW VZTDi'],
      [`<h1 class="sc-j7em19-3 eyeguj">Title</h1><div class="sc-j7em19-4 nFVxV">${sub}</div>`, 'sc-j7em19-4 nFVxV'],
      [`<h1>Title</h1><h2>${sub}</h2>`, null],
      [`<h1 class="t-d7@m- mt-25">Title</h1><h2 class="t-d3-b@tp mt-25 c-gray-3">${sub}</h2>`, null],
      [`<h1 class="css-2b3c4d">Title</h1><div class="css-p0o9i8"><a href="/a/1">Jane Okafor, transport correspondent</a></div>`, null],
      [`<h1 class="css-2b3c4d">Title</h1><div class="css-x1y2z3">Other news</div><h2 class="css-5f6g7h">${sub}</h2>`, null],
    ] as const) {
      const { document } = page(`<div class="css-a81f0c">${head}</div><div class="css-g1"><div id="text">${body}</div></div>`).window;
      assert.deepEqual(mainContent(document).map((e) => e.id || e.className), lead ? [lead, 'text'] : ['text'], head);
    }
  });
  it('takes the lead picture\'s caption under the headline (a <figure>, or a box named for a picture), at most a byline row away from the body; not a picture above the headline, a bare credit, one further away or an unnamed box', () => {
    const fig = (caption: string) => `<figure class="f"><amp-img src="x.jpg" width="4" height="3"></amp-img><figcaption>${caption}</figcaption></figure>`;
    const caption = 'The ferry returning to the harbour on Wednesday afternoon';
    const byline = '<div class="info"><span>Megan Hollis</span> <span>2 April 2026</span></div>';
    for (const [inner, want] of [
      [`<div class="hd"><h1>Title</h1></div>${fig(caption)}${byline}`, ['f', 'text']],
      [`<h1>Title</h1>${fig(caption)}`, ['f', 'text']],
      [`${fig(caption)}<h1>Title</h1>${byline}`, ['text']],
      [`<h1>Title</h1>${fig('Photo: Agency')}${byline}`, ['text']],
      [`<h1>Title</h1>${fig(caption)}${byline}<div class="tools">Share</div>`, ['text']],
      [`<h1>Title</h1><div class="news-detail__img"><img src="x.jpg"><div class="news-detail__img-text">${caption}</div></div>`, ['news-detail__img', 'text']],
      [`<h1>Title</h1><div class="x7f2a"><img src="x.jpg"><div>${caption}</div></div>`, ['text']],
      [`<h1>Title</h1><div class="ArticlePage_cover__Op6Qr"><img src="x.jpg"><div><span>${caption}</span><span class="Caption_author__Ab9Cd">Фото: Игорь Смирнов</span></div></div>`, ['ArticlePage_cover__Op6Qr', 'text']],
    ] as const) {
      const { document } = page(`<main class="wrap">${inner}<div id="text">${body}</div></main>`).window;
      assert.deepEqual(mainContent(document).map((e) => e.id || e.className), want, inner);
    }
  });
  it('is not a block of links, nor anything after the body', () => {
    const { document } = page(`<div class="top"><div class="summary-links"><a href="/1">Rail fares to rise in spring</a> <a href="/2">New trains for the coast line</a></div></div>
      <div class="grid"><div id="text">${body}</div><div class="intro-next">Next: how the card will work, in a longer explainer</div></div>`).window;
    assert.deepEqual(mainContent(document).map((e) => e.id), ['text']);
  });
});

describe('a "read next" grid after a short article', () => {
  it('does not outvote the article: blurbs under linked headlines do not vote', () => {
    const story = [1, 2, 3].map((i) => `<p>Story paragraph ${i}: the coastal road stayed closed on Tuesday, officials said, after high tides washed shingle across it.</p>`).join('');
    const cards = Array.from({ length: 6 }, (_, i) => `<div class="c"><h3><a href="/${i}">Teaser headline number ${i} about the coast</a></h3><p>Teaser blurb ${i}: owners of small boats, moored in the outer harbour, were told to check their lines, after two yachts broke loose at the weekend.</p></div>`).join('');
    const { document } = page(`<main><article><div id="story">${story}</div></article><section><h2>Read next</h2><div>${cards}</div></section></main>`).window;
    const text = TextModel.build(mainContent(document)).text;
    assert.match(text, /Story paragraph 3/);
    assert.doesNotMatch(text, /Teaser|Read next/);
  });
});

describe('a side feed of teasers with hashed names', () => {
  it('gives no vote to blurbs under a link that holds a headline without a heading tag, so prose written in divs is found', () => {
    const story = [1, 2, 3, 4, 5].map((i) => `<div class="Tx9q">Story paragraph ${i}: the regional ministry said on Tuesday that 900 kilometres of rural roads would be repaired by 2028, starting with those to schools and clinics.</div>`).join('');
    const feed = Array.from({ length: 10 }, (_, i) => `<div class="Fi2w"><a href="/n${i}"><span>12:1${i}</span><div class="Fh8y">Teaser headline number ${i} of the feed</div></a><p class="Fd1s">Teaser blurb ${i}: a new swimming pool opened in the suburb, where sports schools and ordinary visitors will swim.</p></div>`).join('');
    const { document } = page(`<div class="Lt2c"><div class="Ar4e"><h1>Rural roads to be repaired</h1><div id="story">${story}</div></div><div class="Sd9j">${feed}</div></div>`).window;
    const text = TextModel.build(mainContent(document)).text;
    assert.match(text, /Story paragraph 5/);
    assert.doesNotMatch(text, /Teaser/);
  });

  it('nor to blurbs under a box or a paragraph that holds the linked headline', () => {
    const story = [1, 2, 3, 4, 5].map((i) => `<div class="Tx9q">Story paragraph ${i}: the regional ministry said on Tuesday that 900 kilometres of rural roads would be repaired by 2028, starting with those to schools and clinics.</div>`).join('');
    for (const tag of ['div', 'p']) {
      const feed = Array.from({ length: 10 }, (_, i) => `<div class="Fi2w"><span>12:1${i}</span><${tag} class="Fh8y"><a href="/n${i}">Teaser headline number ${i} of the feed</a></${tag}><p class="Fd1s">Teaser blurb ${i}: a new swimming pool opened in the suburb, where sports schools and ordinary visitors will swim.</p></div>`).join('');
      const { document } = page(`<div class="Lt2c"><div class="Ar4e"><h1>Rural roads to be repaired</h1><div id="story">${story}</div></div><div class="Sd9j">${feed}</div></div>`).window;
      const text = TextModel.build(mainContent(document)).text;
      assert.match(text, /Story paragraph 5/, tag);
      assert.doesNotMatch(text, /Teaser/, tag);
    }
  });
});

describe('parts of the article around its body', () => {
  const body = [1, 2, 3, 4].map((i) => `<p>Body paragraph ${i}: the slope moved two metres in a year, the survey found, and the path above it cracked, said the county's geologist.</p>`).join('');

  it("takes a standfirst inside the article's own <header>, not one in the page's banner", () => {
    const { document } = page(`<header class="site"><p class="site-summary">A newsletter about rivers, footpaths and the people who look after them.</p></header>
      <article><header class="article-header"><h1>Why the bank is moving</h1><p class="article-excerpt">A slow landslip has moved a footpath two metres in a year.</p></header>
      <section class="gh-content">${body}</section></article>`).window;
    assert.deepEqual(mainContent(document).map((e) => e.className), ['article-excerpt', 'gh-content']);
  });

  it('takes a "key points" box above the body as a whole (its heading too), not its list alone', () => {
    const { document } = page(`<div class="page"><h1>Drought restrictions lifted</h1><div class="key-points"><h2 class="key-points__title">Key points:</h2>
      <ul class="key-points__list"><li>Restrictions end on Monday</li><li>The reservoir is at 84 per cent</li></ul></div><div class="body">${body}</div></div>`).window;
    assert.deepEqual(mainContent(document).map((e) => e.className), ['key-points', 'body']);
  });

  it('takes the footnotes after the body (role or name), not a list of links after it', () => {
    const notes = '<ol><li><p>The ledger was found in 2024.</p></li><li><p>Ashe, B., Village Voices, 2019, p. 88.</p></li></ol>';
    for (const attrs of ['role="doc-endnotes"', 'class="footnotes"', 'id="endnotes"']) {
      const { document } = page(`<div class="essay"><div class="essay-body">${body}</div><div ${attrs}>${notes}</div><div class="more"><ul><li><a href="/1">More essays</a></li></ul></div></div>`).window;
      const text = TextModel.build(mainContent(document)).text;
      assert.match(text, /Village Voices/, attrs);
      assert.doesNotMatch(text, /More essays/);
    }
  });

  it('does not climb to take in a comment thread under a "Comments" heading, whatever its names', () => {
    const comment = (i: number) => `<div class="c1"><div class="c2"><span>Reader ${i}</span><span>2 hours ago</span></div><div class="c3"><p>Comment ${i}: I have lived on this street for thirty years, and nobody from the council ever asked us, which says it all, frankly.</p></div><div class="c4"><span>Reply</span></div></div>`;
    const html = (heading: string) => `<div class="x1"><div class="x2"><h1>Council to consult again</h1><div id="story">${body}</div></div>
      <div class="x3"><h2>${heading}</h2><div class="x4">${Array.from({ length: 10 }, (_, i) => comment(i)).join('')}</div></div></div>`;
    assert.deepEqual(mainContent(page(html('8 comments')).window.document).map((e) => e.id), ['story']);
    assert.deepEqual(mainContent(page(html('Комментарии (14)')).window.document).map((e) => e.id), ['story']);
  });

  it('gives no vote to a comment thread after the article, even one with more prose than the story', () => {
    const comment = (i: number) => `<div class="c1"><span>Reader ${i}</span><p>Comment ${i}: I have lived on this street for thirty years, and nobody from the council ever asked us, which says it all, frankly, and I doubt it will change.</p><span>Reply</span></div>`;
    const story = [1, 2].map((i) => `<p>Story paragraph ${i}: the council will hold a second consultation on the bus lane, after traders said the first reached too few people.</p>`).join('');
    const thread = `<div class="x3"><div class="x5"><h2>Comments</h2><span>24</span></div><div class="x4">${Array.from({ length: 24 }, (_, i) => comment(i)).join('')}</div></div>`;
    const { document } = page(`<div class="x1"><div class="x2"><h1>Council to consult again</h1><div id="story">${story}</div></div>${thread}</div>`).window;
    assert.deepEqual(mainContent(document).map((e) => e.id), ['story']);
    // A "Comments" widget of the sidebar before the article heads no thread of it.
    const side = page(`<div class="x1"><div class="side"><h3>Comments</h3><p>Latest: a reader on the lane.</p></div><div class="x2"><h1>Council to consult again</h1><div id="story">${story}${story}</div></div></div>`).window;
    assert.deepEqual(mainContent(side.document).map((e) => e.id), ['story']);
  });

  it('gives no vote to a comment thread under a plain block heading ("<div>Comments (12)</div>", «Комментарии»), not a "Comments" link or button in the toolbar', () => {
    const comment = (i: number) => `<div class="c1"><span>Reader ${i}</span><p>Comment ${i}: I have lived on this street for thirty years, and nobody from the council ever asked us, which says it all, frankly, and I doubt it will change.</p><span>Reply</span></div>`;
    const story = [1, 2].map((i) => `<p>Story paragraph ${i}: the council will hold a second consultation on the bus lane, after traders said the first reached too few people.</p>`).join('');
    const html = (heading: string) => `<div class="x1"><div class="x2"><h1>Council to consult again</h1><div id="story">${story}</div></div>
      <div class="x3"><div class="x5">${heading}</div><div class="x4">${Array.from({ length: 24 }, (_, i) => comment(i)).join('')}</div></div></div>`;
    for (const heading of ['<div class="x6">Comments (12)</div>', '<span class="x6">Комментарии</span> <span>(12)</span>', '<div>12 comments</div>']) {
      assert.deepEqual(mainContent(page(html(heading)).window.document).map((e) => e.id), ['story'], heading);
    }
    // A short thread does not outvote the story, but the climb to a wider container stops before it too.
    const short = `<div class="x1"><div class="x2"><h1>Council to consult again</h1><div id="story">${story}${story}${story}</div></div>
      <div class="x3"><div class="x5"><div>Comments (4)</div></div><div class="x4">${Array.from({ length: 4 }, (_, i) => comment(i)).join('')}</div></div></div>`;
    assert.deepEqual(mainContent(page(short).window.document).map((e) => e.id), ['story']);
    // A "Comments" link or button between the lead and the body heads no thread: the body after it is the article.
    for (const bar of ['<a href="#comments">Comments</a>', '<div role="button">Comments</div>', '<div>Comments</div>']) {
      const { document } = page(`<div class="x1"><h1>Council to consult again</h1><div id="story"><p class="lead">The council will consult again, after traders said the first round reached too few people in the area.</p>
        <div class="bar"><div>Share</div>${bar}</div>${story}${story}</div></div>`).window;
      assert.deepEqual(mainContent(document).map((e) => e.id), ['story'], bar);
    }
  });

  it('takes the short entries of a live blog next to the longest one (siblings of its tag and class), not a block of that class elsewhere with little prose', () => {
    const entry = (t: string) => `<div class="live__item"><div class="live__time">11:05</div><p>${t}</p></div>`;
    const { document } = page(`<main><h1>Floods: live</h1><div class="live"><div class="live__items">
      ${entry('The river at Orenburg reached 9.8 metres against a critical mark of 9.3, the emergencies ministry said, and the peak is expected within two days.')}
      ${entry('Another 300 people were evacuated from flooded houses in Orsk.')}
      ${entry('The governor declared a regional state of emergency.')}</div></div>
      <div class="side"><div class="live__item"><p>Other live: the marathon.</p></div></div></main>`).window;
    const text = TextModel.build(mainContent(document)).text;
    assert.match(text, /9\.8 metres[^]*300 people[^]*state of emergency/);
    assert.doesNotMatch(text, /marathon/);
  });

  it('stops at the next story of an infinite-scroll page, though its body has the same class', () => {
    const story = (n: number) => `<article><h1>Story ${n}</h1><div class="story-body">${body.replace(/Body/g, `Story${n}`)}</div></article><div class="ad">Advertisement</div>`;
    const { document } = page(`<main>${story(1)}${story(2)}${story(3)}</main>`).window;
    const text = TextModel.build(mainContent(document)).text;
    assert.match(text, /Story1 paragraph 4/);
    assert.doesNotMatch(text, /Story2|Story3/);
  });
});
