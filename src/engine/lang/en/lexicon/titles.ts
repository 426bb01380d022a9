// Titles before names and the roles they stand for. A title is not part of
// the canonical speaker ("Sen. Lindsey Graham" → "Lindsey Graham"), but it
// lets "the senator" find that person later.

/** Title (lower case, dots kept) → role noun it stands for. */
export const TITLES: Readonly<Record<string, string>> = {
  'mr.': '', 'mrs.': '', 'ms.': '', 'miss': '', 'dr.': 'doctor', 'prof.': 'professor', 'mr': '', 'mrs': '', 'ms': '',
  'sen.': 'senator', 'sens.': 'senator', 'senator': 'senator', 'rep.': 'representative', 'reps.': 'representative',
  'representative': 'representative', 'congressman': 'congressman', 'congresswoman': 'congresswoman',
  'gov.': 'governor', 'governor': 'governor', 'lt.': 'lieutenant', 'gen.': 'general', 'general': 'general',
  'adm.': 'admiral', 'admiral': 'admiral', 'col.': 'colonel', 'colonel': 'colonel', 'capt.': 'captain',
  'captain': 'captain', 'maj.': 'major', 'sgt.': 'sergeant', 'cmdr.': 'commander', 'president': 'president',
  'vice': '', 'secretary': 'secretary', 'sec.': 'secretary', 'minister': 'minister', 'chancellor': 'chancellor',
  'mayor': 'mayor', 'judge': 'judge', 'justice': 'justice', 'ambassador': 'ambassador', 'amb.': 'ambassador',
  'attorney': 'attorney', 'speaker': 'speaker', 'leader': 'leader', 'chairman': 'chairman', 'chairwoman': 'chairwoman',
  'chair': 'chair', 'director': 'director', 'commissioner': 'commissioner', 'prime': '', 'pope': 'pope',
  'king': 'king', 'queen': 'queen', 'prince': 'prince', 'princess': 'princess', 'rev.': 'reverend', 'father': '',
  'sister': '', 'gov': 'governor', 'sen': 'senator', 'rep': 'representative', 'dr': 'doctor', 'st.': '',
  'lord': '', 'lady': '', 'sir': '', 'dame': '', 'detective': 'detective', 'officer': 'officer', 'sheriff': 'sheriff',
  'chief': 'chief', 'superintendent': 'superintendent', 'coach': 'coach', 'host': 'host', 'anchor': 'anchor',
  'candidate': 'candidate', 'nominee': 'nominee', 'ceo': 'chief executive', 'founder': 'founder',
  // British and police forms written without a dot.
  'prof': 'professor', 'sgt': 'sergeant', 'det': 'detective', 'insp': 'inspector', 'supt': 'superintendent',
  // ("Det Ch Insp Mark Bellamy", "Ch Supt Ann Roe", "DCI Jane Hale": British police ranks, abbreviated.)
  'ch': 'chief', 'dci': 'detective chief inspector', 'det.': 'detective', 'insp.': 'inspector', 'supt.': 'superintendent',
  'cllr': 'councillor', 'councillor': 'councillor', 'councilor': 'councilor', 'councilman': 'councilman',
  'councilwoman': 'councilwoman', 'alderman': 'alderman', 'constable': 'constable', 'inspector': 'inspector', 'sergeant': 'sergeant',
  // Heads of government and state by their own countries' words ("Taoiseach Micheál Martin", "Akim Yerlan Karin").
  'taoiseach': 'taoiseach', 'tánaiste': 'tánaiste', 'tanaiste': 'tánaiste', 'akim': 'akim', 'emir': 'emir', 'sheikh': '', 'crown': '',
  // Hyphenated offices ("Director-General Tedros Adhanom Ghebreyesus", "Secretary-General António Guterres").
  'director-general': 'director-general', 'secretary-general': 'secretary-general', 'attorney-general': 'attorney general',
  'surgeon-general': 'surgeon general', 'governor-general': 'governor-general', 'vice-president': 'vice president', 'vice-chancellor': 'vice-chancellor',
};

/** Titles that tell the person's gender. */
export const MALE_TITLES: ReadonlySet<string> = new Set(['mr.', 'mr', 'sir', 'king', 'prince', 'lord', 'father', 'congressman', 'chairman', 'spokesman', 'councilman']);
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'lady', 'dame', 'queen', 'princess', 'sister', 'congresswoman', 'chairwoman', 'spokeswoman', 'councilwoman']);

