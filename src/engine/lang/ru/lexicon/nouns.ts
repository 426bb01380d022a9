// Nouns that head a source phrase, by what they tell about the source, with
// their case forms generated from the nominative (./declension below).
//   anon-bare   источник, собеседник: anonymous, no description
//   anon        представитель, чиновник: anonymous unless a name follows
//   group       эксперты, аналитики, СМИ: a vague group
//   role        министр, канцлер: one person; bare it points back to a speaker
//   org         министерство, прокуратура: an organization
//   media       агентство, газета: an outlet (its name follows)
//   document    заявление, доклад: a document (its owner follows)
export type NounCat = 'anon-bare' | 'anon' | 'group' | 'role' | 'org' | 'media' | 'document';
export type Gender = 'm' | 'f' | 'n';

export interface NounForm {
  lemma: string;
  cat: NounCat;
  gender: Gender;
  plural: boolean;
  nominative: boolean;
}

// [nominative singular, category, gender override]
const NOUNS: [string, NounCat, Gender?][] = [
  ['источник', 'anon-bare'], ['собеседник', 'anon-bare'], ['информатор', 'anon-bare'], ['инсайдер', 'anon-bare'],
  ['представитель', 'anon'], ['чиновник', 'anon'], ['сотрудник', 'anon'], ['дипломат', 'role'], ['прокурор', 'anon'],
  ['следователь', 'anon'], ['боевик', 'anon'], ['сторонник', 'anon'], ['противник', 'anon'], ['участник', 'anon'],
  ['член', 'anon'], ['житель', 'anon'], ['очевидец', 'anon'], ['свидетель', 'anon'], ['военный', 'anon'],
  ['мужчина', 'anon', 'm'], ['женщина', 'anon'], ['человек', 'anon'], ['пенсионер', 'anon'], ['пенсионерка', 'anon'], ['водитель', 'anon'], ['подросток', 'anon'], ['полицейский', 'anon'], ['участковый', 'anon'], ['спасатель', 'anon'], ['пожарный', 'anon'], ['фельдшер', 'anon'],
  ['задержанный', 'anon'], ['подозреваемый', 'anon'], ['обвиняемый', 'anon'], ['пострадавший', 'anon'],
  // The same women: "Потерпевшая утверждает", "по словам пострадавшей" (no body's name in capitals).
  ['задержанная', 'anon', 'f'], ['подозреваемая', 'anon', 'f'], ['обвиняемая', 'anon', 'f'], ['пострадавшая', 'anon', 'f'], ['потерпевшая', 'anon', 'f'], ['родитель', 'anon'], ['ученик', 'anon'], ['ученица', 'anon'], ['студентка', 'anon'], ['студент', 'anon'], ['учитель', 'anon'], ['врач', 'group'], ['собеседница', 'anon-bare'],
  ['правозащитник', 'group'], ['группа', 'anon', 'f'], ['силовик', 'anon'], ['депутат', 'anon'], ['сенатор', 'anon'], ['пользователь', 'anon'],
  ['инвестор', 'anon'], ['кредитор', 'anon'], ['поклонник', 'anon'], ['поклонница', 'anon'], ['фанат', 'anon'], ['подписчик', 'anon'], ['болельщик', 'anon'], ['зритель', 'anon'], ['читатель', 'anon'], ['слушатель', 'anon'], ['акционер', 'anon'], ['трейдер', 'anon'], ['банкир', 'anon'], ['держатель', 'anon'],
  // Unnamed people at work: "Мастер сказал", "бригадир пообещал".
  ['мастер', 'anon'], ['бригадир', 'anon'], ['охранник', 'anon'], ['продавец', 'anon'], ['кассир', 'anon'],
  // ("инструктор предлагал …", "По словам курсантов", "Машинист успел сообщить"): trades and learners of local news.
  ['инструктор', 'anon'], ['курсант', 'anon'], ['воспитатель', 'anon'], ['механик', 'anon'], ['школьник', 'anon'], ['санитар', 'anon'],
  // ("Её давний партнёр, режиссёр X": a partner on stage, in sport or in business.)
  ['партнер', 'anon'], ['партнерша', 'anon'],
  ['машинист', 'anon'], ['диспетчер', 'anon'], ['стюардесса', 'anon'], ['таксист', 'anon'], ['дальнобойщик', 'anon'], ['нотариус', 'anon'],
  ['фермер', 'anon'], ['покупатель', 'anon'], ['пассажир', 'anon'], ['сосед', 'anon'], ['волонтер', 'anon'], ['активист', 'anon'],
  // Unnamed old people in local stories: "Один дедушка уверял", "бабушка рассказала".
  ['дедушка', 'anon', 'm'], ['бабушка', 'anon'], ['старик', 'anon'], ['старушка', 'anon'],
  ['эксперт', 'group'], ['оппонент', 'group'], ['аналитик', 'group'], ['наблюдатель', 'group'], ['политолог', 'group'], ['специалист', 'group'],
  ['исследователь', 'group'], ['исследовательница', 'group'], ['ученый', 'group'], ['разработчик', 'group'], ['критик', 'group'], ['журналист', 'group'], ['СМИ', 'group'],
  ['пресса', 'group'], ['разведка', 'anon'], ['спецслужба', 'anon'], ['медик', 'group'], ['врач', 'group'],
  ['министр', 'role'], ['замминистра', 'role'], ['замглавы', 'role'], ['глава', 'role', 'm'], ['президент', 'role'], ['премьер', 'role'],
  ['премьер-министр', 'role'], ['вице-премьер', 'role'], ['вице-президент', 'role'], ['канцлер', 'role'],
  ['председатель', 'role'], ['руководитель', 'role'], ['директор', 'role'], ['гендиректор', 'role'],
  ['губернатор', 'role'], ['мэр', 'role'], ['градоначальник', 'role'], ['парламентарий', 'role'], ['посол', 'role'], ['пресс-секретарь', 'role'], ['генсек', 'role'],
  ['лидер', 'role'], ['спикер', 'role'], ['советник', 'role'], ['помощник', 'role'], ['заместитель', 'role'],
  ['командующий', 'role'], ['начальник', 'role'], ['госсекретарь', 'role'], ['генпрокурор', 'role'], ['судья', 'role', 'm'],
  ['эксперт', 'group'], ['политик', 'role'], ['режиссер', 'role'], ['тренер', 'role'], ['продюсер', 'role'], ['писатель', 'role'], ['композитор', 'role'],
  ['певица', 'role'], ['певец', 'role'], ['актер', 'role'], ['актриса', 'role'], ['ректор', 'role'], ['главврач', 'role'], ['аким', 'role'], ['хоким', 'role'],
  ['худрук', 'role'], ['омбудсмен', 'role'], ['основатель', 'role'], ['владелец', 'role'], ['адвокат', 'role'],
  // Occupations and trial roles: a bare one after a quote is the person the article named ("— сказал подсудимый").
  ['подсудимый', 'role'], ['осужденный', 'role'], ['защитник', 'role'], ['истец', 'role'], ['ответчик', 'role'], ['юрист', 'role'],
  // Who acts for a player or an artist: "агент футболиста", "его менеджер".
  ['агент', 'role'], ['менеджер', 'role'], ['пресс-агент', 'role'], ['пиарщик', 'role'], ['публицист', 'role'],
  ['бизнесмен', 'role'], ['предприниматель', 'role'], ['бухгалтер', 'role'], ['инженер', 'role'], ['архитектор', 'role'],
  ['художник', 'role'], ['музыкант', 'role'], ['фотограф', 'role'], ['спортсмен', 'role'], ['пасечник', 'role'], ['ветеринар', 'role'],
  ['модель', 'role', 'f'], ['супермодель', 'role', 'f'], ['блогер', 'role'], ['телеведущая', 'role'], ['балерина', 'role'], ['спортсменка', 'role'],
  ['футболист', 'role'], ['хоккеист', 'role'], ['теннисистка', 'role'], ['теннисист', 'role'],
  // ("Гроссмейстер Денис Коваленко дисквалифицирован. Шахматист называет обвинения «бредом»": chess players too.)
  ['шахматист', 'role'], ['шахматистка', 'role'], ['гроссмейстер', 'role'], ['вратарь', 'role'], ['нападающий', 'role'], ['защитница', 'role'],
  ['декан', 'role'], ['проректор', 'role'], ['профессор', 'role'], ['преподаватель', 'role'], ['капитан', 'role'],
  // Offices, envoys and their deputies; sports and business titles; officers of a court.
  ['комиссар', 'role'], ['еврокомиссар', 'role'], ['полпред', 'role'], ['постпред', 'role'], ['генконсул', 'role'], ['консул', 'role'],
  ['секретарь', 'role'], ['главком', 'role'], ['главнокомандующий', 'role'], ['вице-спикер', 'role'], ['вице-мэр', 'role'], ['вице-министр', 'role'], ['вице-канцлер', 'role'], ['вице-консул', 'role'], ['вице-ректор', 'role'], ['вице-губернатор', 'role'],
  ['зампред', 'role'], ['сопредседатель', 'role'], ['уполномоченный', 'role'],
  ['полузащитник', 'role'], ['форвард', 'role'], ['голкипер', 'role'], ['наставник', 'role'], ['арбитр', 'role'],
  ['совладелец', 'role'], ['топ-менеджер', 'role'], ['управляющий', 'role'], ['гособвинитель', 'role'], ['пристав', 'anon'],
  // A circle or a trade as the place of unnamed sources: "в окружении мэра уверены", "в отрасли говорят".
  ['окружение', 'anon'], ['отрасль', 'group', 'f'], ['индустрия', 'group'], ['структура', 'group'], ['оппозиция', 'group'],
  // "в деловых кругах говорят", "в близких к клубу кругах": circles of unnamed sources.
  ['круг', 'group'],
  // "в команде губернатора утверждают", "в лагере республиканцев говорят".
  ['команда', 'group'], ['лагерь', 'group'],
  // Unnamed members of the public and of surveys.
  ['потерпевший', 'anon'], ['дольщик', 'anon'], ['дольщица', 'anon'], ['заявитель', 'anon'], ['пациент', 'anon'], ['клиент', 'anon'],
  ['сотрудница', 'anon'], ['жительница', 'anon'], ['собственник', 'anon'],
  // Women's forms of words for people, and military ranks: "Чиновница добавила", "Генерал подчеркнул" open a sentence
  // capitalized and are no surname.
  ['чиновница', 'anon'], ['представительница', 'anon'], ['учительница', 'anon'], ['студентка', 'anon'], ['свидетельница', 'anon'],
  // ("Ее соседка добавила", "Пассажирка рейса рассказала": the women's forms of the public's words above.)
  ['соседка', 'anon'], ['пассажирка', 'anon'], ['покупательница', 'anon'], ['посетительница', 'anon'], ['очевидица', 'anon'],
  ['участница', 'anon'], ['работница', 'anon'], ['клиентка', 'anon'], ['читательница', 'anon'], ['зрительница', 'anon'],
  ['болельщица', 'anon'], ['горожанка', 'anon'], ['односельчанка', 'anon'], ['продавщица', 'anon'], ['школьница', 'anon'],
  ['волонтерка', 'anon'], ['активистка', 'anon'], ['медсестра', 'anon'], ['пользовательница', 'anon'],
  ['журналистка', 'group'], ['руководительница', 'role'], ['владелица', 'role'],
  ['генерал', 'role'], ['полковник', 'role'], ['адмирал', 'role'], ['маршал', 'role'], ['командир', 'role'],
  ['священник', 'role'], ['патриарх', 'role'], ['митрополит', 'role'], ['космонавт', 'role'], ['академик', 'role'],
  ['олигарх', 'role'], ['миллиардер', 'role'], ['рэпер', 'role'], ['телеведущий', 'role'], ['боксер', 'role'],
  ['пилот', 'anon'], ['военнослужащий', 'anon'], ['хирург', 'group'],
  // Nationalities and origins: "— добавил бразилец" after the player was named; unnamed otherwise.
  ['бразилец', 'anon'], ['аргентинец', 'anon'], ['француз', 'anon'], ['немец', 'anon'], ['испанец', 'anon'], ['итальянец', 'anon'],
  ['американец', 'anon'], ['британец', 'anon'], ['португалец', 'anon'], ['голландец', 'anon'], ['канадец', 'anon'], ['японец', 'anon'],
  ['украинец', 'anon'], ['белорус', 'anon'], ['россиянин', 'anon'], ['россиянка', 'anon'], ['серб', 'anon'], ['хорват', 'anon'],
  ['уроженец', 'anon'], ['уроженка', 'anon'], ['соотечественник', 'anon'],
  ['респондент', 'group'], ['опрошенный', 'group'], ['экономист', 'group'], ['социолог', 'group'], ['эколог', 'group'],
  // Workers of a trade as a group: "энергетики называют эти сроки оптимистичными", "коммунальщики уверяют".
  ['энергетик', 'group'], ['коммунальщик', 'group'], ['дорожник', 'group'], ['железнодорожник', 'group'], ['нефтяник', 'group'],
  ['газовик', 'group'], ['аграрий', 'group'], ['металлург', 'group'], ['шахтер', 'group'], ['горняк', 'group'], ['строитель', 'group'],
  ['синоптик', 'group'], ['метеоролог', 'group'], ['гидролог', 'group'], ['сейсмолог', 'group'], ['климатолог', 'group'], ['вирусолог', 'group'], ['эпидемиолог', 'group'], ['психолог', 'group'],
  ['сообщество', 'group'], ['историк', 'group'], ['демограф', 'group'], ['биолог', 'group'], ['геолог', 'group'],
  // Trades of the market, unnamed: "По прогнозам букмекеров", "маркетологи уверены", "риелторы говорят".
  ['букмекер', 'group'], ['консультант', 'group'], ['маркетолог', 'group'], ['риелтор', 'group'], ['риэлтор', 'group'],
  // Relatives and friends: "по словам дочери Михаила Горбунова" — the daughter speaks (see KIN).
  ['сын', 'anon'], ['жена', 'anon'], ['муж', 'anon'], ['отец', 'anon'], ['брат', 'anon'], ['сестра', 'anon'], ['вдова', 'anon'],
  ['супруга', 'anon'], ['супруг', 'anon'], ['родственник', 'anon'], ['родственница', 'anon'], ['подруга', 'anon'],
  ['коллега', 'anon', 'm'], ['друг', 'anon'],
  ['дядя', 'anon', 'm'], ['тетя', 'anon'], ['племянник', 'anon'], ['племянница', 'anon'],
  // ("в надзорном органе", "в уполномоченном органе", "в правоохранительных органах": any body by its function.)
  ['орган', 'org'],
  ['министерство', 'org'], ['охотнадзор', 'org'], ['рыбнадзор', 'org'], ['жилнадзор', 'org'], ['госжилнадзор', 'org'], ['гостехнадзор', 'org'], ['стройнадзор', 'org'], ['ветнадзор', 'org'], ['ведомство', 'org'], ['регулятор', 'org'], ['прокуратура', 'org'], ['правительство', 'org'], ['канцелярия', 'org'],
  ['пресс-служба', 'org'], ['служба', 'org'], ['офис', 'org'], ['суд', 'org'], ['посольство', 'org'], ['генконсульство', 'org'],
  ['консульство', 'org'], ['администрация', 'org'], ['партия', 'org'], ['компания', 'org'], ['холдинг', 'org'],
  ['авиакомпания', 'org'], ['комитет', 'org'], ['комиссия', 'org'], ['совет', 'org'], ['парламент', 'org'],
  ['организация', 'org'], ['управление', 'org'], ['департамент', 'org'], ['полиция', 'org'], ['милиция', 'org'], ['армия', 'org'],
  ['штаб', 'org'], ['минобороны', 'org', 'n'], ['МИД', 'org'], ['Кремль', 'org'], ['Пентагон', 'org'],
  ['Госдеп', 'org'], ['госдепартамент', 'org'], ['Белый дом', 'org'], ['Еврокомиссия', 'org'], ['банк', 'org'], ['нацбанк', 'org'], ['центробанк', 'org'],
  ['фонд', 'org'], ['центр', 'org'], ['институт', 'org'], ['университет', 'org'], ['судмедэкспертиза', 'org'],
  ['сторона', 'org'], ['ассоциация', 'org'], ['союз', 'org'], ['федерация', 'org'], ['профсоюз', 'org'], ['палата', 'org'],
  ['корпорация', 'org'], ['госкорпорация', 'org'], ['агрохолдинг', 'org'], ['концерн', 'org'], ['инспекция', 'org'], ['отдел', 'org'],
  // (A body's branch or office speaks for it: "в региональном отделении партии", "в филиале банка", "представительство ООН".)
  ['отделение', 'org'], ['филиал', 'org'], ['представительство', 'org'], ['учреждение', 'org'], ['объединение', 'org'], ['собрание', 'org'],
  ['заксобрание', 'org'], ['гордума', 'org'], ['облдума', 'org'], ['горсовет', 'org'], ['ассамблея', 'org'], ['академия', 'org'], ['театр', 'org'], ['музей', 'org'], ['больница', 'org'], ['клиника', 'org'], ['руководство', 'org'], ['дом', 'org'], ['дума', 'org'], ['Госдума', 'org'], ['Рада', 'org'], ['Сенат', 'org'], ['кабмин', 'org'], ['кабинет', 'org'], ['мэрия', 'org'], ['главк', 'org'], ['штаб-квартира', 'org'], ['аппарат', 'org'], ['секретариат', 'org'], ['пресс-центр', 'org'], ['минздрав', 'org'], ['минфин', 'org'],
  // Short ministries that decline, with a country after them: "пресс-служба Минсельхоза Кыргызстана" is Минсельхоз Кыргызстана.
  ['минсельхоз', 'org'], ['минтранс', 'org'], ['минюст', 'org'], ['минтруд', 'org'], ['минпромторг', 'org'], ['минстрой', 'org'], ['минспорт', 'org'], ['следствие', 'org'], ['обвинение', 'org'], ['защита', 'org'], ['сервис', 'org'], ['платформа', 'org'], ['маркетплейс', 'org'],
  // Local administrations of Kazakhstan, Uzbekistan and Belarus: "В акимате района сообщили", "в хокимияте заявили", "в горисполкоме пояснили".
  ['акимат', 'org'], ['хокимият', 'org'], ['маслихат', 'org'], ['горисполком', 'org'], ['райисполком', 'org'], ['облисполком', 'org'], ['исполком', 'org'], ['сельсовет', 'org'],
  // A club, a plant or a factory speaks for itself: "В клубе опровергли", "На заводе признали".
  ['клуб', 'org'], ['завод', 'org'], ['предприятие', 'org'], ['фабрика', 'org'], ['комбинат', 'org'],
  // A company by its trade: "по версии перевозчика", "в туроператоре заявили", "застройщик сообщил".
  ['перевозчик', 'org'], ['авиаперевозчик', 'org'], ['туроператор', 'org'], ['застройщик', 'org'],
  ['агентство', 'media'], ['информагентство', 'media'], ['издание', 'media'], ['газета', 'media'], ['журнал', 'media'],
  ['телеканал', 'media'], ['радиостанция', 'media'], ['портал', 'media'], ['сайт', 'document'], ['телеграм-канал', 'media'],
  // (The messenger's name in Latin letters, or with a double м, is as common: "Telegram-канал «…»", "YouTube-канал".)
  ['telegram-канал', 'media'], ['телеграмм-канал', 'media'], ['youtube-канал', 'media'], ['ютуб-канал', 'media'],
  ['канал', 'media'], ['таблоид', 'media'], ['еженедельник', 'media'], ['корреспондент', 'media'], ['ИА', 'media'],
  ['МИА', 'media'], ['агентство', 'media'], ['телекомпания', 'media'], ['блог', 'media'],
  ['заявление', 'document'], ['сообщение', 'document'], ['материал', 'document'], ['документ', 'document'],
  // (A body's written reply speaks for it: "говорится в ответе министерства".)
  ['ответ', 'document'],
  ['доклад', 'document'], ['отчет', 'document'], ['статья', 'document'], ['публикация', 'document'], ['микроблог', 'document'],
  ['заключение', 'document'], ['письмо', 'document'], ['обращение', 'document'], ['коммюнике', 'document', 'n'],
  ['пресс-релиз', 'document'], ['релиз', 'document'], ['исследование', 'document'], ['бюллетень', 'document'],
  // (A paper posted before review: "говорится в препринте исследования".)
  ['препринт', 'document'],
  ['резолюция', 'document'], ['постановление', 'document'], ['приговор', 'document'], ['жалоба', 'document'],
  ['иск', 'document'], ['указ', 'document'], ['пост', 'document'], ['твит', 'document'], ['опрос', 'document'],
  ['справка', 'document'], ['комментарий', 'document'], ['отчетность', 'document', 'f'], ['пояснение', 'document'], ['уведомление', 'document'],
  ['сводка', 'document'], ['результат', 'document'], ['картотека', 'document'], ['реестр', 'document'], ['выписка', 'document'], ['телеграмма', 'document'], ['рапорт', 'document'], ['обзор', 'document'], ['прогноз', 'document'], ['протокол', 'document'],
  // Court and office papers: "из решения суда", "согласно распоряжению мэрии", "из переписки сотрудников".
  ['решение', 'document'], ['определение', 'document'], ['распоряжение', 'document'], ['приказ', 'document'], ['акт', 'document'],
  // "В законопроекте говорится", "в петиции указано", "Программа предусматривает": texts that speak for their authors.
  ['законопроект', 'document'], ['петиция', 'document'], ['стратегия', 'document'], ['концепция', 'document'],
  ['переписка', 'document'], ['записка', 'document'], ['договор', 'document'], ['контракт', 'document'], ['меморандум', 'document'], ['декларация', 'document'],
];

