// "— цитирует министра агентство LETA": the quoted party in the accusative,
// then the outlet named by its noun — two sources for one quote.
import assert from 'node:assert/strict';
import { ru } from './ru-helpers.js';

describe('Russian citing verbs: the quoted party before an outlet noun', () => {
  it('"«…», — цитирует министра агентство X": the agency quotes the minister named before', () => {
    const list = ru('Министр транспорта Эстонии Тоомас Каск подтвердил, что паром отменят. «Расписание пересмотрят к лету», — цитирует министра агентство BNS.');
    const cites = list.filter((x) => x.cue === 'цитирует');
    assert.deepEqual(cites.map((x) => x.source).sort(), ['агентство BNS', 'министра']);
    assert.equal(cites.find((x) => x.source === 'министра')!.speaker, 'Тоомас Каск');
    assert.equal(cites.find((x) => x.source === 'агентство BNS')!.speaker, 'BNS');
    assert.ok(cites.every((x) => x.content === 'Расписание пересмотрят к лету'));
  });

  it('"— цитирует тренера газета «X»"', () => {
    const cites = ru('«Сезон закончен», — цитирует тренера газета «Вечерний спорт».').filter((x) => x.cue === 'цитирует');
    assert.ok(cites.some((x) => x.speaker === 'Вечерний спорт'));
    assert.ok(cites.some((x) => x.source === 'тренера'));
  });
});
