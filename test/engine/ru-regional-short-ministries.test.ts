// "в приказе регионального минздрава", "В областном минфине пояснили": a region's ministry by its short name and the
// adjective of its level is the ministry of the article's region, spelt out.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian regional ministries by their short names', () => {
  it('"регионального минздрава" in a report about one oblast', () => {
    const a = by(ru('В Тунгорской области закроют роддом. Как говорится в приказе регионального минздрава, отделение закроют в марте.'), 'Как говорится в');
    assert.equal(a.speaker, 'министерство здравоохранения Тунгорской области');
  });

  it('"В областном минфине"', () => {
    const a = by(ru('В Тунгорской области сократят бюджет. В областном минфине пояснили, что расходы урежут.'), 'пояснили');
    assert.equal(a.speaker, 'министерство финансов Тунгорской области');
  });
});
