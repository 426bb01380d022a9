// Every UI string exists in English and Russian, with the same substitutions,
// and every key the code asks for exists.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GRADES } from '../../src/engine/types.js';
import { gradeLabelKey } from '../../src/extension/popup/view-model.js';
import { messages } from './dom.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LANGS = ['en', 'ru'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function files(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(ts|html)$/.test(f)) out.push(p);
  }
  return out;
}

/** Keys named literally in our extension sources, the manifest, and built from grade names. */
function usedKeys(): { plain: Set<string>; plural: Set<string> } {
  const plain = new Set<string>();
  const plural = new Set<string>();
  const src = files(join(root, 'src/extension')).map((p) => readFileSync(p, 'utf8')).join('\n');
  for (const m of src.matchAll(/\bt\('([A-Za-z_]+)'/g)) plain.add(m[1]!);
  for (const m of src.matchAll(/\bt\.plural\('([A-Za-z_]+)'/g)) plural.add(m[1]!);
  for (const m of src.matchAll(/data-i18n="([A-Za-z_]+)"/g)) plain.add(m[1]!);
  for (const m of src.matchAll(/'((?:state|settingsNotice|preview|command)[A-Z][A-Za-z]*)'/g)) plain.add(m[1]!);
  const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
  for (const m of manifest.matchAll(/__MSG_([A-Za-z_]+)__/g)) plain.add(m[1]!);
  for (const g of GRADES) plain.add(gradeLabelKey(g));
  return { plain, plural };
}

describe('locales', () => {
  const table = Object.fromEntries(LANGS.map((l) => [l, messages(l)])) as Record<(typeof LANGS)[number], Record<string, { message: string }>>;

  it('English and Russian have the same non-plural keys', () => {
    const plain = (l: (typeof LANGS)[number]) => Object.keys(table[l]).filter((k) => !PLURAL.test(k)).sort();
    assert.deepEqual(plain('ru'), plain('en'));
  });

  it('each plural key has every category its language needs', () => {
    const bases = new Set(Object.keys(table.en).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    for (const l of LANGS) {
      const cats = new Intl.PluralRules(l).resolvedOptions().pluralCategories;
      for (const b of bases) for (const c of cats) assert.ok(table[l][`${b}_${c}`], `${l}: ${b}_${c} missing`);
      const own = new Set(Object.keys(table[l]).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      assert.deepEqual([...own].sort(), [...bases].sort());
    }
  });

  it('every key the code uses exists in both', () => {
    const { plain, plural } = usedKeys();
    assert.ok(plain.size > 60, `found only ${plain.size} keys: the scan is broken`);
    for (const l of LANGS) {
      for (const k of plain) assert.ok(table[l][k], `${l}: "${k}" missing`);
      for (const k of plural) assert.ok(table[l][`${k}_other`], `${l}: plural "${k}" missing`);
    }
  });

  it('translations keep the same substitutions ($1 …)', () => {
    for (const [k, v] of Object.entries(table.en)) {
      const subs = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort().join();
      assert.equal(subs(table.ru[k]!.message), subs(v.message), `"${k}" substitutions differ`);
    }
  });

  it('no message is empty, and key names are valid for both browsers', () => {
    for (const l of LANGS) {
      for (const [k, v] of Object.entries(table[l])) {
        assert.match(k, /^[A-Za-z0-9_]+$/);
        assert.ok(v.message.trim() || k === 'previewStop', `${l}: "${k}" is empty`);
      }
    }
  });

  it('the manifest name and description fit the stores\' limits (45 and 132 characters)', () => {
    for (const l of LANGS) {
      assert.ok(table[l].extName!.message.length <= 45, `${l} name too long`);
      assert.ok(table[l].extDescription!.message.length <= 132, `${l} description: ${table[l].extDescription!.message.length}`);
    }
  });
});
