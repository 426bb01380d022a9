// A city standing for its authorities ("в Анкаре заявили"): named, and named
// in the nominative the reader knows, whatever the city's gender.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian places as speakers: the nominative of the city', () => {
  it('a feminine capital in "-а" keeps its "-а": в Анкаре, в Праге, в Женеве, в Варшаве', () => {
    for (const [prep, city] of [['Анкаре', 'Анкара'], ['Праге', 'Прага'], ['Женеве', 'Женева'], ['Варшаве', 'Варшава'], ['Вене', 'Вена']]) {
      const a = by(ru(`В ${prep} заявили, что переговоры продолжатся на следующей неделе.`), 'заявили');
      assert.equal(a.kind, 'named', prep);
      assert.equal(a.grade, 'organization', prep);
      assert.equal(a.speaker, city);
      assert.equal(a.content, 'переговоры продолжатся на следующей неделе');
    }
  });

  it('a soft city keeps its "-ь": в Брюсселе, в Севастополе, в Израиле', () => {
    for (const [prep, city] of [['Брюсселе', 'Брюссель'], ['Севастополе', 'Севастополь'], ['Израиле', 'Израиль']]) {
      assert.equal(by(ru(`В ${prep} считают, что пошлины носят временный характер.`), 'считают').speaker, city);
    }
  });

  it('a hard one drops the "-е": в Киеве, в Берлине, в Тобольске; "-ии" gives "-ия": в Никосии', () => {
    for (const [prep, city] of [['Киеве', 'Киев'], ['Берлине', 'Берлин'], ['Тобольске', 'Тобольск'], ['Никосии', 'Никосия']]) {
      assert.equal(by(ru(`В ${prep} заявили, что мост откроют к осени.`), 'заявили').speaker, city);
    }
  });

  it('a town the list does not know takes its gender from its other forms in the article', () => {
    const list = ru('Мэр Кинешмы подал в отставку. В Кинешме заявили, что выборы пройдут весной.');
    assert.equal(by(list, 'заявили').speaker, 'Кинешма');
    const soft = ru('Жители Гомеля вышли на улицы. В Гомеле заявили, что тарифы пересмотрят.');
    assert.equal(by(soft, 'заявили').speaker, 'Гомель');
  });

  it('one capitalized word after "в" is a town, never a person: "В Женеве заявили" is no Mr Женев', () => {
    const a = by(ru('В Женеве заявили, что встреча состоится.'), 'заявили');
    assert.equal(a.grade, 'organization');
    assert.equal(a.speaker, 'Женева');
  });
});

describe('Russian places as speakers: towns that do not decline in -е', () => {
  it('a feminine town in -ь: в Казани, в Перми', () => {
    assert.equal(by(ru('В Казани заявили, что метро продлят.'), 'заявили').speaker, 'Казань');
    assert.equal(by(ru('В Перми заявили, что метро продлят.'), 'заявили').speaker, 'Пермь');
  });

  it('an indeclinable town stays as written: в Сочи, в Баку', () => {
    assert.equal(by(ru('В Сочи заявили, что сезон продлят.'), 'заявили').speaker, 'Сочи');
    assert.equal(by(ru('В Баку заявили, что сезон продлят.'), 'заявили').speaker, 'Баку');
  });
});

describe('Russian: a body the lexicon lacks, named by a quoted name after it', () => {
  it('"В торговой сети «Корзинка» заверили, что …" is Корзинка', () => {
    const a = by(ru('В торговой сети «Корзинка» заверили, что товар снят с полок.'), 'заверили');
    assert.equal(a.source, 'торговой сети «Корзинка»');
    assert.equal(a.speaker, 'Корзинка');
  });

  it('"В студии «Клен» сообщили" is Клен; "В сети пишут" stays unnamed', () => {
    assert.equal(by(ru('В студии «Клен» сообщили, что съемки продолжатся.'), 'сообщили').speaker, 'Клен');
    assert.equal(by(ru('В сети пишут, что певица уехала.'), 'пишут').kind, 'unattributed');
  });
});

describe('Russian: an adjective that is also a word for a person, before a body', () => {
  it('"В военном ведомстве уточнили" after "Министерство обороны Сербии сообщило" is that ministry', () => {
    const list = ru('Министерство обороны Сербии сообщило об учениях. В военном ведомстве уточнили, что пострадавших нет.');
    assert.equal(by(list, 'уточнили').speaker, 'Министерство обороны Сербии');
  });

  it('"военного эксперта Ивана Петрова" is still a person', () => {
    assert.equal(by(ru('По словам военного эксперта Ивана Петрова, удар был точным.'), 'По словам').speaker, 'Иван Петров');
  });
});

describe('Russian: "На сайте X сообщается, что …"', () => {
  it('a site with its owner stands where a document does', () => {
    const a = by(ru('На сайте мэрии сообщается, что движение по мосту ограничат.'), 'сообщается');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'мэрия');
  });

  it('a site with no owner stays an unattributed report', () => {
    assert.equal(by(ru('На сайте говорится, что прием отменен.'), 'говорится').kind, 'unattributed');
  });
});

