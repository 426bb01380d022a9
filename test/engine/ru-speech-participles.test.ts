// Active participles of speech verbs after a comma: "на журналиста, обвинившего мэра в …", "депутат, заявившая, что …".
// The noun before the comma is the source (resolved as any subject noun is), the participle the cue, its что-clause,
// object or о-phrase the claim. Participles of action or naming ("называющая себя"), and a verb before the noun, report nothing.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian speech participles', () => {
  it('an oblique participle reports for the noun before its comma', () => {
    const a = by(ru('Суд оштрафовал журналиста Петра Ильина, обвинившего мэра в растрате бюджетных денег.'), 'обвинившего');
    assert.equal(a.speaker, 'Петр Ильин');
    assert.equal(a.content, 'мэра в растрате бюджетных денег');
    assert.equal(by(ru('Театр подал иск к критику, обвинившему его в плагиате.'), 'обвинившему').content, 'его в плагиате');
  });
  it('a nominative participle phrase ends before its clause’s own verb', () => {
    const a = by(ru('Депутат Анна Котова, заявившая, что выборы были нечестными, покинула зал.'), 'заявившая');
    assert.equal(a.speaker, 'Анна Котова');
    assert.equal(a.content, 'выборы были нечестными');
  });
  it('any saying or believing verb of the lexicon, with a что-clause, reports too, for a group as well', () => {
    const a = by(ru('Эксперты, утверждающие, что цены вырастут, оказались правы.'), 'утверждающие');
    assert.equal(a.source, 'Эксперты');
    assert.equal(a.content, 'цены вырастут');
  });
  it('the claim ends before the clause’s verb, a short passive or any past verb', () => {
    assert.equal(by(ru('Врачи, заявившие о нехватке лекарств, уволены.'), 'заявившие').content, 'о нехватке лекарств');
    assert.equal(by(ru('Министр, отметивший рост экспорта, покинул пост.'), 'отметивший').content, 'рост экспорта');
  });
  it('the source is the noun phrase after the clause’s verb, not the clause', () => {
    assert.equal(by(ru('Прокуратура проверит фермера, сообщившего о падеже скота.'), 'сообщившего').source, 'фермера');
  });
  it('naming, actions and descriptions are no cue', () => {
    assert.equal(ru('Группировка, называющая себя Red Fox, взяла ответственность на себя.').length, 0);
    assert.equal(ru('Рабочие, строившие мост, получили премии.').length, 0);
    assert.deepEqual(ru('Источник, пожелавший остаться неизвестным, рассказал, что сделка сорвалась.').map((x) => x.cue), ['рассказал']);
  });
});
