// Heads of anonymous sources and the words that describe them. A source whose
// head noun is here is anonymous unless a rule names it (a spokesman of a
// named body speaks for that body).

/** Anonymous heads, singular → plural. */
export const ANONYMOUS_HEADS: Readonly<Record<string, string>> = {
  official: 'officials', authority: 'authorities', agency: 'agencies', services: 'services', group: 'groups', organization: 'organizations', outlet: 'outlets', publication: 'publications', newspaper: 'newspapers', crew: 'crews', contestant: 'contestants', source: 'sources', aide: 'aides', adviser: 'advisers', advisor: 'advisors',
  person: 'people', insider: 'insiders', diplomat: 'diplomats', staffer: 'staffers', strategist: 'strategists',
  ally: 'allies', associate: 'associates', confidant: 'confidants', operative: 'operatives', lawmaker: 'lawmakers',
  legislator: 'legislators', senator: 'senators', congressman: 'congressmen', congresswoman: 'congresswomen',
  democrat: 'democrats', republican: 'republicans', member: 'members', employee: 'employees', worker: 'workers',
  investigator: 'investigators', prosecutor: 'prosecutors', lawyer: 'lawyers', attorney: 'attorneys',
  officer: 'officers', agent: 'agents', executive: 'executives', spokesman: 'spokesmen', spokeswoman: 'spokeswomen',
  spokesperson: 'spokespeople', representative: 'representatives', witness: 'witnesses', attendee: 'attendees',
  participant: 'participants', organizer: 'organizers', negotiator: 'negotiators', donor: 'donors',
  supporter: 'supporters', backer: 'backers', friend: 'friends', colleague: 'colleagues', confidante: 'confidantes',
  analyst: 'analysts', expert: 'experts', critic: 'critics', observer: 'observers', economist: 'economists',
  scientist: 'scientists', researcher: 'researchers', historian: 'historians', scholar: 'scholars',
  commentator: 'commentators', pundit: 'pundits', pollster: 'pollsters', activist: 'activists', protester: 'protesters',
  demonstrator: 'demonstrators', voter: 'voters', resident: 'residents', citizen: 'citizens', parent: 'parents',
  student: 'students', teacher: 'teachers', doctor: 'doctors', leader: 'leaders', opponent: 'opponents',
  rival: 'rivals', detractor: 'detractors', defender: 'defenders', proponent: 'proponents', advocate: 'advocates',
  conservative: 'conservatives', liberal: 'liberals', progressive: 'progressives', questioner: 'questioners',
  man: 'men', woman: 'women', someone: 'someone', somebody: 'somebody', staff: 'staff', team: 'team',
  veteran: 'veterans', speechwriter: 'speechwriters', consultant: 'consultants', operator: 'operators',
  reporter: 'reporters', journalist: 'journalists', editor: 'editors', respondent: 'respondents',
  poll: 'polls', survey: 'surveys', report: 'reports', study: 'studies', record: 'records', document: 'documents',
  email: 'emails', data: 'data', memo: 'memos', filing: 'filings', interview: 'interviews', estimate: 'estimates',
  figure: 'figures', statistic: 'statistics', transcript: 'transcripts', letter: 'letters', cable: 'cables',
  media: 'media', gang: 'gangs', hacker: 'hackers', reviewer: 'reviewers', assessor: 'assessors', examiner: 'examiners', tracker: 'trackers', trustee: 'trustees',
  // People met in the street, the market or the trade: "two traders said", "regular passengers describe".
  // "Markets had expected a reading of …", "money markets now price …": the market's consensus, an unnamed group.
  market: 'markets',
  trader: 'traders', buyer: 'buyers', seller: 'sellers', investor: 'investors', banker: 'bankers', broker: 'brokers',
  dealer: 'dealers', shareholder: 'shareholders', passenger: 'passengers', shopper: 'shoppers', customer: 'customers',
  commuter: 'commuters', consumer: 'consumers', tenant: 'tenants', patient: 'patients', nurse: 'nurses',
  farmer: 'farmers', fisherman: 'fishermen', fan: 'fans', watcher: 'watchers', neighbor: 'neighbors',
  neighbour: 'neighbours', villager: 'villagers', motorist: 'motorists', traveler: 'travelers', traveller: 'travellers',
  engineer: 'engineers', pilot: 'pilots', firefighter: 'firefighters', soldier: 'soldiers', medic: 'medics',
  survivor: 'survivors', relative: 'relatives', manufacturer: 'manufacturers', supplier: 'suppliers', lender: 'lenders',
  creditor: 'creditors', landlord: 'landlords', user: 'users', expat: 'expats', migrant: 'migrants',
  shopkeeper: 'shopkeepers', vendor: 'vendors', bystander: 'bystanders', passerby: 'passersby', cyclist: 'cyclists',
  pedestrian: 'pedestrians', homeowner: 'homeowners', eyewitness: 'eyewitnesses', onlooker: 'onlookers',
  spectator: 'spectators', miner: 'miners', rancher: 'ranchers', grower: 'growers', pupil: 'pupils',
  family: 'families', envoy: 'envoys', mediator: 'mediators', campaigner: 'campaigners',
  environmentalist: 'environmentalists', conservationist: 'conservationists', lobbyist: 'lobbyists',
  protestor: 'protestors', plaintiff: 'plaintiffs', victim: 'victims', refugee: 'refugees', volunteer: 'volunteers',
  mourner: 'mourners', islander: 'islanders',
  // Found missing on unseen news: professions and roles quoted without a name ("politicians have acknowledged",
  // "the authors argued", "a computer programmer who …", "academics warn").
  politician: 'politicians', author: 'authors', academic: 'academics', specialist: 'specialists',
  psychologist: 'psychologists', epidemiologist: 'epidemiologists', programmer: 'programmers',
  developer: 'developers', designer: 'designers', contractor: 'contractors', auditor: 'auditors',
  delegate: 'delegates', educator: 'educators', clinician: 'clinicians',
  biologist: 'biologists', ecologist: 'ecologists', climatologist: 'climatologists', physicist: 'physicists',
  chemist: 'chemists', geologist: 'geologists', statistician: 'statisticians', sociologist: 'sociologists',
  entrepreneur: 'entrepreneurs', employer: 'employers', industry: 'industry',
  // Tabloid words for friends: "a pal said", "pals claim".
  pal: 'pals', buddy: 'buddies', chum: 'chums',
  // Online voices: "military bloggers posted videos", "influencers claimed".
  blogger: 'bloggers', influencer: 'influencers', podcaster: 'podcasters',
  // Entertainment news: "a rep for the star", "her publicist".
  rep: 'reps', publicist: 'publicists',
  // Trades, crowds and ranks quoted without names: "two drivers said", "locals say", "Tory MPs warned",
  // "paramedics said", "civil servants say", "rebels claimed".
  driver: 'drivers', trucker: 'truckers', mechanic: 'mechanics', guard: 'guards', builder: 'builders',
  cleaner: 'cleaners', waiter: 'waiters', clerk: 'clerks', accountant: 'accountants', labourer: 'labourers',
  laborer: 'laborers', paramedic: 'paramedics', surgeon: 'surgeons', physician: 'physicians', servant: 'servants',
  local: 'locals', inmate: 'inmates', prisoner: 'prisoners', detainee: 'detainees', rebel: 'rebels',
  militant: 'militants', fighter: 'fighters', player: 'players', teammate: 'teammates', athlete: 'athletes',
  mp: 'mps', mep: 'meps', msp: 'msps', councillor: 'councillors', councilor: 'councilors', backbencher: 'backbenchers', juror: 'jurors',
  regulator: 'regulators', retailer: 'retailers', insurer: 'insurers', tourist: 'tourists', visitor: 'visitors',
  guest: 'guests', viewer: 'viewers', listener: 'listeners', reader: 'readers', worshipper: 'worshippers',
  rescuer: 'rescuers', responder: 'responders', sailor: 'sailors', diner: 'diners',
  // "U.S. intelligence has concluded that …": the services as one unnamed body.
  intelligence: 'intelligence',
  technician: 'technicians', electrician: 'electricians', plumber: 'plumbers', welder: 'welders',
  pharmacist: 'pharmacists', dentist: 'dentists', midwife: 'midwives', carer: 'carers', caregiver: 'caregivers',
  architect: 'architects', surveyor: 'surveyors', planner: 'planners', lecturer: 'lecturers', trainer: 'trainers',
  dispatcher: 'dispatchers', controller: 'controllers', attendant: 'attendants', steward: 'stewards',
  cashier: 'cashiers', porter: 'porters', chef: 'chefs', cook: 'cooks', baker: 'bakers', ranger: 'rangers', warden: 'wardens',
  // A firm's or a party's leaders as one unnamed body: "Management insists …", "the leadership said".
  management: 'management', leadership: 'leadership',
  // "business owners who warned", "shop owners say": owners of a trade as a group.
  owner: 'owners',
  // Weather, earth and health scientists quoted as a trade: "forecasters said", "seismologists warn".
  forecaster: 'forecasters', meteorologist: 'meteorologists', seismologist: 'seismologists', hydrologist: 'hydrologists',
  volcanologist: 'volcanologists', virologist: 'virologists', immunologist: 'immunologists', criminologist: 'criminologists',
  toxicologist: 'toxicologists', oceanographer: 'oceanographers', demographer: 'demographers',
  // Sport: "the striker replied", "one midfielder said"; a trial's sides: "the defence argued", "the prosecution said".
  striker: 'strikers', midfielder: 'midfielders', goalkeeper: 'goalkeepers', winger: 'wingers', skipper: 'skippers',
  batsman: 'batsmen', bowler: 'bowlers', quarterback: 'quarterbacks', pitcher: 'pitchers', rider: 'riders',
  boxer: 'boxers', golfer: 'golfers', sprinter: 'sprinters', swimmer: 'swimmers', referee: 'referees', umpire: 'umpires',
  defence: 'defence', defense: 'defense', prosecution: 'prosecution',
  // (Titles such as professor, inspector or founder stay roles: "the inspector" points back to one named before.)
};

