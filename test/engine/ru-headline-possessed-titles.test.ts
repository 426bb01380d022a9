// "Его адвокат обжаловал приговор" as a headline over "Адвокат осуждённого Павел Греков …": a headline's possessed title is
// the person the article below introduces with it (or with a compound ending in it: "пресс-агент" for "агент").
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian possessed titles in a headline', () => {
  it('a compound title below', () => {
    const text = 'Боксёр Олег Чернов пропустит бой. Его агент назвал причину травмой\n\nБоксёр Олег Чернов снялся с турнира в Казани. Спортивный пресс-агент боксёра Денис Котов заявил, что Чернов повредил кисть на тренировке.';
    assert.equal(by(ru(text), 'назвал').speaker, 'Денис Котов');
  });
  it('outside a headline the title stays whose it is', () => {
    const text = 'Боксёр Олег Чернов снялся с турнира. Его агент заявил, что Чернов повредил кисть. Пресс-агент клуба Денис Котов это подтвердил.';
    assert.notEqual(by(ru(text), 'заявил').speaker, 'Денис Котов');
  });
});
