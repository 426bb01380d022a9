// "В компании эти жалобы назвали «единичными»": complaints reported before are claims pointed back to, the verb's
// object, never a document that speaks.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian complaints pointed back to', () => {
  it('"эти жалобы" before a plural verb is the object; the place opening the clause speaks', () => {
    const list = ru('Жильцы жалуются, что лифты не работают. В управляющей компании эти жалобы назвали «преувеличенными».');
    const a = by(list, 'назвали');
    assert.equal(a.source, 'управляющей компании');
    assert.equal(a.content, 'преувеличенными');
  });

  it('so is "эту жалобу"', () => {
    assert.equal(by(ru('В мэрии эту жалобу назвали «необоснованной».'), 'назвали').source, 'мэрии');
  });
});
