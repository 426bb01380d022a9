// State bodies named by their field ("Агентство по …", "Министерство по чрезвычайным ситуациям"):
// the whole name is the source, and a bare "агентство" later is that body unless an outlet was named since.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian state agencies named by their field', () => {
  it('"Агентство по … (АБВГ)" is a state body, not a news agency', () => {
    const a = by(ru('Агентство по регулированию цифровых рынков (АРЦР) сообщило, что оштрафовало двух операторов.'), 'сообщило');
    assert.equal(a.grade, 'organization');
    assert.equal(a.source, 'Агентство по регулированию цифровых рынков (АРЦР)');
    assert.equal(a.speaker, 'Агентство по регулированию цифровых рынков (АРЦР)');
  });

  it('a bare "в агентстве" after such a body is that body', () => {
    const list = ru('Агентство по делам молодежи начало проверку грантов. В агентстве уточнили, что нарушения нашли в трех областях.');
    const a = by(list, 'уточнили');
    assert.equal(a.speaker, 'Агентство по делам молодежи');
    assert.equal(a.grade, 'organization');
  });

  it('an agency acronym as the subject of a neuter verb is that body too', () => {
    const a = by(ru('АРЦР оштрафовало двух операторов связи. В агентстве пояснили, что штрафы уже уплачены.'), 'пояснили');
    assert.equal(a.speaker, 'АРЦР');
  });

  it('an outlet named after the body takes the bare agency back', () => {
    const a = by(ru('Агентство по делам молодежи начало проверку. Об этом сообщило агентство «Кабар». Как пишет агентство, проверка продлится месяц.'), 'Как пишет');
    assert.equal(a.speaker, 'Кабар');
  });

  it('a field with an adjective and a country after it stays in the name', () => {
    const a = by(ru('Министерство по чрезвычайным ситуациям Киргизии сообщило, что сель перекрыл дорогу.'), 'сообщило');
    assert.equal(a.source, 'Министерство по чрезвычайным ситуациям Киргизии');
    const b = by(ru('Национальное агентство по борьбе с коррупцией провело обыски. В агентстве заявили, что задержаны трое.'), 'заявили');
    assert.equal(b.speaker, 'Национальное агентство по борьбе с коррупцией');
  });

  it('"… региона" after the region was named is that region\'s body', () => {
    const a = by(ru('Трассу замело в Павлодарской области. Об этом сообщили в департаменте по чрезвычайным ситуациям региона.'), 'сообщили');
    assert.equal(a.speaker, 'департамент по чрезвычайным ситуациям Павлодарской области');
  });
});
