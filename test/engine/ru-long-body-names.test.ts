// Long names of courts and town bodies, as a later short mention ("пресс-служба суда", "городского акимата") means them.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian long names of courts and local bodies', () => {
  it('a court with three adjectives and its town', () => {
    const a = by(ru('Специализированный межрайонный экономический суд города Караганды взыскал долг с подрядчика. Как сообщили в пресс-службе суда, решение можно обжаловать.'), 'Как сообщили');
    assert.equal(a.speaker, 'Специализированный межрайонный экономический суд города Караганды');
  });

  it('a court with its field and region', () => {
    const a = by(ru('Межрайонный суд по уголовным делам Жамбылской области вынес приговор. Об этом сообщили в пресс-службе суда.'), 'сообщили');
    assert.equal(a.speaker, 'Межрайонный суд по уголовным делам Жамбылской области');
  });

  it('a court named by its district first', () => {
    const a = by(ru('Суд Октябрьского района города Гомеля арестовал директора рынка, сообщили в пресс-службе суда.'), 'сообщили');
    assert.equal(a.speaker, 'суд Октябрьского района города Гомеля');
  });

  it('"городского акимата" and "акимата города" are the town\'s akimat', () => {
    const a = by(ru('В Таразе на неделю закроют рынок. Как сообщила пресс-служба городского акимата, торговцев переведут на соседнюю площадь.'), 'Как сообщила');
    assert.equal(a.speaker, 'акимат Тараза');
    const b = by(ru('В Таразе на неделю закроют рынок. Об этом сообщили в акимате города.'), 'сообщили');
    assert.equal(b.speaker, 'акимат Тараза');
  });
});

describe('Russian banks named before', () => {
  it('"в банке" after a bank named with its adjective', () => {
    assert.equal(by(ru('Всемирный банк понизил прогноз для Таджикистана. В банке считают, что рост замедлится.'), 'считают').speaker, 'Всемирный банк');
  });

  it('"в банке" after a development bank named in full', () => {
    assert.equal(by(ru('Европейский банк реконструкции и развития выдал кредит. Как сообщили в банке, деньги пойдут на дороги.'), 'Как сообщили').speaker, 'Европейский банк реконструкции и развития');
    assert.equal(by(ru('Банк развития Казахстана выдал кредит. В банке уточнили, что сумма составила 40 млрд тенге.'), 'уточнили').speaker, 'банк развития Казахстана');
  });
});
