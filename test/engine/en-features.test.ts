// Feature and sports writing: a manner of speaking beside a quotation
// ("shrugged:", "she laughed"), "admitted afterwards that", a claim inside a
// relative clause, and bodies named by their service. Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: a manner of speaking beside a quotation', () => {
  it('"the manager shrugged: “…”" and "“…,” laughed Hale" report the quotation', () => {
    assert.equal(one('Asked about the penalty, the manager shrugged: “It is football.”', 'shrugged').content, 'It is football.');
    assert.equal(one('“We got lucky,” laughed Hale.', 'laughed').speaker, 'Hale');
  });

  it('without a quotation, or as a participle after another cue, it reports nothing', () => {
    assert.deepEqual(attributions('The crowd laughed at the joke.'), []);
    assert.deepEqual(attributions('He smiled and walked away.'), []);
    assert.deepEqual(attributions('“He was right about that,” she adds, laughing.').map((a) => a.cue), ['adds']);
  });
});

describe('English: claim boundaries in features', () => {
  it('"admitted afterwards that …" leaves the time out of the claim', () => {
    assert.equal(one('The striker admitted afterwards that the team had been lucky.', 'admitted').content, 'the team had been lucky');
  });

  it('"The charge, which the council says will cut traffic, starts in May": the claim ends with the relative clause', () => {
    assert.equal(one('The charge, which the council says will cut traffic by a fifth, starts in May.', 'says').content, 'will cut traffic by a fifth');
  });

  it('"according to the fire service" names the service', () => {
    const a = one('The blaze started in a barn, according to the fire service.', 'according to');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'The blaze started in a barn');
  });
});

describe('English: a stated opinion and a mixed-case acronym', () => {
  it('"In his view, X" is the view of the man named before', () => {
    const t = 'The harbour master, Tom Reid, has worked at the port for 30 years. In his view, the storm was the worst he had seen.';
    const a = one(t, 'In his view');
    assert.equal(a.speaker, 'Tom Reid');
    assert.equal(a.content, 'the storm was the worst he had seen');
    assert.equal(one('In the minister\'s opinion, the deal was fair.', 'In the minister\'s opinion').content, 'the deal was fair');
  });

  it('"In his view" with nobody to point to reports nothing', () => {
    assert.deepEqual(attributions('In his view, the storm was the worst in years.'), []);
  });

  it('"Transport for London (TfL)": a later "TfL" is the same body', () => {
    const t = 'Transport for London (TfL) said the charge would raise £80m. TfL added that the money would go to buses.';
    assert.deepEqual(attributions(t).map((a) => a.speaker), ['Transport for London', 'Transport for London']);
  });
});

describe('English: "warned X of Y"', () => {
  it('the warning is what follows "of" or "about"', () => {
    assert.equal(one('Officials warned residents of more flooding this week.', 'warned').content, 'more flooding this week');
    assert.equal(one('Chinese officials had privately warned Dutch diplomats of “consequences” for Dutch firms.', 'warned').content, '“consequences” for Dutch firms');
  });

  it('one quoted word is a claim, even inside another report', () => {
    const t = 'The Post reported that officials had warned diplomats of “consequences”.';
    const a = one(t, 'warned');
    assert.equal(a.content, 'consequences');
    assert.equal(a.direct, true);
  });

  it('a directive without "of" is untouched: "warned them not to …"', () => {
    assert.match(one('The judge warned them not to research the case online.', 'warned').content, /not to research the case online$/);
  });
});
