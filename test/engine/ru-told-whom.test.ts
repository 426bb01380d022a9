// "сообщил губернатору о ходе работ", "рассказал ТАСС о …": whom it was told, between the verb and the о-phrase, is no part of the claim.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian addressee before an о-phrase', () => {
  it('leaves a person named in the dative out of the claim', () => {
    assert.equal(by(ru('Мэр Олег Лапин сообщил Соболеву о завершении ремонта моста.'), 'сообщил').content, 'о завершении ремонта моста');
    assert.equal(by(ru('Министр Ирина Гусева сообщила Марине Кравцовой о готовности больниц.'), 'сообщила').content, 'о готовности больниц');
  });

  it('leaves an outlet that does not decline out of the claim', () => {
    assert.equal(by(ru('Глава фонда Игорь Лебедь сообщил ТАСС о сборе средств для пострадавших.'), 'сообщил').content, 'о сборе средств для пострадавших');
  });

  it('leaves whom it was told out after "рассказал" too', () => {
    assert.equal(by(ru('Адвокат Роман Белкин рассказал ТАСС о новых уликах по делу.'), 'рассказал').content, 'о новых уликах по делу');
    assert.equal(by(ru('Тренер Виктор Сазонов рассказал Ивановой о переходе в другой клуб.'), 'рассказал').content, 'о переходе в другой клуб');
  });

  it('keeps an о-claim after "что" with whom it was told before', () => {
    assert.equal(by(ru('Бывшие сотрудники фирмы рассказали журналистам, что о подлоге знали все.'), 'рассказали').content, 'о подлоге знали все');
  });
});