/**
 * Role nouns that name one person in context ("the president", "the senator",
 * "the former secretary of state"). Lower case; also used to skip role words
 * in front of a name ("campaign manager Robby Mook").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'senator', 'governor', 'representative', 'congressman', 'congresswoman', 'secretary', 'minister',
  'mayor', 'judge', 'justice', 'ambassador', 'speaker', 'leader', 'chairman', 'chairwoman', 'chair', 'director',
  'commissioner', 'chancellor', 'candidate', 'nominee', 'manager', 'chief', 'executive', 'ceo', 'founder',
  'pollster', 'strategist', 'host', 'anchor', 'author', 'writer', 'columnist', 'correspondent', 'editor',
  'reporter', 'journalist', 'economist', 'professor', 'lawyer', 'attorney', 'prosecutor', 'sheriff', 'general',
  'admiral', 'commander', 'officer', 'detective', 'coach', 'widow', 'widower', 'mother', 'father', 'sister',
  'brother', 'wife', 'husband', 'daughter', 'son', 'businessman', 'businesswoman', 'billionaire', 'mogul',
  'star', 'actor', 'actress', 'singer', 'rapper', 'filmmaker', 'director', 'producer', 'analyst', 'expert',
  'adviser', 'advisor', 'aide', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'counsel', 'chairperson',
  'head', 'co-founder', 'owner', 'partner', 'principal', 'superintendent', 'treasurer', 'clerk', 'whip',
  'vice', 'deputy', 'assistant', 'associate', 'senior', 'former', 'longtime', 'veteran', 'fellow', 'incumbent',
  'challenger', 'running', 'mate', 'opponent', 'rival', 'president-elect', 'frontrunner', 'front-runner',
  'hopeful', 'contender', 'activist', 'organizer', 'attorney-general', 'general', 'inspector', 'investigator',
  'administrator', 'official', 'physician', 'doctor', 'scientist', 'researcher', 'historian', 'scholar',
  'campaign', 'research', 'state', 'national', 'security', 'communications', 'political', 'policy',
  'commentator', 'radio', 'talk', 'television', 'tv', 'news', 'conservative', 'liberal', 'progressive',
  'democratic', 'republican', 'gop', 'presidential', 'vice-presidential', 'majority', 'minority', 'house',
  'federal', 'prosecutor', 'top', 'data', 'chief', 'digital', 'field', 'finance', 'legal', 'media', 'foreign',
  'minister', 'prime', 'premier', 'monarch', 'emperor', 'dictator', 'ruler', 'tycoon', 'magnate',
  'coroner', 'pathologist', 'ombudsman', 'councillor', 'councilor', 'constable', 'sergeant', 'inspector',
]);

/** Nouns for a campaign, team or administration: they speak for their principal. */
export const PRINCIPAL_BODIES: ReadonlySet<string> = new Set(['campaign', 'team', 'administration', 'camp', 'transition', 'staff']);

