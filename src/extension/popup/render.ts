// DOM for each popup state, built from the view model with h(): every
// page-derived string (title, speakers, excerpts, errors) lands in a text node.
import type { PageState, SkipNote } from '../../shared/types.js';
import { languageName, type Translator } from '../i18n.js';
import { h } from './dom.js';
import type { CommandInfo } from './connector.js';
import type { ChainView, ClaimView, GradeGroup, Profile, SpeakerView, SummaryView } from './view-model.js';
import type { HiddenGrade } from '../shown-state.js';
import { gradeLabelKey, summaryView } from './view-model.js';

export interface RenderContext {
  doc: Document;
  t: Translator;
  /** Keys of <details> that were open before this render. */
  open: Set<string>;
  /** Grades switched off in the options: left out of the summary, and said so. */
  hidden?: HiddenGrade[];
}

function message(ctx: RenderContext, key: string, ...extra: (Node | null)[]): HTMLElement {
  return h(ctx.doc, 'div', { class: 'state' }, h(ctx.doc, 'p', { class: 'state-msg' }, ctx.t(key)), ...extra);
}

function actionButton(ctx: RenderContext, action: string, key: string): HTMLButtonElement {
  return h(ctx.doc, 'button', { type: 'button', class: 'primary', 'data-action': action }, ctx.t(key));
}

export function renderLoading(ctx: RenderContext): HTMLElement {
  return message(ctx, 'stateLoading');
}

export function renderUnavailable(ctx: RenderContext): HTMLElement {
  return message(ctx, 'stateUnavailable', h(ctx.doc, 'p', { class: 'hint' }, ctx.t('stateUnavailableHint')));
}

/** The content for a tab's state. Never empty. */
export function renderState(ctx: RenderContext, state: PageState): HTMLElement {
  const { doc, t } = ctx;
  switch (state.state) {
    case 'idle':
      return message(ctx, 'stateIdle', actionButton(ctx, 'run', 'actionAnalyze'));
    case 'analyzing': {
      const p = state.progress;
      const bar = h(doc, 'progress', { 'aria-label': t('stateAnalyzing') });
      if (p && p.total > 0) {
        bar.max = p.total;
        bar.value = Math.min(p.done, p.total);
      }
      const pct = p && p.total > 0 ? h(doc, 'p', { class: 'hint' }, t.percent(Math.min(1, p.done / p.total))) : null;
      const box = message(ctx, 'stateAnalyzing', bar, pct);
      // New paragraphs of a page already analyzed (a live blog): the summary so far
      // stays in view under the progress, rather than vanishing at every update.
      const view = state.languageSupported === false ? null : summaryView(state);
      if (view) box.append(renderSummary(ctx, state, view));
      return box;
    }
    case 'not-article':
      return message(ctx, 'stateNotArticle', actionButton(ctx, 'run', 'actionRunAnyway'));
    case 'error':
      return message(ctx, 'stateError',
        h(doc, 'pre', { class: 'error-detail' }, state.error || t('stateErrorUnknown')),
        actionButton(ctx, 'run', 'actionRetry'));
    case 'off': {
      const box = message(ctx, 'stateOff');
      const view = summaryView(state);
      if (view) box.append(renderSummary(ctx, state, view));
      return box;
    }
    case 'done': {
      // `=== false`: a state from an older content script has no such field.
      if (state.languageSupported === false) return renderUnsupportedLanguage(ctx, state);
      const view = summaryView(state);
      if (!view) {
        return message(ctx, 'stateNoAttributions',
          hiddenNote(ctx),
          state.chars ? h(doc, 'p', { class: 'hint' }, t('stateCharsAnalyzed', state.chars.toLocaleString(t.lang))) : null,
          skippedNotes(ctx, state));
      }
      const box = h(doc, 'div', { class: 'summary-wrap' }, renderSummary(ctx, state, view));
      return box;
    }
  }
}

/** An article in a language the engine does not read: say which, highlight nothing. */
function renderUnsupportedLanguage(ctx: RenderContext, state: PageState): HTMLElement {
  const { doc, t } = ctx;
  const known = state.lang && state.lang !== 'und';
  const text = known ? t('stateUnsupportedLanguage', languageName(state.lang!, t.lang, t)) : t('stateUnsupportedLanguageUnknown');
  return h(doc, 'div', { class: 'state', 'data-testid': 'unsupported-language' }, h(doc, 'p', { class: 'state-msg' }, text),
    h(doc, 'p', { class: 'hint' }, t('stateUnsupportedLanguageHint')));
}

function skippedNotes(ctx: RenderContext, state: PageState): HTMLElement | null {
  // A state from an older content script may carry only the English strings.
  const notes = state.skipNotes ? state.skipNotes.map((n) => skipNoteText(ctx.t, n)) : state.skipped;
  if (!notes.length) return null;
  return h(ctx.doc, 'ul', { class: 'skipped', 'aria-label': ctx.t('skippedLabel') },
    ...notes.map((s) => h(ctx.doc, 'li', {}, s)));
}

