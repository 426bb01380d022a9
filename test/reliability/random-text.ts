// Random engine input: news-like fragments in English and Russian mixed with
// what pages really send by mistake (markup, entities, stray and unbalanced
// quotes, control characters, lone surrogates, bidi marks) and plain noise.
import type { Rng } from './prng.js';

const EN = ['The minister said', 'officials familiar with the matter said', 'according to The Guardian,', 'reportedly', 'Reuters reported that',
  'a source told', 'he said.', 'she told reporters', 'Anna Petrova, a spokeswoman,', 'sources say', 'It is alleged that', 'U.S. officials',
  'Sen. Ted Marsh (R-Ky.) said', 'who spoke on condition of anonymity', 'the plan', 'would fail', 'on Monday', 'and', 'but', 'that', 'the talks'];
const RU = ['По словам министра,', 'как сообщает ТАСС,', 'источник среди американских чиновников', 'заявил', 'сообщается, что', 'западные СМИ',
  'Владимир Путин', 'сказала она.', 'по данным источника', 'на условиях анонимности', 'переговоры', 'будут', 'продолжены', 'и', 'что', 'экс-министр'];
const MARKS = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', '「', '」', '—', '–', '-', '…', '.', ',', ':', ';', '?', '!', '(', ')', '[', ']'];
const HTML = ['<p class="a">', '</p>', '<script>var said = "x";</script>', '<img src=x onerror=alert(1)>', '&nbsp;', '&quot;', '&#8220;', '<br/>',
  '</style>', '<a href="javascript:void(0)">', '<!-- said -->', '<![CDATA[ said ]]>'];
const ODD = ['\u0000', '\u0007', '\u001b', '\u200b', '\u200e', '\u200f', '\u202e', '\u202c', '\u2066', '\u2069', '\ufeff', '\ufffd', '\ud800', '\udfff',
  '😀', '👩‍👩‍👧', 'e\u0301', '\u0301', 'שלום', 'مرحبا', '中文', '\u00a0', '\u2028', '\u2029', '\r', '\t', '\n', '\n\n', '\n\n\n\n'];

function noise(r: Rng): string {
  let s = '';
  for (let i = r.int(1, 30); i > 0; i--) {
    const range = r.pick([[0x20, 0x7e], [0x400, 0x4ff], [0x0, 0x1f], [0x80, 0xffff], [0xd800, 0xdfff], [0x2000, 0x206f]] as const);
    s += String.fromCharCode(r.int(range[0], range[1]));
  }
  return s;
}

/** One random text of roughly `pieces` pieces. */
export function randomText(r: Rng, pieces: number): string {
  const out: string[] = [];
  for (let i = 0; i < pieces; i++) {
    const x = r.next();
    if (x < 0.35) out.push(r.pick(EN));
    else if (x < 0.6) out.push(r.pick(RU));
    else if (x < 0.75) out.push(r.pick(MARKS));
    else if (x < 0.83) out.push(r.pick(HTML));
    else if (x < 0.93) out.push(r.pick(ODD));
    else out.push(noise(r));
    out.push(r.chance(0.8) ? ' ' : '');
  }
  return out.join('');
}
