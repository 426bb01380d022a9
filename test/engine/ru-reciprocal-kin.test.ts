// "Анна Орлова, вдова лесника Петра Орлова. По её словам, муж …": a bare "муж", "жена", "отец" or "мать" is the person
// the article named just before as the one whose relative of the other side someone is ("жена X" → X is her "муж").
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian bare relatives of the other side', () => {
  it('"муж" after "X, жена механика Y" is Y', () => {
    const a = by(ru('«Он всегда возвращался к ужину», — рассказала Ирина Белова, жена механика Олега Белова. По её словам, утром муж сообщил, что на станции «всё спокойно».'), 'сообщил');
    assert.equal(a.speaker, 'Олег Белов');
  });
  it('"отец" after "X, сын Y" is Y', () => {
    const a = by(ru('На суд пришёл Максим Зорин, сын фермера Аркадия Зорина. Как рассказал Максим, отец говорил, что участок «никогда не продавал».'), 'говорил');
    assert.equal(a.speaker, 'Аркадий Зорин');
  });
  it('a bare "муж" with no wife of anyone named stays an unnamed relative', () => {
    const a = by(ru('Соседка Ирина Белова вызвала полицию. Её муж сказал, что слышал выстрелы.'), 'сказал');
    assert.notEqual(a.speaker, 'Ирина Белова');
  });
});