/** Indeclinable heads (acronyms, loanwords). */
const INDECLINABLE = new Set(['СМИ', 'МИД', 'ИА', 'МИА', 'минобороны', 'коммюнике', 'замминистра', 'замглавы']);
const VELAR_HUSH = /[гкхжшщч]$/;

/** Case forms of a noun: [form, plural, nominative]. */
export function decline(nom: string, gender?: Gender): [string, boolean, boolean][] {
  // "СМИ" (mass media) is always plural; other indeclinables are either.
  if (nom === 'СМИ') return [[nom, true, true]];
  if (INDECLINABLE.has(nom)) return [[nom, false, true], [nom, true, true]];
  const out: [string, boolean, boolean][] = [[nom, false, true]];
  const sg = (...f: string[]) => f.forEach((x) => out.push([x, false, false]));
  const pl = (nomPl: string, ...f: string[]) => { out.push([nomPl, true, true]); f.forEach((x) => out.push([x, true, false])); };
  if (/арий$/.test(nom)) { // комментарий: a noun, not an adjective
    const st = nom.slice(0, -2);
    sg(st + 'ия', st + 'ию', st + 'ием', st + 'ии');
    pl(st + 'ии', st + 'иев', st + 'иям', st + 'иями', st + 'иях');
  } else if (/ий$|ый$|ой$/.test(nom)) { // substantivized adjective: военный, командующий
    const st = nom.slice(0, -2);
    const soft = /ий$/.test(nom) && !VELAR_HUSH.test(st);
    // (After ж ш щ ч an unstressed ending is soft too: нападающий → нападающего, пострадавший → пострадавшему; after г к х
    // the instrumental is -им: глухим.)
    const e = soft || /ий$/.test(nom) && /[жшщч]$/.test(st);
    const i = e || VELAR_HUSH.test(st);
    sg(st + (e ? 'его' : 'ого'), st + (e ? 'ему' : 'ому'), st + (i ? 'им' : 'ым'), st + (e ? 'ем' : 'ом'));
    pl(st + (soft || VELAR_HUSH.test(st) ? 'ие' : 'ые'), st + (soft || VELAR_HUSH.test(st) ? 'их' : 'ых'), st + (soft || VELAR_HUSH.test(st) ? 'им' : 'ым'), st + (soft || VELAR_HUSH.test(st) ? 'ими' : 'ыми'));
  } else if (/ая$/.test(nom)) { // a substantivized adjective for a woman: потерпевшая, телеведущая
    const st = nom.slice(0, -2);
    const e = /[жшщч]$/.test(st);
    sg(st + (e ? 'ей' : 'ой'), st + 'ую');
    pl(st + (VELAR_HUSH.test(st) ? 'ие' : 'ые'), st + (VELAR_HUSH.test(st) ? 'их' : 'ых'), st + (VELAR_HUSH.test(st) ? 'им' : 'ым'), st + (VELAR_HUSH.test(st) ? 'ими' : 'ыми'));
  } else if (/ия$/.test(nom)) {
    const st = nom.slice(0, -2);
    sg(st + 'ии', st + 'ию', st + 'ией');
    pl(st + 'ии', st + 'ий', st + 'иям', st + 'иями', st + 'иях');
  } else if (/а$/.test(nom)) {
    const st = nom.slice(0, -1);
    const i = VELAR_HUSH.test(st) ? 'и' : 'ы';
    sg(st + i, st + 'е', st + 'у', st + 'ой');
    // A fleeting vowel in the genitive plural: разведка → разведок, справка → справок.
    const gen = /[бвгдзклмнпрстфх]к$/.test(st) ? st.slice(0, -1) + 'ок' : /[жшчщ]к$/.test(st) ? st.slice(0, -1) + 'ек' : st;
    pl(st + i, gen, st + 'ам', st + 'ами', st + 'ах');
    if (gender === 'm') out.push([st + 'ы', false, false]);
  } else if (/я$/.test(nom)) {
    const st = nom.slice(0, -1);
    sg(st + 'и', st + 'е', st + 'ю', st + 'ей');
    pl(st + 'и', st + 'ей', st + 'ям', st + 'ями', st + 'ях');
  } else if (/ие$/.test(nom)) {
    const st = nom.slice(0, -2);
    sg(st + 'ия', st + 'ию', st + 'ием', st + 'ии');
    pl(st + 'ия', st + 'ий', st + 'иям', st + 'иями', st + 'иях');
  } else if (/о$/.test(nom)) {
    const st = nom.slice(0, -1);
    sg(st + 'а', st + 'у', st + 'ом', st + 'е');
    pl(st + 'а', st, st + 'ам', st + 'ами', st + 'ах');
  } else if (/ь$/.test(nom) && gender === 'f') { // отрасль, отчетность: the feminine -ь declension
    const st = nom.slice(0, -1);
    sg(st + 'и', st + 'ью');
    pl(st + 'и', st + 'ей', st + 'ям', st + 'ями', st + 'ях');
  } else if (/ь$/.test(nom)) {
    const st = nom.slice(0, -1);
    sg(st + 'я', st + 'ю', st + 'ем', st + 'е');
    pl(st + 'и', st + 'ей', st + 'ям', st + 'ями', st + 'ях');
  } else {
    const st = nom.replace(/ец$/, 'ц').replace(/ол$/, 'л');
    const hush = /[жшщчц]$/.test(st);
    const i = VELAR_HUSH.test(st) ? 'и' : 'ы';
    sg(st + 'а', st + 'у', st + (hush ? 'ем' : 'ом'), st + 'е');
    pl(st + i, /ц$/.test(st) ? st + 'ев' : hush ? st + 'ей' : st + 'ов', st + 'ам', st + 'ами', st + 'ах');
  }
  return out;
}