/** One skip note in the UI language. */
export function skipNoteText(t: Translator, n: SkipNote): string {
  switch (n.reason) {
    case 'char-limit': return t.plural('skippedCharLimit', n.limit, n.limit.toLocaleString(t.lang));
    case 'hidden': return t.plural('skippedHidden', n.count);
  }
}

function renderSummary(ctx: RenderContext, state: PageState, view: SummaryView): HTMLElement {
  const { doc } = ctx;
  return h(doc, 'div', { class: 'summary' },
    renderProfile(ctx, view.profile),
    hiddenNote(ctx),
    renderFlags(ctx, view),
    renderChains(ctx, view.chains),
    h(doc, 'div', { class: 'groups' }, ...view.groups.map((g) => renderGroup(ctx, g))),
    skippedNotes(ctx, state));
}

/** What the summary leaves out because the options switch it off (it is not highlighted either). */
function hiddenNote(ctx: RenderContext): HTMLElement | null {
  const hidden = ctx.hidden ?? [];
  if (!hidden.length) return null;
  const n = hidden.reduce((sum, g) => sum + g.count, 0);
  const names = hidden.map((g) => ctx.t(gradeLabelKey(g.grade))).join(', ');
  return h(ctx.doc, 'p', { class: 'hint hidden-grades', 'data-testid': 'hidden-grades' }, ctx.t.plural('hiddenGrades', n, names));
}

function renderProfile(ctx: RenderContext, p: Profile): HTMLElement {
  const { doc, t } = ctx;
  const parts: [string, number, string][] = [
    ['named', p.shown.named, t('legendNamed')],
    ['anonymous', p.shown.anonymous, t('legendAnonymous')],
    ['unattributed', p.shown.unattributed, t('legendUnattributed')],
  ];
  const label = parts.map(([, v, name]) => `${name} ${t.percent(v)}`).join(', ');
  const bar = h(doc, 'div', { class: 'bar', role: 'img', 'aria-label': label },
    ...parts.filter(([, v]) => v > 0).map(([k, v]) => {
      const seg = h(doc, 'span', { class: `seg seg-${k}` });
      seg.style.width = `${(v * 100).toFixed(1)}%`;
      return seg;
    }));
  const legend = h(doc, 'ul', { class: 'legend', 'aria-hidden': 'true' },
    ...parts.map(([k, v, name]) => h(doc, 'li', {}, h(doc, 'span', { class: `swatch seg-${k}` }), `${name} ${t.percent(v)}`)));
  return h(doc, 'section', { class: 'profile', 'aria-label': t('profileLabel') },
    h(doc, 'p', { class: 'totals', 'data-testid': 'totals' },
      h(doc, 'strong', {}, t.plural('profileSources', p.sources)), ' · ', t.plural('profileClaims', p.claims), ' · ',
      h(doc, 'span', { 'data-testid': 'anonymous-share' }, t('profileAnonymousShare', t.percent(p.shown.anonymous)))),
    bar, legend);
}

function claimButton(ctx: RenderContext, c: ClaimView): HTMLElement {
  const { doc, t } = ctx;
  return h(doc, 'button', { type: 'button', class: c.direct ? 'claim direct' : 'claim', 'data-attribution': c.attribution, 'data-focus-key': `claim:${c.attribution}` },
    c.direct ? h(doc, 'span', { class: 'quote-mark', 'aria-label': t('directQuote'), title: t('directQuote') }, '“') : null,
    c.excerpt);
}

/** Flags a reader cares about, one collapsed line per kind with its count. */
function renderFlags(ctx: RenderContext, view: SummaryView): HTMLElement | null {
  const { doc, t } = ctx;
  const blocks: HTMLElement[] = [];
  const { noReason, singleAnonymous } = view.flags;
  if (noReason.length) {
    blocks.push(details(ctx, 'flag:no-reason', false, 'flag flag-no-reason',
      [h(doc, 'span', { class: 'flag-text' }, t.plural('flagNoReasonCount', noReason.length))],
      h(doc, 'ul', {}, ...noReason.map((sp) => {
        const first = sp.claims[0];
        return h(doc, 'li', {}, first
          ? h(doc, 'button', { type: 'button', class: 'link', 'data-attribution': first.attribution, 'data-focus-key': `flag-reason:${sp.key}` }, sp.speaker)
          : sp.speaker);
      }))));
  }
  if (singleAnonymous.length) {
    blocks.push(details(ctx, 'flag:single', false, 'flag flag-single',
      [h(doc, 'span', { class: 'flag-text' }, t.plural('flagSingleCount', singleAnonymous.length))],
      h(doc, 'ul', {}, ...singleAnonymous.map((c) => h(doc, 'li', {}, claimButton(ctx, c))))));
  }
  if (!blocks.length) return null;
  return h(doc, 'section', { class: 'flags', 'aria-label': t('flagsHeading') }, ...blocks);
}

