// English lawsuits and complaints: a suit the story cites speaks as the one the
// text says brought it ("X has sued Y …", "X filed a lawsuit against Y"); when
// the text names no one who sued, the paper stays its own source.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

const bySpeaker = (t: string, cue: string) => attributions(t).filter((a) => a.cue === cue).map((a) => [a.kind, a.speaker]);

describe('English: lawsuits speak as the one who sued', () => {
  it('gives a complaint cited in the same sentence to the plaintiff', () => {
    const t = 'Chef Ana Ruiz has sued her former landlord over a lost deposit, according to a complaint filed Monday in Cook County Circuit Court.';
    assert.deepEqual(bySpeaker(t, 'according to'), [['named', 'Ana Ruiz']]);
  });

  it('gives "the lawsuit" to the body that filed it a paragraph before', () => {
    const t = 'The Harbour Workers Union filed a lawsuit against the port authority on Monday.\n\nThe lawsuit alleges that the authority cut safety patrols without notice.';
    assert.deepEqual(bySpeaker(t, 'alleges'), [['named', 'Harbour Workers Union']]);
  });

  it('does not take the one sued for the one who sued', () => {
    const t = 'The landlord was sued by a former tenant last year. The lawsuit alleges that he changed the locks.';
    assert.deepEqual(bySpeaker(t, 'alleges'), [['named', 'lawsuit']]);
  });
});
