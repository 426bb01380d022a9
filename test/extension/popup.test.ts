import { strict as assert } from 'node:assert';
import { startPopup } from '../../src/extension/popup/app.js';
import { markdownSummary, jsonSummary, exportFilename } from '../../src/extension/popup/export.js';
import { emptyPageState } from '../../src/shared/types.js';
import { defaultSettings } from '../../src/extension/settings.js';
import type { PageState } from '../../src/shared/types.js';
import { FakeConnector } from './fake-connector.js';
import { loadPage, settle, translator } from './dom.js';
import { buildAttributions, doneState, stateFrom } from './fixtures.js';

async function open(state: PageState | null, lang: 'en' | 'ru' = 'en', setup?: (c: FakeConnector) => void) {
  const doc = loadPage('src/extension/popup/popup.html');
  const connector = new FakeConnector(state);
  setup?.(connector);
  const popup = startPopup({ connector, t: translator(lang), doc, now: () => new Date('2026-11-26T12:00:00Z') });
  await popup.ready;
  return { doc, connector, popup, text: () => doc.getElementById('content')!.textContent ?? '' };
}

const click = (el: Element | null | undefined) => {
  assert.ok(el, 'element to click exists');
  el!.dispatchEvent(new el!.ownerDocument.defaultView!.MouseEvent('click', { bubbles: true }));
};

