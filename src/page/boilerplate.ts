// Which parts of a page are not article text: navigation, asides, share bars,
// ads, comments, credits, hidden and editable things. One predicate, used by
// the text model's walk (a rejected element is skipped with its subtree).

import { every, runSteps, type Steps } from './slice.js';

/** Elements never read, wherever they are. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO',
  'PICTURE', 'IMG', 'MATH', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION',
  'DIALOG', 'MENU', 'HEADER', 'H1', 'LINK', 'META', 'HEAD', 'TITLE',
  // AMP's ads, embeds (recirculation widgets), share buttons, menus, consent and tracking.
  'AMP-AD', 'AMP-EMBED', 'AMP-STICKY-AD', 'AMP-AUTO-ADS', 'AMP-SOCIAL-SHARE', 'AMP-SIDEBAR', 'AMP-CONSENT',
  'AMP-USER-NOTIFICATION', 'AMP-ANALYTICS', 'AMP-PIXEL',
  // Our own elements (card host, fallback marks are read through: see OWN_CONTAINERS).
  'WHOSAID-CARD',
]);

/** ARIA landmarks that are not the article body. */
const SKIP_ROLES = /^(navigation|complementary|contentinfo|banner|dialog|alertdialog|menu|menubar|toolbar|search|tablist|form)$/;

/**
 * Class / id words of boilerplate. Matched against whole words of a class or
 * id (split at space, '-', '_'), so "share-bar" matches and "shared" does not.
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  'share', 'sharing', 'sharebar', 'social', 'socials', 'related', 'recommended', 'recommendations', 'recirc',
  'disqus', 'promo', 'promos', 'newsletter', 'subscribe', 'subscription', 'signup',
  'advert', 'advertisement', 'ad', 'ads', 'adslot', 'adunit', 'dfp', 'sponsor', 'sponsored', 'outbrain',
  'taboola', 'breadcrumb', 'breadcrumbs', 'byline', 'bylines', 'tags',
  'toolbar', 'popup',
  'modal', 'cookie', 'cookies', 'consent', 'nav', 'navbar', 'navigation', 'menu',
  'sidebar', 'widget', 'popular', 'trending', 'copyright', 'hide', 'visually',
  'sr', 'offscreen', 'print', 'dateline', 'timestamp', 'meta', 'metadata', 'rss', 'pagination',
  'pager', 'skip', 'banner', 'masthead', 'login', 'follow', 'donate', 'tooltip', 'teaser', 'teasers',
  // Dates and times of publication ("news-date-time", "article__date"); an inline related box (Russian CMSs' "incut").
  'date', 'time', 'incut',
  // Comment threads, calls to action, media players.
  'discussion', 'reply', 'replies', 'cta', 'btn', 'button', 'buttons', 'player',
  // "The views expressed are the author's own."
  'disclaimer',
  // The author's bio box after the text ("writer-box", "bio-card"), named for the writer, not as "author".
  'writer', 'bio',
]);
/** A box's kind written as one word with what it holds ("relatedposts", "sharetools", "commentsbox"). */
const COMPOUND_HEADS = ['related', 'share', 'social', 'comment', 'comments', 'promo', 'newsletter', 'subscribe'];
const COMPOUND_TAILS = ['post', 'posts', 'article', 'articles', 'stories', 'link', 'links', 'box', 'bar', 'button', 'buttons', 'tools', 'list', 'item', 'items', 'widget', 'block'];
/** A picture's credit in its caption ("Figure_attribution", "image-attribution"; an "image-source" is kept: saved pages' truths keep "Source: Supplied"). */
const CREDIT_HEADS = ['figure', 'image', 'img', 'photo', 'picture', 'caption'];
/**
 * Names whose sense depends on the words around them: the article's author, a picture's credit, the page's footer
 * and comments, but not a quote box's author, credit or footer
 * ("box-quote__author", "quote-block__credit", "quote__footer": who said it,
 * the claim's source) nor an expert's comment ("expert-comment": the
 * expert's words); "pull-quote" (a quote repeated from the text);
 * "figure-attribution"; "paywall-prompt" (a plain "paywall" marks the text
 * behind the wall); "hidden", except "label-hidden" (hides a label, not the
 * element) and "hidden-xs" (hides it on phones only). And the one-word
 * compounds above.
 */
