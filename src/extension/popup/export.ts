// Export of a page's summary: Markdown for pasting (in the UI language) and
// JSON in the engine's format (the same fields as the CLI's --jsonl object).
import type { PageState } from '../../shared/types.js';
import type { Translator } from '../i18n.js';
import { gradeLabelKey, summaryView } from './view-model.js';
import type { HiddenGrade } from '../shown-state.js';

/** Page text must not turn into Markdown markup (links, emphasis, headings). */
export function mdEscape(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_{}\[\]()#+!|<>~])/g, '\\$1').trim();
}

/** `hidden`: grades switched off in the options, left out of `state` (shownState): said so, as the popup does. */
export function markdownSummary(state: PageState, t: Translator, hidden: HiddenGrade[] = []): string {
  const view = summaryView(state);
  const lines: string[] = [`# ${t('exportHeading')}: ${mdEscape(state.title || state.url)}`, ''];
  if (state.url) lines.push(`<${state.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  const note = hidden.length
    ? t.plural('hiddenGrades', hidden.reduce((n, g) => n + g.count, 0), hidden.map((g) => t(gradeLabelKey(g.grade))).join(', '))
    : null;
  if (!view) {
    lines.push(t('stateNoAttributions'));
    if (note) lines.push('', note);
    return lines.join('\n') + '\n';
  }
  const p = view.profile;
  lines.push(
    `${t.plural('profileSources', p.sources)} · ${t.plural('profileClaims', p.claims)} · `
      + `${t('legendNamed')} ${t.percent(p.shown.named)} · ${t('legendAnonymous')} ${t.percent(p.shown.anonymous)} · `
      + `${t('legendUnattributed')} ${t.percent(p.shown.unattributed)}`,
    '',
  );
  if (note) lines.push(note, '');
  for (const g of view.groups) {
    lines.push(`## ${t(gradeLabelKey(g.grade))} (${g.count})`, '');
    for (const sp of g.speakers) {
      const name = g.grade === 'unattributed' ? t('unattributedSpeaker') : sp.speaker;
      const note = sp.noReason ? ` — ${t('flagNoReasonShort')}` : '';
      lines.push(`- **${mdEscape(name)}** (${sp.count})${note}`);
      for (const c of sp.claims) {
        const text = mdEscape(c.excerpt);
        lines.push(`  - ${c.direct ? `“${text}”` : text}`);
      }
    }
    lines.push('');
  }
  if (view.chains.length) {
    lines.push(`## ${t('chainsHeading')}`, '');
    for (const c of view.chains) lines.push(`- ${c.speakers.map(mdEscape).join(' ← ')}`);
    lines.push('');
  }
  if (view.flags.noReason.length || view.flags.singleAnonymous.length) {
    lines.push(`## ${t('flagsHeading')}`, '');
    for (const sp of view.flags.noReason) lines.push(`- ${t('flagNoReasonItem', mdEscape(sp.speaker))}`);
    for (const c of view.flags.singleAnonymous) lines.push(`- ${t('flagSingleItem', mdEscape(c.excerpt))}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function jsonSummary(state: PageState): string {
  return JSON.stringify({
    url: state.url,
    title: state.title,
    lang: state.lang,
    chars: state.chars,
    attributions: state.attributions,
    summary: state.summary,
  }, null, 2);
}

/** whosaid-<host>-<yyyy-mm-dd>.json */
export function exportFilename(state: PageState, now: Date, ext: string): string {
  let host = 'page';
  try { host = new URL(state.url).hostname.replace(/^www\./, '') || 'page'; } catch { /* keep "page" */ }
  const day = now.toISOString().slice(0, 10);
  return `whosaid-${host.replace(/[^\p{L}\p{N}.-]/gu, '_')}-${day}.${ext}`;
}