/** Heads that make a vague group rather than a source ("experts say", "critics argue"). */
export const VAGUE_GROUP_HEADS: ReadonlySet<string> = new Set([
  'analyst', 'expert', 'critic', 'observer', 'economist', 'scientist', 'researcher', 'historian', 'scholar',
  'commentator', 'pundit', 'activist', 'protester', 'demonstrator', 'voter', 'resident', 'citizen', 'parent',
  'student', 'teacher', 'doctor', 'opponent', 'rival', 'detractor', 'defender', 'proponent', 'advocate',
  'conservative', 'liberal', 'progressive', 'democrat', 'republican', 'supporter', 'backer', 'man', 'woman',
  'veteran', 'respondent', 'poll', 'survey', 'report', 'study', 'record', 'document', 'email', 'data', 'estimate',
  'figure', 'statistic', 'some', 'many', 'others', 'most', 'few', 'several', 'media',
  'market', 'trader', 'buyer', 'seller', 'investor', 'banker', 'broker', 'dealer', 'shareholder', 'passenger', 'shopper',
  'customer', 'commuter', 'consumer', 'tenant', 'patient', 'nurse', 'farmer', 'fisherman', 'fan', 'watcher',
  'neighbor', 'neighbour', 'villager', 'motorist', 'traveler', 'traveller', 'engineer', 'pilot', 'firefighter',
  'soldier', 'medic', 'survivor', 'relative', 'manufacturer', 'supplier', 'lender', 'creditor', 'landlord', 'user',
  'expat', 'migrant', 'shopkeeper', 'vendor', 'bystander', 'passerby', 'cyclist', 'pedestrian', 'homeowner',
  'onlooker', 'spectator', 'miner', 'rancher', 'grower', 'pupil', 'campaigner', 'environmentalist', 'conservationist',
  'lobbyist', 'protestor', 'refugee', 'volunteer', 'mourner', 'islander',
  'politician', 'author', 'academic', 'specialist', 'psychologist', 'epidemiologist',
  'programmer', 'developer', 'designer', 'contractor', 'educator', 'clinician', 'biologist', 'ecologist',
  'climatologist', 'physicist', 'chemist', 'geologist', 'statistician', 'sociologist', 'entrepreneur', 'employer',
  'industry',
  'driver', 'trucker', 'mechanic', 'guard', 'builder', 'cleaner', 'waiter', 'clerk', 'accountant', 'labourer',
  'laborer', 'paramedic', 'surgeon', 'physician', 'servant', 'local', 'inmate', 'prisoner', 'detainee', 'rebel',
  'militant', 'fighter', 'player', 'teammate', 'athlete', 'mp', 'mep', 'msp', 'councillor', 'councilor', 'backbencher', 'juror',
  'regulator', 'retailer', 'insurer', 'tourist', 'visitor', 'guest', 'viewer', 'listener', 'reader', 'worshipper',
  'rescuer', 'responder', 'sailor', 'diner',
  'technician', 'electrician', 'plumber', 'welder', 'pharmacist', 'dentist', 'midwife', 'carer', 'caregiver',
  'architect', 'surveyor', 'planner', 'lecturer', 'trainer', 'dispatcher', 'controller', 'attendant', 'steward',
  'cashier', 'porter', 'chef', 'cook', 'baker', 'ranger', 'warden', 'owner',
  'forecaster', 'meteorologist', 'seismologist', 'hydrologist', 'volcanologist', 'virologist', 'immunologist',
  'criminologist', 'toxicologist', 'oceanographer', 'demographer',
  'striker', 'midfielder', 'goalkeeper', 'winger', 'skipper', 'batsman', 'bowler', 'quarterback', 'pitcher', 'rider',
  'boxer', 'golfer', 'sprinter', 'swimmer', 'referee', 'umpire',
]);

