// English reporting verbs: source before or after the cue, every inflection,
// appositives, split quotes, "according to", "X told Y".
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: verb cues', () => {
  it('finds the subject before "said" and the claim after it', () => {
    const a = one('Maria Lopez said the bridge would reopen in May.', 'said');
    assert.equal(a.source, 'Maria Lopez');
    assert.equal(a.speaker, 'Maria Lopez');
    assert.equal(a.content, 'the bridge would reopen in May');
    assert.equal(a.kind, 'named');
    assert.equal(a.direct, false);
  });

  it('drops "that" from the claim', () => {
    assert.equal(one('The mayor insisted that the budget was balanced.', 'insisted').content, 'the budget was balanced');
  });

  for (const [verb, sentence] of [
    ['says', 'Tom Brandt says the factory will close.'],
    ['saying', 'Tom Brandt is saying the factory will close.'],
    ['told', 'Tom Brandt told reporters the factory will close.'],
    ['wrote', 'Tom Brandt wrote that the factory will close.'],
    ['tweeted', 'Tom Brandt tweeted that the factory will close.'],
    ['argued', 'Tom Brandt argued that the factory will close.'],
    ['warned', 'Tom Brandt warned that the factory will close.'],
    ['denied', 'Tom Brandt denied that the factory will close.'],
    ['confirmed', 'Tom Brandt confirmed that the factory will close.'],
    ['believes', 'Tom Brandt believes the factory will close.'],
    ['added', 'Tom Brandt added that the factory will close.'],
  ] as const) {
    it(`reads "${verb}" as a cue`, () => {
      const a = one(sentence, verb);
      assert.equal(a.speaker, 'Tom Brandt');
      assert.equal(a.content, 'the factory will close');
    });
  }

  it('skips auxiliaries and adverbs between subject and verb', () => {
    const a = one('Tom Brandt has repeatedly said the factory will close.', 'said');
    assert.equal(a.source, 'Tom Brandt');
  });

  it('takes the inverted source after a quote: "…," said Jane Smith', () => {
    const t = '“We will not give up,” said Jane Smith, a nurse at the county hospital.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Jane Smith');
    assert.equal(a.content, 'We will not give up');
    assert.equal(a.direct, true);
  });

  it('takes the source before the verb after a quote: "…," Smith said', () => {
    const a = one('“The numbers are wrong,” Greg Olsen said.', 'said');
    assert.equal(a.speaker, 'Greg Olsen');
    assert.equal(a.content, 'The numbers are wrong');
    assert.equal(a.direct, true);
  });

  it('walks back over an appositive to the name', () => {
    const t = 'Rina Patel, a housing analyst at Northgate Capital, said rents would keep rising.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Rina Patel');
    assert.ok(a.source!.startsWith('Rina Patel'));
    assert.equal(a.content, 'rents would keep rising');
  });

  it('walks back over several appositives and a participle clause', () => {
    const t = 'Omar Haddad, the city treasurer, one of the plan’s authors, said the fund was empty.';
    assert.equal(one(t, 'said').speaker, 'Omar Haddad');
  });

  it('does not mistake a subject with an appositive for an inversion', () => {
    const t = 'Lena Fischer, director of the Water Institute, said the river was safe.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Lena Fischer');
    assert.equal(a.content, 'the river was safe');
  });

  it('joins a split quote into one covering claim: "A," he said, "B."', () => {
    const t = 'Paul Weber led the team for years.\n\n“We were tired,” he said, “but we kept going.”';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Paul Weber');
    assert.equal(a.content, 'We were tired,” he said, “but we kept going.');
    assert.equal(a.direct, true);
  });

  it('continues a quote in the next sentence of the paragraph', () => {
    const t = '“Prices went up,” Anna Berg said. “Nobody expected it.”';
    assert.equal(one(t, 'said').content, 'Prices went up,” Anna Berg said. “Nobody expected it.');
  });

  it('takes the quote that follows "said:"', () => {
    const t = 'Anna Berg said: “Nobody expected it.”';
    const a = one(t, 'said');
    assert.equal(a.content, 'Nobody expected it.');
    assert.equal(a.direct, true);
  });

  it('reads a trailing cue: "claim, she said."', () => {
    const t = 'Anna Berg runs the depot. The trucks will be late, she said.';
    const a = one(t, 'said');
    assert.equal(a.source, 'she');
    assert.equal(a.speaker, 'Anna Berg');
    assert.equal(a.content, 'The trucks will be late');
  });

  it('reads a parenthetical cue as covering the whole sentence', () => {
    const t = 'The deal, Anna Berg said, is not finished yet.';
    assert.equal(one(t, 'said').content, 'The deal, Anna Berg said, is not finished yet');
  });

  it('reads "according to X" before and after the claim', () => {
    const before = one('According to the Census Bureau, the town grew by 4 percent.', 'According to');
    assert.equal(before.content, 'the town grew by 4 percent');
    assert.equal(before.kind, 'named');
    const after = one('The town grew by 4 percent, according to Mark Ellis.', 'according to');
    assert.equal(after.speaker, 'Mark Ellis');
    assert.equal(after.content, 'The town grew by 4 percent');
  });

  it('skips the addressee of "told": X told Y that Z', () => {
    const a = one('Karen Holt told lawmakers on Tuesday that the audit was incomplete.', 'told');
    assert.equal(a.speaker, 'Karen Holt');
    assert.equal(a.content, 'the audit was incomplete');
  });

  it('keeps the particle of "called for" in the cue', () => {
    const a = one('Senator Ruth Lang called for an independent inquiry.', 'called for');
    assert.equal(a.content, 'an independent inquiry');
  });

  it('takes the next paragraph after a closing "said:"', () => {
    const t = 'Maria Lopez said:\n\nThe bridge will reopen in May.';
    assert.equal(one(t, 'said').content, 'The bridge will reopen in May');
  });

  it('takes the next paragraph after "In an interview, X said:"', () => {
    const t = 'In a long interview, Maria Lopez said:\n\nThe bridge will reopen in May.';
    assert.equal(one(t, 'said').content, 'The bridge will reopen in May');
  });

  it('reads "Name: claim" in a headline or a transcript', () => {
    const a = one('Maria Lopez: The Bridge Will Reopen in May\n\nThe city council met on Monday.', ':');
    assert.equal(a.speaker, 'Maria Lopez');
    const t = attributions('LOPEZ: Welcome back to the program.\n\nBRANDT: Thank you for having me.');
    assert.deepEqual(t.map((x) => x.source), ['LOPEZ', 'BRANDT']);
  });

  it('does not read nouns as verbs', () => {
    assert.deepEqual(attributions('The swing states of Ohio and Florida will decide the race.'), []);
    assert.deepEqual(attributions('Her claims about the merger were never tested.'), []);
    assert.deepEqual(attributions('People accused of fraud were released.'), []);
    assert.deepEqual(attributions('The New York Post ran the story.'), []);
  });

  it('does not read commitments as reports', () => {
    assert.deepEqual(attributions('Tom Brandt pledged to rebuild the school.'), []);
  });

  it('ignores cues inside someone else’s quotation', () => {
    const t = '“My father always said the sea was cruel,” Ines Mora said.';
    const all = attributions(t);
    assert.equal(all.length, 1);
    assert.equal(all[0]!.speaker, 'Ines Mora');
  });

  it('"in an interview with X" names the medium, not the source', () => {
    const all = attributions('“We lost the map,” Dana Ortiz explained in an interview with the Daily Ledger.');
    assert.equal(all.length, 1);
    assert.equal(all[0]!.speaker, 'Dana Ortiz');
  });

  it('does not read idioms and bare adjectives as sources', () => {
    assert.deepEqual(attributions('All told, the storm cost $2 million.'), []);
    assert.deepEqual(attributions('Republican claims a 2 to 1 margin in the county.'), []);
  });

  it('drops a "claim" that is only an adverb and a date', () => {
    assert.deepEqual(attributions('Dana Ortiz testified voluntarily in 1998.'), []);
  });
});

