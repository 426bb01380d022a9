// The project's own gold check sets stay well-formed (FORMAT.md): every span
// names exactly its text, and only unattributed entries lack a source.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

const SETS = readdirSync(FIXTURES).filter((d) => /^check\d*$/.test(d)).sort();

describe(`check sets (test/fixtures/${SETS.join(', ')})`, () => {
  it('there are check sets to look at', () => assert.ok(SETS.length >= 8));
  for (const set of SETS) {
    for (const lang of ['en', 'ru']) {
      const dir = join(FIXTURES, set, lang);
      if (!existsSync(dir)) continue;
      it(`${set}/${lang}: spans match their text and kinds their sources`, () => {
        const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
        assert.ok(files.length >= 5, 'a set has at least five articles');
        for (const f of files) {
          const doc = JSON.parse(readFileSync(join(dir, f), 'utf8'));
          assert.equal(doc.lang, lang, f);
          for (const a of doc.attributions) {
            for (const key of ['source', 'cue'] as const) {
              const s = a[key];
              if (s) assert.equal(doc.text.slice(s.start, s.end), s.text, `${f}: ${key} ${JSON.stringify(s.text)}`);
            }
            assert.ok(a.content.start < a.content.end && a.content.end <= doc.text.length, `${f}: content in range`);
            assert.equal(a.source === null, a.kind === 'unattributed', `${f}: only unattributed entries lack a source`);
          }
        }
      });
    }
  }
});
