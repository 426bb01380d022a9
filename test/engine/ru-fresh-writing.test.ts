// Russian writing of a seventh unfamiliar kind (match reports, recalls, data
// releases, tabloid items): one specification per class, on sentences written
// for this file.
import assert from 'node:assert/strict';
import { ru } from './ru-helpers.js';

describe('Russian fresh writing: "— цитирует <кого> <какое> <издание>"', () => {
  it('the outlet\'s own adjectives open the outlet, not close the quoted party', () => {
    const list = ru('«Цены вырастут», — цитирует главу компании Ивана Соколова деловой портал «Финмаркет».');
    assert.deepEqual(list.map((x) => x.source), ['главу компании Ивана Соколова', 'деловой портал «Финмаркет»']);
    assert.equal(list[0]!.speaker, 'Иван Соколов');
    assert.equal(list[0]!.via, 1);
    assert.equal(list[1]!.content, 'Цены вырастут');
  });

  it('a club\'s site quotes a player: "— цитирует 19-летнего защитника клубный сайт"', () => {
    const list = ru('«Мы готовы к плей-офф», — цитирует 19-летнего защитника клубный сайт.');
    assert.deepEqual(list.map((x) => x.source), ['19-летнего защитника', 'клубный сайт']);
    assert.equal(list[0]!.via, 1);
    const other = ru('«Мы проиграли заслуженно», — цитирует вратаря официальный сайт команды.');
    assert.deepEqual(other.map((x) => x.source), ['вратаря', 'официальный сайт команды']);
  });
});
