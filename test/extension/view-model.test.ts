import { strict as assert } from 'node:assert';
import { chainViews, groupByGrade, popupState, profileOf, shownKey, summaryView, wholePercents } from '../../src/extension/popup/view-model.js';
import { doneState, stateFrom } from './fixtures.js';

describe('popup view model', () => {
  const state = doneState();
  const view = summaryView(state)!;

  it('the body state is the page state, or "unavailable" without one', () => {
    assert.equal(popupState(null), 'unavailable');
    assert.equal(popupState(state), 'done');
    assert.equal(popupState({ ...state, state: 'not-article' }), 'not-article');
  });

  it('groups speakers by grade in reading order: people, media, anonymous, unattributed', () => {
    assert.deepEqual(groupByGrade(state.summary!).map((g) => g.grade), ['person', 'media', 'anonymous-described', 'unattributed']);
    const media = view.groups.find((g) => g.grade === 'media')!;
    assert.deepEqual(media.speakers.map((s) => s.speaker).sort(), ['The Guardian', 'Zakon.kz']);
    assert.equal(media.count, 2);
  });

  it('marks direct quotes among a speaker\'s claims', () => {
    const person = view.groups.find((g) => g.grade === 'person')!.speakers[0]!;
    assert.equal(person.speaker, 'Anna Petrova');
    assert.equal(person.claims[0]!.direct, true);
  });

  it('profile shares come from the summary and add up to one', () => {
    const p = profileOf(state.summary!);
    assert.equal(p.claims, 5);
    assert.ok(Math.abs(p.named + p.anonymous + p.unattributed - 1) < 1e-9);
    assert.equal(p.anonymous, 2 / 5); // "the deal was off" and "the date was set for May"
    assert.equal(p.unattributed, 1 / 5);
  });

  it('profile shares are shown as whole percents that add up to 100 (6, 1 and 1 of 8 claims: 75, 13, 12)', () => {
    const s = state.summary!;
    const p = profileOf({ ...s, totals: { ...s.totals, claims: 8 }, anonymousShare: 1 / 8, unattributedShare: 1 / 8 });
    assert.deepEqual(p.shown, { named: 0.75, anonymous: 0.13, unattributed: 0.12 });
    assert.deepEqual(wholePercents([1 / 3, 1 / 3, 1 / 3]), [34, 33, 33]);
    assert.deepEqual(wholePercents([0.4, 0.4, 0.2]), [40, 40, 20]);
    assert.deepEqual(wholePercents([0, 0, 0]), [0, 0, 0]);
    for (let claims = 1; claims <= 40; claims++) {
      for (let a = 0; a <= claims; a++) {
        for (let u = 0; u <= claims - a; u++) {
          const sum = wholePercents([(claims - a - u) / claims, a / claims, u / claims]).reduce((x, y) => x + y, 0);
          assert.equal(sum, 100, `${claims - a - u}/${a}/${u}`);
        }
      }
    }
  });

  it('a state is shown again when a speaker is renamed with every total unchanged (the page\'s full re-analysis once quiet)', () => {
    const s = state.summary!;
    const renamed = { ...state, summary: { ...s, speakers: s.speakers.map((sp, i) => (i === 0 ? { ...sp, speaker: 'Anna V. Petrova' } : sp)) } };
    assert.notEqual(shownKey(renamed), shownKey(state));
    assert.equal(shownKey(structuredClone(state)), shownKey(state));
  });

  it('draws the citation chain outermost first and focuses the innermost source', () => {
    const chains = chainViews(state.summary!);
    assert.equal(chains.length, 1);
    assert.deepEqual(chains[0]!.speakers, ['Zakon.kz', 'The Guardian', 'a source among US officials']);
    assert.equal(chains[0]!.focus, 2);
  });

  it('flags anonymous speakers with no reason given, not those with one', () => {
    const names = view.flags.noReason.map((s) => s.speaker).sort();
    assert.deepEqual(names, ['Officials familiar with the matter', 'a source among US officials']);
  });

  it('flags a claim resting on one singular anonymous source, not plural ones or claims with a named backer', () => {
    assert.deepEqual(view.flags.singleAnonymous.map((c) => c.excerpt), ['the date was set for May']);
  });

  it('no summary view when nothing was found', () => {
    assert.equal(summaryView(stateFrom('Nothing here.', [])), null);
    assert.equal(summaryView({ ...state, summary: null }), null);
  });
});