export const SPECIAL_PARTS: readonly string[] = [
  '(?<!(?:quote|expert|citation)[a-z0-9_-]*[-_])(?:authors?|credits?|footer)', '(?<!expert[-_]{1,2})comments?',
  `(?:${COMPOUND_HEADS.join('|')})(?:${COMPOUND_TAILS.join('|')})`,
  'pull[-_]?quotes?',
  `(?:${CREDIT_HEADS.join('|')})[-_]*attributions?`,
  '(?:paywall|regwall)[-_]+(?:prompt|offer|overlay|modal|message|banner|notice)',
  '(?<!label-{1,2})hidden(?!-(?:xs|sm|md|lg|xl)(?:$|[\\s_-]))',
];
/**
 * The words of a name that can take part in a SPECIAL_PARTS match, with the
 * index of that pattern: only a name holding one runs it, and a page compiles
 * only the patterns its names need. Made on first use (the always-on article
 * check loads this module on every page).
 */
let specialWords: ReadonlyMap<string, number> | null = null;
const SPECIAL_WORDS = (): ReadonlyMap<string, number> => specialWords ??= new Map([
  ...['author', 'authors', 'credit', 'credits', 'footer'].map((w): [string, number] => [w, 0]),
  ...['comment', 'comments'].map((w): [string, number] => [w, 1]),
  ...COMPOUND_HEADS.flatMap((h) => COMPOUND_TAILS.map((t): [string, number] => [h + t, 2])),
  ...['pull', 'pullquote', 'pullquotes'].map((w): [string, number] => [w, 3]),
  ...['', ...CREDIT_HEADS].flatMap((h) => [`${h}attribution`, `${h}attributions`]).map((w): [string, number] => [w, 4]),
  ...['paywall', 'regwall'].map((w): [string, number] => [w, 5]),
  ['hidden', 6],
]);
// A word after "after-", "before-", "below-", "above-" names a position, not the thing: "after-ad" is
// the block after an ad (a skip link's target), often the article's next part.
const POSITION = /(?:after|before|below|above)$/;
const specialPatterns: RegExp[] = [];
/** SPECIAL_PARTS[i] as a whole part of a name (lower-cased input: the 'i' flag makes patterns costlier to compile). */
function specialPart(i: number): RegExp {
  return specialPatterns[i] ??= new RegExp(`(?:^|[\\s_-])(?<!(?:after|before|below|above)[-_])(?:${SPECIAL_PARTS[i]})(?=$|[\\s_-])`);
}
/** Words of a name and the separators between them: [word, separator, word, …]. */
const NAME_PARTS = /([\s_-]+)/;

/**
 * Any boilerplate word as a whole part of a name (between start/end, spaces,
 * '-', '_'), in a lower-cased class and id. Plain words are looked up in a
 * set: one regular expression of all of them cost ~1 ms of the page's main
 * thread to compile on every page load (measured in Chromium 150), more than
 * all the lookups of a page. Only a name with one of the few words whose
 * sense depends on their neighbours runs a small pattern (SPECIAL_PARTS).
 */
export function boilerplatePart(all: string): boolean {
  const parts = all.split(NAME_PARTS);
  /** The SPECIAL_PARTS the name's words may take part in (bits). */
  let special = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const w = parts[i]!;
    if (!w) continue;
    if (BOILERPLATE_WORDS.has(w)) {
      const sep = i ? parts[i - 1]! : '';
      if (!((sep === '-' || sep === '_') && POSITION.test(parts[i - 2]!))) return true;
    } else {
      const g = SPECIAL_WORDS().get(w);
      if (g !== undefined) special |= 1 << g;
    }
  }
  for (let g = 0; special; g++, special >>= 1) if (special & 1 && specialPart(g).test(all)) return true;
  return false;
}

