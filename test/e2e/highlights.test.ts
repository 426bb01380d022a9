// Highlights on real pages, in real Chromium and Firefox with the built extension:
// the demo articles show every kind of highlight, saved news pages from the corpus
// (English and Russian) get highlights, turning Whosaid off leaves the DOM exactly
// as it was, and the extension causes no page error.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserKind, type LaunchedBrowser } from '../helpers/browsers.js';
import { browserOrSkip } from '../helpers/require-browser.js';
import { CORPUS_PAGES_DIR, startStaticServer, type StaticServer } from '../../src/dev/static-server.js';
import { openExtensionPage, poll, registrySizes, sendToTab, tabIdOf, total, writeSettings, type RegistrySizes } from '../helpers/extension-probes.js';
import { DEFAULT_SETTINGS, type PageState } from '../../src/shared/types.js';
import { BAND_PATTERNS } from '../../src/page/highlight-style.js';

/**
 * Saved articles from the corpus, English and Russian. Left out: mirror-1 (a live blog that
 * navigates away unless served from localhost), aif-1 (its scripts navigate) and the > 1 MB pages (time budget).
 */
const CORPUS_IDS = [
  'arstechnica-1', 'citylab-1', 'quanta-1', 'salon-1', 'telegraph-1', 'wapo-1', 'seattletimes-1',
  'mk-1', 'ukrinform-1', 'inform-kz-1', 'wday-2', 'mk-2',
];

/** Saved articles in French and Ukrainian (the Russian rules once found a false attribution in the latter). */
const FOREIGN_IDS = ['lemonde-1', '24tv-1'];

interface CorpusEntry { id: string; lang: string; kind: string }

function corpusPages(): CorpusEntry[] {
  const index = join(CORPUS_PAGES_DIR, 'index.json');
  if (!existsSync(index)) return [];
  const all = JSON.parse(readFileSync(index, 'utf8')) as CorpusEntry[];
  return CORPUS_IDS.map((id) => all.find((p) => p.id === id)).filter((p): p is CorpusEntry => !!p && p.kind === 'article');
}

