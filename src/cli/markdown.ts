// A readable who-said-what report for the CLI's --markdown.
import type { FileResult } from './whosaid.js';
import { LANGUAGES } from '../engine/lang/index.js';

const GRADE_LABEL: Record<string, string> = {
  person: 'People', organization: 'Organizations and governments', media: 'Media', document: 'Documents',
  'anonymous-described': 'Anonymous (described)', 'anonymous-bare': 'Anonymous (bare)', 'vague-group': 'Vague groups',
  unattributed: 'Unattributed',
};

const pct = (x: number) => `${Math.round(x * 100)}%`;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').replace(/([*_`|\[\]])/g, '\\$1');

export function markdownReport(r: FileResult): string {
  const s = r.summary;
  const lines: string[] = [`# Who said what: ${r.file}`, ''];
  lines.push(`Language: ${r.lang}. Sources: ${s.totals.sources}; claims: ${s.totals.claims}; resting on anonymous sources: ${pct(s.anonymousShare)}; unattributed: ${pct(s.unattributedShare)}.`, '');
  if (r.skipped?.length) lines.push(`Skipped: ${r.skipped.join('; ')}`, '');
  let grade = '';
  for (const sp of s.speakers) {
    if (sp.grade !== grade) {
      // A blank line ends the previous grade's list, so the heading is not read as part of it.
      if (grade) lines.push('');
      grade = sp.grade;
      lines.push(`## ${GRADE_LABEL[grade] ?? grade}`, '');
    }
    lines.push(`- **${oneLine(sp.speaker)}** (${sp.count})${sp.kind === 'anonymous' && !sp.anonymityReason ? ' — no reason given for anonymity' : ''}`);
    for (const c of sp.claims) lines.push(`  - ${c.direct ? '“' + oneLine(c.excerpt) + '”' : oneLine(c.excerpt)}`);
  }
  if (r.supported === false) lines.push(`Not analyzed: the text is not in a language Whosaid reads (${LANGUAGES.map((m) => m.name).join(', ')}); use --lang to force one.`);
  else if (!s.speakers.length) lines.push('No attributions found.');
  if (s.chains.length) {
    lines.push('', '## Who cites whom', '');
    for (const c of s.chains) lines.push(`- ${c.speakers.map(oneLine).join(' ← ')}`);
  }
  return lines.join('\n');
}
