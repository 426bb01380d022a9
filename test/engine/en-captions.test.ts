// English captions: "“Off duty,” she captioned the post" and "she captioned the
// photo “Lessons learned”" report the caption as the poster's words; a caption
// with no quotation beside it ("the photos were captioned by the editors")
// reports nothing.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: captions', () => {
  for (const [t, content] of [
    ['Singer Ana Ruiz posted a photo of the stage. “Last night was magic,” she captioned the post.', 'Last night was magic'],
    ['Singer Ana Ruiz posted a photo of the stage and captioned it “Last night was magic.”', 'Last night was magic'],
  ] as const) {
    it(`reports the caption in "${t.slice(45)}"`, () => {
      const a = attributions(t).find((x) => x.cue === 'captioned');
      assert.ok(a, JSON.stringify(attributions(t)));
      assert.equal(a.speaker, 'Ana Ruiz');
      assert.equal(a.content, content);
      assert.equal(a.direct, true);
    });
  }

  it('reports nothing for a caption with no quotation', () => {
    assert.deepEqual(attributions('The photos were captioned by the editors.'), []);
  });
});

describe('English: "adding" a thing', () => {
  it('reports nothing for a participle "adding" with only a thing after it', () => {
    const t = 'Singer Ana Ruiz posted a photo of the stage. “Last night was magic,” she captioned the post, adding a heart emoji.';
    assert.deepEqual(attributions(t).filter((a) => a.cue === 'adding'), []);
  });

  it('still reports "adding" with a clause', () => {
    const t = 'The mayor said the pool would close, adding a new one would open in May.';
    const a = attributions(t).find((x) => x.cue === 'adding');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.content, 'a new one would open in May');
  });
});