const FINAL_STATES = new Set(['done', 'not-article', 'off', 'error']);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const kind of ['chromium', 'firefox'] as const satisfies readonly BrowserKind[]) {
  describe(`${kind}: highlights on real pages`, function () {
    let server: StaticServer | undefined;
    let run: LaunchedBrowser | undefined;
    let article: Page;
    /** An extension page in its own tab: the route for messages to the article's content script. */
    let control: Page;
    /** Page errors whose message or stack mentions the extension. */
    const extensionErrors: string[] = [];
    /** Every page error (saved pages throw on their own offline): shows the listener hears them. */
    let pageErrors = 0;

    before(async function () {
      const executablePath = browserOrSkip(this, kind);
      server = await startStaticServer();
      run = await launch(kind, { executablePath });
      article = (await run.browser.pages())[0] ?? (await run.browser.newPage());
      const origin = run.extensionOrigin;
      article.on('pageerror', (e: unknown) => {
        const err = e as { message?: string; stack?: string };
        const text = `${err.message ?? ''}\n${err.stack ?? ''}`;
        pageErrors += 1;
        if (text.includes(origin) || /(chrome|moz)-extension:\/\//.test(text)) extensionErrors.push(text);
      });
      control = await run.browser.newPage();
      await openExtensionPage(run, control, 'popup.html');
    });

    after(async () => {
      await run?.close();
      await server?.close();
    });

    /** Loads `url` in the article tab and waits until its content script has decided and finished. */
    async function load(url: string): Promise<{ tabId: number; state: PageState }> {
      await article.bringToFront();
      // Firefox sometimes reports a saved page's own blocked redirect or beacon as a failed
      // navigation ("Address rejected") though the page itself loaded; the status poll decides.
      await article.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch((e: unknown) => {
        console.log(`      (goto ${url}: ${String(e).split('\n')[0]}; waiting for the content script anyway)`);
      });
      const tabId = await tabIdOf(control, url);
      const state = await poll(`the content script to finish on ${url}`, async () => {
        const s = await sendToTab<PageState | undefined>(control, tabId, 'getStatus');
        return s && FINAL_STATES.has(s.state) ? s : undefined;
      }, 20_000);
      return { tabId, state };
    }

    function sizesWhere(what: string, ok: (s: RegistrySizes) => boolean): Promise<RegistrySizes> {
      return poll(what, async () => {
        const s = await registrySizes(article);
        return ok(s) ? s : undefined;
      });
    }

    /** Off, on, off again: both "off" documents are identical, and (when given) equal to `pristine`. */
    async function toggleLeavesDomAlone(tabId: number, pristine?: string): Promise<void> {
      await sendToTab(control, tabId, 'setEnabled', { enabled: false });
      await sizesWhere('highlights to go away', (s) => total(s) === 0);
      const firstOff = await article.evaluate(() => document.documentElement.outerHTML);
      if (pristine !== undefined) assert.equal(firstOff, pristine, 'the document after turning off equals the page as served');
      await sendToTab(control, tabId, 'setEnabled', { enabled: true });
      await sizesWhere('highlights to come back', (s) => total(s) > 0);
      await sendToTab(control, tabId, 'setEnabled', { enabled: false });
      await sizesWhere('highlights to go away again', (s) => total(s) === 0);
      const secondOff = await article.evaluate(() => document.documentElement.outerHTML);
      assert.ok(secondOff === firstOff, `outerHTML differs after a second off (${firstOff.length} vs ${secondOff.length} chars)`);
      await sendToTab(control, tabId, 'setEnabled', { enabled: true });
    }

    for (const lang of ['en', 'ru'] as const) {
      it(`the ${lang} demo article shows named, anonymous, unattributed and claim highlights; off restores the served DOM`, async () => {
        const url = server!.url(`/demo/${lang}.html`);
        const { tabId, state } = await load(url);
        assert.equal(state.state, 'done', `content script state: ${JSON.stringify({ state: state.state, error: state.error })}`);
        const sizes = await sizesWhere('every kind of highlight', (s) => Object.values(s).every((n) => n > 0));
        console.log(`      ${lang} demo: ${JSON.stringify(sizes)}`);
        // The demo pages run no scripts: the browser's own parse of the served bytes is the page before Whosaid.
        const served = await article.evaluate(async () => {
          const html = await (await fetch(location.href)).text();
          return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
        });
        await toggleLeavesDomAlone(tabId, served);
        assert.deepEqual(extensionErrors, []);
      });
    }

    it('the page cannot fetch page.js at the extension\'s own address (no fingerprint of the extension)', async function () {
      // Firefox gives each install its own random moz-extension UUID (these tests fix one to find their pages).
      if (kind === 'firefox') this.skip();
      const { state } = await load(server!.url('/demo/en.html'));
      assert.equal(state.state, 'done', 'the content script itself loaded page.js');
      const url = `${run!.extensionOrigin}/page.js`;
      const probe = await article.evaluate(async (u) => {
        try {
          const r = await fetch(u);
          return `status ${r.status}`;
        } catch (e) {
          return `refused: ${(e as Error).name}`;
        }
      }, url);
      assert.match(probe, /^refused/, `${url} from the page: ${probe}`);
    });

    it('the kinds differ without colour: underline styles in Chromium, band patterns in Firefox (which draws no lines in highlights)', async () => {
      await load(server!.url('/demo/en.html'));
      await sizesWhere('highlights', (s) => s['whosaid-anonymous'] > 0 && s['whosaid-unattributed'] > 0);
      const seen = await article.evaluate(() => {
        const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
        // No named functions in here: the test's compiler would wrap them in a helper the page lacks.
        const [anonymous, dots] = ['whosaid-anonymous', 'whosaid-unattributed-dots'].map((n) => [...(reg.get(n) ?? [])].map((sr) => {
          const r = document.createRange();
          r.setStart(sr.startContainer, sr.startOffset);
          r.setEnd(sr.endContainer, sr.endOffset);
          return r.toString();
        }));
        const css = [
          ...[...document.adoptedStyleSheets].flatMap((x) => [...x.cssRules].map((r) => r.cssText)),
          ...[...document.querySelectorAll('style[data-whosaid]')].map((e) => e.textContent ?? ''),
        ].join('\n');
        return { anonymous: anonymous!, dots: dots!, css };
      });
      if (kind === 'chromium') {
        assert.match(seen.css, /whosaid-anonymous[^}]*dashed/);
        assert.match(seen.css, /whosaid-unattributed[^}]*dotted/);
        assert.deepEqual(seen.dots, []);
      } else {
        // Dashes: pieces of words, never a whole phrase; dots: single characters on the hedge's light band.
        assert.ok(seen.anonymous.every((t) => [...t].length <= BAND_PATTERNS.anonymous!.on && !/\s/.test(t)), seen.anonymous.join('|'));
        assert.ok(seen.dots.length > 0 && seen.dots.every((t) => t.length === 1), seen.dots.join('|'));
        assert.doesNotMatch(seen.css, /text-decoration/);
      }
    });

    it('claims and every highlight style show on the page (Firefox 140 draws no underlines in highlights)', async () => {
      const { tabId } = await load(server!.url('/demo/en.html'));
      await sizesWhere('highlights', (s) => s['whosaid-claim'] > 0 && s['whosaid-named'] > 0);
      await article.mouse.move(1, 1);
      /** 40 px of a line of a highlight kind, no other kind on them, scrolled into view (a clip in document pixels). */
      const lineOf = (name: string) => article.evaluate((n) => {
        const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
        // The first highlight of this kind, in the middle of the screen.
        const first = [...(reg.get(n) ?? [])][0];
        if (first) (first.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center', behavior: 'instant' });
        const mine: DOMRect[] = [];
        const taken: DOMRect[] = [];
        for (const h of ['whosaid-named', 'whosaid-anonymous', 'whosaid-unattributed', 'whosaid-claim']) {
          for (const sr of reg.get(h) ?? []) {
            const r = document.createRange();
            r.setStart(sr.startContainer, sr.startOffset);
            r.setEnd(sr.endContainer, sr.endOffset);
            for (const q of r.getClientRects()) if (q.width > 30 && q.top > 0 && q.bottom < innerHeight) (h === n ? mine : taken).push(q);
          }
        }
        // 40 px of a line of this kind alone (a claim with no source or cue on the same stretch).
        for (const b of mine) {
          for (let x = b.left; x + 40 <= b.right; x += 10) {
            if (!taken.some((o) => o.left < x + 40 && x < o.right && o.top < b.bottom && b.top < o.bottom)) return { x: x + scrollX, y: b.top + scrollY, width: 40, height: b.height };
          }
        }
        return null;
      }, name);
      const shot = (clip: { x: number; y: number; width: number; height: number }) => article.screenshot({ clip, encoding: 'base64' });
      async function visible(name: string): Promise<boolean> {
        const clip = await lineOf(name);
        assert.ok(clip, `a line of ${name} alone on the screen`);
        const on = await shot(clip);
        await sendToTab(control, tabId, 'setEnabled', { enabled: false });
        await sizesWhere('highlights off', (s) => total(s) === 0);
        await sleep(150);
        const off = await shot(clip);
        await sendToTab(control, tabId, 'setEnabled', { enabled: true });
        await sizesWhere('highlights back', (s) => s['whosaid-claim'] > 0 && s['whosaid-named'] > 0);
        await sleep(150);
        return on !== off;
      }
      assert.ok(await visible('whosaid-claim'), 'a claim looks different with highlights on');
      /** Our ::highlight rules as the page has them (an adopted sheet in Chromium, a <style> in Firefox). */
      const ourCss = () => article.evaluate(() => [
        ...[...document.adoptedStyleSheets].flatMap((x) => [...x.cssRules].map((r) => r.cssText)).filter((t) => t.includes('whosaid-named')),
        ...[...document.querySelectorAll('style[data-whosaid]')].map((e) => e.textContent ?? ''),
      ].join('\n'));
      const before = await ourCss();
      await writeSettings(control, { ...DEFAULT_SETTINGS, style: 'underline-only' });
      try {
        await poll('the new style', async () => { const now = await ourCss(); return now && now !== before ? true : undefined; });
        await sleep(150);
        assert.ok(await visible('whosaid-named'), 'a named source looks different with "underlines only" on');
      } finally {
        await writeSettings(control, DEFAULT_SETTINGS);
      }
    });

    describe('the card', () => {
      interface Box { left: number; top: number; right: number; bottom: number }
      /** The card's box in the viewport, or null when none is shown. */
      const cardBox = (): Promise<Box | null> => article.evaluate(() => {
        const c = document.querySelector('whosaid-card');
        if (!c) return null;
        const r = c.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      /** Right below the line (6 px gap) or right above it, never over it. */
      function besideLine(card: Box, line: Box): boolean {
        return (card.top >= line.bottom && card.top <= line.bottom + 12) || (card.bottom <= line.top && card.bottom >= line.top - 12);
      }

      it('a claim hovered on a line after its cue gets its card by that line, not over it', async () => {
        await load(server!.url('/demo/en.html'));
        await sizesWhere('claim highlights', (s) => s['whosaid-claim'] > 0);
        // Every line of a claim but its first: the lines a card placed by the cue would cover.
        const lines = await article.evaluate(() => {
          window.scrollTo(0, 0);
          const claims = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('whosaid-claim')!;
          const out: { x: number; y: number; top: number; bottom: number; left: number; right: number; docY: number }[] = [];
          for (const sr of claims) {
            const r = document.createRange();
            r.setStart(sr.startContainer, sr.startOffset);
            r.setEnd(sr.endContainer, sr.endOffset);
            const rects = [...r.getClientRects()].filter((q) => q.width > 20);
            const last = rects[rects.length - 1];
            if (rects.length < 2 || !last || last.top <= rects[0]!.bottom) continue;
            out.push({ x: last.left + last.width / 2, y: last.top + last.height / 2, top: last.top, bottom: last.bottom, left: last.left, right: last.right, docY: last.top + scrollY });
          }
          return out;
        });
        assert.ok(lines.length > 0, 'the demo has claims over several lines');
        let checked = 0;
        for (const line of lines.slice(0, 6)) {
          await article.mouse.move(1, 1);
          const y = await article.evaluate((docY) => { window.scrollTo(0, Math.max(0, docY - 150)); return scrollY; }, line.docY);
          const at = { x: line.x, y: line.y - y };
          const box = { ...line, top: line.top - y, bottom: line.bottom - y };
          await sleep(100);
          await article.mouse.move(at.x, at.y);
          const card = await poll('a card for the hovered claim', async () => (await cardBox()) ?? undefined, 3000);
          const covers = card.left <= at.x && at.x <= card.right && card.top <= at.y && at.y <= card.bottom;
          assert.ok(!covers, `the card ${JSON.stringify(card)} covers the pointer at ${JSON.stringify(at)}`);
          assert.ok(besideLine(card, box), `the card ${JSON.stringify(card)} is by the hovered line ${JSON.stringify(box)}`);
          checked++;
        }
        await article.mouse.move(1, 1);
        console.log(`      ${checked} claim lines hovered`);
      });

      it('a caret put in a claim lines after its cue (caret browsing, a selection) gets the card by the caret\'s line, not over it', async () => {
        await load(server!.url('/demo/en.html'));
        await sizesWhere('claim highlights', (s) => s['whosaid-claim'] > 0);
        await article.mouse.move(1, 1);
        // The claims over several lines; the caret goes before each one's last character.
        const count = await article.evaluate(() => {
          const claims = [...(CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('whosaid-claim')!];
          return claims.filter((sr) => {
            const r = document.createRange();
            r.setStart(sr.startContainer, sr.startOffset);
            r.setEnd(sr.endContainer, sr.endOffset);
            const rects = [...r.getClientRects()].filter((q) => q.width > 20);
            return rects.length >= 2 && rects[rects.length - 1]!.top > rects[0]!.bottom;
          }).length;
        });
        assert.ok(count > 0, 'the demo has claims over several lines');
        let checked = 0;
        for (let i = 0; i < Math.min(count, 5); i++) {
          await article.keyboard.press('Escape');
          await article.evaluate(() => document.getSelection()?.removeAllRanges());
          await sleep(100);
          const line = await article.evaluate((k) => {
            const claims = [...(CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('whosaid-claim')!].filter((sr) => {
              const r = document.createRange();
              r.setStart(sr.startContainer, sr.startOffset);
              r.setEnd(sr.endContainer, sr.endOffset);
              const rects = [...r.getClientRects()].filter((q) => q.width > 20);
              return rects.length >= 2 && rects[rects.length - 1]!.top > rects[0]!.bottom;
            });
            const sr = claims[k]!;
            const at = document.createRange();
            at.setStart(sr.endContainer, Math.max(0, sr.endOffset - 1));
            at.collapse(true);
            (at.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center', behavior: 'instant' });
            document.getSelection()!.removeAllRanges();
            document.getSelection()!.addRange(at);
            const q = at.getClientRects()[0]!;
            return { left: q.left, top: q.top, right: q.right, bottom: q.bottom };
          }, i);
          const card = await poll('a card for the claim with the caret', async () => (await cardBox()) ?? undefined, 3000);
          assert.ok(besideLine(card, line), `the card ${JSON.stringify(card)} is by the caret's line ${JSON.stringify(line)}`);
          checked++;
        }
        await article.evaluate(() => document.getSelection()?.removeAllRanges());
        await article.keyboard.press('Escape');
        console.log(`      ${checked} carets placed`);
      });

      it('a blank margin next to highlighted text shows no card', async () => {
        await load(server!.url('/demo/en.html'));
        await sizesWhere('highlights', (s) => s['whosaid-named'] > 0);
        await article.mouse.move(1, 1);
        // The margin left of lines that start with a highlight: the text nearest the pointer is highlighted, the pointer is on none.
        const lines = await article.evaluate(() => {
          window.scrollTo(0, 0);
          const out: { y: number; left: number }[] = [];
          for (const name of ['whosaid-named', 'whosaid-anonymous', 'whosaid-claim']) {
            for (const sr of (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name) ?? []) {
              const r = document.createRange();
              r.setStart(sr.startContainer, sr.startOffset);
              r.setEnd(sr.endContainer, sr.endOffset);
              const block = (sr.startContainer.parentElement?.closest('p, li, blockquote') ?? null)?.getBoundingClientRect();
              if (!block || block.left < 14) continue;
              // Lines that start at the paragraph's left edge: left of them is margin.
              for (const q of r.getClientRects()) if (q.width > 20 && q.left <= block.left + 1 && q.top > 0 && q.bottom < innerHeight) out.push({ y: q.top + q.height / 2, left: q.left });
            }
          }
          return out.slice(0, 8);
        });
        assert.ok(lines.length > 0, 'highlighted lines on the first screen');
        for (const line of lines) {
          await article.mouse.move(Math.max(2, line.left - 12), line.y);
          await sleep(150);
          assert.equal(await cardBox(), null, `a card at ${line.left - 12},${line.y}, left of a highlight starting at x=${line.left}`);
        }
      });

      it('the card of the attribution stepped to stays by its text once the page has scrolled there', async () => {
        const { tabId } = await load(server!.url('/demo/en.html'));
        await sizesWhere('highlights', (s) => s['whosaid-named'] > 0);
        await article.evaluate(() => window.scrollTo(0, 0));
        await article.mouse.move(1, 1);
        // Back from the start: the last attribution, far below the first screen (a smooth scroll).
        const step = await sendToTab<{ ok: boolean }>(control, tabId, 'step', { direction: -1 });
        assert.ok(step.ok);
        let last = -1;
        await poll('the scroll to end', async () => {
          await sleep(150);
          const y = await article.evaluate(() => scrollY);
          const still = y === last && y > 0;
          last = y;
          return still || undefined;
        });
        await sleep(100);
        const focus = await article.evaluate(() => {
          const f = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('whosaid-focus');
          const sr = f && [...f][0];
          if (!sr) return null;
          const r = document.createRange();
          r.setStart(sr.startContainer, sr.startOffset);
          r.setEnd(sr.endContainer, sr.endOffset);
          const q = r.getBoundingClientRect();
          return { left: q.left, top: q.top, right: q.right, bottom: q.bottom };
        });
        assert.ok(focus, 'the attribution stepped to is emphasized');
        const card = await cardBox();
        assert.ok(card, 'its card is shown');
        assert.ok(besideLine(card, focus), `the card ${JSON.stringify(card)} is by its attribution ${JSON.stringify(focus)}`);
      });

      it('an anonymous source shows its card on each of its letters (Firefox draws it in dashes, with untinted letters between)', async () => {
        await load(server!.url('/demo/en.html'));
        await sizesWhere('highlights', (s) => s['whosaid-anonymous'] > 0);
        await article.mouse.move(1, 1);
        // A letter between two dashes in Firefox; the third letter of a source where it is drawn whole (Chromium).
        const at = await article.evaluate(() => {
          const all = [...(CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('whosaid-anonymous')!];
          const gap = all.findIndex((a, i) => {
            const b = all[i + 1];
            return !!b && b.startContainer === a.endContainer && b.startOffset === a.endOffset + 1 && /\S/.test((a.endContainer as Text).data[a.endOffset] ?? ' ');
          });
          const sr = all[Math.max(0, gap)]!;
          const r = document.createRange();
          const from = gap >= 0 ? sr.endOffset : sr.startOffset + 2;
          r.setStart(sr.endContainer, from);
          r.setEnd(sr.endContainer, from + 1);
          (sr.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center', behavior: 'instant' });
          const q = r.getBoundingClientRect();
          return { x: q.left + q.width / 2, y: q.top + q.height / 2, letter: r.toString() };
        });
        assert.match(at.letter, /\S/);
        await article.mouse.move(at.x, at.y);
        await poll(`a card for the anonymous source hovered on "${at.letter}"`, async () => (await cardBox()) ?? undefined, 3000);
        await article.mouse.move(1, 1);
      });

      it('Escape takes away the card and the emphasis of the attribution stepped to', async () => {
        const { tabId } = await load(server!.url('/demo/en.html'));
        await sizesWhere('highlights', (s) => s['whosaid-named'] > 0);
        await article.mouse.move(1, 1);
        const emphasized = () => article.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('whosaid-focus')?.size ?? 0);
        assert.ok((await sendToTab<{ ok: boolean }>(control, tabId, 'step', { direction: 1 })).ok);
        await poll('the emphasis of the attribution stepped to', async () => ((await emphasized()) > 0 ? true : undefined), 3000);
        assert.ok(await cardBox(), 'its card is shown');
        await article.keyboard.press('Escape');
        await poll('the emphasis gone', async () => ((await emphasized()) === 0 ? true : undefined), 3000);
        assert.equal(await cardBox(), null);
      });
    });

    describe('saved news pages (../shared corpus)', function () {
      const pages = corpusPages();
      before(function () {
        if (!server?.mounts.includes('/corpus/') || pages.length === 0) this.skip();
      });

      // Articles in languages the engine does not read: recognised, named, nothing highlighted.
      for (const id of FOREIGN_IDS) {
        it(`${id}: an article in a language Whosaid does not read is named and left unhighlighted`, async function () {
          if (!existsSync(join(CORPUS_PAGES_DIR, id, 'page.html'))) this.skip();
          const { state } = await load(server!.url(`/corpus/${id}/page.html`));
          assert.equal(state.state, 'done', `content script state: ${JSON.stringify({ state: state.state, error: state.error })}`);
          assert.equal(state.languageSupported, false);
          assert.ok(state.lang && !['en', 'ru'].includes(state.lang), `language ${state.lang}`);
          assert.deepEqual(state.attributions, []);
          assert.equal(total(await registrySizes(article)), 0);
          assert.deepEqual(extensionErrors, []);
        });
      }

      for (const page of pages) {
        it(`${page.id} (${page.lang}): highlights appear, off leaves the DOM alone, no extension error`, async () => {
          const url = server!.url(`/corpus/${page.id}/page.html`);
          const errorsBefore = pageErrors;
          const { tabId, state } = await load(url);
          assert.equal(state.state, 'done', `${page.id} is an article; content script state: ${JSON.stringify({ state: state.state, error: state.error })}`);
          const sizes = await sizesWhere(`highlights on ${page.id}`, (s) => total(s) > 0);
          console.log(`      ${page.id}: ${state.attributions.length} attributions, registry ${JSON.stringify(Object.values(sizes))}, ${pageErrors - errorsBefore} page errors of its own`);
          await toggleLeavesDomAlone(tabId);
          assert.deepEqual(extensionErrors, []);
        });
      }
    });
  });
}
