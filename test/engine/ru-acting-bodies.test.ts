// "Прокуратура края начала проверку. В ведомстве сообщили …": a law-enforcement body that acted last, as its sentence's
// subject, is the "ведомство" meant, even after another body spoke.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: "в ведомстве" after a prosecutor\'s office or an investigative body acted', () => {
  it('a prosecutor\'s office as the subject, nothing spoken before', () => {
    const a = by(ru('Прокуратура Ивановской области начала проверку после жалоб жителей. В ведомстве сообщили, что проверка продлится месяц.'), 'сообщили');
    assert.equal(a.speaker, 'Прокуратура Ивановской области');
  });

  it('the body that acted after the last speaker, with an adjective before "ведомстве"', () => {
    const a = by(ru('В мэрии Тихвина пояснили, что контролируют ситуацию. Прокуратура Ленинградской области начала проверку. В надзорном ведомстве сообщили, что по ее итогам примут меры.'), 'сообщили');
    assert.equal(a.speaker, 'Прокуратура Ленинградской области');
  });

  it('the last speaker when the body spoke itself', () => {
    const a = by(ru('В прокуратуре района заявили, что нарушений нет. Мэр пообещал, что все исправят. В ведомстве добавили, что проверка будет повторной.'), 'добавили');
    assert.equal(a.speaker, 'прокуратура района');
  });
});

describe('Russian: "в ведомстве" after a body named with adjectives acted', () => {
  it('"Северная транспортная прокуратура начала проверку. Об этом сообщили в ведомстве."', () => {
    const a = by(ru('В Росавиации сообщили, что взяли рейс на контроль. Северная транспортная прокуратура начала проверку. Об этом сообщили в ведомстве.'), 'сообщили', 'ведомстве');
    assert.equal(a.speaker, 'Северная транспортная прокуратура');
  });

  it('"Транспортная полиция задержала …" after another body spoke', () => {
    const a = by(ru('Мэрия заявила, что все исправят. Транспортная полиция задержала подозреваемого. В ведомстве уточнили, что он дал показания.'), 'уточнили');
    assert.equal(a.speaker, 'Транспортная полиция');
  });
});