describe('English: "warned of <noun>"', () => {
  it('the noun after "warned of" is the warning, not an addressee', () => {
    assert.equal(one('The minister warned of job losses if the mill closed.', 'warned of').content, 'job losses if the mill closed');
  });

  it('an indefinite warning after "warn of" is still one ("doctors warn of a surge")', () => {
    const a = one('Doctors warned of a surge in heat stroke cases.', 'warned of');
    assert.equal(a.content, 'a surge in heat stroke cases');
  });

  it('a headline’s "as doctors warn of heat stroke surge"', () => {
    const a = one('Brenton braces for 45C as doctors warn of heat stroke surge', 'warn of');
    assert.equal(a.source, 'doctors');
    assert.equal(a.content, 'heat stroke surge');
  });

  it('"warned residents of more flooding" still skips the addressee', () => {
    assert.equal(one('Officials warned residents of more flooding.', 'warned').content, 'more flooding');
  });
});

describe('English: a pledge in the source\'s quoted words', () => {
  it('"pledged to “defend every job”" reports the quoted pledge', () => {
    const a = one('The dockers\' union pledged to “defend every job” at the port.', 'pledged');
    assert.ok(a.content.includes('defend every job'), a.content);
  });

  it('a pledge without quoted words stays no report ("vowed to fight the plan")', () => {
    assert.equal(attributions('The mayor vowed to fight the plan.').length, 0);
  });
});