describe('popup: states (never blank)', () => {
  it('shows "loading" until the first answer arrives', () => {
    const doc = loadPage('src/extension/popup/popup.html');
    const c = new FakeConnector(doneState());
    c.getTabState = () => new Promise(() => undefined); // never answers
    startPopup({ connector: c, t: translator(), doc });
    assert.equal(doc.body.dataset.state, 'loading');
    assert.match(doc.getElementById('content')!.textContent!, /Loading/);
  });

  it('a page where extensions cannot run is "unavailable" with an explanation', async () => {
    const { doc, text } = await open(null);
    assert.equal(doc.body.dataset.state, 'unavailable');
    assert.match(text(), /cannot run on this page/);
    assert.equal((doc.getElementById('toggle') as HTMLButtonElement).disabled, true);
  });

  it('no tab at all is also "unavailable"', async () => {
    const { doc } = await open(doneState(), 'en', (c) => { c.tab = null; });
    assert.equal(doc.body.dataset.state, 'unavailable');
  });

  it('reports whether the background answered the ping', async () => {
    assert.equal((await open(doneState())).doc.body.dataset.background, 'ok');
    assert.equal((await open(doneState(), 'en', (c) => { c.alive = false; })).doc.body.dataset.background, 'error');
  });

  it('analyzing shows progress on long pages', async () => {
    const { doc, text } = await open({ ...emptyPageState('https://x.example/a', 'A'), state: 'analyzing', progress: { done: 3, total: 4 } });
    assert.equal(doc.body.dataset.state, 'analyzing');
    const bar = doc.querySelector('progress')!;
    assert.equal(bar.value, 3);
    assert.equal(bar.max, 4);
    assert.match(text(), /75\s?%/);
  });

  it('new paragraphs of a page already analyzed (a live blog): the summary stays in view under the progress', async () => {
    const { doc, connector, text } = await open(doneState());
    const speakers = doc.querySelectorAll('details.speaker').length;
    connector.push({ ...doneState(), state: 'analyzing', progress: { done: 0, total: 2 } });
    assert.equal(doc.body.dataset.state, 'analyzing');
    assert.ok(doc.querySelector('#content progress'), 'the progress is shown');
    assert.match(text(), /Analyzing/);
    assert.equal(doc.querySelectorAll('details.speaker').length, speakers, 'the speakers stay listed');
    assert.ok(doc.querySelector('[data-testid="totals"]'));
  });

  it('not an article offers "run anyway", which asks the tab', async () => {
    const { doc, connector, text } = await open({ ...emptyPageState('https://x.example/', 'Home'), state: 'not-article' });
    assert.match(text(), /does not look like a news article/);
    click(doc.querySelector('[data-action="run"]'));
    await settle();
    assert.ok(connector.calls.includes('runAnyway:7'));
    assert.equal(doc.body.dataset.state, 'analyzing');
  });

  it('no attributions found says so', async () => {
    const { doc, text } = await open(stateFrom('Plain text.', []));
    assert.equal(doc.body.dataset.state, 'done');
    assert.match(text(), /No attributions found/);
  });

  it('an article in a language the engine does not read names the language, in the UI language', async () => {
    const fr = stateFrom('Le ministre a déclaré…', [], { lang: 'fr', languageSupported: false });
    const en = await open(fr);
    assert.equal(en.doc.body.dataset.state, 'done');
    assert.match(en.text(), /This article is in French, a language Whosaid cannot read yet/);
    assert.doesNotMatch(en.text(), /No attributions found/);
    const ru = await open(fr, 'ru');
    assert.match(ru.text(), /Язык этой статьи \(французский\) Whosaid пока не читает/);
    const unknown = await open(stateFrom('…', [], { lang: 'und', languageSupported: false }));
    assert.match(unknown.text(), /This article is in a language Whosaid cannot read yet/);
    // The header names no language either (Intl's name for 'und' is "root", seen on a Spanish page).
    const langLine = unknown.doc.getElementById('lang')!;
    assert.equal(langLine.hidden, true);
    assert.doesNotMatch(langLine.textContent ?? '', /root/);
  });

  it('an error shows what failed and a retry', async () => {
    const { doc, text } = await open({ ...emptyPageState('https://x.example/a', 'A'), state: 'error', error: 'engine timed out' });
    assert.equal(doc.body.dataset.state, 'error');
    assert.match(text(), /engine timed out/);
    assert.ok(doc.querySelector('[data-action="run"]'));
  });

  it('a failing connector turns into the error state, not a blank popup', async () => {
    const { doc, text } = await open(doneState(), 'en', (c) => { c.failGetTabState = new Error('port closed'); });
    assert.equal(doc.body.dataset.state, 'error');
    assert.match(text(), /port closed/);
  });

  it('opened before the content script ran: unavailable, then the page\'s state once it reports', async () => {
    const { doc, connector } = await open(null);
    assert.equal(doc.body.dataset.state, 'unavailable');
    connector.push({ ...emptyPageState('https://news.example.com/world/talks', 'T'), state: 'analyzing' });
    assert.equal(doc.body.dataset.state, 'analyzing');
  });

  it('a navigation in the tab updates the site menu', async () => {
    const { doc, connector } = await open(doneState(), 'en', (c) => { c.settings.alwaysSites = ['other.example']; });
    const select = doc.getElementById('site-mode') as HTMLSelectElement;
    assert.equal(select.value, 'default');
    connector.push({ ...doneState(), url: 'https://other.example/story' });
    await settle();
    assert.equal(select.value, 'always');
  });

  it('follows the page live: analyzing → done', async () => {
    const { doc, connector } = await open({ ...emptyPageState('https://news.example.com/world/talks', 'T'), state: 'analyzing' });
    connector.push(doneState());
    assert.equal(doc.body.dataset.state, 'done');
    assert.ok(doc.querySelector('.groups'));
  });
});