function genderOf(nom: string, override?: Gender): Gender {
  if (override) return override;
  if (/[ая]$/.test(nom)) return 'f';
  if (/[оеё]$/.test(nom)) return 'n';
  return 'm';
}

/** Plural-only nouns that decline like adjectives: [form, nominative]. */
const PLURAL_ONLY: [string, NounCat, string[]][] = [
  ['данные', 'document', ['данных', 'данным', 'данными']],
  ['власти', 'anon', ['властей', 'властям', 'властями', 'властях']],
  // The plural of "человек": "люди, знакомые с ситуацией".
  ['люди', 'anon', ['людей', 'людям', 'людьми', 'людях']],
  // "В кулуарах Госдумы говорят": the lobbies, a circle of unnamed sources.
  ['кулуары', 'group', ['кулуаров', 'кулуарам', 'кулуарами', 'кулуарах']],
];

let table: Map<string, NounForm[]> | undefined;

/** Form (lower case, ё→е) → possible readings. */
export function nounForms(): Map<string, NounForm[]> {
  if (table) return table;
  table = new Map();
  for (const [nom, cat, forms] of PLURAL_ONLY) {
    table.set(nom, [{ lemma: nom, cat, gender: 'n', plural: true, nominative: true }]);
    for (const f of forms) table.set(f, [{ lemma: nom, cat, gender: 'n', plural: true, nominative: false }]);
  }
  for (const [nom, sg, nomPl, pl, gender] of IRREGULAR_KIN) {
    const add = (form: string, plural: boolean, nominative: boolean) => table!.set(form, [...(table!.get(form) ?? []), { lemma: nom, cat: 'anon', gender, plural, nominative }]);
    // (Listed singular forms mean the noun is not in NOUNS: its nominative comes from here too.)
    if (gender === 'f' || sg.length) add(nom, false, true);
    for (const f of sg) add(f, false, false);
    add(nomPl, true, true);
    for (const f of pl) add(f, true, false);
  }
  for (const [nom, cat, g] of NOUNS) {
    const gender = genderOf(nom, g);
    for (const [form, plural, nominative] of decline(nom, g)) {
      // Former office holders keep the role: "экс-министр", "экс-президента".
      for (const key of cat === 'role' ? [form.toLowerCase(), 'экс-' + form.toLowerCase()] : [form.toLowerCase()]) {
        const list = table.get(key) ?? [];
        if (!list.some((x) => x.lemma === nom && x.plural === plural && x.nominative === nominative)) {
          list.push({ lemma: nom, cat, gender, plural, nominative });
        }
        table.set(key, list);
      }
    }
  }
  return table;
}

