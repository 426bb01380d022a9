// Short paragraphs of page furniture (counters, labels, credits, calls to
// follow) are found by patterns grouped by how a line opens, so that a page
// compiles only the groups its lines need. Grouped, they must read lines
// exactly as the one pattern of them all did.
import assert from 'node:assert/strict';
import { rng } from '../reliability/prng.js';
import { junkLine } from '../../src/page/text-model.js';

/** The reading the groups replace: every furniture line as one alternation. */
const JUNK_LINE = new RegExp([
  // A slide counter ("3 of 12", "3 / 12"); a bare clock time or video duration.
  '^\\d+ ?(?:of|из|/) ?\\d+$|^\\d{1,2}:\\d{2}(?::\\d{2})?$',
  // A label, then a teaser or a credit.
  // ("Related: …" and "Sign up for our newsletter" lines stay: saved pages' truths keep them.)
  // A picture's credit line on its own ("Credit: Agency", "Image credit: …").
  // "Read more from <site>:" heads a list of links to its other stories.
  '^(?:read (?:more|also|next)(?: (?:from|on|about) [^:\\n]{1,40})?|see also|also read|don[’\']?t miss|do not miss|не пропустите|more|watch|listen|photo|photos|photograph|image|picture|video|(?:(?:photo|image|picture) )?credits?',
  // (A graphic's credit, "Infographic: …", "Инфографика: …"; "Фото © …" is a credit as "Фото: …" is.)
  'infographic|graphic|инфографика|коллаж',
  'читайте (?:также|ещё|еще|нас)|смотрите (?:также|видео)|подробнее|по теме|фото|видео)\\s*[:：—–©-]',
  // A wire picture's credit in brackets ("(Photo by A. Name/Agency)").
  '^\\((?:photo|photograph|image|picture)s? (?:by|courtesy of)\\s',
  // Calls to follow or subscribe, or to send the newsroom news; the error-report hint of Russian sites.
  '^(?:подписывайтесь|подпишитесь|присоединяйтесь к нам|читайте нас в|следите за (?:новостями|нами) в|follow us|subscribe to our)\\s|^(?:нашли ошибку|ошибка в тексте\\?|хотите сообщить новость\\?)',
  // An ad label run into the stub under it ("Advertisement - scroll to continue").
  '^(?:advertisement|реклама)\\s*[-–—·:]\\s*scroll to continue',
  // A copyright or credit line under a picture ("© Agency", "(c) Photographer").
  '^(?:©|\\(c\\))\\s?\\S',
  // The marking Russian law requires on an advertisement: "Реклама. ООО «…», ИНН …, erid: 2SDnjc…" (the erid is the
  // ad's registry token; found anywhere in the line, it is tested apart, so this pattern stays anchored and fast).
  '^реклама[.,:]?\\s.*(?:инн|erid)',
  // An audio version's player label ("Listen to this article · 5:12 min").
  '^(?:listen to (?:this|the) (?:article|story)|слушать (?:статью|новость|материал))',
  // An opinion column's disclaimer.
  '^the (?:views|opinions) expressed (?:in|here|by)\\s|^мнение (?:автора|редакции) (?:может )?(?:не совпадать|не совпадает)',
  // Reading time and counters of claps, views, shares ("6 min read", "1.2K") under a byline.
  // (Or the minutes alone, "5 мин", "4 min": a paragraph of nothing else is no sentence.)
  '^\\d+ ?min(?:ute)?s? read$|^(?:время )?чтени[ея]:? \\d+ мин|^\\d+ мин(?:ут[аы]?)?\\.? (?:чтения|на чтение)$|^\\d{1,2} ?(?:мин|min)\\.?$',
  '^\\d+(?:[.,]\\d+)? ?(?:k|m|тыс\\.?|млн)$',
  // A comment counter ("34 comments", "34 комментария").
  '^\\d+ (?:comments?|комментари(?:й|я|ев))$',
  // An embedded post's attribution line under its text ("— Name (@handle) March 3, 2026": the post's author and date).
  '^[—–-]\\s?[^(\\n]{1,60}\\(@\\w{1,15}\\)[^\\n]{0,40}$',
].join('|'));


