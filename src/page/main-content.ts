// Where the article's main content is: the elements the text model reads.
// Explicit markup first, else paragraphs vote for their ancestors
// (Readability's scoring idea, without cloning or changing the document).
// Written as steps (slice.ts): the content script pauses between them on huge pages.
import { hasBoilerplateName, hasContentName, isHiddenByMarkup, linkDensity, teaserBlurb } from './boilerplate.js';
import { every, runSteps, type Steps } from './slice.js';

// List items do not vote: teaser streams are lists of short paragraphs (paragraphs inside them may: see below).
// Captions do: on a gallery page they are the text.
const PARA_SELECTOR = 'p, pre, blockquote, h2, h3, figcaption';
// Second pass, only when paragraphs are too few: prose written straight into divs and cells (ownTexts).
const ENOUGH_PROSE = 1000;
const NO_CANDIDATE = /^(?:NAV|ASIDE|FOOTER|HEADER|FORM|BUTTON|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LI|A|SPAN|B|I|EM|STRONG)$/;

const INLINE = /^(?:A|B|I|EM|STRONG|SPAN|SMALL|SUP|SUB|Q|CITE|ABBR|TIME|MARK|U|FONT)$/;

/**
 * What each div and table cell says itself: its text children and the text of
 * inline elements inside it (through inline elements only: a block further
 * down speaks for itself). One walk over the subtree, each node visited once,
 * so deep nesting costs linear time (reading every div's inline textContent
 * was quadratic in nesting depth). Returned in document order.
 */
export function ownTexts(root: Element): { texts: Map<Element, string>; visits: number } {
  return runSteps(ownTextSteps(root));
}

function* ownTextSteps(root: Element): Steps<{ texts: Map<Element, string>; visits: number }> {
  const checkpoint = every(256);
  const parts = new Map<Element, string[]>();
  /** Owner of the text at each open level (null: a non-inline element that is no div). */
  const owners: (string[] | null)[] = [];
  let owner: string[] | null = null;
  let visits = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    visits++;
    if (checkpoint()) yield;
    if (node.nodeType === 3) {
      if (owner) owner.push((node as Text).data);
    } else if (node.nodeType === 1 && node.firstChild) {
      const tag = (node as Element).tagName.toUpperCase();
      owners.push(owner);
      if (tag === 'DIV' || tag === 'TD') { owner = []; parts.set(node as Element, owner); }
      else if (!INLINE.test(tag)) owner = null;
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling, restoring the owner of each level left.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      owner = owners.pop() ?? null;
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  const texts = new Map<Element, string>();
  for (const [el, p] of parts) {
    const t = p.join('').trim();
    if (t) texts.set(el, t);
  }
  return { texts, visits };
}

type Verdict = 'skip' | 'stop' | 'go-on';

/** What one element says about the text inside it; name parts matched by `except` do not count. */
function judge(e: Element, except?: RegExp): Verdict {
  const tag = e.tagName.toUpperCase();
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER' || tag === 'FORM' || tag === 'HEADER' || isHiddenByMarkup(e)) return 'skip';
  // Inside the article's own container: what wraps it does not matter.
  if (tag === 'ARTICLE' || tag === 'MAIN' || hasContentName(e)) return 'stop';
  return hasBoilerplateName(e, except) ? 'skip' : 'go-on';
}

/** judge, cached: many paragraphs share ancestors. */
function verdict(e: Element, cache: Map<Element, Verdict>): Verdict {
  let v = cache.get(e);
  if (!v) cache.set(e, v = judge(e));
  return v;
}

/** The first skip or stop among el and its near ancestors below stopAt says whether el is boilerplate. */
function climb(el: Element, stopAt: Element, say: (e: Element) => Verdict, depth = 6): boolean {
  let level = 0;
  for (let e: Element | null = el; e && e !== stopAt && level < depth; e = e.parentElement, level++) {
    const v = say(e);
    if (v === 'skip') return true;
    if (v === 'stop') return false;
  }
  return false;
}

/**
 * Inside navigation, a sidebar, a share bar… Only near ancestors count: far up,
 * page wrappers carry names like "page-hero-ad-hidden" around the article too.
 */
function inBoilerplate(el: Element, stopAt: Element, cache: Map<Element, Verdict>, depth = 6): boolean {
  return climb(el, stopAt, (e) => verdict(e, cache), depth);
}

/** Link text inside an element (its descendant links, as getElementsByTagName('a') finds them). */
function linksUnder(el: Element): number {
  let n = 0;
  const anchors = el.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) n += (anchors[i]!.textContent ?? '').length;
  return n;
}