/** Whole class names that say "this is the article body": never skipped by name. */
// "field--name-body": the body field of Drupal and CMSs built like it.
// (A set of the names, not a pattern: asked of every name of every element judged, on every page.)
const CONTENT_NAMES: ReadonlySet<string> = new Set([
  'main', 'content', 'body', 'articlebody',
  ...['article', 'story', 'entry', 'post', 'news'].flatMap((a) => ['', '-', '_'].flatMap((j) => ['body', 'content', 'text'].map((b) => a + j + b))),
  ...['-', '--'].flatMap((j) => ['', 'name-', 'name--'].map((n) => `field${j}${n}body`)),
]);

/** One lower-cased class or id name says "article body". */
export function isContentName(name: string): boolean {
  return CONTENT_NAMES.has(name);
}

/** The class or id names this element as the article's body ("article-body", "story-content", …). */
export function hasContentName(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  if (!cls && !el.id) return false;
  for (const n of `${cls} ${el.id}`.toLowerCase().split(/\s+/)) if (isContentName(n)) return true;
  return false;
}

/**
 * A word boundary inside a component's PascalCase name ("VideoPlayer",
 * "DonatesTeaser-module_root", "ShareBar"): marked with '-' so its words
 * are read like "video-player". Only in names that start with a capital
 * (React components and their CSS modules, styled components): lowerCamel
 * names ("mbArticleShareBtn") are left as one word, as saved pages' truths
 * read them; and only before a capital and two lower-case letters, so a
 * module's hash ("__qV8sL") never splits into a word. The lookbehind runs
 * only at the rare lower-to-upper boundary.
 */
const COMPONENT_WORD = /([a-z])(?=[A-Z][a-z]{2})(?<=(?:^|[\s_-])[A-Z][A-Za-z]*)/g;

/**
 * The class or id names this element as boilerplate (and no name of it says
 * article body). Words matched by `except` (whole parts of a name) are not
 * counted.
 */
export function hasBoilerplateName(el: Element, except?: RegExp): boolean {
  const cls = el.getAttribute('class') ?? '';
  if (!cls && !el.id) return false;
  let all = `${cls} ${el.id}`.replace(COMPONENT_WORD, '$1-').toLowerCase();
  if (!boilerplatePart(all)) return false;
  if (except && !boilerplatePart(all = all.replace(except, ' '))) return false;
  for (const n of all.split(/\s+/)) if (isContentName(n)) return false;
  return true;
}

/**
 * aria-hidden hides from screen readers only. On a paragraph of prose it is
 * text a reader sees (a metered paywall marks the paragraphs after its prompt
 * so); on anything else (an icon's label, a tooltip, an ad, a credit, an idle
 * carousel slide) it is taken as hidden.
 */
const ARIA_HIDDEN_PROSE = 80;

/** Hidden without layout: attributes and inline style (cheap, works under jsdom). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && (el.localName !== 'p' || (el.textContent ?? '').trim().length < ARIA_HIDDEN_PROSE)) return true;
  const style = el.getAttribute('style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/** Longest text of an inline card (a teaser is a headline, a label, a line of blurb). */
const CARD_MAX = 400;
/** Children of the content root that can be a card (paragraphs, headings and lists are judged elsewhere). */
const CARD_TAGS = /^(?:DIV|SECTION|ASIDE|FIGURE|BLOCKQUOTE)$|-/;
/** What a sign-up box or a poll is built around (React forms often have no <form>). */
const FORM_PARTS = 'form, input, select, textarea';
/**
 * Links to subscribing, signing in or up: what a paywall's or a registration
 * wall's offer leads to; and to donating, where a reader-funded newsroom's
 * appeal box between the paragraphs leads. Path segments and hosts, not any
 * substring: a fact box may well link to "/how-to-register-to-vote".
 */
// "/subscription/" and "/auth/": where Russian paywalls send the reader ("Оформить подписку", "Войти").
const ACCOUNT_LINK = ['/subscribe', '//subscribe.', '/subscription/', '/subscription?', '/subscriptions/', '/login', '/log-in', '/signin', '/sign-in', '/signup', '/sign-up', '/account/', '/auth/', '/auth?', '/podpiska',
  '/donate', '//donate.', '/donation', '/contribute', '//support.']
  .map((w) => `a[href*="${w}" i]`).join(', ');
