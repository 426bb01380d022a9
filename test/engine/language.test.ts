// Which texts the engine reads: English and Russian, and nothing else.
// A page in another language gets no attributions and says which language it
// is in, instead of being read with rules made for another language.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/index.js';
import { textLanguage } from '../../src/engine/detect.js';
import { LANGUAGES } from '../../src/engine/lang/index.js';

// Short news items written for this test.
const FRENCH = `Le ministre des Finances a déclaré mardi que le budget de l'année prochaine serait présenté avant la fin du mois. Selon des sources proches du dossier, le gouvernement envisage une hausse des taxes sur les carburants, ce que l'opposition a aussitôt dénoncé. « Nous ne laisserons pas passer cette mesure », a affirmé le chef du principal parti d'opposition devant les journalistes.`;
const SPANISH = `El presidente del banco central dijo el martes que las tasas de interés se mantendrán sin cambios durante los próximos meses. Según fuentes cercanas a la institución, la decisión fue tomada por unanimidad. «No vemos razones para modificar la política monetaria», aseguró un portavoz, que pidió no ser identificado, a los periodistas reunidos en la capital.`;
const CZECH = `Ministr zdravotnictví ve středu oznámil, že nemocnice dostanou na příští rok více peněz. Podle zdrojů z ministerstva se počítá s navýšením o několik miliard korun. Opozice návrh kritizuje a tvrdí, že peníze nepokryjí ani růst mezd zdravotníků, uvedl předseda opozičního klubu na tiskové konferenci v Praze.`;
const UKRAINIAN = `Міністр енергетики заявив у вівторок, що ремонт пошкоджених електростанцій завершать до початку зими. За словами джерел у відомстві, уряд уже виділив кошти на закупівлю обладнання. «Ми робимо все можливе, щоб люди мали світло та тепло», — сказав посадовець журналістам після засідання у Києві.`;
const BULGARIAN = `Министърът на финансите заяви във вторник, че бюджетът за следващата година ще бъде внесен в парламента до края на месеца. Според източници от ведомството правителството обмисля увеличение на заплатите в държавния сектор. Опозицията критикува плана и настоява за повече средства за здравеопазването и образованието в страната.`;
const BULGARIAN_MORE = `Кметът на столицата обяви, че ремонтът на централния булевард ще започне през пролетта и ще продължи около шест месеца. По думите му движението ще бъде пренасочено по съседните улици, а градският транспорт ще работи по временни маршрути. Жителите на района се оплакват, че не са били попитани за мнението си.`;
const CHINESE = `财政部长周二表示，明年的预算将在本月底之前提交议会审议。据知情人士透露，政府正在考虑提高燃油税，但反对党立即对此表示强烈反对。反对党领袖在记者会上说，他们不会让这项措施获得通过，并呼吁政府重新考虑其经济政策，以减轻普通家庭的负担。`;
const ENGLISH = `The finance minister said on Tuesday that next year's budget would be presented before the end of the month. According to people familiar with the plans, the government is considering a rise in fuel duty, which the opposition immediately denounced. "We will not let this pass," the leader of the main opposition party told reporters outside parliament.`;
const RUSSIAN = `Министр финансов заявил во вторник, что бюджет на следующий год будет внесён в парламент до конца месяца. По словам источников в ведомстве, правительство рассматривает повышение налога на топливо, что вызвало резкую критику оппозиции. «Мы не позволим принять эту меру», — сказал журналистам лидер крупнейшей оппозиционной партии.`;