/** Heads that name their issuer when one is given ("a Bloomberg poll", "FEC filings"): documents. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'poll', 'survey', 'report', 'study', 'record', 'document', 'email', 'data', 'memo', 'filing', 'estimate',
  'figure', 'statistic', 'transcript', 'letter', 'cable', 'analysis', 'reporting', 'audit', 'review', 'complaint', 'lawsuit',
  'indictment', 'ruling', 'order', 'statement', 'release', 'video', 'footage', 'ad', 'advertisement', 'biography',
  'website', 'book', 'article', 'story', 'editorial', 'column', 'tweet', 'post', 'clip', 'average',
  'research', 'assessment', 'forecast', 'projection', 'investigation', 'inquiry', 'finding', 'census',
  'autopsy', 'post-mortem', 'inquest', 'examination', 'evaluation', 'calculation', 'tally', 'modelling', 'modeling',
  'draft', 'proposal', 'minutes', 'presentation', 'dossier', 'timeline', 'readout', 'inspection', 'probe',
  // Public notices: "according to a notice posted on the agency's website", "an advisory issued by the embassy".
  'notice', 'advisory', 'bulletin',
  // Pictures as evidence: "Images shared online show …", "a photo posted by the ministry shows …".
  'image', 'photo', 'photograph', 'picture',
  // Tools and series that publish figures: "according to CME Group's FedWatch tool", "the S&P index", "a Johns Hopkins database".
  'tool', 'index', 'database', 'dashboard', 'gauge', 'affidavit', 'warrant', 'filings', 'judgment', 'judgement', 'verdict',
  // A body's written rules: "according to the company's policy", "the league's guidelines say".
  'policy', 'guideline', 'guidance', 'handbook',
]);

/** Heads that speak for the body they belong to. */
export const SPOKES_HEADS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'press secretary']);

