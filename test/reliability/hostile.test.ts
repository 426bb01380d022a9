// Hostile content is inert (issue 6): page text that looks like markup or
// script shows as plain text in the popup and the hover card and never
// becomes an element, an attribute or a link; the extension pages allow no
// inline script and no eval.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { startPopup } from '../../src/extension/popup/app.js';
import { Card } from '../../src/page/card.js';
import { FakeConnector } from '../extension/fake-connector.js';
import { loadPage, settle, translator } from '../extension/dom.js';
import { buildAttributions, stateFrom } from '../extension/fixtures.js';

const ROOT = new URL('../../', import.meta.url);
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '</style><style>*{display:none}</style>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '\u202Eevil\u202C and \u2067isolate\u2069',
  '<svg onload="window.__pwned=1"></svg>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '&lt;b&gt; &amp;amp;',
];
const SPEAKER = `Dr ${PAYLOADS[1]} ${PAYLOADS[4]}`;
const CLAIM = PAYLOADS.join(' ');
const TEXT = `${SPEAKER} said ${CLAIM}.\n\nAccording to ${PAYLOADS[3]}, ${PAYLOADS[0]} happened.`;

/** Everything an injection could add: elements, event attributes, script links. */
function inventory(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el.tagName);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) out.push(`${el.tagName}[${a.name}]`);
      if (/^\s*javascript:/i.test(a.value)) out.push(`${el.tagName}[${a.name}=javascript:]`);
    }
  }
  return out;
}

function hostileState() {
  return stateFrom(TEXT, buildAttributions(TEXT, [
    { grade: 'person', source: SPEAKER, speaker: SPEAKER, cue: 'said', content: CLAIM, direct: true },
    { grade: 'media', source: PAYLOADS[3]!, speaker: PAYLOADS[3]!, cue: 'According to', content: `${PAYLOADS[0]} happened` },
  ]), { title: PAYLOADS.slice(0, 4).join(' '), url: 'https://news.example/<script>' });
}