describe('languages the engine reads', () => {
  it('reads English and Russian news', () => {
    assert.deepEqual(textLanguage(ENGLISH, LANGUAGES), { lang: 'en', supported: true });
    assert.deepEqual(textLanguage(RUSSIAN, LANGUAGES), { lang: 'ru', supported: true });
    const en = analyze(ENGLISH);
    assert.equal(en.supported, true);
    assert.ok(en.attributions.length >= 2, 'English attributions found');
    const ru = analyze(RUSSIAN);
    assert.equal(ru.supported, true);
    assert.ok(ru.attributions.length >= 2, 'Russian attributions found');
  });

  it('does not read other Latin-script languages with the English rules', () => {
    for (const [text, code] of [[FRENCH, 'fr'], [SPANISH, 'es'], [CZECH, 'cs']] as const) {
      const a = analyze(text, { langHint: code });
      assert.equal(a.supported, false, code);
      assert.equal(a.lang, code, 'named by the page hint');
      assert.deepEqual(a.attributions, []);
    }
  });

  it('does not read Ukrainian or Bulgarian with the Russian rules, with or without a hint', () => {
    assert.deepEqual(textLanguage(UKRAINIAN, LANGUAGES, 'uk'), { lang: 'uk', supported: false });
    assert.deepEqual(textLanguage(UKRAINIAN, LANGUAGES), { lang: 'uk', supported: false }, 'guessed from і, ї, є');
    assert.deepEqual(textLanguage(BULGARIAN, LANGUAGES, 'bg'), { lang: 'bg', supported: false });
    assert.equal(textLanguage(`${BULGARIAN}\n\n${BULGARIAN_MORE}`, LANGUAGES).supported, false, 'no ы in a long Cyrillic text: not Russian');
    assert.deepEqual(analyze(UKRAINIAN).attributions, []);
  });

  it('does not read text in other scripts', () => {
    assert.deepEqual(textLanguage(CHINESE, LANGUAGES), { lang: 'zh', supported: false });
    assert.deepEqual(analyze(CHINESE, { langHint: 'zh-CN' }).attributions, []);
  });

  it('trusts the text over a wrong page hint', () => {
    assert.deepEqual(textLanguage(RUSSIAN, LANGUAGES, 'uk'), { lang: 'ru', supported: true });
    assert.deepEqual(textLanguage(ENGLISH, LANGUAGES, 'fr'), { lang: 'en', supported: true });
    assert.equal(textLanguage(FRENCH, LANGUAGES, 'en').supported, false);
  });

  it('keeps an English article with a quoted French passage English', () => {
    const mixed = `${ENGLISH}\n\n${FRENCH.slice(0, 150)}\n\n${ENGLISH}`;
    assert.equal(textLanguage(mixed, LANGUAGES).lang, 'en');
    assert.equal(analyze(mixed).supported, true);
  });

  it('reads a short text as before unless the page says it is in another language', () => {
    const short = 'Officials said the bridge would reopen.';
    assert.deepEqual(textLanguage(short, LANGUAGES), { lang: 'en', supported: true });
    assert.deepEqual(textLanguage(short, LANGUAGES, 'fr'), { lang: 'en', supported: true }, 'English words outweigh the hint');
    assert.deepEqual(textLanguage('Le pont sera rouvert, selon la mairie.', LANGUAGES, 'fr'), { lang: 'fr', supported: false });
  });

  it('lets the caller force a language', () => {
    const a = analyze(FRENCH, { lang: 'en' });
    assert.equal(a.supported, true);
    assert.equal(a.lang, 'en');
  });
});

const SHARED = join(import.meta.dirname, '../../../shared/corpus');

describe('languages of the corpus texts and pages', function () {
  before(function () {
    if (!existsSync(SHARED)) this.skip();
  });

  it('reads every English and Russian dev article', () => {
    let n = 0;
    for (const lang of ['en', 'ru']) {
      const dir = join(SHARED, 'dev', lang);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
        const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string };
        assert.deepEqual(textLanguage(doc.text.slice(0, 20000), LANGUAGES), { lang, supported: true }, f);
        n++;
      }
    }
    assert.ok(n >= 40, `${n} dev articles`);
  });

  it('reads the project check sets (en, ru)', () => {
    const fixtures = join(import.meta.dirname, '../fixtures');
    for (const set of readdirSync(fixtures).filter((d) => /^check\d*$/.test(d))) {
      for (const lang of ['en', 'ru']) {
        const dir = join(fixtures, set, lang);
        if (!existsSync(dir)) continue;
        for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
          const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string };
          assert.equal(textLanguage(doc.text, LANGUAGES).supported, true, `${set}/${lang}/${f}`);
        }
      }
    }
  });
});