/**
 * Adjectives that follow a noun to say how its source knows ("people familiar with the talks", "a banker close to
 * the deal", "two people aware of the plan", "officials privy to the discussions"): one set for every reader.
 */
export const KNOWING_ADJECTIVES: ReadonlySet<string> = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'aware', 'privy']);
/** The same adjectives as an alternation for patterns. */
export const KNOWING_ALT = [...KNOWING_ADJECTIVES].join('|');

/** Words that describe an anonymous source (make it "described", not "bare"). */
export const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  'senior', 'former', 'current', 'administration', 'government', 'federal', 'state', 'local', 'military',
  'intelligence', 'security', 'law', 'enforcement', 'police', 'campaign', 'party', 'white', 'house', 'congressional',
  'republican', 'democratic', 'gop', 'western', 'american', 'european', 'foreign', 'top', 'high-ranking', 'ranking',
  ...KNOWING_ADJECTIVES, 'who', 'with', 'at', 'in', 'from', 'of', 'near',
]);

/** Quantifiers that can stand as a source alone: "some say", "many believe". */
export const QUANTIFIER_SOURCES: ReadonlySet<string> = new Set(['some', 'many', 'others', 'most', 'few', 'several', 'all', 'both']);

/**
 * Reasons given for anonymity, matched on lower-cased text. The reason span is
 * the whole clause ("who spoke on condition of anonymity because …").
 */