/** The element's own text if it is a link itself. */
function selfLink(el: Element): number {
  return el.localName === 'a' ? (el.textContent ?? '').length : 0;
}

/** Paragraph score (readability style): longer, comma-rich text counts more. */
function paragraphScore(text: string): number {
  const commas = (text.match(/[,，、،]/g) ?? []).length;
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

/**
 * The elements holding the article's main content, in document order.
 * Explicit markup (itemprop/property articleBody) wins when it holds enough
 * text; otherwise paragraphs vote for their ancestors and the best one is
 * taken, with sibling blocks that clearly continue it.
 */
export function mainContent(doc: Document): Element[] {
  return runSteps(mainContentSteps(doc));
}

/** mainContent, as steps. */
export function* mainContentSteps(doc: Document): Steps<Element[]> {
  const body = doc.body;
  if (!body) return doc.documentElement ? [doc.documentElement] : [];

  const marked = [...doc.querySelectorAll('[itemprop~="articleBody"], [property~="articleBody"]')]
    .filter((e, _, all) => !all.some((o) => o !== e && o.contains(e)));
  const markedChars = marked.reduce((n, e) => n + (e.textContent ?? '').trim().length, 0);
  if (marked.length && markedChars > 500) {
    // The standfirst is no part of the marked body (schema.org calls it the article's description).
    const lead = leadBefore(marked[0]!, body, new Map());
    return lead ? [lead, ...marked] : marked;
  }
  yield;

  let { scores, paragraphs, cache, threads } = yield* scoreCandidates(body);
  // A comment thread under a plain block heading ("<div>Comments (12)</div>") that outvoted the article: counted again without it.
  const head = scores.size ? threadAbove(best(scores), paragraphs) : null;
  if (head) ({ scores, paragraphs, cache, threads } = yield* scoreCandidates(body, [threadSection(head, body)]));
  if (!scores.size) return [body];
  const roots = yield* chooseRoots(body, scores, paragraphs, cache, threads);
  const lead = leadBefore(roots[0]!, body, cache);
  return lead ? [lead, ...roots] : roots;
}

// Names of a standfirst (the summary under the headline, often outside the body's container).
// A "key points" box above the body is the newsroom's own summary of the article, read like one.
// A BEM element of such a block ("key-points__list", "lede-text-v2__byline") is a part of it: the block itself is taken.
// "Abstract": business newsrooms' summary bullets under the headline.
// "lead-image", "lead-asset-caption", "lead-media": the lead picture and its caption, not a lead.
// "Strapline" is British newsrooms' word for it, "perex" Czech and Slovak ones'.
// Component names of CSS-in-JS sites name it as the last word of a compound ("ContentHeaderDek-x1y2z").
// "Subheader" (Russian papers' doc_header__subheader); "bullets", a tabloid's summary points above the body.
// "Deck" (American spelling of "dek"), "annotation" and "lid" (Russian newsrooms' "аннотация", "лид").
// "Preview" (1C-Bitrix's preview text, shown above the detail text: "news-detail__preview"), "announce" and "anons" (Russian CMSs' word for the lead).
// Matched against lower-cased names, like the patterns below: with the 'i' flag, compiling it cost
// ~0.5 ms of the page's main thread on every page load (Chromium 150).
const LEAD_NAME = /(?:^|[\s_-])(?:standfirst|strapline|perex|sub-?title|sub-?head(?:line|er)?|bullets|dek|lede|annotation|(?:lead|preview|lid|deck)(?![-_]+(?:image|img|photo|picture|media|asset|art|video|figure|gallery|caption))|announce|anons|summary|excerpt|intro|key-?points|highlights|takeaways|abstract)(?=$|[\s-]|_(?!_))(?![\w-]*__)/;
/**
 * "desc" ("content_main_desc", "news-desc"): the standfirst on many small
 * CMSs, but also a picture's caption; taken only outside a picture's own
 * small box. (A class "description" is left out: on saved pages it was a
 * blurb the article's truth does not keep.)
 */
const DESC_NAME = /(?:^|[\s_-])desc(?=$|[\s-]|_(?!_))/;
const LEAD_COMPONENT = /[a-z](?:Dek|Standfirst|Strapline|Sub[tT]itle|Subhead(?:line|ing)?|Lede|Excerpt)(?=$|[\s_-])/;
/**
 * The words of a name (split at spaces, '-', '_') a LEAD_NAME match opens
 * with ("sub" of "sub-title", "key" of "key-points"): most names above an
 * article have none, and then the patterns need not run (nor be compiled).
 */
const LEAD_WORDS: ReadonlySet<string> = new Set([
  'standfirst', 'strapline', 'perex', 'sub', 'subtitle', 'subhead', 'subheadline', 'subheader', 'bullets', 'dek', 'lede',
  'annotation', 'lead', 'preview', 'lid', 'deck', 'announce', 'anons', 'summary', 'excerpt', 'intro', 'key', 'keypoints',
  'highlights', 'takeaways', 'abstract',
]);
/** What every LEAD_COMPONENT match holds. */
const LEAD_COMPONENT_PARTS = ['Dek', 'Standfirst', 'Strapline', 'Sub', 'Lede', 'Excerpt'];
const NAME_WORDS = /[\s_-]+/;
/**
 * The hash CSS Modules append to a name ("NewsHeader_lead__6EbzP",
 * "SimpleBlock-module_lead__Jx35d"): a digit or a capital in it tells it
 * from a BEM element ("key-points__list"), which stays.
 */
const MODULE_HASH = /__(?=[\w-]*[A-Z0-9])[\w-]{5,8}(?=$|\s)/g;
/**
 * Where sites with hashed class names keep a component's name instead
 * (data-gu-name="standfirst", data-testid="standfirst", data-component="dek").
 */
const NAME_ATTRS = ['data-gu-name', 'data-testid', 'data-component'];
/** One native test before reading them: most of the ~150 elements walked have none. */
const HAS_NAME_ATTR = NAME_ATTRS.map((a) => `[${a}]`).join(', ');

/** The names a lead may go by: its class, with module hashes cut, and its component name attributes. */
function leadNames(el: Element): string {
  let names = (el.getAttribute('class') ?? '').replace(MODULE_HASH, '');
  if (!el.matches(HAS_NAME_ATTR)) return names;
  for (const a of NAME_ATTRS) {
    const v = el.getAttribute(a);
    if (v) names += ` ${v}`;
  }
  return names;
}
/**
 * Microdata: the article's description is its standfirst (a picture's or a
 * video's is their caption); a headline or an alternative headline is a
 * heading, like the <h1>.
 */
const DESCRIPTION = /(?:^|\s)description(?=$|\s)/;
const HEADLINE_PROP = /(?:^|\s)(?:alternativeh|h)eadline(?=$|\s)/;
const ARTICLE_TYPE = /(?:Article|Posting|Report|WebPage|CreativeWork)\/?$/;
/**
 * A class name a CSS-in-JS tool or a CSS module made, that says nothing:
 * "css-5f6g7h" (Emotion), "sc-cmaqmh" (styled-components), "jsx-123",
 * "jxTEW" (five to seven letters of both cases), "x5e6f" (letters and digits).
 */
const HASHED_CLASS = /^(?:(?:css|sc|jsx|emotion|tw)-[\w-]{4,}|(?=[a-z]*[A-Z])(?=[A-Z]*[a-z])[A-Za-z]{5,7}|_?(?=[a-z]*\d)[a-z0-9]{4,8})$/;
/** Elements looked at above the body (the standfirst sits right above it, under the headline). */
const LEAD_BUDGET = 150;

/**
 * The standfirst before the content: a short block named as a lead, between
 * the headline and the first root, within the root's three nearest
 * ancestors, outside boilerplate and not mostly links. Walked backwards from
 * the root, so only the few elements above it are looked at (a substring
 * selector over the page cost more than the rest of this module in jsdom).
 */
function leadBefore(first: Element, body: HTMLElement, cache: Map<Element, Verdict>): Element | null {
  if (first === body) return null;
  let scope = first;
  for (let i = 0; i < 3 && scope !== body && scope.parentElement; i++) scope = scope.parentElement;
  // Or as far as the <article> around the body, if a few more wrappers (a lightbox's, a grid's) lie between.
  let up: Element | null = scope;
  for (let i = 0; i < 3 && up && up !== body && up.localName !== 'article'; i++) up = up.parentElement;
  if (up?.localName === 'article') scope = up;
  const walker = first.ownerDocument.createTreeWalker(scope, 1 /* SHOW_ELEMENT */);
  walker.currentNode = first;
  for (let n = 0; n < LEAD_BUDGET; n++) {
    const el = walker.previousNode() as Element | null;
    if (!el || el.localName === 'h1') return null;
    if (!el.hasAttributes() || el.contains(first)) continue;
    const prop = el.getAttribute('itemprop') ?? '';
    const cls = leadNames(el);
    if (!cls && !prop && !el.hasAttribute('class')) continue; // no name to go by
    const { named, desc } = leadName(cls);
    if ((prop && HEADLINE_PROP.test(prop.toLowerCase())) || !(named || desc || (prop && DESCRIPTION.test(prop) && describesArticle(el)) || hashedSubheadline(el))) continue;
    const len = (el.textContent ?? '').trim().length;
    if (desc && captionOfPicture(el, len)) continue;
    // Text, not the lead image, its caption or the whole heading block.
    if (len < 30 || len > 600 || el.closest('figure, figcaption') || el.querySelector('h1, img, picture, video, figure, iframe')) continue;
    if (leadInBoilerplate(el, ownHeader(el, first) ?? scope) || linkDensity(el, len) > 0.3) continue;
    return el;
  }
  return null;
}

/** Whether an element's names (leadNames) call it a lead, or a "desc" (a lead or a caption). */
export function leadName(cls: string): { named: boolean; desc: boolean } {
  const lo = cls.toLowerCase();
  const words = lo.split(NAME_WORDS);
  return {
    named: (words.some((w) => LEAD_WORDS.has(w)) && LEAD_NAME.test(lo)) || (LEAD_COMPONENT_PARTS.some((p) => cls.includes(p)) && LEAD_COMPONENT.test(cls)),
    desc: words.includes('desc') && DESC_NAME.test(lo),
  };
}

/**
 * An <h2> right under the <h1> (its next element, or its wrapper's) whose
 * class names are all hashes: the standfirst of a CSS-in-JS page, which no
 * name tells; or a <p> or <div> there, of text alone (a byline row has
 * links, a time, spans). (One with a name that says something, or none at
 * all, is left: saved pages' truths leave such a second headline out.)
 */
function hashedSubheadline(el: Element): boolean {
  const tag = el.localName;
  if (tag !== 'h2' && ((tag !== 'p' && tag !== 'div') || el.childElementCount > 0)) return false;
  const names = (el.getAttribute('class') ?? '').trim();
  if (!names || !names.split(/\s+/).every((n) => HASHED_CLASS.test(n))) return false;
  let x: Element | null = el;
  for (let i = 0; i < 3 && x && !x.previousElementSibling; i++) x = x.parentElement;
  return x?.previousElementSibling?.localName === 'h1';
}

/** A text in a small box with a picture: the picture's caption (the box holds little besides). */
function captionOfPicture(el: Element, len: number): boolean {
  const box = el.parentElement;
  return !!box && box.querySelector('img, picture, video') !== null && (box.textContent ?? '').trim().length < len + 200;
}

/**
 * Words of the row under a headline that holds the byline, the date and the
 * share buttons, and often the standfirst with them ("byline-social",
 * "article-meta"): a block named so is no boilerplate around a lead.
 */
const HEADER_ROW = /(?<=^|[\s_-])(?:bylines?|authors?|meta|metadata|date|time|timestamp|dateline|social|share|sharing)(?=$|[\s_-])/g;

/** inBoilerplate for a lead: the same skips, but a byline row around it does not count. */
function leadInBoilerplate(el: Element, stopAt: Element): boolean {
  return climb(el, stopAt, (e) => judge(e, HEADER_ROW));
}

/** A microdata property of the article (or of no typed item), not of a picture, a video or a person in it. */
function describesArticle(el: Element): boolean {
  const type = el.parentElement?.closest('[itemscope]')?.getAttribute('itemtype');
  return !type || ARTICLE_TYPE.test(type.trim());
}

/**
 * The article's own <header> around a lead (title, standfirst, byline, picture:
 * Ghost, HTML5 templates), inside the <article> or <main> that holds the body.
 * Unlike the page's banner, it is no boilerplate.
 */
function ownHeader(el: Element, first: Element): Element | null {
  const head = el.closest('header');
  const section = head?.parentElement?.closest('article, main');
  return head && section?.contains(first) ? head : null;
}

/** Paragraph-ish elements vote for their three nearest ancestors. */
function* scoreCandidates(body: HTMLElement, known: Element[] = []): Steps<{ scores: Map<Element, number>; paragraphs: Map<Element, number>; cache: Map<Element, Verdict>; threads: Element[] }> {
  const scores = new Map<Element, number>();
  /** Paragraph → its text length. */
  const paragraphs = new Map<Element, number>();
  const cache = new Map<Element, Verdict>();
  /** Headings of comment threads met after some prose (or their wrappers: see threadSection); `known` ones first. */
  const threads: Element[] = [...known];
  let prose = 0;
  // A pause point every few paragraphs: each step costs the slicer a clock read or three.
  const checkpoint = every(8);
  for (const divLike of [false, true]) {
    if (divLike && prose >= ENOUGH_PROSE) break;
    const candidates: Iterable<[Element, string | null]> = divLike
      ? (yield* ownTextSteps(body)).texts
      : [...body.querySelectorAll(PARA_SELECTOR)].map((p): [Element, null] => [p, null]);
    yield;
    for (const [p, own] of candidates) {
      if (checkpoint()) yield;
      const text = own ?? (p.textContent ?? '').trim();
      const len = text.length;
      if (len < (divLike ? (len >= 25 && pictureCaption(p) ? 25 : 80) : 25)) {
        // A comment thread's heading after some of the article ("Comments", "8 comments"): what follows it is readers' words.
        if (!divLike && len && prose >= THREAD_AFTER && (p.localName === 'h2' || p.localName === 'h3') && THREAD_HEADING.test(text.toLowerCase())) threads.push(threadSection(p, body));
        continue; // a div counts only when it holds prose itself
      }
      if (threads.length && inThread(p, threads)) continue;
      // In a list only prose votes (a live blog's updates), not a teaser stream: long, and no headline link in its item.
      const li = p.parentElement?.closest('li');
      if (li && (divLike || len < 100 || linkDensity(li) > 0.15)) continue;
      if (!divLike && teaserBlurb(p)) continue;
      if (inBoilerplate(p, body, cache)) continue;
      if (linkDensity(p, len) > 0.5) continue;
      paragraphs.set(p, len);
      prose += len;
      const score = paragraphScore(text);
      let level = 0;
      // A div that holds prose itself is the container of that prose: it takes the first vote.
      for (let a = divLike ? p : p.parentElement; a && level < 3; a = a.parentElement, level++) {
        if (NO_CANDIDATE.test(a.tagName.toUpperCase())) continue;
        scores.set(a, (scores.get(a) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
        if (a === body) break;
      }
    }
  }
  // Link density only for the leading candidates: it reads all their text.
  const best = Math.max(...scores.values());
  for (const [el, s] of scores) {
    if (s < best * 0.3) continue;
    scores.set(el, s * (1 - linkDensity(el) * 0.8));
    yield;
  }
  return { scores, paragraphs, cache, threads };
}

/** The best-scored candidate. */
function best(scores: Map<Element, number>): Element {
  let top: Element | null = null;
  let topScore = -1;
  for (const [el, s] of scores) if (s > topScore) { top = el; topScore = s; }
  return top!;
}

function* chooseRoots(body: HTMLElement, scores: Map<Element, number>, paragraphs: Map<Element, number>, cache: Map<Element, Verdict>, threads: Element[]): Steps<Element[]> {
  const checkpoint = every(256);
  let top: Element = body;
  let topScore = -1;
  for (const [el, s] of scores) if (s > topScore) { top = el; topScore = s; }

  // Climb to an ancestor that holds clearly more of the article's prose: an
  // article split into chunks (ads between them) has several containers of
  // similar weight under one wrapper, a few levels up.
  // Prose and link text under each ancestor, added level by level: each
  // paragraph and each link is read once (re-reading every link of the page
  // at each level cost most of this function).
  let rest: [Element, number][] = [];
  let more = 0;
  for (const [p, len] of paragraphs) {
    if (top.contains(p)) more += len; else rest.push([p, len]);
    if (checkpoint()) yield;
  }
  let inside = more;
  let links = linksUnder(top);
  /** Headlines after the first choice, read when a climb is due (most pages never climb). */
  let next: Element[] | null = null;
  let below: Element = top;
  let level = 0;
  for (let a = top.parentElement; a && a !== body.parentElement && level < 8; a = a.parentElement, level++) {
    const still: [Element, number][] = [];
    for (const pl of rest) {
      if (a.contains(pl[0])) more += pl[1]; else still.push(pl);
      if (checkpoint()) yield;
    }
    rest = still;
    links += selfLink(below);
    for (const c of a.children) {
      if (c !== below) links += selfLink(c) + linksUnder(c);
      if (checkpoint()) yield;
    }
    const from = below;
    below = a;
    // Stop before an ancestor that is mostly links next to its prose: navigation, teasers, a sidebar.
    if (links / (links + more) > 0.5) break;
    if (more >= inside * 1.3 && more - inside > 400) {
      // Not to one that holds a headline after the article: the next story (infinite scroll), not a part of this one.
      next ??= headlinesAfter(top);
      if (next.some((h) => a.contains(h))) break;
      // Nor to one that holds a comment thread after the article (under a "Comments" heading): readers' words.
      if (threads.length && threadAfter(top, a, threads)) break;
      // Nor to one where a section after it opens as a comment thread by a plain block ("<div>Comments (12)</div>").
      if (threadSectionAfter(from)) break;
      top = a;
      inside = more;
    }
    if (a === body) break;
  }

  // Siblings that continue the article (a lead paragraph, a "continued" block).
  const roots: Element[] = [];
  const parent = top.parentElement;
  if (!parent || top === body) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  let before = true;
  for (const sib of parent.children) {
    if (checkpoint()) yield;
    if (sib === top) { roots.push(sib); before = false; continue; }
    if (inBoilerplate(sib, parent, cache)) continue;
    const s = scores.get(sib) ?? 0;
    const tag = sib.tagName.toUpperCase();
    if (s >= threshold) { roots.push(sib); continue; }
    // The notes after the body: the author's sources, written as a list (which casts no vote).
    if (!before && isNotes(sib)) { roots.push(sib); continue; }
    // A wrapped intro paragraph right before the body (a gallery's or a feature's lead).
    if (before && s >= 2 && sib.nextElementSibling === top && linkDensity(sib) < 0.25) { roots.push(sib); continue; }
    // The lead picture's caption: a captioned <figure> under the headline, at most a byline row away from the body.
    if (before && (tag === 'FIGURE' || tag === 'DIV') && leadFigure(sib, top)) { roots.push(sib); continue; }
    if (tag === 'P') {
      const text = (sib.textContent ?? '').trim();
      if (text.length > 80 && linkDensity(sib, text.length) < 0.25) roots.push(sib);
    }
  }
  return yield* withTwins(top, roots, paragraphs, body, cache);
}

/** Shortest caption taken with the lead picture (a credit alone is shorter). */
const LEAD_CAPTION_MIN = 20;

/** Longest caption of a lead picture's box that is no <figure> (its whole text is the caption). */
const LEAD_CAPTION_MAX = 300;
/** A box named for a picture ("news-detail__img", "article-photo", "lead-media", a page's "cover" or "hero" picture). */
const PICTURE_NAME = /(?:^|[\s_-])(?:img|image|photo|picture|pic|figure|media|cover|hero)(?=$|[\s_-])/;

/**
 * A <figure> right before the body, or one sibling (a byline row) before
 * it, after the page's headline, with a caption of a few words not mostly
 * links: the lead picture, whose caption the reader reads with the article.
 * Or a <div> there named for a picture ("news-detail__img", 1C-Bitrix),
 * holding one and a short text: its caption.
 */
function leadFigure(fig: Element, top: Element): boolean {
  const next = fig.nextElementSibling;
  if (next !== top && next?.nextElementSibling !== top) return false;
  const figure = fig.localName === 'figure';
  if (!figure && !PICTURE_NAME.test((fig.getAttribute('class') ?? '').toLowerCase())) return false;
  const caption = figure ? fig.querySelector('figcaption') : fig.querySelector('img, picture, amp-img') && fig;
  const len = (caption?.textContent ?? '').trim().length;
  if (!caption || len < LEAD_CAPTION_MIN || (!figure && len > LEAD_CAPTION_MAX) || linkDensity(caption, len) > 0.5) return false;
  const h1 = fig.ownerDocument.querySelector('h1');
  return h1 !== null && (h1.compareDocumentPosition(fig) & FOLLOWING) !== 0;
}

/**
 * A <div> of text right after a picture in the same box (a slide's or a
 * photo report's caption written in a div, no <figcaption>): it votes like
 * a caption, however short. Asked only of short divs in the second pass.
 */
function pictureCaption(div: Element): boolean {
  const prev = div.previousElementSibling;
  return !!prev && (prev.localName === 'img' || prev.localName === 'picture' || prev.localName === 'amp-img');
}

const FOLLOWING = 4;
const CONTAINED_BY = 16;

/**
 * The top-level headlines after `el` (not inside it): where a next article
 * starts. Read once from the document's few <h1>s (asking each ancestor for
 * its own <h1>s scanned the page again at every level).
 */
function headlinesAfter(el: Element): Element[] {
  const h1s = el.ownerDocument.getElementsByTagName('h1');
  const after: Element[] = [];
  for (let i = 0; i < h1s.length; i++) {
    const pos = el.compareDocumentPosition(h1s[i]!);
    if (pos & FOLLOWING && !(pos & CONTAINED_BY)) after.push(h1s[i]!);
  }
  return after;
}

/** The heading of a comment thread ("Comments", "8 comments", "Комментарии (14)", "Join the conversation"). */
const THREAD_HEADING = /^(?:\d+\s+)?(?:(?:reader |readers['’] )?comments?|join the (?:conversation|discussion)|discussion|комментари(?:и|ев|й|я)|обсуждение)(?:\s*\(\d+\))?$/;
const THREAD_HEADING_MAX = 40;

/** Prose voted before a comment thread's heading: the article comes first (a "Comments" widget above it is the sidebar's). */
const THREAD_AFTER = 200;

/**
 * The section a comment thread's heading heads: its nearest ancestor with
 * more than the heading's own line in it (a heading is often wrapped with
 * the comment counter). Returned as the heading's last element, so what
 * follows it in the section is the thread.
 */
function threadSection(h: Element, body: Element): Element {
  const own = (h.textContent ?? '').length + 100;
  let z = h.parentElement!;
  while (z !== body && z.parentElement && (z.textContent ?? '').length < own) z = z.parentElement;
  // The mark: the heading's wrapper inside the section (or the heading itself).
  let mark: Element = h;
  while (mark.parentElement !== z) mark = mark.parentElement!;
  return mark;
}

/** Text nodes read from a section's start for its heading (whitespace and an icon's empty spans first). */
const HEAD_TEXTS = 4;

/**
 * The comment thread's heading a section opens with, as a plain block or
 * span ("<div class=x1>Comments (12)</div>", «Комментарии»): its first text
 * is the whole of a short element that reads as one, not a link or a
 * button. A few nodes read from the section's start, however long it is.
 */
function threadHeadOf(section: Element): Element | null {
  const walker = section.ownerDocument.createTreeWalker(section, 4 /* SHOW_TEXT */);
  for (let i = 0; i < HEAD_TEXTS; i++) {
    const t = walker.nextNode() as Text | null;
    if (!t) return null;
    if (!t.data.trim()) continue;
    const el = t.parentElement;
    if (!el || t.data.length > THREAD_HEADING_MAX || el.closest('a, button, [role="button"]')) return null;
    const text = (el.textContent ?? '').trim();
    return text.length <= THREAD_HEADING_MAX && THREAD_HEADING.test(text.toLowerCase()) ? el : null;
  }
  return null;
}

/** A later sibling of `el` that opens as a comment thread (threadHeadOf). Read only when a climb is due. */
function threadSectionAfter(el: Element): boolean {
  for (let c = el.nextElementSibling; c; c = c.nextElementSibling) if (threadHeadOf(c)) return true;
  return false;
}

/**
 * The heading of a comment thread that the best candidate is: the heading
 * a section around it (up to three levels up) opens with, before it, after
 * some of the article's prose.
 */
function threadAbove(top: Element, paragraphs: Map<Element, number>): Element | null {
  let a: Element | null = top;
  for (let i = 0; i < 3 && a?.parentElement; i++) {
    a = a.parentElement;
    const h = threadHeadOf(a);
    if (!h || h.contains(top) || !(h.compareDocumentPosition(top) & FOLLOWING)) continue;
    let prose = 0;
    for (const [p, len] of paragraphs) if (p.compareDocumentPosition(h) & FOLLOWING) prose += len;
    return prose >= THREAD_AFTER ? h : null;
  }
  return null;
}

/** After a comment thread's heading (its mark, see threadSection), in the section it heads. */
function inThread(p: Element, threads: Element[]): boolean {
  return threads.some((h) => h.parentElement!.contains(p) && (h.compareDocumentPosition(p) & FOLLOWING) !== 0 && !h.contains(p));
}

/** A comment thread's heading (of `threads`) in `a` after `el` and outside it: what a climb to `a` would add is readers' words. */
function threadAfter(el: Element, a: Element, threads: Element[]): boolean {
  return threads.some((h) => {
    const pos = el.compareDocumentPosition(h);
    return a.contains(h) && (pos & FOLLOWING) !== 0 && !(pos & CONTAINED_BY);
  });
}

/** A top-level headline between two elements in document order: they belong to different articles. */
function headlineBetween(a: Element, b: Element): boolean {
  const [first, last] = a.compareDocumentPosition(b) & FOLLOWING ? [a, b] : [b, a];
  return headlinesAfter(first).some((h) => (h.compareDocumentPosition(last) & FOLLOWING) !== 0);
}

const NOTES_ROLE = /^doc-(?:endnotes|footnotes)$/;
const NOTES_NAME = /(?:^|[\s_-])(?:foot|end)notes?(?=$|[\s_-])/;

/** Footnotes or endnotes, by ARIA role (DPUB) or name. */
function isNotes(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (NOTES_ROLE.test(el.getAttribute('role') ?? '')) return true;
  return NOTES_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase());
}

/** Prose of their own that twins need: anywhere in the page, or as siblings of the chosen container. */
const TWIN_PROSE = 200;
const TWIN_SIBLING_PROSE = 50;

/**
 * Parts of the same article elsewhere in the page: containers with the same
 * tag and first class as the chosen one ("story-body story-body-1" … "-2"),
 * split apart by ads or embeds, that hold prose of their own.
 */
function* withTwins(top: Element, roots: Element[], paragraphs: Map<Element, number>, body: HTMLElement, cache: Map<Element, Verdict>): Steps<Element[]> {
  const checkpoint = every(256);
  const first = (top.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  if (!first) return roots;
  const twins: Element[] = [];
  for (const el of body.getElementsByClassName(first)) {
    if (el.tagName !== top.tagName || roots.some((r) => r.contains(el) || el.contains(r))) continue;
    let prose = 0;
    for (const [p, len] of paragraphs) {
      if (el.contains(p)) prose += len;
      if (checkpoint()) yield;
    }
    // A sibling of the same tag and class (the next entry of a live blog, the next block of the body) needs less of its own.
    if (prose >= (el.parentElement === top.parentElement ? TWIN_SIBLING_PROSE : TWIN_PROSE) && !inBoilerplate(el, body, cache) && !headlineBetween(top, el)) twins.push(el);
  }
  if (!twins.length) return roots;
  // Document order, none inside another.
  const all = [...roots, ...twins].filter((e, _, list) => !list.some((o) => o !== e && o.contains(e)));
  return all.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}