describe('reliability: hostile content is inert', () => {
  it('the popup shows hostile page text as text and creates nothing from it', async () => {
    const render = async (state: ReturnType<typeof hostileState>) => {
      const doc = loadPage('src/extension/popup/popup.html');
      const popup = startPopup({ connector: new FakeConnector(state), t: translator('en'), doc, now: () => new Date('2026-11-26T12:00:00Z') });
      await popup.ready;
      await settle();
      // Open every speaker and claim so all page-derived text is on screen.
      for (const d of doc.querySelectorAll('details')) d.open = true;
      return doc;
    };
    const bad = await render(hostileState());
    const text = bad.body.textContent ?? '';
    for (const p of [SPEAKER, PAYLOADS[3]!]) assert.ok(text.includes(p), `shown as text: ${p}`);
    assert.ok(text.includes('<script>window.__pwned=1</script>'), 'the claim text is shown verbatim');
    const found = inventory(bad);
    assert.deepEqual(found.filter((x) => x.includes('[')), [], 'no event handlers or javascript: links');
    for (const tag of ['SCRIPT', 'IMG', 'SVG', 'A', 'STYLE']) {
      const inPage = bad.querySelectorAll(tag.toLowerCase()).length;
      const inBlank = loadPage('src/extension/popup/popup.html').querySelectorAll(tag.toLowerCase()).length;
      assert.ok(inPage <= inBlank || tag === 'A' && [...bad.querySelectorAll('a')].every((a) => !/javascript:/i.test(a.getAttribute('href') ?? '')),
        `${tag}: ${inPage} in the popup, ${inBlank} in popup.html`);
    }
    // The same state with harmless words builds the same elements: page text adds none.
    const plain = (s: string) => s.replace(/[<>&"]/g, '_');
    const benign = stateFrom(plain(TEXT), buildAttributions(plain(TEXT), [
      { grade: 'person', source: plain(SPEAKER), speaker: plain(SPEAKER), cue: 'said', content: plain(CLAIM), direct: true },
      { grade: 'media', source: plain(PAYLOADS[3]!), speaker: plain(PAYLOADS[3]!), cue: 'According to', content: plain(`${PAYLOADS[0]} happened`) },
    ]), { title: plain(PAYLOADS.slice(0, 4).join(' ')), url: 'https://news.example/_script_' });
    assert.deepEqual(found, inventory(await render(benign)));
  });

  it('an error message from the page is shown as text', async () => {
    const doc = loadPage('src/extension/popup/popup.html');
    const state = { ...hostileState(), state: 'error' as const, error: CLAIM };
    const popup = startPopup({ connector: new FakeConnector(state), t: translator('en'), doc });
    await popup.ready;
    assert.ok((doc.getElementById('content')!.textContent ?? '').includes(CLAIM));
    assert.deepEqual(inventory(doc.getElementById('content')!).filter((t) => ['SCRIPT', 'IMG', 'SVG', 'STYLE'].includes(t) || t.includes('[')), []);
  });

  it('the hover card shows hostile text as text inside its shadow root', () => {
    const { window } = new JSDOM('<!doctype html><html><body><p>page</p></body></html>', { runScripts: 'outside-only', virtualConsole: new VirtualConsole() });
    // The card's shadow root is closed: keep a handle on it for the test.
    const roots: ShadowRoot[] = [];
    const attach = window.Element.prototype.attachShadow;
    window.Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) { const r = attach.call(this, init); roots.push(r); return r; };
    const card = new Card(window.document);
    const show = (s: (x: string) => string) => {
      card.show({ speaker: s(SPEAKER), grade: 'anonymous-described', cue: s(PAYLOADS[2]!), claim: s(CLAIM), direct: true, via: [s(PAYLOADS[3]!), s(PAYLOADS[1]!)], anonymityReason: s(PAYLOADS[5]!) }, { left: 10, top: 10, bottom: 20 }, 1);
      return inventory(roots[0]!);
    };
    const benign = show((x) => x.replace(/[<>&"]/g, '_'));
    const hostile = show((x) => x);
    assert.deepEqual(hostile, benign, 'the same elements whatever the text');
    assert.deepEqual(hostile.filter((t) => t.includes('[')), []);
    const text = card.text();
    for (const p of [SPEAKER, PAYLOADS[2]!, PAYLOADS[3]!, PAYLOADS[5]!]) assert.ok(text.includes(p), `card shows ${p}`);
    assert.equal((window as unknown as { __pwned?: number }).__pwned, undefined);
    window.close();
  });
});

describe('reliability: extension pages allow no inline script and no eval', () => {
  type Manifest = { content_security_policy?: { extension_pages?: string } };
  const srcManifest = JSON.parse(readFileSync(new URL('manifest.json', ROOT), 'utf8')) as Manifest;

  function checkCsp(m: Manifest, where: string) {
    const csp = m.content_security_policy?.extension_pages;
    assert.ok(csp, `${where}: content_security_policy.extension_pages is set`);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/i, `${where}: ${csp}`);
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k!, v]));
    assert.deepEqual(directives.get('script-src'), ["'self'"], `${where}: scripts from the extension only`);
    assert.deepEqual(directives.get('object-src'), ["'none'"], `${where}: no plugins`);
  }

  /** Inline scripts, event-handler attributes, javascript: URLs and non-self script sources in an HTML page. */
  function inlineCode(html: string): string[] {
    const doc = new JSDOM(html).window.document;
    const out: string[] = [];
    for (const s of doc.querySelectorAll('script')) {
      const src = s.getAttribute('src');
      if (!src) out.push('inline <script>');
      else if (/^(?:[a-z]+:)?\/\//i.test(src)) out.push(`remote script ${src}`);
    }
    for (const el of doc.querySelectorAll('*')) for (const a of el.attributes) {
      if (/^on/i.test(a.name)) out.push(`${el.tagName.toLowerCase()}[${a.name}]`);
      if (/^\s*javascript:/i.test(a.value)) out.push(`${el.tagName.toLowerCase()}[${a.name}=javascript:]`);
    }
    return out;
  }

  it('manifest.json: script-src self only, no unsafe-inline / unsafe-eval', () => checkCsp(srcManifest, 'manifest.json'));

  it('both built manifests keep that policy', async () => {
    const build = (await import('../../build.mjs' as string)) as { manifestFor(b: string): Manifest };
    for (const b of ['chrome', 'firefox']) checkCsp(build.manifestFor(b), `manifestFor(${b})`);
  });

  it('source and built html pages have no inline scripts, handlers or remote scripts', function () {
    const pages: string[] = [];
    for (const dir of ['src/extension/popup', 'src/extension/options']) {
      for (const f of readdirSync(new URL(dir, ROOT))) if (f.endsWith('.html')) pages.push(join(dir, f));
    }
    for (const b of ['chrome', 'firefox']) {
      const dir = new URL(`dist/${b}/`, ROOT);
      if (!existsSync(dir)) continue; // built by `node build.mjs` (npm test builds before the browser tests)
      for (const f of readdirSync(dir)) if (f.endsWith('.html')) pages.push(`dist/${b}/${f}`);
      const built = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Manifest;
      checkCsp(built, `dist/${b}/manifest.json`);
    }
    assert.ok(pages.length >= 2, 'popup and options pages found');
    const found = pages.flatMap((p) => inlineCode(readFileSync(new URL(p, ROOT), 'utf8')).map((x) => `${p}: ${x}`));
    assert.deepEqual(found, []);
    console.log(`      CSP: ${pages.length} html pages checked (${pages.join(', ')})`);
  });
});