/**
 * Shortest: a bare "Sign up for our newsletter" label by a form is left to
 * the text model (saved pages' truths keep such lines).
 */
const FORM_BOX_MIN = 60;
/** Longest text of a box around a form (a newsletter's privacy notice runs to a few hundred characters). */
const FORM_BOX_MAX = 1000;
/** Fewer characters are no headline (an empty or one-word heading). */
const HEADLINE_MIN = 10;
/**
 * Levels below a root looked into for cards: a "more on this" grid at the
 * article's end sits in a section, in a grid, in the article's container.
 */
const CARD_DEPTH = 3;
/** Long children looked into for cards of their own. */
const WRAPPER_TAGS = /^(?:DIV|SECTION|ARTICLE)$/;
/** A headline that is a link, or a link around a headline: the mark of a teaser. */
const LINKED_HEADLINE = 'a h2, a h3, a h4, a h5, h2 > a[href]:not([href^="#"]), h3 > a[href]:not([href^="#"]), h4 > a[href]:not([href^="#"])';

/**
 * Teaser cards between the article's paragraphs ("Read also", a bookmark
 * card, an embed's "view this post" link): direct children of a content
 * root that are short and either mostly links or built around a linked
 * headline; and boxes built around a form (a newsletter sign-up, a poll). Judged by structure, not names, so hashed class names
 * (css-1q2w3e, _3xX9z) do not hide them. Only the roots' children are read,
 * once per build: the walk itself only asks the set.
 */
export function inlineCards(roots: readonly Element[]): Set<Element> {
  return runSteps(inlineCardSteps(roots));
}

/**
 * inlineCards, as steps: a live blog's root has tens of thousands of
 * children, each read here (its text, links, selectors), so the text model
 * pauses between them like its walk does (unsliced, this one pass took
 * 50-75 ms of a 20,000-update live blog).
 */
export function* inlineCardSteps(roots: readonly Element[]): Steps<Set<Element>> {
  const cards = new Set<Element>();
  const checkpoint = every(64);
  for (const root of roots) yield* findCards(root, cards, CARD_DEPTH, checkpoint);
  return cards;
}

/** Cards among `parent`'s children; `depth` levels down through long wrappers (a root above the paragraphs' own parent). */
function* findCards(parent: Element, cards: Set<Element>, depth: number, checkpoint: () => boolean): Steps<void> {
  let parentLen = -1;
  for (const c of parent.children) {
    if (checkpoint()) yield;
    if (!CARD_TAGS.test(c.tagName.toUpperCase()) || !isComponent(c)) continue;
    const len = (c.textContent ?? '').trim().length;
    const links = c.getElementsByTagName('a').length > 0;
    // A box built around a form (a sign-up, a poll) or an account link (a paywall's offer), small print and
    // all; small next to the text around it. (Length first: the selectors only run on short boxes.)
    if (len >= FORM_BOX_MIN && len <= FORM_BOX_MAX && (c.querySelector(FORM_PARTS) !== null || (links && c.querySelector(ACCOUNT_LINK) !== null && !wrapsOneParagraph(c)))) {
      if (parentLen < 0) parentLen = (parent.textContent ?? '').length;
      if (len * 2 <= parentLen) { cards.add(c); continue; }
    }
    if (len <= CARD_MAX && videoTile(c)) { cards.add(c); continue; }
    if (!links) continue;
    if (len > CARD_MAX) {
      if (depth > 1 && WRAPPER_TAGS.test(c.tagName.toUpperCase())) yield* findCards(c, cards, depth - 1, checkpoint);
      continue;
    }
    // A caption with a credit link is the picture's text, not a teaser.
    if (c.localName === 'figure' && c.querySelector('figcaption')) continue;
    // At the deepest level only a card's own structure counts (a gallery's cell of a picture and a credit is mostly its empty links).
    const deepest = depth < CARD_DEPTH - 1;
    if (linkedHeadline(c) || pictureTeaser(c) || (!deepest && linkDensity(c, len) > 0.6 && !wrapsOneParagraph(c))) cards.add(c);
  }
}

