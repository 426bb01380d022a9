import assert from 'node:assert/strict';
import { TextModel } from '../../src/page/text-model.js';
import { page, rangeText } from './dom.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ');

describe('text model', () => {
  it('turns blocks into paragraphs, <br> into a line break, and collapses whitespace', () => {
    const { window } = page(`<article><h2>Title  here</h2><p>First
      paragraph, <b>bold</b><i>ly</i> said.</p><div>Line one<br>line two</div><ul><li>one</li><li>two</li></ul></article>`);
    const m = TextModel.build([window.document.querySelector('article')!]);
    assert.equal(m.text, 'Title here\n\nFirst paragraph, boldly said.\n\nLine one\nline two\n\none\n\ntwo');
    assert.deepEqual(m.paragraphs.map((p) => m.text.slice(p.start, p.end)), ['Title here', 'First paragraph, boldly said.', 'Line one\nline two', 'one', 'two']);
  });

  it('leaves out scripts, styles, navigation, asides, hidden, editable and form text, and share bars', () => {
    const { window } = page(`<article>
      <p>Kept one.</p><script>var x = "script";</script><style>p{}</style><noscript>noscript</noscript>
      <template><p>template</p></template><nav>nav link</nav><aside>aside box</aside>
      <p hidden>hidden attr</p><p style="display:none">inline hidden</p><p aria-hidden="true">aria hidden</p>
      <div contenteditable="true">editable</div><textarea>form field</textarea><select><option>opt</option></select>
      <button>button</button><div class="share-bar">Share on X</div><figure><figcaption>A caption <span class="credit">Photo: Agency</span></figcaption></figure>
      <p>Kept two.</p></article>`);
    const m = TextModel.build([window.document.querySelector('article')!]);
    assert.equal(m.text, 'Kept one.\n\nA caption\n\nKept two.');
  });

  it('ends a paragraph at two <br>s in a row (prose written into a div)', () => {
    const { window } = page('<div id="r">First line<br>same paragraph<br>\n<br>Second paragraph<br><br><br>Third</div>');
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((p) => m.text.slice(p.start, p.end)), ['First line\nsame paragraph', 'Second paragraph', 'Third']);
  });

  it('drops whole paragraphs of page furniture: ad labels, teasers, credits, calls to subscribe', () => {
    const { window } = page(`<div id="r"><p>Advertisement</p><p>The mayor said the bridge would reopen.</p>
      <div>Continue reading the main story</div><p>Read more: <a href="/x">Bridge closed after storm</a></p>
      <p>She added that repairs were done.</p><p><b>Читайте также:</b> <a href="/y">Мост закрыли</a></p>
      <p>Подписывайтесь на наш <a href="/t">Telegram-канал</a>, чтобы узнавать новости первыми.</p><div>Фото: пресс-служба</div>
      <p>Read more about the bridge in the council's report, which was published on Monday and runs to forty pages.</p>
      <p>Реклама</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    const paragraphs = ['The mayor said the bridge would reopen.', 'She added that repairs were done.',
      "Read more about the bridge in the council's report, which was published on Monday and runs to forty pages."];
    assert.equal(m.text, paragraphs.join('\n\n'));
    assert.deepEqual(m.paragraphs.map((p) => m.text.slice(p.start, p.end)), paragraphs);
    // The offset table still maps every paragraph back to its own DOM text.
    const ranges = m.toRanges(m.paragraphs);
    assert.deepEqual(ranges.map((r) => collapse(rangeText(window.document, r!))), paragraphs);
  });

  it('drops a furniture label set between decorative dashes ("- Advertisement -", "— Реклама —"), not a sentence after a dash', () => {
    const { window } = page(`<div id="r"><p>The council met on Monday.</p><div><span>- Advertisement -</span></div><p>— Реклама —</p>
      <p>· Share ·</p><p>— Advertisement for the new ferry service was pulled, the council said.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.equal(m.text, 'The council met on Monday.\n\n— Advertisement for the new ferry service was pulled, the council said.');
  });

  it('drops a gallery\'s slide counter, "3 of 12" or "3 / 12", as its own paragraph only', () => {
    const { window } = page(`<div id="r"><div class="g"><div><span>1</span> / <span>4</span></div><figure><figcaption>The pier at dawn.</figcaption></figure></div>
      <p>2 из 8</p><p>Turnout rose from 3 / 10 voters to 4 / 10 in the district.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.equal(m.text, 'The pier at dawn.\n\nTurnout rose from 3 / 10 voters to 4 / 10 in the district.');
  });

  it('drops a paragraph with no letter or digit (a gallery\'s arrows, a "* * *" break), not a table cell', () => {
    const { window } = page(`<div id="r"><p>The pier at dawn.</p><div><span aria-label="Previous slide">‹</span><span aria-label="Next slide">›</span></div>
      <p>* * *</p><p>It reopened in May.</p><table><tr><td>Change</td><td>—</td></tr></table></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)), ['The pier at dawn.', 'It reopened in May.', 'Change', '—']);
  });

  it('drops a live blog\'s "Pinned post" label, not an entry that opens with the word', () => {
    const { window } = page(`<div id="r"><div class="post"><p class="label">Pinned post</p><p>Welcome to our live coverage.</p></div>
      <div class="post"><span>Закреплено</span><p>Телефон горячей линии: 8-800-100-22-33.</p></div>
      <p>Pinned to the wall of the hall, the results sheet was torn down twice.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)), ['Welcome to our live coverage.', 'Телефон горячей линии: 8-800-100-22-33.',
      'Pinned to the wall of the hall, the results sheet was torn down twice.']);
  });

  it('drops a copyright line under a picture and cuts one off a caption\'s end, not a sentence naming the sign', () => {
    const { window } = page(`<div id="r"><div class="item"><div class="cap">Очередь на паромную переправу</div><div class="copy">© Заозерские ведомости</div></div>
      <figure><figcaption>The ferry at dawn. © Harbour Photo Agency</figcaption></figure><p>(c) Lena Ortiz</p>
      <p>The © sign on the poster was the only thing the artist added, she said.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)), ['Очередь на паромную переправу', 'The ferry at dawn.',
      'The © sign on the poster was the only thing the artist added, she said.']);
  });

  it('cuts a graphic\'s credit, a "Фото ©" credit and a bracketed wire credit off a caption, and drops them on their own', () => {
    const { window } = page(`<div id="r"><figure><figcaption>Динамика ВВП по кварталам. Инфографика: Деловой вестник</figcaption></figure>
      <figure><figcaption>The senator speaks in the chamber on Tuesday. (Photo by Ann Dunn/Harbour Images)</figcaption></figure>
      <figure><figcaption>Автобус на маршруте. Фото © пресс-служба мэрии</figcaption></figure><div>Фото © пресс-служба мэрии</div>
      <div>(Photo by Ann Dunn/Harbour Images)</div><p>He said the graphic: was wrong (photo by a reader, not ours) and left.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)), ['Динамика ВВП по кварталам.', 'The senator speaks in the chamber on Tuesday.',
      'Автобус на маршруте.', 'He said the graphic: was wrong (photo by a reader, not ours) and left.']);
  });

  it('cuts a wire credit in square brackets ("[File: A. Name/Agency]") and a Czech "Foto:" credit off a caption, not a bracket in a sentence', () => {
    const { window } = page(`<div id="r"><figure><figcaption>A farmer walks across a dry rice field in the delta [File: Omar Said/Gulf Current]</figcaption></figure>
      <div class="photo-text">Místo, kde má vodojem stát. <span>Foto: Petr Kos</span></div>
      <p>The report [file: annex 3] lists every well that ran dry in the delta last summer.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)), ['A farmer walks across a dry rice field in the delta', 'Místo, kde má vodojem stát.',
      'The report [file: annex 3] lists every well that ran dry in the delta last summer.']);
  });

  it('drops a paragraph that is one link to the site\'s channel on a messenger, not a sentence naming one', () => {
    const { window } = page(`<div id="r"><p>The council met on Monday.</p><p class="tg"><a href="https://t.me/x">Больше новостей экономики — в нашем Telegram-канале</a></p>
      <p><a href="https://wa.me/x"><b>Join our WhatsApp channel</b></a></p><div><a href="https://max.ru/x">Подписывайтесь на «Ведомости» в MAX</a></div>
      <p>The mayor announced it on <a href="https://t.me/mayor">her Telegram channel</a> on Sunday.</p><p><a href="/report">The full report</a></p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)), ['The council met on Monday.',
      'The mayor announced it on her Telegram channel on Sunday.', 'The full report']);
  });

  it('leaves out the author\'s bio box named for the writer or the bio ("writer-box", "bio-card"), not a block whose name only contains the word', () => {
    const { window } = page(`<div id="r"><p>The singer cancelled the tour, her promoter said on Monday.</p>
      <div class="writer-box"><h4>About the writer</h4><p>Paula Grey is the music editor. She has covered every festival since 2012.</p></div>
      <div class="bio-card"><p>Ian Moss reports on culture for the paper.</p></div><div class="biology-box"><p>Cells divide every day.</p></div></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.equal(m.text, 'The singer cancelled the tour, her promoter said on Monday.\n\nCells divide every day.');
  });

  it('drops the marking of an advertisement Russian law requires ("Реклама. ООО …, ИНН …, erid: …"), not a sentence about advertising', () => {
    const { window } = page(`<div id="r"><p>Законопроект внесен 10 марта.</p><div class="ad"><div>Реклама. ООО «Банк Северный», ИНН 7701234567, erid: 2SDnjcVm4kP</div></div>
      <p>Реклама ИП Смирнов А. В., ИНН 503412345678</p><p>Рекламодатель: ООО «Ромашка». Erid: LjN8KbX3a</p>
      <p>Реклама на билбордах подорожала на 20%, сообщили в ассоциации.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.equal(m.text, 'Законопроект внесен 10 марта.\n\nРеклама на билбордах подорожала на 20%, сообщили в ассоциации.');
  });

  it('drops the label of a link list or a widget and the toolbar\'s button labels, not a sentence that opens with the same words', () => {
    const { window } = page(`<div id="r"><p>Мост закрыли на ремонт до августа.</p><div class="x1"><div class="x2">Новости по теме:</div><ul><li><a href="/a">Паром запустят в апреле</a></li><li><a href="/b">Объезд через Веселовку</a></li></ul></div>
      <div class="x3"><span>Print</span></div><div class="x3"><span>Copy link</span></div><p>You may also like</p><p>Хотите сообщить новость? Пишите нам в Telegram</p>
      <div>Advertisement - scroll to continue</div><p>Комментарии экспертов разошлись.</p><p>Print media is declining, the report said.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)), ['Мост закрыли на ремонт до августа.', 'Комментарии экспертов разошлись.',
      'Print media is declining, the report said.']);
  });

  it('reads the headings of a live blog entry\'s <header>, not its time, reporter or the page\'s banner of links', () => {
    const { window } = page(`<div id="r"><article><header><time>14:52</time><h2>Minister resigns after audit</h2><span>Anna Toth</span></header>
      <div><p>The health minister has resigned.</p></div></article><header class="site-masthead"><h2>Danube Herald</h2></header>
      <article><header hidden><h3>Draft entry</h3></header><p>Polls closed at eight.</p></article></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)), ['Minister resigns after audit', 'The health minister has resigned.', 'Polls closed at eight.']);
  });

  it('drops an embedded post\'s attribution line ("— Name (@handle) March 3, 2026"), not its text or a sentence that names a handle', () => {
    const { window } = page(`<div id="r"><p>The mayor posted the news herself.</p>
      <blockquote class="twitter-tweet"><p lang="en">The bridge is open again! Thank you all for your patience.</p>&mdash; Anna Berg (@mayorberg) <a href="https://x.example/mayorberg/status/1">March 3, 2026</a></blockquote>
      <blockquote class="twitter-tweet"><p lang="ru">Мост снова открыт.</p>&mdash; Мэрия Заречного (@zarech_city) <a href="https://x.example/zarech_city/status/2">3 марта 2026 г.</a></blockquote>
      <p>— Tom Reyes (@treyes), who runs the ferry, said on Monday that his bookings had fallen by half since the bridge reopened.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)), ['The mayor posted the news herself.', 'The bridge is open again! Thank you all for your patience.',
      'Мост снова открыт.', '— Tom Reyes (@treyes), who runs the ferry, said on Monday that his bookings had fallen by half since the bridge reopened.']);
  });

  it('drops the kicker right before the headline (a section\'s link, a label, a date), not a sentence before it', () => {
    const body = '<p>The state Senate voted on Tuesday to create a fund for rural broadband.</p>';
    const texts = [
      '<div class="k"><span class="t"><a href="/politics">Politics</a></span></div><h1>Senate approves broadband fund</h1>',
      '<div class="k"><span>Exclusive</span></div><h1>Senate approves broadband fund</h1>',
      '<div class="k"><a href="/politics">Politics</a> <span>12.03.2026</span></div><h1>Senate approves broadband fund</h1>',
    ].map((head) => {
      const { window } = page(`<article id="r"><div class="hd">${head}</div>${body}</article>`);
      return TextModel.build([window.document.getElementById('r')!]).text;
    });
    assert.deepEqual(texts, Array(3).fill('The state Senate voted on Tuesday to create a fund for rural broadband.'));
    const { window } = page(`<article id="r"><p>Part two.</p><p>Polls close at eight.</p><h1>Results</h1>${body}</article>`);
    assert.equal(TextModel.build([window.document.getElementById('r')!]).text, `Part two.\n\nPolls close at eight.\n\n${'The state Senate voted on Tuesday to create a fund for rural broadband.'}`);
  });

  it('drops a byline on a line of its own ("By Jane Okafor", run into its date), not a sentence that opens with "By"', () => {
    const { window } = page(`<div id="r"><div class="x1"><span>By Jane Okafor</span><span>March 12, 2026</span></div>
      <p>By Jane Okafor and Tom Reyes</p><p>The Senate voted on Tuesday.</p><p>By Monday, the fund had run dry.</p><p>By car, it takes an hour.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)), ['The Senate voted on Tuesday.', 'By Monday, the fund had run dry.', 'By car, it takes an hour.']);
  });

  it('drops a paragraph that is one shouted link (a teaser headline), not a link that is an abbreviation or a figure', () => {
    const { window } = page(`<div id="r"><p>The council voted on Monday.</p>
      <p><a href="/s/1"><strong>FAMILIES HIT WITH SURPRISE BILLS</strong></a></p>
      <p><a href="/u"><b>U.S.</b></a></p><p><a href="/n">NATO 2.0</a></p><p><a href="/p">Council papers</a></p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.equal(m.text, ['The council voted on Monday.', 'U.S.', 'NATO 2.0', 'Council papers'].join('\n\n'));
  });

  it('cuts a photo credit off the end of a caption, offsets still mapped', () => {
    const { window } = page(`<div id="r"><figure><figcaption>The keeper in his cottage. <span>Photograph: Ann Dunn for The Weekly</span></figcaption></figure>
      <p>Он показал фото: на снимке был мост. Потом он ушёл домой.</p><p>He said: no photo was taken.</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    const paragraphs = ['The keeper in his cottage.', 'Он показал фото: на снимке был мост. Потом он ушёл домой.', 'He said: no photo was taken.'];
    assert.equal(m.text, paragraphs.join('\n\n'));
    assert.deepEqual(m.toRanges(m.paragraphs).map((r) => collapse(rangeText(window.document, r!)).trim()), paragraphs);
  });

  it('keeps furniture when asked to (reading a piece cut out of a paragraph, where "5 m" alone is no counter)', () => {
    const { window } = page('<div id="r"><p>Advertisement</p><p>5 m</p><figure><figcaption>The keeper. <span>Photograph: Ann Dunn</span></figcaption></figure></div>');
    const r = window.document.getElementById('r')!;
    assert.equal(TextModel.build([r]).text, 'The keeper.');
    assert.equal(TextModel.build([r], { furniture: false }).text, ['Advertisement', '5 m', 'The keeper. Photograph: Ann Dunn'].join('\n\n'));
  });

  it('gives an empty text with one empty paragraph when all of it is furniture', () => {
    const { window } = page('<div id="r"><p>Advertisement</p></div>');
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.equal(m.text, '');
    assert.deepEqual(m.paragraphs, [{ start: 0, end: 0 }]);
  });

  it('maps offsets → ranges → text exactly, for every word', () => {
    const { window } = page(`<div id="r"><p>The  <a href="#">Guardian</a> reports
      that <em>officials fam</em>iliar with it said so.</p><p>Second <b>para</b>graph here.</p></div>`);
    const doc = window.document;
    const m = TextModel.build([doc.getElementById('r')!]);
    const spans: { start: number; end: number }[] = [];
    for (const w of m.text.matchAll(/\S+/g)) spans.push({ start: w.index!, end: w.index! + w[0].length });
    const ranges = m.toRanges(spans);
    spans.forEach((s, i) => {
      const r = ranges[i]!;
      assert.equal(rangeText(doc, r), m.text.slice(s.start, s.end));
      assert.equal(m.offsetOf(r.startContainer, r.startOffset), s.start);
      assert.equal(m.offsetOf(r.endContainer, r.endOffset), s.end);
    });
  });

  it('maps spans across elements and paragraphs; separators map to no node', () => {
    const { window } = page(`<div id="r"><p>Alpha <i>beta</i> gamma.</p>
      <p>Delta   epsilon.</p></div>`);
    const doc = window.document;
    const m = TextModel.build([doc.getElementById('r')!]);
    const whole = { start: 0, end: m.text.length };
    const cross = { start: m.text.indexOf('beta'), end: m.text.indexOf('epsilon') + 7 };
    const gap = { start: m.text.indexOf('\n'), end: m.text.indexOf('\n') + 2 };
    const [a, b, c] = m.toRanges([whole, cross, gap]);
    assert.equal(collapse(rangeText(doc, a!)), collapse(m.text));
    assert.equal(collapse(rangeText(doc, b!)), collapse(m.text.slice(cross.start, cross.end)));
    assert.equal(c, null);
  });

  it('resolves many offsets in one pass the same as one at a time', () => {
    const { window } = page(`<div id="r">${Array.from({ length: 40 }, (_, i) => `<p>Para ${i} has <b>some</b> words in <i>it</i>.</p>`).join('')}</div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    const spans = Array.from({ length: 300 }, (_, i) => {
      const start = (i * 37) % (m.text.length - 10);
      return { start, end: start + 1 + (i % 9) };
    });
    const together = m.toRanges(spans);
    const alone = spans.map((s) => m.toRanges([s])[0]);
    assert.deepEqual(together, alone);
  });

  it('stops at maxChars and says so', () => {
    const { window } = page(`<div id="r"><p>one two three</p><p>four five six</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!], { maxChars: 15 });
    assert.equal(m.text, 'one two three');
    assert.match(m.skipped.join(' '), /beyond 15 characters/);
  });

  it('fills the limit even when furniture lines are dropped before it (a live blog of timed updates)', () => {
    const updates = Array.from({ length: 20 }, (_, i) => `<p>12:${String(i).padStart(2, '0')}</p><p>Update ${i}: the ferry service resumed on the northern route.</p>`).join('');
    const { window } = page(`<div id="r">${updates}</div>`);
    // Short only by a paragraph break that no longer fits, never by a dropped line.
    for (let max = 250; max <= 320; max++) {
      const m = TextModel.build([window.document.getElementById('r')!], { maxChars: max });
      assert.ok(m.text.length >= max - 2 && m.text.length <= max, `limit ${max}: ${m.text.length} characters`);
      assert.doesNotMatch(m.text, /12:\d\d/);
      assert.match(m.skipped.join(' '), new RegExp(`beyond ${max} characters`));
    }
  });
});

describe('text model: inline cards, table cells, notes', () => {
  const p = (i: number) => `<p>Paragraph ${i}: the council said on Friday that the library would stay open, according to a statement.</p>`;

  it('leaves out teaser cards between paragraphs by their structure, whatever their class names', () => {
    const { window } = page(`<div id="r">${p(1)}
      <div class="_2Rm7c"><span>Related</span><a href="/a"><span>Libraries to open on Sundays</span><span>3 min read</span></a></div>
      ${p(2)}
      <div class="x9"><div><img src="/i.jpg" alt=""></div><div><a href="/b"><h3>The mobile library</h3></a><p>Meet the driver who kept the route going.</p></div></div>
      <figure class="kg-card"><a href="/c"><div>The year the river flooded</div><div>A look back.</div></a></figure>
      ${p(3)}</div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.equal(m.paragraphs.length, 3);
    assert.doesNotMatch(m.text, /Libraries|mobile library|Meet the driver|river flooded/);
  });

  it('finds cards one wrapper down (a root above the paragraphs\' own parent), not deeper', () => {
    const card = '<div class="q1"><span>Related</span> <a href="/a"><span>Libraries to open on Sundays</span></a></div>';
    const { window } = page(`<div id="r"><div class="w">${p(1)}${card}${p(2)}${p(3)}${p(4)}</div>
      <div class="w">${p(5)}<div class="deep">${p(6)}${p(7)}${p(8)}${p(9)}${card.replace('Libraries', 'Deep card')}</div></div></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.doesNotMatch(m.text, /Libraries/);
    // Two levels of long wrappers: left to the other rules (the walk does not search every div).
    assert.match(m.text, /Deep card/);
    assert.match(m.text, /Paragraph 9/);
  });

  it('leaves out picture cards (a linked picture and a title to the same story), also in a grid two wrappers down; not a picture that links to itself', () => {
    const card = (i: number) => `<div class="c8${i}"><a href="/s/${i}"><img src="/i${i}.jpg" alt=""></a><a href="/s/${i}"><div>Story ${i}: how the branch library kept going</div></a>
      <p>Blurb ${i}: volunteers kept the doors open through a winter of cuts, and now the council wants to hear from them.</p></div>`;
    const { window } = page(`<div id="r">${p(1)}${card(1)}${p(2)}
      <figure class="f3"><a href="/img/big.jpg"><img src="/img/s.jpg" alt=""></a><figcaption>The library at dusk, from the square.</figcaption></figure>${p(3)}
      <section class="s1x"><h2>More on this story</h2><div class="g2y">${card(2)}${card(3)}${card(4)}${card(5)}</div></section></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end).slice(0, 11)), ['Paragraph 1', 'Paragraph 2', 'The library', 'Paragraph 3']);
  });

  it('leaves out a box built around a form (a sign-up with small print, a poll), not a bare sign-up label', () => {
    const signup = '<div class="j1"><h3>Get the news in your inbox</h3><p>Every morning at seven. By signing up you agree to our terms and privacy policy.</p><form><input type="email"><button>Sign up</button></form></div>';
    const poll = '<div class="j2"><div>Should the council make the four-day week trial permanent?</div><label><input type="radio"> Yes</label><label><input type="radio"> No</label><div>1,204 votes</div></div>';
    const label = '<div class="j3"><p>Sign up for our newsletter</p><form><input type="email"></form></div>';
    const { window } = page(`<div id="r">${p(1)}${signup}${p(2)}${poll}${p(3)}${label}${p(4)}</div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.doesNotMatch(m.text, /inbox|By signing up|permanent|votes/);
    assert.match(m.text, /Sign up for our newsletter/);
    assert.equal(m.paragraphs.length, 5);
  });

  it('leaves out a paywall offer inside the body (its links lead to subscribing, logging in), not prose that links there', () => {
    const offer = '<div class="k2"><h2>This article is for subscribers</h2><p>Unlimited access for £1 a week.</p><a href="/subscribe?offer=1">Subscribe now</a> <a href="/login">Log in</a></div>';
    const prose = '<div class="k3"><p>Readers can <a href="/subscribe">subscribe to the print edition</a> at the same price as last year, the publisher said.</p></div>';
    const { window } = page(`<div id="r">${p(1)}${p(2)}${offer}${prose}</div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.doesNotMatch(m.text, /for subscribers|Log in/);
    assert.match(m.text, /Readers can subscribe to the print edition/);
    // A fact box whose link only mentions registering (to vote) is no offer.
    const facts = '<div class="k4"><h3>How to vote</h3><p>Polling stations open at seven. The deadline is Friday.</p><a href="/how-to-register-to-vote">How to register</a></div>';
    const other = page(`<div id="r">${p(1)}${p(2)}${facts}</div>`).window;
    assert.match(TextModel.build([other.document.getElementById('r')!]).text, /Polling stations open at seven/);
  });

  it('leaves out a paywall offer whose links lead to a subscription page and to signing in ("/subscription/", "/auth/")', () => {
    const offer = '<div class="pw3Ek"><div>Продолжение доступно по подписке</div><p>Оформите подписку, чтобы читать все материалы. Первый месяц — 1 рубль.</p><a href="/subscription/?from=paywall">Оформить подписку</a> <a href="/auth/?back=/x">Войти</a></div>';
    const { window } = page(`<div id="r">${p(1)}${p(2)}${offer}</div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.doesNotMatch(m.text, /подписк|Войти/);
    // A box linking to a story about subscription boxes, or to the authors' page, is no offer.
    const box = '<div class="k4"><h3>What the boxes cost</h3><p>Most boxes cost between 20 and 40 euros a month.</p><a href="/news/subscription-boxes-boom">The boom</a> <a href="/authors/">Our authors</a></div>';
    assert.match(TextModel.build([page(`<div id="r">${p(1)}${p(2)}${box}</div>`).window.document.getElementById('r')!]).text, /Most boxes cost/);
  });

  it('keeps short prose that is mostly a link, a caption with a credit link and a quoted post', () => {
    const { window } = page(`<div id="r">${p(1)}
      <div class="sc-a"><p><a href="/report">The full report</a> is online.</p></div>
      <figure><img src="/x.jpg" alt=""><figcaption><a href="/p">Ann Dunn</a> on the pier</figcaption></figure>
      <blockquote class="twitter-tweet"><p>It has stopped! First time in my life I have seen it not moving.</p>&mdash; Residents <a href="/s">March 8</a></blockquote>
      ${p(2)}</div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    for (const kept of ['The full report is online.', 'Ann Dunn on the pier', 'It has stopped!']) assert.match(m.text, new RegExp(kept));
  });

  it('drops reading times and counters under a byline, but never the cells of a table', () => {
    const { window } = page(`<div id="r"><div>6 min read</div><div>1.2K</div><div>5 мин чтения</div>${p(1)}
      <table><tr><th>District</th><th>Share</th></tr><tr><td>Saltmarsh</td><td>1.2K</td></tr></table><p>Share</p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)).slice(1), ['District', 'Share', 'Saltmarsh', '1.2K']);
    assert.doesNotMatch(m.text, /min read|чтения/);
  });

  it('drops a reading time of minutes alone ("5 мин", "4 min."), not a sentence or a table cell with minutes', () => {
    const { window } = page(`<div id="r"><div class="info"><span>5 мин</span></div><div>4 min.</div>${p(1)}<p>The walk takes 5 min from the station.</p>
      <table><tr><td>Wait</td><td>5 мин</td></tr></table></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end)).slice(1), ['The walk takes 5 min from the station.', 'Wait', '5 мин']);
  });

  it('cuts a footnote\'s back-arrow off the note', () => {
    const { window } = page('<ol id="r"><li><p>Found in 2024 during repairs to the roof. <a href="#fnref1" class="footnote-back">&#8617;</a></p></li></ol>');
    assert.equal(TextModel.build([window.document.getElementById('r')!]).text, 'Found in 2024 during repairs to the roof.');
  });

  it('drops a short row of links (back, print, tags) but keeps a sentence around one link', () => {
    const { window } = page(`<div id="r">${p(1)}<br><br><a href="/news/">&lt;&lt; Back to news</a> | <a href="/print">Print version</a><br><br>
      <a href="/report">The report</a> was published on Monday by the county council.</div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.doesNotMatch(m.text, /Back to news|Print version/);
    assert.match(m.text, /The report was published on Monday/);
  });

  it('drops a plain-text headline and its date line when the page title holds the headline', () => {
    const body = `<td id="r"><b>Teacher of the year chosen in Lakeside</b><br>14.03.2026 | Education<br><br>${p(1)}</td>`;
    const titled = page(`<table><tr>${body}</tr></table>`, '<title>Lakeside News :: Teacher of the year chosen in Lakeside</title>').window;
    assert.equal(TextModel.build([titled.document.getElementById('r')!]).paragraphs.length, 1);
    const untitled = page(`<table><tr>${body}</tr></table>`, '<title>Lakeside News</title>').window;
    assert.match(TextModel.build([untitled.document.getElementById('r')!]).text, /^Teacher of the year/);
    // A quote the headline repeats, opening the text, is what was said: it stays.
    const quoted = page(`<div id="r"><p>“We will not close the school”</p>${p(1)}</div>`,
      '<title>Mayor on the village school row: “We will not close the school” | Lakeside News</title>').window;
    assert.match(TextModel.build([quoted.document.getElementById('r')!]).text, /^“We will not close the school”/);
  });

  it('drops an opinion column\'s disclaimer', () => {
    const { window } = page(`<div id="r">${p(1)}<p><em>The views expressed in this column are the author's own.</em></p><p>Мнение автора может не совпадать с мнением редакции.</p></div>`);
    assert.equal(TextModel.build([window.document.getElementById('r')!]).paragraphs.length, 1);
  });

  it('reads the answers folded in closed <details> even where layout calls them invisible, not text hidden by style', () => {
    const { window } = page(`<div id="r">${p(1)}<details><summary>How much will it cost?</summary><div><p>About the same as now, the operator said.</p></div></details>
      <div class="gone"><p>Hidden by style.</p></div></div>`);
    // As Chromium answers: no box inside a closed <details>, nor under a style sheet's display: none (.gone here).
    window.HTMLElement.prototype.checkVisibility = function (this: HTMLElement) {
      return !this.closest('details:not([open]) > :not(summary), .gone');
    };
    const m = TextModel.build([window.document.getElementById('r')!], { layout: true });
    assert.match(m.text, /How much will it cost\?\n\nAbout the same as now/);
    assert.doesNotMatch(m.text, /Hidden by style/);
  });

  it('reads a block named for its position after an ad ("after-ad"), not the ad; drops an audio player\'s label', () => {
    const { window } = page(`<div id="r">${p(1)}<div class="ad-slot"><p>Sponsored by the bank of the coast and its friends.</p></div>
      <div class="blk" id="after-ad">${p(2)}</div><div><span>Listen to this article</span><span> · 5:12 min</span></div><p><a href="/help">Learn more</a></p></div>`);
    const m = TextModel.build([window.document.getElementById('r')!]);
    assert.deepEqual(m.paragraphs.map((s) => m.text.slice(s.start, s.end).slice(0, 11)), ['Paragraph 1', 'Paragraph 2']);
  });
});