describe('furniture lines', () => {
  it('knows counters, labels, credits and calls to follow', () => {
    for (const line of ['3 of 12', '12:40', '6 min read', '1.2k', '34 комментария', '(photo by a. name/agency)', '© agency', '— a name (@handle) march 3, 2026',
      'read more: the budget', 'фото: пресс-служба', 'по теме: новости', 'подписывайтесь на наш канал', 'время чтения: 4 мин', 'the views expressed here are the author\'s own', 'don’t miss: the final'])
      assert.equal(junkLine(line), true, line);
    for (const line of ['the minister said on tuesday', '12 people were hurt', '(reuters) — the ministry said', '— it was late, he said', 'photographs of the flood were shared'])
      assert.equal(junkLine(line), false, line);
  });

  it('agrees with the one-pattern reading on 40,000 generated lines', () => {
    const pieces = [
      'read', 'more', 'also', 'next', 'from', 'on', 'about', 'see', 'don’t', "don't", 'dont', 'do', 'not', 'miss', 'не', 'пропустите', 'watch', 'listen',
      'photo', 'photos', 'photograph', 'image', 'picture', 'video', 'credit', 'credits', 'infographic', 'graphic', 'инфографика', 'коллаж', 'читайте',
      'также', 'ещё', 'нас', 'смотрите', 'видео', 'подробнее', 'по', 'теме', 'фото', 'подписывайтесь', 'подпишитесь', 'присоединяйтесь', 'к', 'в',
      'следите', 'за', 'новостями', 'нами', 'follow', 'us', 'subscribe', 'to', 'our', 'нашли', 'ошибку', 'ошибка', 'тексте?', 'хотите', 'сообщить',
      'новость?', 'advertisement', 'реклама', 'реклама.', 'scroll', 'continue', 'инн', 'erid', 'this', 'the', 'article', 'story', 'слушать', 'статью',
      'views', 'opinions', 'expressed', 'in', 'here', 'by', 'мнение', 'автора', 'редакции', 'может', 'совпадать', 'время', 'чтения', 'чтение', 'чтения:',
      'мин', 'min', 'mins', 'minute', 'minutes', 'of', 'из', '/', '3', '12', '1.2', '12:40', '5:12:03', 'k', 'm', 'тыс.', 'млн', 'comment', 'comments',
      'комментарий', 'комментария', 'комментариев', '(photo', '(images', '(c)', '©', 'courtesy', '—', '–', '-', '(@handle)', 'name', 'agency', 'ёлка',
      ':', '：', '·', '?', 'x', 'budget', 'said', 'минут', 'минуты', 'мин.', 'на',
      // Whole openings, so that each pattern's lines come up often.
      'по теме', 'read more', 'see also', 'also read', 'do not miss', 'не пропустите', 'follow us', 'subscribe to our', 'смотрите также',
      'читайте нас в', 'следите за нами в', 'присоединяйтесь к нам', 'нашли ошибку', 'ошибка в тексте?', 'хотите сообщить новость?',
      'listen to this article', 'слушать статью', 'the views expressed here', 'мнение автора может не совпадать', 'время чтения:', 'photo credit',
    ];
    const joins = [' ', ' ', ' ', '', ': ', ' — ', '-', '  '];
    const r = rng(7102026);
    const rnd = r.next;
    const pick = r.pick;
    for (let i = 0; i < 40_000; i++) {
      const n = 1 + Math.floor(rnd() * 6);
      let line = '';
      for (let k = 0; k < n; k++) line += (k ? pick(joins) : '') + pick(pieces);
      if (rnd() < 0.1) line += pick([':', '.', '?', ' 2026']);
      assert.equal(junkLine(line), JUNK_LINE.test(line), JSON.stringify(line));
    }
  });
});