/** Relatives and friends, who speak for themselves, not for the person named after them in the genitive. */
export const KIN = new Set(['дочь', 'мать', 'сын', 'жена', 'муж', 'отец', 'брат', 'сестра', 'вдова', 'супруга', 'супруг', 'родственник', 'родственница',
  'подруга', 'коллега', 'друг', 'дядя', 'тетя', 'племянник', 'племянница']);

/** Kin nouns whose declension no rule above gives: [nominative singular, oblique singular forms, nominative plural, oblique plural forms]. */
const IRREGULAR_KIN: [string, string[], string, string[], Gender][] = [
  ['дочь', ['дочери', 'дочерью'], 'дочери', ['дочерей', 'дочерям', 'дочерьми', 'дочерях'], 'f'],
  ['мать', ['матери', 'матерью'], 'матери', ['матерей', 'матерям', 'матерями', 'матерях'], 'f'],
  // Irregular plurals (the singular declines by rule): "мои друзья говорили", "по словам сыновей".
  ['друг', [], 'друзья', ['друзей', 'друзьям', 'друзьями', 'друзьях'], 'm'],
  ['сын', [], 'сыновья', ['сыновей', 'сыновьям', 'сыновьями', 'сыновьях'], 'm'],
  ['брат', [], 'братья', ['братьев', 'братьям', 'братьями', 'братьях'], 'm'],
  ['муж', [], 'мужья', ['мужей', 'мужьям', 'мужьями', 'мужьях'], 'm'],
  // Townspeople and neighbours: "Горожане жалуются", "со слов соседей".
  ['сосед', [], 'соседи', ['соседей', 'соседям', 'соседями', 'соседях'], 'm'],
  // A fleeting vowel: "по словам бойца", "бойцы рассказывают".
  ['боец', ['бойца', 'бойцу', 'бойцом', 'бойце'], 'бойцы', ['бойцов', 'бойцам', 'бойцами', 'бойцах'], 'm'],
  ['горожанин', ['горожанина', 'горожанину', 'горожанином', 'горожанине'], 'горожане', ['горожан', 'горожанам', 'горожанами', 'горожанах'], 'm'],
  ['россиянин', [], 'россияне', ['россиян', 'россиянам', 'россиянами', 'россиянах'], 'm'],
  ['селянин', ['селянина', 'селянину', 'селянином'], 'селяне', ['селян', 'селянам', 'селянами', 'селянах'], 'm'],
  ['гражданин', ['гражданина', 'гражданину', 'гражданином', 'гражданине'], 'граждане', ['граждан', 'гражданам', 'гражданами', 'гражданах'], 'm'],
  ['прихожанин', ['прихожанина', 'прихожанину', 'прихожанином'], 'прихожане', ['прихожан', 'прихожанам', 'прихожанами', 'прихожанах'], 'm'],
];

