// "Комитете государственных доходов (КГД) Казахстана … В КГД назвали …": an acronym the article defines in brackets is that
// body wherever it stands; the speaker is the full name in the nominative with the acronym after it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: an acronym defined in brackets', () => {
  it('the definition and the acronym alone give one speaker, the full name with the acronym', () => {
    const list = ru('В Агентстве водных ресурсов (АВР) Киргизии объяснили сбой ремонтом. Позже в АВР заявили, что подача воды восстановлена.');
    assert.equal(by(list, 'объяснили').speaker, 'Агентство водных ресурсов Киргизии (АВР)');
    assert.equal(by(list, 'заявили').speaker, 'Агентство водных ресурсов Киргизии (АВР)');
  });

  it('a definition that is no subject of a report still names the acronym later', () => {
    const list = ru('Дисциплинарный комитет Федерации гребли Литвы (ФГЛ) отстранил спортсмена. Как утверждают в ФГЛ, допинг нашли в пробе.');
    assert.equal(by(list, 'Как утверждают').speaker, 'Федерация гребли Литвы (ФГЛ)');
  });

  it('an acronym whose letters do not match the words before the bracket stays as written', () => {
    const list = ru('Союз производителей молока (Молсоюз) сообщил о росте цен. В АМП заявили, что цены вырастут.');
    assert.equal(by(list, 'заявили').speaker, 'АМП');
  });
});
