// English: an acronym in brackets after a body's name stands for that body
// later in the story. A small joining word may give a capital of its own
// ("Ministry of Manpower (MOM)", "Department of Justice (DOJ)").
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: an acronym whose letters include a joining word', () => {
  it('names the body in full', () => {
    const t = 'Riders asked the Ministry of Manpower (MOM) to require rest breaks.\n\nMOM said it was monitoring heat stress.';
    const a = attributions(t).find((x) => x.source === 'MOM');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.speaker, 'Ministry of Manpower');
  });
});
