import assert from 'node:assert/strict';
import { analyze, summary } from '../../src/engine/index.js';
import { markdownReport } from '../../src/cli/markdown.js';

function report(text: string): string {
  const a = analyze(text, { lang: 'en' });
  return markdownReport({ file: 'story.txt', lang: a.lang, attributions: a.attributions, summary: summary(a, text) });
}

describe('CLI --markdown', () => {
  const md = report('The mayor of Brookvale, Dana Ruiz, said the bridge would reopen in May. ' +
    'The Harbour Gazette reported that repairs had cost twice the estimate. ' +
    'Officials who asked not to be named said the contractor had been warned.');

  it('groups speakers under one heading per grade, each heading after a blank line so it ends the list before it', () => {
    const lines = md.split('\n');
    const headings = lines.flatMap((l, i) => (l.startsWith('## ') ? [i] : []));
    assert.ok(headings.length >= 3, md);
    for (const i of headings) {
      assert.equal(lines[i - 1], '', `no blank line before ${lines[i]}`);
      assert.equal(lines[i + 1], '', `no blank line after ${lines[i]}`);
    }
  });

  it('names each source with its number of claims, and the claims beneath it', () => {
    assert.match(md, /^- \*\*Dana Ruiz\*\* \(1\)\n {2}- the bridge would reopen in May$/m);
    assert.match(md, /^- \*\*Harbour Gazette\*\* \(1\)$/m);
  });

  it('escapes Markdown in speakers and claims, so a page cannot format the report', () => {
    const odd = report('Lee said that *all* [links](x) are `fine`.');
    assert.match(odd, /\\\*all\\\* \\\[links\\\]\(x\) are \\`fine\\`/);
  });
});