describe('English: a weak verb with its "that" clause after a bare group', () => {
  it('"after officers recommended that the scheme be approved" reports the recommendation', () => {
    const a = one('The hearing was delayed after officers recommended that the scheme be approved.', 'recommended');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'the scheme be approved');
  });

  it('without "that" it stays no report ("Officials recommended a new pump")', () => {
    assert.equal(attributions('Officials recommended a new pump.').length, 0);
  });
});

describe('English: "shot back" and "bellowed" after a quotation', () => {
  it('"“…,” Name shot back." reports the quotation', () => {
    const a = one('“Same old excuses,” Ms Varga shot back.', 'shot back');
    assert.equal(a.content, 'Same old excuses');
  });

  it('"“Order!” bellowed the Speaker" reports the quotation', () => {
    assert.equal(one('“Order! Order!” bellowed the Speaker, Dame Ines Holt.', 'bellowed').content, 'Order! Order!');
  });

  it('"shot back" with nothing said is no report', () => {
    assert.equal(attributions('Varga shot back.').length, 0);
  });
});

describe('English: "shows" and "finds" before a bare clause', () => {
  it('reads "Data from the regulator shows spills rose by 54%" as the regulator\'s figures', () => {
    const a = one('Data from the Water Board shows spills rose by 54% last year.', 'shows');
    assert.equal(a.speaker, 'Water Board');
    assert.equal(a.content, 'spills rose by 54% last year');
  });

  it('reads "The survey finds residents are split" the same way', () => {
    const a = one('The Kelso survey finds residents are split on the bypass.', 'finds');
    assert.equal(a.content, 'residents are split on the bypass');
  });

  it('leaves "shows" a noun where no clause follows ("Her shows sold out")', () => {
    assert.deepEqual(attributions('Her shows sold out in minutes.'), []);
    assert.deepEqual(attributions('The TV shows featured in the guide were cancelled.'), []);
  });
});

describe('English: a topic after the addressee, and a setting before "that"', () => {
  it('"briefed the board on the restructuring" reports no claim', () => {
    assert.deepEqual(attributions('Halloran briefed the board on the restructuring in September.').filter((a) => a.cue === 'briefed'), []);
  });

  it('"Employees posted on LinkedIn that …" is the employees\' report', () => {
    const a = one('Within hours, dozens of employees had posted on LinkedIn that they had lost their jobs.', 'posted');
    assert.equal(a.content, 'they had lost their jobs');
  });
});