describe('popup: the summary', () => {
  it('header: page title, language, switch on', async () => {
    const { doc } = await open(doneState());
    assert.equal(doc.getElementById('page-title')!.textContent, 'Talks collapse, officials say');
    assert.equal(doc.getElementById('lang')!.textContent, 'Language: English');
    assert.equal(doc.getElementById('toggle')!.getAttribute('aria-checked'), 'true');
  });

  it('profile: sources, claims and the anonymous share, with a labelled bar', async () => {
    const { doc } = await open(doneState());
    const totals = doc.querySelector('[data-testid="totals"]')!.textContent!;
    assert.match(totals, /6 sources/);
    assert.match(totals, /5 claims/);
    assert.match(doc.querySelector('[data-testid="anonymous-share"]')!.textContent!, /40\s?%/);
    assert.match(doc.querySelector('.bar')!.getAttribute('aria-label')!, /Named 40\s?%, Anonymous 40\s?%, No source 20\s?%/);
  });

  it('kinds switched off in the options are neither counted nor listed, and the popup says what it left out', async () => {
    const { doc, text } = await open(doneState(), 'en', (c) => { c.settings.grades['anonymous-described'] = false; });
    const totals = doc.querySelector('[data-testid="totals"]')!.textContent!;
    assert.match(totals, /3 sources/);
    assert.match(totals, /3 claims/);
    assert.match(doc.querySelector('[data-testid="anonymous-share"]')!.textContent!, /^0\s?%/);
    assert.deepEqual([...doc.querySelectorAll('details.grade .grade-name')].map((e) => e.textContent), ['People', 'Media', 'Unattributed']);
    // The chain runs through the hidden source; the flags are about it alone.
    assert.equal(doc.querySelector('.chains'), null);
    assert.equal(doc.querySelector('.flags'), null);
    assert.equal(doc.querySelector('[data-testid="hidden-grades"]')!.textContent,
      'Not counted or highlighted: 3 mentions of kinds switched off in Options (Anonymous, described).');
    assert.match(text(), /“We will not sign this,”|We will not sign this/);
    // Everything switched off: not "no attributions found" alone.
    const none = await open(doneState(), 'en', (c) => { for (const g of Object.keys(c.settings.grades)) c.settings.grades[g as keyof typeof c.settings.grades] = false; });
    assert.match(none.text(), /Not counted or highlighted: 7 mentions/);
    assert.equal(none.doc.querySelector('details.grade'), null);
  });

  it('an open popup follows grades switched off meanwhile (the page repaints and reports)', async () => {
    const { doc, connector } = await open(doneState());
    assert.equal(doc.querySelector('[data-testid="hidden-grades"]'), null);
    connector.settings.grades.unattributed = false;
    connector.push(doneState());
    await settle();
    assert.match(doc.querySelector('[data-testid="hidden-grades"]')!.textContent!, /1 mention of kinds switched off/);
    assert.equal(doc.querySelector('details.grade[data-key="grade:unattributed"]'), null);
  });

  it('Markdown copied with kinds switched off sums up what the popup shows, and says what it left out', async () => {
    const { doc, connector } = await open(doneState(), 'en', (c) => { c.settings.grades.unattributed = false; });
    click(doc.querySelector('[data-action="copy-md"]'));
    await settle();
    const md = connector.copied[0]!;
    assert.match(md, /Not counted or highlighted: 1 mention of kinds switched off in Options \(Unattributed\)\./);
    assert.doesNotMatch(md, /## Unattributed/);
    assert.match(md, /## People/);
  });

  it('kinds all shown: no note, the full summary', async () => {
    const { doc } = await open(doneState());
    assert.equal(doc.querySelector('[data-testid="hidden-grades"]'), null);
  });

  it('the legend\'s percents add up to 100 and the anonymous share reads the same as the legend', async () => {
    const base = doneState();
    const s = base.summary!;
    const { doc } = await open({ ...base, summary: { ...s, totals: { ...s.totals, claims: 8 }, anonymousShare: 1 / 8, unattributedShare: 1 / 8 } });
    const legend = [...doc.querySelectorAll('.legend li')].map((li) => Number(/(\d+)\s?%/.exec(li.textContent!)![1]));
    assert.equal(legend.reduce((a, b) => a + b, 0), 100, `legend ${legend.join(', ')}`);
    assert.match(doc.querySelector('[data-testid="anonymous-share"]')!.textContent!, new RegExp(`^${legend[1]}\\s?%`));
  });

  it('grade groups with counts, in order; speakers expand to their claims', async () => {
    const { doc } = await open(doneState());
    const groups = [...doc.querySelectorAll('details.grade')].map((d) => [
      d.querySelector('.grade-name')!.textContent, d.querySelector('summary .count')!.textContent,
    ]);
    assert.deepEqual(groups, [['People', '1'], ['Media', '2'], ['Anonymous, described', '3'], ['Unattributed', '1']]);
    const petrova = [...doc.querySelectorAll('details.speaker')].find((d) => d.querySelector('.speaker-name')!.textContent === 'Anna Petrova')!;
    const claim = petrova.querySelector('.claim')!;
    assert.ok(claim.classList.contains('direct'));
    assert.equal(claim.querySelector('.quote-mark')!.getAttribute('aria-label'), 'direct quote');
  });

  it('clicking a claim asks the tab to scroll to it', async () => {
    const { doc, connector } = await open(doneState());
    click(doc.querySelector('.claim[data-attribution="3"]'));
    await settle();
    assert.ok(connector.calls.includes('focus:7:3'));
  });

  it('draws the citation chain as A ← B ← C, clickable', async () => {
    const { doc, connector } = await open(doneState());
    const chain = doc.querySelector('.chains .chain')!;
    assert.equal(chain.textContent, 'Zakon.kz ← The Guardian ← a source among US officials');
    click(chain);
    await settle();
    assert.ok(connector.calls.includes('focus:7:2'));
  });

  it('flags anonymity without a reason and claims resting on one anonymous source', async () => {
    const { doc } = await open(doneState());
    const noReason = doc.querySelector('.flags details.flag-no-reason')!;
    assert.equal(noReason.querySelector('summary')!.textContent, '2 anonymous sources give no reason for anonymity');
    assert.deepEqual([...noReason.querySelectorAll('li')].map((li) => li.textContent).sort(),
      ['Officials familiar with the matter', 'a source among US officials']);
    const single = doc.querySelector('.flags details.flag-single')!;
    assert.equal(single.querySelector('summary')!.textContent, '1 claim rests on a single anonymous source');
    assert.equal(single.querySelector('.claim')!.textContent, 'the date was set for May');
  });

  it('keeps expanded speakers expanded when the page reports again', async () => {
    const { doc, connector } = await open(doneState());
    const first = doc.querySelector<HTMLDetailsElement>('details.speaker')!;
    first.open = true;
    const key = first.dataset.key;
    connector.push(doneState());
    assert.equal(doc.querySelector<HTMLDetailsElement>(`details[data-key="${key}"]`)!.open, true);
  });

  it('keeps an expanded speaker expanded when a new speaker comes before it (a live blog\'s new entry)', async () => {
    const { doc, connector } = await open(doneState());
    const guardian = [...doc.querySelectorAll<HTMLDetailsElement>('details.speaker')].find((d) => d.querySelector('.speaker-name')!.textContent === 'The Guardian')!;
    guardian.open = true;
    const base = doneState();
    const s = base.summary!;
    const at = s.speakers.findIndex((sp) => sp.speaker === 'The Guardian');
    const added = { ...s.speakers[at]!, speaker: 'Reuters', count: 1 };
    connector.push({ ...base, summary: { ...s, speakers: [...s.speakers.slice(0, at), added, ...s.speakers.slice(at)], totals: { ...s.totals, sources: s.totals.sources + 1 } } });
    const expanded = [...doc.querySelectorAll<HTMLDetailsElement>('details.speaker')].filter((d) => d.open).map((d) => d.querySelector('.speaker-name')!.textContent);
    assert.deepEqual(expanded, ['The Guardian']);
  });

  it('page-derived strings are text, never HTML', async () => {
    const evil = '<img src=x onerror="globalThis.pwned=1">';
    const text = `${evil} said the plan is <b>dead</b>.`;
    const atts = buildAttributions(text, [{ grade: 'person', source: evil, speaker: evil, cue: 'said', content: 'the plan is <b>dead</b>' }]);
    const { doc } = await open(stateFrom(text, atts, { title: '<script>alert(1)</script>', error: null }));
    for (const id of ['content', 'page-title', 'footer']) {
      assert.equal(doc.getElementById(id)!.querySelectorAll('img, b, script').length, 0, `markup parsed in #${id}`);
    }
    assert.equal(doc.querySelector('.speaker-name')!.textContent, evil);
    assert.equal(doc.getElementById('page-title')!.textContent, '<script>alert(1)</script>');
  });

  it('speaks Russian with Russian plurals', async () => {
    const { doc } = await open(doneState(), 'ru');
    assert.equal(doc.documentElement.lang, 'ru');
    const totals = doc.querySelector('[data-testid="totals"]')!.textContent!;
    assert.match(totals, /6 источников/);
    assert.match(totals, /5 утверждений/);
    assert.equal(doc.getElementById('lang')!.textContent, 'Язык: английский');
    assert.equal(doc.querySelector('label[for="site-mode"]')!.textContent, 'На этом сайте');
  });
});

describe('popup: actions', () => {
  it('the switch turns highlights off and on', async () => {
    const { doc, connector } = await open(doneState());
    const toggle = doc.getElementById('toggle')!;
    click(toggle);
    await settle();
    assert.deepEqual(connector.calls.filter((c) => c.startsWith('setEnabled')), ['setEnabled:7:false']);
    assert.equal(toggle.getAttribute('aria-checked'), 'false');
    assert.equal(doc.body.dataset.state, 'off');
    click(toggle);
    await settle();
    assert.equal(toggle.getAttribute('aria-checked'), 'true');
  });

  it('the switch on a page not analyzed runs the analysis', async () => {
    const { doc, connector } = await open({ ...emptyPageState('https://x.example/', 'X'), state: 'not-article' });
    click(doc.getElementById('toggle'));
    await settle();
    assert.ok(connector.calls.includes('runAnyway:7'));
  });

  it('"always on this site" is saved and applied to the tab', async () => {
    const { doc, connector } = await open({ ...emptyPageState('https://www.blog.example/p', 'P'), state: 'not-article' });
    const select = doc.getElementById('site-mode') as HTMLSelectElement;
    assert.equal(select.value, 'default');
    select.value = 'always';
    select.dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }));
    await settle(); await settle();
    assert.deepEqual(connector.settings.alwaysSites, ['blog.example']);
    assert.ok(connector.calls.includes('runAnyway:7'));
  });

  it('"never" on this site turns highlights off here too; the select shows the saved mode', async () => {
    const { doc, connector } = await open(doneState(), 'en', (c) => { c.settings.neverSites = []; });
    const select = doc.getElementById('site-mode') as HTMLSelectElement;
    select.value = 'never';
    select.dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }));
    await settle(); await settle();
    assert.deepEqual(connector.settings.neverSites, ['news.example.com']);
    assert.ok(connector.calls.includes('setEnabled:7:false'));
    const again = await open(doneState(), 'en', (c) => { c.settings.neverSites = ['news.example.com']; });
    assert.equal((again.doc.getElementById('site-mode') as HTMLSelectElement).value, 'never');
  });

  it('back to "as usual" only edits the lists, it does not switch the page', async () => {
    const { doc, connector } = await open({ ...doneState(), state: 'off', enabled: false }, 'en', (c) => { c.settings.neverSites = ['news.example.com']; });
    const select = doc.getElementById('site-mode') as HTMLSelectElement;
    select.value = 'default';
    select.dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }));
    await settle(); await settle();
    assert.deepEqual(connector.settings.neverSites, []);
    assert.deepEqual(connector.calls.filter((c) => c.startsWith('setEnabled') || c.startsWith('runAnyway')), []);
  });

  it('the site menu is disabled where there is no web site', async () => {
    const { doc } = await open({ ...doneState(), url: 'file:///tmp/a.html' });
    assert.equal((doc.getElementById('site-mode') as HTMLSelectElement).disabled, true);
  });

  it('export: Markdown to the clipboard, JSON as a download', async () => {
    const { doc, connector } = await open(doneState());
    click(doc.querySelector('[data-action="copy-md"]'));
    click(doc.querySelector('[data-action="download-json"]'));
    await settle();
    assert.match(connector.copied[0]!, /^# Who said what: Talks collapse, officials say/);
    const dl = connector.downloads[0]!;
    assert.equal(dl.filename, 'whosaid-news.example.com-2026-11-26.json');
    assert.equal(dl.mime, 'application/json');
    assert.equal(JSON.parse(dl.text).attributions.length, 7);
  });

  it('lists the keyboard shortcuts that are set, and opens the options', async () => {
    const { doc, connector } = await open(doneState());
    const keys = [...doc.querySelectorAll('details.shortcuts kbd')].map((k) => k.textContent);
    assert.deepEqual(keys, ['Alt+Shift+H', 'Alt+Shift+J']);
    assert.match(doc.querySelector('.shortcuts')!.textContent!, /Go to the next attribution/);
    click(doc.querySelector('[data-action="options"]'));
    await settle();
    assert.ok(connector.calls.includes('openOptions'));
  });

  it('says so when saved settings could not be read', async () => {
    const doc = loadPage('src/extension/popup/popup.html');
    const connector = new FakeConnector(doneState());
    connector.loadSettings = async () => ({ settings: defaultSettings(), notices: [{ key: 'settingsNoticeCorrupt' }] });
    await startPopup({ connector, t: translator(), doc }).ready;
    assert.match(doc.querySelector('footer .settings-notice')!.textContent!, /could not be read/);
    const fine = await open(doneState());
    assert.equal(fine.doc.querySelector('footer .settings-notice'), null);
  });

  it('every control has an accessible name', async () => {
    const { doc } = await open(doneState());
    for (const el of doc.querySelectorAll<HTMLElement>('button, select, [role="switch"]')) {
      const labelledBy = el.getAttribute('aria-labelledby');
      const name = el.getAttribute('aria-label')
        ?? (labelledBy ? doc.getElementById(labelledBy)?.textContent : null)
        ?? (el.id ? doc.querySelector(`label[for="${el.id}"]`)?.textContent : null)
        ?? el.textContent;
      assert.ok(name && name.trim(), `no name: ${el.outerHTML.slice(0, 80)}`);
    }
  });
});

describe('popup: export formats', () => {
  const t = translator();

  it('Markdown escapes page text and lists grades, chains and flags', () => {
    const md = markdownSummary(doneState({ title: 'A *bold* [link](x)' }), t);
    assert.match(md, /^# Who said what: A \\\*bold\\\* \\\[link\\\]\\\(x\\\)/);
    assert.match(md, /## People \(1\)\n\n- \*\*Anna Petrova\*\* \(1\)\n {2}- “We will not sign this,”/);
    assert.match(md, /## Who cites whom\n\n- Zakon\.kz ← The Guardian ← a source among US officials/);
    assert.match(md, /Rests on a single anonymous source: the date was set for May/);
  });

  it('JSON carries the engine\'s attributions and summary', () => {
    const s = doneState();
    const j = JSON.parse(jsonSummary(s));
    assert.deepEqual(Object.keys(j), ['url', 'title', 'lang', 'chars', 'attributions', 'summary']);
    assert.deepEqual(j.summary, JSON.parse(JSON.stringify(s.summary)));
  });

  it('file names are safe', () => {
    assert.equal(exportFilename({ ...doneState(), url: 'not a url' }, new Date('2026-01-02T00:00:00Z'), 'json'), 'whosaid-page-2026-01-02.json');
  });
});