export const ANONYMITY_REASONS: readonly RegExp[] = [
  // "who wanted to remain anonymous", "who asked that her surname not be published", "speaking anonymously".
  /\b(?:who\s+)?(?:wanted|wants|wished|wishes|asked|preferred|prefers|chose|requested)\s+to\s+(?:remain|stay|be\s+kept)\s+anonymous\b/i,
  /\b(?:who\s+)?asked\s+that\s+(?:his|her|their|the)\s+(?:full\s+)?(?:names?|surnames?|identit(?:y|ies))\s+(?:not\s+be\s+(?:used|published|printed|given|disclosed|revealed)|be\s+withheld)\b/i,
  /\b(?:speaking|talking)\s+(?:anonymously|privately|on\s+background)\b/i,
  /\b(?:who\s+|while\s+)?(?:spoke|speaking|spoken|talked|talking)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b[^.;]*/i,
  /\b(?:who\s+)?(?:requested|request(?:ing)?|asked\s+for|demanded|was\s+granted|were\s+granted|granted)\s+anonymity\b[^.;]*/i,
  /\b(?:on|under)\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they)\s+not\s+be\s+(?:named|identified))\b[^.;]*/i,
  /\b(?:who\s+|because\s+(?:he|she|they)\s+)?(?:was|were|is|are|wasn[’']t|weren[’']t|isn[’']t|aren[’']t)\s+(?:not\s+)?(?:authorized|permitted|allowed|cleared)\s+to\s+(?:speak|discuss|comment|talk)[^.;]*/i,
  /\b(?:who\s+)?(?:declined|refused)\s+to\s+be\s+(?:named|identified)\b[^.;]*/i,
  /\b(?:who\s+)?asked\s+not\s+to\s+be\s+(?:named|identified)\b[^.;]*/i,
  // "who did not want to be named", "who didn't wish to be identified", "who declined to give her name", "who gave only his first name".
  /\b(?:who\s+)?(?:did\s+not|didn[’']t|does\s+not|doesn[’']t|do\s+not|don[’']t)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)\b[^.;]*/i,
  /\b(?:who\s+)?(?:declined|refused)\s+to\s+(?:give|share|provide)\s+(?:his|her|their)\s+(?:full\s+|last\s+|sur)?names?\b[^.;]*/i,
  /\b(?:who\s+)?(?:gave|would\s+give)\s+only\s+(?:his|her|their)\s+first\s+names?\b[^.;]*/i,
  /\b(?:who\s+)?(?:insisted|spoke)\s+on\s+anonymity\b[^.;]*/i,
  /\banonymously\b[^.;]*/i,
];

/** Relative clauses that describe an anonymous source ("familiar with the matter", "close to him"). */
export const DESCRIBING_POSTMODIFIERS: readonly string[] = [
  'familiar with', 'close to', 'knowledgeable about', 'briefed on', 'involved in', 'aware of', 'privy to', 'with knowledge of',
  'with direct knowledge', 'in attendance', 'in the room', 'who attended', 'who was present', 'who were present',
  'who has seen', 'who have seen', 'who had seen', 'who spoke', 'who requested', 'who asked', 'who was not',
  'who were not', 'who is not', 'who are not', "who wasn't", "who weren't", 'who declined',
];
