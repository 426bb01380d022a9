// Closed-class English words the rules lean on.

/** Frequent function words, for telling English from other Latin-script text. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'this',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'he', 'she', 'they', 'we', 'his', 'her',
  'their', 'its', 'not', 'said', 'says', 'will', 'would', 'which', 'who', 'what', 'as', 'about', 'than',
]);

/** Tokens ending in '.' that do not end a sentence (lower case). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sr.', 'jr.', 'st.', 'mt.', 'ft.', 'rev.', 'hon.', 'messrs.', 'mmes.',
  'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.', 'sgt.', 'cpl.', 'pvt.', 'adm.', 'brig.', 'gov.', 'sen.',
  'sens.', 'rep.', 'reps.', 'amb.', 'sec.', 'atty.', 'supt.', 'det.', 'insp.', 'pres.', 'treas.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.',
  'no.', 'nos.', 'vol.', 'vs.', 'v.', 'etc.', 'e.g.', 'i.e.', 'approx.', 'est.', 'dept.', 'univ.', 'assn.',
  'corp.', 'inc.', 'co.', 'ltd.', 'bros.', 'ave.', 'blvd.', 'rd.', 'hwy.', 'fig.', 'p.', 'pp.',
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'kans.',
  'ky.', 'la.', 'md.', 'mass.', 'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'okla.', 'ore.',
  'pa.', 'penn.', 'tenn.', 'tex.', 'va.', 'vt.', 'wash.', 'wis.', 'wyo.',
]);

export const SUBJECT_PRONOUNS: Readonly<Record<string, { plural: boolean; gender: 'm' | 'f' | 'n' | 'any' }>> = {
  he: { plural: false, gender: 'm' }, she: { plural: false, gender: 'f' }, it: { plural: false, gender: 'n' },
  they: { plural: true, gender: 'any' }, we: { plural: true, gender: 'any' }, i: { plural: false, gender: 'any' },
  you: { plural: false, gender: 'any' }, who: { plural: false, gender: 'any' }, which: { plural: false, gender: 'n' },
};

/** Words skipped between a subject and its verb: "Trump also said", "she has repeatedly said". */
export const VERB_PREFIX: ReadonlySet<string> = new Set([
  // ("The audit itself warned", "the mayor herself said": a reflexive stresses the subject.)
  'itself', 'himself', 'herself', 'themselves',
  'also', 'later', 'earlier', 'then', 'now', 'has', 'have', 'had', "'s", "'ve", "'d", 'would', 'will', 'did', 'does',
  'do', 'was', 'were', 'is', 'are', 'be', 'been', 'further', 'again', 'once', 'still', 'even', 'first', 'long',
  'often', 'never', 'not', 'already', 'since', 'subsequently', 'previously', 'recently', 'repeatedly', 'publicly',
  'privately', 'frequently', 'quickly', 'flatly', 'simply', 'bluntly', 'reportedly', 'allegedly', 'openly',
  'formally', 'initially', 'finally', 'separately', 'last', 'week', 'month', 'year', 'on', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'just', 'may', 'might',
  'could', 'should', 'can', 'must', 'to', 'had', 'being', 'and', 'always', 'however', 'too',
]);

/** Words that end a subject noun phrase when walking left from a verb. */
export const NP_STOP: ReadonlySet<string> = new Set([
  'that', 'because', 'but', 'while', 'when', 'where', 'as', 'if', 'although', 'though', 'after', 'before', 'since',
  'whenever', 'wherever', 'whereas', 'whilst',
  'so', 'than', 'then', 'unless', 'until', 'whether', 'what', 'how', 'why', 'and', 'or', 'nor', 'yet', 'which',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'do', 'does', 'did', 'not', 'said', 'says', 'say', 'told', 'says', 'also', 'to', 'once',
  'however', 'meanwhile', 'instead', 'still', 'yes', 'no', 'well', 'now', 'here', 'there', 'thus', 'hence',
  'indeed', 'also', 'even', 'just', 'only', 'already', 'again', 'about', 'into', 'over', 'against', 'during',
  'without', 'within', 'upon', 'through', 'like', 'unlike',
]);

/** Determiners that start a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'several', 'many', 'most', 'few',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'multiple', 'other', 'both',
  'all', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'each', 'every', 'any', 'no', 'a few', 'numerous',
]);

/** Possessive determiners: "his campaign", "her advisers". */
export const POSSESSIVES: Readonly<Record<string, 'm' | 'f' | 'n' | 'any'>> = {
  his: 'm', her: 'f', its: 'n', their: 'any',
};

/** Plural group names that are never one identified source ("Democrats say"). */
export const GROUP_NAMES: ReadonlySet<string> = new Set([
  'democrats', 'republicans', 'americans', 'conservatives', 'liberals', 'progressives', 'europeans', 'britons',
  'russians', 'ukrainians', 'chinese', 'germans', 'french', 'israelis', 'palestinians', 'iranians', 'syrians',
  'iraqis', 'afghans', 'mexicans', 'canadians', 'christians', 'muslims', 'jews', 'evangelicals', 'catholics',
  'latinos', 'hispanics', 'millennials', 'independents', 'moderates', 'libertarians', 'socialists', 'greens',
  'tories', 'labourites', 'westerners', 'officials', 'sources', 'insiders', 'gop', 'dems',
  // Holders of an office, many and unnamed ("Some ministers said", "two cabinet ministers warned", "senior judges believe").
  'ministers', 'judges', 'mayors', 'governors', 'generals', 'commanders', 'ambassadors', 'bishops', 'directors',
  'managers', 'coaches', 'teammates', 'team-mates', 'inspectors', 'organisers', 'governments',
]);

/** Pronoun-like words that are never a source. */
export const NOT_SOURCE: ReadonlySet<string> = new Set([
  'me', 'him', 'them', 'us', 'it', 'there', 'here', 'what', 'this', 'that', 'these', 'those', 'nothing',
  'everything', 'anything', 'something', 'none', 'each', 'such', 'which', 'whom', 'whose', 'one', 'ones',
]);

/** Past participles not ending in -ed ("the lawsuit, brought by four inmates,", "documents seen by the paper"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'shown', 'given', 'written', 'drawn', 'taken', 'sent', 'made', 'held', 'kept', 'read', 'heard', 'known', 'found', 'brought', 'got', 'gotten', 'shared', 'put', 'run', 'led', 'won', 'paid', 'sold', 'told', 'built', 'bought', 'caught', 'chosen']);

/** The means of saying after "by": "said by phone that …", "told reporters by email" (not a passive's agent). */
export const MEANS_OF_SAYING: ReadonlySet<string> = new Set(['phone', 'telephone', 'email', 'e-mail', 'text', 'letter', 'video', 'videolink', 'satellite', 'radio', 'fax']);