function renderChains(ctx: RenderContext, chains: ChainView[]): HTMLElement | null {
  const { doc, t } = ctx;
  if (!chains.length) return null;
  return h(doc, 'section', { class: 'chains', 'aria-labelledby': 'chains-heading' },
    h(doc, 'h2', { id: 'chains-heading' }, t('chainsHeading')),
    h(doc, 'ul', {}, ...chains.map((c, i) => h(doc, 'li', {},
      h(doc, 'button', {
        type: 'button', class: 'chain', 'data-attribution': c.focus, 'data-focus-key': `chain:${i}`,
        'aria-label': t('chainLabel', c.speakers.join(` ${t('chainVia')} `)),
      }, ...c.speakers.flatMap((s, j) => [
        j ? h(doc, 'span', { class: 'arrow', 'aria-hidden': 'true' }, ' ← ') : null,
        h(doc, 'span', { class: 'chain-speaker' }, s),
      ]))))));
}

function details(ctx: RenderContext, key: string, openByDefault: boolean, cls: string, summary: HTMLElement[], body: HTMLElement): HTMLDetailsElement {
  const d = h(ctx.doc, 'details', { class: cls, 'data-key': key }, h(ctx.doc, 'summary', { 'data-focus-key': `summary:${key}` }, ...summary), body);
  d.open = ctx.open.has(key) || (openByDefault && !ctx.open.has(`closed:${key}`));
  return d;
}

function renderGroup(ctx: RenderContext, g: GradeGroup): HTMLElement {
  const { doc, t } = ctx;
  const key = `grade:${g.grade}`;
  return details(ctx, key, true, `grade grade-${g.grade}`,
    [h(doc, 'span', { class: 'grade-name' }, t(gradeLabelKey(g.grade))),
      h(doc, 'span', { class: 'count', 'aria-label': t.plural('mentionsCount', g.count) }, String(g.count))],
    h(doc, 'ul', { class: 'speakers' }, ...g.speakers.map((sp) => h(doc, 'li', {}, renderSpeaker(ctx, sp)))));
}

function renderSpeaker(ctx: RenderContext, sp: SpeakerView): HTMLElement {
  const { doc, t } = ctx;
  const name = sp.grade === 'unattributed' ? t('unattributedSpeaker') : sp.speaker;
  return details(ctx, `speaker:${sp.key}`, false, 'speaker',
    [h(doc, 'span', { class: 'speaker-name' }, name),
      sp.noReason ? h(doc, 'span', { class: 'tag', title: t('flagNoReason') }, t('tagNoReason')) : null,
      h(doc, 'span', { class: 'count', 'aria-label': t.plural('mentionsCount', sp.count) }, String(sp.count))].filter((x): x is HTMLElement => x !== null),
    h(doc, 'ul', { class: 'claims' }, ...sp.claims.map((c) => h(doc, 'li', {}, claimButton(ctx, c)))));
}

export function renderFooter(ctx: RenderContext, canExport: boolean, commands: CommandInfo[], settingsNotice = false): HTMLElement[] {
  const { doc, t } = ctx;
  const out: HTMLElement[] = [];
  if (settingsNotice) out.push(h(doc, 'p', { class: 'settings-notice', role: 'note' }, t('popupSettingsNotice')));
  if (canExport) {
    out.push(h(doc, 'div', { class: 'export' },
      h(doc, 'button', { type: 'button', 'data-action': 'copy-md' }, t('exportCopyMarkdown')),
      h(doc, 'button', { type: 'button', 'data-action': 'download-json' }, t('exportDownloadJson'))));
  }
  const keys = commands.filter((c) => c.shortcut);
  if (keys.length) {
    const list = h(doc, 'dl', {}, ...keys.flatMap((c) => [
      h(doc, 'dt', {}, h(doc, 'kbd', {}, c.shortcut)),
      h(doc, 'dd', {}, commandLabel(t, c)),
    ]));
    out.push(details(ctx, 'shortcuts', false, 'shortcuts', [h(doc, 'span', {}, t('shortcutsHeading'))], list));
  }
  out.push(h(doc, 'button', { type: 'button', class: 'link', 'data-action': 'options' }, t('openOptions')));
  return out;
}

function commandLabel(t: Translator, c: CommandInfo): string {
  const key = { 'toggle-highlights': 'commandToggle', 'next-attribution': 'commandNext', 'previous-attribution': 'commandPrevious' }[c.name];
  return key ? t(key) : c.description || c.name;
}
