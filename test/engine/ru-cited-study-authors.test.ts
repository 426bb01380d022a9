// "Газета «Ведомости» со ссылкой на данные опроса, проведенного ВЦИОМ, пишет …": the study's author named in the
// participle speaks through it, and the participle's commas do not hide the outlet before the frame.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian citing frames with a study and its author', () => {
  it('gives the cited study to its author and the report to the outlet', () => {
    const list = ru('Газета «Ведомости» со ссылкой на данные опроса, проведенного ВЦИОМ, пишет, что доверие снизилось.');
    assert.equal(by(list, 'со ссылкой на').speaker, 'ВЦИОМ');
    assert.equal(by(list, 'пишет').speaker, 'Ведомости');
    assert.equal(by(list, 'пишет').content, 'доверие снизилось');
  });

  it('names the author without its adjective, the closing comma lost', () => {
    const list = ru('Агентство France-Presse со ссылкой на данные исследования, проведенного американским Pew Research Center сообщало, что число мусульман вырастет.');
    assert.equal(by(list, 'со ссылкой на').speaker, 'Pew Research Center');
  });
});