/** A video's running time shown on its own ("03:12", "1:02:45"). */
const DURATION = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/;

/**
 * A video tile between the paragraphs: a short box with a running time
 * among its texts ("VIDEO 03:12 Why chip stocks are sliding"), and no
 * paragraph or caption of its own (a video's caption is the article's text).
 * Asked only of short boxes: a walk over a few text nodes.
 */
function videoTile(el: Element): boolean {
  if (el.querySelector('p, figcaption')) return false;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (DURATION.test((n as Text).data)) return true;
  return false;
}

/**
 * A box a site's template made: it has a class, an id or a data- attribute
 * (cards, widgets and inserts always do; bare markup is the writer's own).
 */
function isComponent(el: Element): boolean {
  if (el.hasAttribute('class') || el.hasAttribute('id')) return true;
  for (const a of el.attributes) if (a.name.startsWith('data-')) return true;
  return false;
}

/** A headline with words in it that is a link, or holds one. */
function linkedHeadline(el: Element): boolean {
  for (const h of el.querySelectorAll(LINKED_HEADLINE)) if ((h.textContent ?? '').trim().length >= HEADLINE_MIN) return true;
  return false;
}

/**
 * A teaser card with a picture: the picture is a link, and a headline's
 * worth of link text leads to the same page (a card's picture and title
 * link to the story it teases; a picture in the text links, if at all, to
 * itself, with its caption unlinked).
 */
function pictureTeaser(el: Element): boolean {
  const anchors = el.getElementsByTagName('a');
  let pictured: string[] | null = null;
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    if (a.querySelector('img, picture, amp-img')) (pictured ??= []).push(a.getAttribute('href') ?? '');
  }
  if (!pictured) return false;
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    if ((a.textContent ?? '').trim().length >= LINK_HEADLINE_MIN && pictured.includes(a.getAttribute('href') ?? '')) return true;
  }
  return false;
}

/** A wrapper (or a chain of them) around one paragraph: a short link-heavy sentence is still prose. */
function wrapsOneParagraph(el: Element): boolean {
  let e: Element | null = el;
  while (e && e.childElementCount === 1) {
    e = e.firstElementChild;
    if (e?.localName === 'p') return true;
  }
  return false;
}

export interface SkipOptions {
  /** Teaser cards among the content roots' children (inlineCards). */
  cards?: Set<Element>;
  /** Use layout to skip elements hidden by style sheets (browsers only; not under jsdom). */
  layout: boolean;
  /**
   * Text length of the whole content root: class-name skips never remove a
   * large share of it. A function: read only when a boilerplate name is met.
   */
  rootChars: () => number;
  /** <p> elements in the content roots (read, like rootChars, only when a boilerplate name is met). */
  rootParagraphs?: () => number;
}

/** Text of links / all text: high for menus and "related" lists. */
export function linkDensity(el: Element, textLength?: number): number {
  // getElementsByTagName: a cached live list, much cheaper than querySelectorAll in browsers.
  const anchors = el.getElementsByTagName('a');
  if (!anchors.length) return 0;
  const len = textLength ?? (el.textContent ?? '').length;
  if (!len) return 0;
  let links = 0;
  for (let i = 0; i < anchors.length; i++) links += (anchors[i]!.textContent ?? '').length;
  return links / len;
}

/** Shortest link text read as a teaser's headline when no heading element marks it. */
const LINK_HEADLINE_MIN = 15;

/**
 * A teaser card's blurb: a paragraph right after a headline that is a link
 * (or a link around a headline, or a box holding a linked headline), in a small box. A "read next" grid of such
 * cards can hold more prose than a short article.
 */
export function teaserBlurb(p: Element): boolean {
  const h = p.previousElementSibling;
  if (!h || (p.parentElement?.childElementCount ?? 0) > 4) return false;
  const tag = h.localName;
  // A link around a headline: a heading element, or (hashed names, no heading tags) a headline's worth of link text.
  if (tag === 'a') return h.querySelector('h2, h3, h4') !== null || (h.textContent ?? '').trim().length >= LINK_HEADLINE_MIN;
  // A heading that is a link; or, with hashed names, a box or a paragraph holding a linked headline ("<div class=Fh8y><a>…</a></div>").
  const box = tag === 'div' || tag === 'span' || tag === 'p';
  if (!box && tag !== 'h2' && tag !== 'h3' && tag !== 'h4') return false;
  const len = (h.textContent ?? '').trim().length;
  return len >= (box ? LINK_HEADLINE_MIN : 1) && linkDensity(h, len) > 0.8;
}

