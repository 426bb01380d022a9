// English reasons cited in quotation marks: "…, citing “medical advice”",
// "board cites ‘governance lapses’" report the quoted reason as the subject's
// words; "citing people familiar with the matter" still names a source after it.
// A participle after a dateline ("LEEDS: The board … has removed …, citing …")
// hangs on the sentence's subject.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';
import { tokenize } from '../../src/engine/lang/en/tokens.js';
import { findCues } from '../../src/engine/lang/en/cues.js';

describe('English: a reason cited in quotation marks', () => {
  it('is the subject’s words after a report', () => {
    const t = 'Ana Ruiz has cancelled her tour, her label announced on Friday, citing “medical advice” but giving no details.';
    const cited = attributions(t).find((a) => a.cue === 'citing');
    assert.ok(cited, JSON.stringify(attributions(t)));
    assert.equal(cited.source, 'her label');
    assert.equal(cited.content, 'medical advice');
    assert.equal(cited.direct, true);
  });

  it('is the subject’s words after an act, behind a dateline', () => {
    const t = 'LEEDS: The board of Halden Foods has removed co-founder Tom Hale as chief executive, citing “serious lapses in governance”.';
    const cited = attributions(t).find((a) => a.cue === 'citing');
    assert.ok(cited, JSON.stringify(attributions(t)));
    assert.equal(cited.speaker, 'board of Halden Foods');
    assert.equal(cited.content, 'serious lapses in governance');
  });

  it('still takes "citing <people>" as a source after the cue', () => {
    const t = 'Halden Foods is weighing a sale of its bakery unit, the Ledger reported, citing people familiar with the matter.';
    const cited = attributions(t).find((a) => a.cue === 'citing');
    assert.ok(cited, JSON.stringify(attributions(t)));
    assert.equal(cited.source, 'people familiar with the matter');
  });
});

describe('English: only the forms of "cite" cite', () => {
  it('takes no cue from a word that is a property of every object ("constructor")', () => {
    const t = 'The constructor “Halden Build” was fined on Monday.';
    assert.deepEqual(attributions(t).filter((a) => a.cue === 'constructor'), []);
    const toks = tokenize(t, 0, t.length);
    assert.deepEqual(findCues(toks).map((c) => toks[c.from]!.text), [], 'no cue at all in the sentence');
  });
});
