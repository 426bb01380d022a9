// A body's own channel speaks for the body; a cue between a subject and its predicate takes the larger side.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian body channels and cues inside the claim', () => {
  it('"телеграм-канал ведомства" after a state body is that body', () => {
    const a = by(ru('Сотрудники МВД задержали организатора пирамиды. Об этом сообщает телеграм-канал ведомства.'), 'сообщает');
    assert.equal(a.speaker, 'МВД');
    assert.equal(a.grade, 'organization');
  });

  it('"Следователи, как отмечается в сообщении, устанавливают …" claims the predicate', () => {
    const a = by(ru('Полиция задержала мошенника. Следователи, как отмечается в сообщении, устанавливают всех потерпевших.'), 'как отмечается в');
    assert.equal(a.content, 'устанавливают всех потерпевших');
  });
});
