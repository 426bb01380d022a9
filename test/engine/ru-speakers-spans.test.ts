// Russian speakers and claim spans on writing unlike the dev set, one
// specification per rule, on sentences written for this file: words that
// open a sentence before its subject, names whose case the context decides,
// words quoted through someone else, where a claim ends.
import assert from 'node:assert/strict';
import { analyze } from '../../src/engine/index.js';

interface Seen { kind: string; source: string | null; speaker: string | null; cue: string; content: string; direct: boolean }

function ru(text: string): Seen[] {
  return analyze(text, { lang: 'ru' }).attributions.map((x) => ({
    kind: x.kind, source: x.source?.text ?? null, speaker: x.speaker, cue: x.cue.text, content: text.slice(x.content.start, x.content.end), direct: x.direct,
  }));
}

function by(list: Seen[], cue: string): Seen {
  const found = list.filter((x) => x.cue === cue);
  assert.equal(found.length, 1, `expected one attribution with cue «${cue}», got ${JSON.stringify(list, null, 1)}`);
  return found[0]!;
}

describe('Russian: a word that opens the sentence is not its subject', () => {
  for (const opener of ['Там', 'Здесь', 'Тут', 'Наконец', 'Зато', 'Отдельно', 'Чуть позже', 'Спустя неделю', 'Вместе с тем', 'Далее']) {
    it(`"${opener} он заявил" → the pronoun speaks`, () => {
      const a = by(ru(`Депутат Кирилл Шубин приехал в Самару. ${opener} он заявил, что мост построят к зиме.`), 'заявил');
      assert.equal(a.source, 'он');
      assert.equal(a.speaker, 'Кирилл Шубин');
      assert.equal(a.content, 'мост построят к зиме');
    });
  }

  it('an opener before a title: "Зато глава района отметил" → глава района', () => {
    const a = by(ru('Зато глава района отметил, что автобусы пустят по новому графику.'), 'отметил');
    assert.equal(a.source, 'глава района');
  });
});
