// "Prize chair defends shortlist: ‘I read every book’": a headline whose subject acts, then a colon and a quotation
// closing it, quotes the subject; with no verb of saying the cue is the opening quotation mark (FORMAT). A bare office
// ("chair") is the holder the body names.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: headline "X does Y: ‘…’"', () => {
  it('an office takes its holder named below', () => {
    const t = 'Festival chair defends line-up: ‘I heard every band’\n\nThe chair of the festival board, Ama Owusu, said every act had been heard.';
    const a = attributions(t).find((x) => x.cue === '‘');
    assert.equal(a?.speaker, 'Ama Owusu');
    assert.equal(a?.content, 'I heard every band');
    assert.equal(a?.direct, true);
  });

  it('a named subject speaks by name', () => {
    const t = 'Ann Roe defends plan: ‘It will work’\n\nAnn Roe, the mayor, spoke on Monday.';
    assert.equal(attributions(t).find((x) => x.cue === '‘')?.speaker, 'Ann Roe');
  });

  it('a verb of saying keeps its own cue, once', () => {
    const t = 'Ann Roe hits back: ‘I did nothing wrong’\n\nAnn Roe, the mayor, spoke on Monday.';
    assert.equal(attributions(t).length, 1);
  });
});
