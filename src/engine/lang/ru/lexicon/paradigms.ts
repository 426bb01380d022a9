// Russian verb paradigms: from an infinitive and its conjugation class,
// generate the forms news text uses for reporting (3rd person present/future,
// past in every gender and number, gerunds, and the impersonal reflexive).
// ё is written е everywhere (tokens are normalized the same way).

export type Tense = 'present' | 'past' | 'gerund' | 'adjective' | 'infinitive';
/** m / f / n / pl for the past tense and short adjectives; sg / pl for the present. */
export type Agreement = 'm' | 'f' | 'n' | 'sg' | 'pl' | null;

export interface VerbForm {
  lemma: string;
  tense: Tense;
  agr: Agreement;
  /** Impersonal reflexive ("сообщается", "говорилось"). */
  reflexive: boolean;
}

/**
 * aj: -ать/-ять, 1st conjugation (сообщать → сообщает, сообщают)
 * i: -ить, 2nd conjugation (сообщить → сообщит, сообщат)
 * ova: -овать (цитировать → цитирует)
 * nu: -нуть (подчеркнуть → подчеркнет, подчеркнул)
 */
export type VerbClass = 'aj' | 'i' | 'ova' | 'nu';

const HUSH = /[жшщч]$/;

type Out = [string, Tense, Agreement, boolean][];

function past(stem: string, out: Out, refl: boolean): void {
  out.push([stem + 'л', 'past', 'm', false], [stem + 'ла', 'past', 'f', false], [stem + 'ло', 'past', 'n', false], [stem + 'ли', 'past', 'pl', false]);
  if (refl) out.push([stem + 'лся', 'past', 'm', true], [stem + 'лась', 'past', 'f', true], [stem + 'лось', 'past', 'n', true], [stem + 'лись', 'past', 'pl', true]);
}

/** All forms of a regular verb, as [form, tense, agreement, reflexive]. */
export function conjugate(infinitive: string, cls: VerbClass, reflexive = false): Out {
  const out: Out = [];
  const inf = infinitive.replace(/ё/g, 'е');
  switch (cls) {
    case 'aj': {
      const st = inf.slice(0, -2); // сообща-
      out.push([st + 'ет', 'present', 'sg', false], [st + 'ют', 'present', 'pl', false], [st + 'я', 'gerund', null, false]);
      if (reflexive) out.push([st + 'ется', 'present', 'sg', true], [st + 'ются', 'present', 'pl', true]);
      past(st, out, reflexive);
      break;
    }
    case 'i': {
      const st = inf.slice(0, -3); // сообщ-
      const hush = HUSH.test(st);
      out.push(
        [st + 'ит', 'present', 'sg', false],
        [st + (hush ? 'ат' : 'ят'), 'present', 'pl', false],
        [st + 'ив', 'gerund', null, false],
        [st + (hush ? 'а' : 'я'), 'gerund', null, false],
      );
      if (reflexive) out.push([st + 'ится', 'present', 'sg', true], [st + (hush ? 'атся' : 'ятся'), 'present', 'pl', true]);
      past(st + 'и', out, reflexive);
      break;
    }
    case 'ova': {
      const st = inf.slice(0, -5); // цитир-
      out.push([st + 'ует', 'present', 'sg', false], [st + 'уют', 'present', 'pl', false], [st + 'уя', 'gerund', null, false], [st + 'овав', 'gerund', null, false]);
      if (reflexive) out.push([st + 'уется', 'present', 'sg', true], [st + 'уются', 'present', 'pl', true]);
      past(st + 'ова', out, reflexive);
      break;
    }
    case 'nu': {
      const st = inf.slice(0, -3); // подчеркн-
      out.push([st + 'ет', 'present', 'sg', false], [st + 'ут', 'present', 'pl', false], [st + 'ув', 'gerund', null, false]);
      if (reflexive) out.push([st + 'ется', 'present', 'sg', true], [st + 'утся', 'present', 'pl', true]);
      past(st + 'у', out, reflexive);
      break;
    }
  }
  return out;
}
