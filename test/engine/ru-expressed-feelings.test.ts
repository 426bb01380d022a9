// "выразил соболезнования / благодарность": a feeling expressed, no claim; "выразил уверенность, что …" is one.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian feelings expressed', () => {
  it('condolences and thanks report nothing', () => {
    assert.equal(ru('Акимат выразил глубокие соболезнования семьям погибших шахтеров.').length, 0);
    assert.equal(ru('Президент выразил благодарность спасателям.').length, 0);
  });

  it('a view expressed still reports', () => {
    assert.equal(by(ru('Министр выразил уверенность, что кризис преодолеют.'), 'выразил').content, 'кризис преодолеют');
  });
});
