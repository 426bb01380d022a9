// "со ссылкой на свои источники" is an unnamed group; "В ведомстве" after a body named as the actor since the last
// body spoke; "областного правительства" is the region's government.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian own sources, later agencies and regional governments', () => {
  it('"свои источники" are anonymous, in any case', () => {
    const a = by(ru('Как пишет портал Ngs.ru со ссылкой на свои источники, мэр уходит в отставку.'), 'со ссылкой на');
    assert.equal(a.kind, 'anonymous');
    assert.equal(by(ru('По данным своих источников, газета утверждает, что мэр уходит.'), 'По данным').speaker, 'свои источники');
  });

  it('"В ведомстве" is a state body named as the subject after the last body spoke', () => {
    const a = by(ru('Минфин заявил, что проверка завершена. Позднее ФАС возбудила дело. В ведомстве пояснили, что нарушения серьезные.'), 'пояснили');
    assert.equal(a.speaker, 'ФАС');
    const b = by(ru('Минфин заявил, что проверка завершена. Жалобу направят в ФАС. В ведомстве также отметили, что штрафов не будет.'), 'отметили');
    assert.equal(b.speaker, 'Минфин');
  });

  it('"областного правительства" is the government of the region named before', () => {
    const a = by(ru('Задержан вице-губернатор Пермского края. Информацию подтвердили в пресс-службе краевого правительства.'), 'подтвердили');
    assert.equal(a.speaker, 'правительство Пермского края');
    const b = by(ru('Замминистра Курганской области задержан. Об этом сообщили в пресс-службе областного правительства.'), 'сообщили');
    assert.equal(b.speaker, 'правительство Курганской области');
  });
});