/** Circles and trades that stand, as a "в"-place, for unnamed sources: "в окружении мэра уверены". */
export const CIRCLES = new Set(['окружение', 'отрасль', 'индустрия', 'структура', 'оппозиция', 'круг', 'кулуары', 'команда', 'лагерь']);

/** Words that, inside a source phrase, say it is a group ("несколько участников"). */
export const QUANTIFIERS = new Set(['несколько', 'ряд', 'многие', 'некоторые', 'большинство', 'часть', 'двое', 'трое', 'четверо', 'один', 'одна', 'одного',
  'одной', 'ряда', 'нескольких', 'многих', 'некоторых', 'двух', 'трех', 'четырех', 'пяти', 'два', 'две', 'три', 'четыре', 'пять', 'большинства', 'части', 'из',
  // Shares of a surveyed group: "больше половины горожан", "почти две трети россиян", "каждый третий".
  'половина', 'половины', 'треть', 'трети', 'четверть', 'четверти', 'больше', 'меньше', 'более', 'менее', 'почти', 'около', 'каждый', 'каждая',
  'подавляющее', 'абсолютное', 'меньшинство',
  // "Одни эксперты считают …, другие уверены …".
  'одни', 'одних']);

/** Possessive and demonstrative words that never start a subject phrase. */
export const NOT_SUBJECT_START = new Set(['свой', 'свое', 'свою', 'своя', 'свои', 'этот', 'это', 'эта', 'эти', 'тот', 'то', 'та', 'те', 'такой', 'такое', 'такая', 'такие', 'весь', 'все', 'всё', 'вся', 'само', 'сама', 'сам', 'сами']);

/** The nominative (singular or plural) of a lexicon noun. */
export function nominativeOf(lemma: string, plural: boolean): string {
  if (!plural || PLURAL_ONLY.some(([n]) => n === lemma)) return lemma;
  const kin = IRREGULAR_KIN.find(([n]) => n === lemma);
  if (kin) return kin[2];
  for (const [form, pl, nom] of decline(lemma)) if (pl && nom) return form;
  return lemma;
}

/** The field a ministry's short name stands for, in the genitive: Минсельхоз is the Министерство сельского хозяйства. */
export const MINISTRY_FIELDS: Record<string, string> = {
  сельхоз: 'сельского хозяйства', фин: 'финансов', здрав: 'здравоохранения', юст: 'юстиции', труд: 'труда', энерго: 'энергетики',
  транс: 'транспорта', строй: 'строительства', спорт: 'спорта', культуры: 'культуры', обороны: 'обороны', просвещения: 'просвещения',
  цифры: 'цифрового развития',
};