const LISTISH = new Set(['UL', 'OL', 'DL', 'TABLE', 'DIV', 'SECTION']);
const BLOCKISH = new Set(['DIV', 'SECTION', 'P', 'UL', 'OL', 'DL', 'LI', 'TABLE', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6', 'ARTICLE', 'MAIN']);
/** Lists checked for being mostly links (divs are not: reading every div's text is quadratic in nesting). */
const LINK_LISTS = new Set(['UL', 'OL', 'DL']);

/** Whether the text model skips this element and everything inside it. */
export function shouldSkip(el: Element, o: SkipOptions): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) && !quoteFooter(el, tag)) return true;
  // Most elements of prose (<p>, <em>, <b>) have no attributes: nothing to read there.
  const marked = el.hasAttributes();
  if (marked && (isHiddenByMarkup(el) || isEditable(el))) return true;
  const role = marked ? el.getAttribute('role') : null;
  if (role && SKIP_ROLES.test(role)) return true;
  // Custom elements (amp-accordion, site widgets) are named like divs; a blockquote can be a pull quote.
  if (marked && (tag === 'FIGCAPTION' || tag === 'FIGURE' || tag === 'P' || tag === 'SPAN' || tag === 'DIV' || tag === 'BLOCKQUOTE' || LISTISH.has(tag) || tag.includes('-'))) {
    if (hasBoilerplateName(el)) {
      const len = (el.textContent ?? '').length;
      // A wrongly named wrapper of the article itself must not take the article with it; one without
      // a paragraph, where the article is written in paragraphs, is no such wrapper (a sponsored-links widget).
      if (len < 400 || len < o.rootChars() * 0.4) return true;
      if ((o.rootParagraphs?.() ?? 0) >= 3 && el.getElementsByTagName('p').length === 0) return true;
    }
  }
  if (o.cards?.size && o.cards.has(el)) return true;
  // A styled box that is one link and nothing else: a teaser inside the body (an inline related story).
  if (tag === 'DIV' && marked && el.childElementCount === 1 && el.firstElementChild!.localName === 'a' && el.hasAttribute('class') && loneLink(el)) return true;
  if (LINK_LISTS.has(tag)) {
    const len = (el.textContent ?? '').trim().length;
    // Lists of links ("related", "more stories", tag clouds): short items, mostly link text.
    if (len > 0 && len < 2000 && linkDensity(el, len) > 0.6) return true;
  }
  // Layout only for blocks: hidden inline bits are rare (and named "sr-only" & co., caught above).
  if (o.layout && BLOCKISH.has(tag) && typeof (el as HTMLElement).checkVisibility === 'function' && !(el as HTMLElement).checkVisibility() && !displayContents(el) && !folded(el)) return true;
  return false;
}

/**
 * A <footer> of a <blockquote> ("— Name, title", Bootstrap's
 * blockquote-footer): the quote's attribution, who said it, not the
 * page's footer.
 */
function quoteFooter(el: Element, tag: string): boolean {
  return tag === 'FOOTER' && el.parentElement?.localName === 'blockquote';
}

/** The element's text is all inside its one child link (whitespace aside). */
function loneLink(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n as Text).data.trim()) return false;
  return true;
}

/**
 * Inside a closed <details> (an FAQ's answer, an accordion): no box until
 * opened, yet it is the article's text, only folded. Asked only of elements
 * layout already called invisible.
 */
function folded(el: Element): boolean {
  const details = el.closest('details');
  return details !== null && !details.hasAttribute('open');
}

/**
 * display: contents has no box of its own, so checkVisibility() says false, yet
 * its children render (wrappers on real sites do this). Hidden ancestors were
 * already rejected on the way down.
 */
function displayContents(el: Element): boolean {
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}