/** Definite descriptions of organisations and outlets that point back to one ("the paper", "the bank"). */
export const ORG_DESCRIPTIONS: Readonly<Record<string, 'media' | 'organization' | 'document'>> = {
  paper: 'media', newspaper: 'media', outlet: 'media', network: 'media', magazine: 'media', site: 'media',
  website: 'media', broadcaster: 'media', publication: 'media', channel: 'media', daily: 'media', tabloid: 'media', agency: 'organization',
  company: 'organization', firm: 'organization', bank: 'organization', group: 'organization',
  organization: 'organization', organisation: 'organization', committee: 'organization', department: 'organization',
  ministry: 'organization', government: 'organization', union: 'organization', party: 'organization',
  council: 'organization', board: 'organization', court: 'organization', commission: 'organization',
  institute: 'organization', university: 'organization', office: 'organization', bureau: 'organization',
  center: 'organization', centre: 'organization', foundation: 'organization', coalition: 'organization',
  fund: 'organization', corporation: 'organization', administration: 'organization', departments: 'organization',
  police: 'organization', army: 'organization', military: 'organization', navy: 'organization',
  parliament: 'organization', cabinet: 'organization', embassy: 'organization', regime: 'organization',
  club: 'organization', league: 'organization', regulator: 'organization', watchdog: 'organization',
  airline: 'organization', carrier: 'organization', association: 'organization', federation: 'organization',
  authority: 'organization', insurer: 'organization', automaker: 'organization', retailer: 'organization',
  // Bodies a report names by their kind: "the hospital confirmed". (Not "the city": it would point back to any body.)
  // ("China's coast guard said", "the national guard".)
  guard: 'organization', service: 'organization', coastguard: 'organization', brigade: 'organization',
  hospital: 'organization', clinic: 'organization', charity: 'organization', force: 'organization', constabulary: 'organization', trust: 'organization',
  label: 'organization', palace: 'organization', carmaker: 'organization', chipmaker: 'organization', drugmaker: 'organization', conglomerate: 'organization',
  // ("The civic body said", "the world body", "the panel found": Indian and wire English name a body by its kind.)
  body: 'organization', panel: 'organization', tribunal: 'organization',
  // ("The think tank said", "the think-tank warned": a research body, named by its kind.)
  tank: 'organization', 'think-tank': 'organization',
  brewer: 'organization', publisher: 'organization', supermarket: 'organization', utility: 'organization', museum: 'organization', prison: 'organization', startup: 'organization', studio: 'organization',
  // ("Southlink Power said … The operator blamed …", "the lender said": business news names a company by its trade.)
  opposition: 'organization', operator: 'organization', lender: 'organization', miner: 'organization', manufacturer: 'organization', supplier: 'organization', provider: 'organization',
  // Local and national administrations by their own names: "the local prefecture", "the city akimat", "the municipality".
  prefecture: 'organization', municipality: 'organization', governorate: 'organization', directorate: 'organization',
  secretariat: 'organization', inspectorate: 'organization', registry: 'organization', akimat: 'organization',
  mayoralty: 'organization', consulate: 'organization', ombudsman: 'organization', observatory: 'organization',
  poll: 'document', survey: 'document', report: 'document', study: 'document',
};

/** A lower-case noun for a body, not a document ("union", "ministry", "paper"; not "report"). */
export function isBodyNoun(word: string): boolean {
  const kind = ORG_DESCRIPTIONS[word];
  return !!kind && kind !== 'document';
}

/** Last words that make a capitalised name a body, whatever a first name in front looks like ("Halvorsen Foods", "Harrowgate Athletic"). */
export const ORG_NAME_HEADS: ReadonlySet<string> = new Set([
  'foods', 'airlines', 'airways', 'air', 'holdings', 'group', 'industries', 'systems', 'partners', 'motors', 'bank',
  'athletic', 'united', 'rovers', 'wanderers', 'association', 'authority', 'league', 'club', 'council', 'commission',
  'agency', 'institute', 'university', 'college', 'foundation', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.',
  'plc', 'llc', 'co', 'co.', 'company', 'ministry', 'department', 'office', 'bureau', 'police', 'court', 'party',
  'union', 'federation', 'society', 'committee', 'board', 'trust', 'fund', 'capital', 'energy', 'pharmaceuticals',
  'technologies', 'labs', 'media', 'news', 'press', 'times', 'post', 'journal', 'telegraph', 'herald', 'tribune',
  // Last words of businesses' names: "Calderon Therapeutics" is a drugmaker, though "Calderon" is a surname.
  'therapeutics', 'biosciences', 'bioscience', 'biotech', 'pharma', 'diagnostics', 'genomics', 'medical', 'healthcare',
  'health', 'mining', 'minerals', 'metals', 'resources', 'exploration', 'petroleum', 'chemicals', 'securities',
  'investments', 'ventures', 'financial', 'insurance', 'lending', 'payments', 'logistics', 'shipping', 'tankers',
  'railways', 'transport', 'aerospace', 'automotive', 'robotics', 'analytics', 'software', 'semiconductor',
  'semiconductors', 'electronics', 'networks', 'communications', 'telecom', 'solutions', 'consulting', 'dynamics',
  'brands', 'retail', 'apparel', 'outdoor', 'beverages', 'brewing', 'brewery', 'homes', 'properties', 'estates',
  'construction', 'engineering', 'studios', 'entertainment', 'hotels', 'resorts', 'water',
]);
