// Multi-word cues and unattributed hedges. Each phrase is matched on lower-
// cased word tokens (apostrophes normalised to '), so write them that way.

/** "according to X", "citing X", "in an interview with X": the source follows the cue. */
export const SOURCE_AFTER_CUES: readonly string[] = [
  'according to',
  // (Indian and British English: "as per data from Tracxn", "as per the police".)
  'as per',
  'as reported by',
  'as first reported by',
  'as previously reported by',
  'first reported by',
  'as told to',
  'citing',
  'cited',
  'in a statement from',
  'in a statement by',
  'as quoted by',
  // ("As noted by the head of the Ecoforum NGO, Kalkaman Isabekov, …": a report's "as … by" names its source.)
  'as noted by',
  'as stated by',
  'as explained by',
  'as announced by',
  'as confirmed by',
  'as claimed by',
  'as pointed out by',
  'quoting',
  'per',
  'in the words of',
];

/** "… was told by X", "… was reported by X": passive cues whose agent follows "by". */
export const PASSIVE_BY_CUES: readonly string[] = [
  'was told by', 'were told by', 'had been told by', 'has been told by', 'have been told by', 'was reported by', 'was first reported by', 'were reported by',
  'was quoted by', 'was described by', 'was confirmed by', 'was announced by', 'were announced by',
  // Denials and confirmations of a claim: "The claims were denied by the company".
  ...['is', 'are', 'was', 'were', 'has been', 'have been', 'had been'].flatMap((be) => ['confirmed', 'denied', 'disputed', 'rejected', 'dismissed', 'contradicted', 'contested', 'challenged', 'rebutted'].map((v) => `${be} ${v} by`)),
];

/** "the court heard", "jurors were told": evidence given in court, no speaker named. */
function COURT_HEDGES_LIST(): string[] {
  const out: string[] = [];
  for (const body of ['the court', 'a court', 'the jury', 'a jury', 'the inquest', 'an inquest', 'the tribunal', 'a tribunal', 'the hearing', 'jurors'])
    for (const v of body === 'jurors' ? ['were told', 'heard'] : ['was told', 'heard']) out.push(`${body} ${v}`);
  // Headlines drop the article and the auxiliary: "…, jury told", "…, court hears", "…, inquest hears".
  for (const body of ['court', 'jury', 'inquest', 'tribunal', 'hearing']) for (const v of ['told', 'hears', 'heard']) out.push(`${body} ${v}`);
  // Bodies that take evidence outside a court: "…, inquiry told", "…, Senate estimates told", "…, MPs told", "the
  // committee heard".
  for (const body of ['inquiry', 'committee', 'commission', 'estimates', 'mps', 'senators', 'lawmakers', 'councillors']) for (const v of ['told', 'hears', 'heard']) out.push(`${body} ${v}`);
  for (const body of ['the inquiry', 'an inquiry', 'the committee', 'a committee', 'the commission']) for (const v of ['was told', 'heard']) out.push(`${body} ${v}`);
  return out;
}
export const COURT_HEDGES: ReadonlySet<string> = new Set(COURT_HEDGES_LIST());

/**
 * Hedges: the claim is marked as reported, but nobody is named. Each hedge
 * marks the claim of its clause (the sentence when it stands alone).
 */
export const HEDGES: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'rumoredly', 'ostensibly', 'reputedly',
  'it was reported', 'it has been reported', 'it is reported', 'it is said', 'it was said',
  'it has been said', 'it is alleged', 'it was alleged', 'it is believed', 'it was believed', 'it is understood',
  'it emerged', 'it has emerged', 'it is rumored', 'it was rumored', 'it is claimed', 'it was claimed',
  'it is thought', 'it is expected', 'it was expected',
  'is said to', 'are said to', 'was said to', 'were said to',
  // With an adverb inside: "a fight is also said to have broken out", "she is now believed to be".
  ...['is', 'are', 'was', 'were'].flatMap((be) => ['also', 'now', 'still', 'widely', 'further', 'even'].flatMap((adv) => ['said', 'alleged', 'believed', 'reported', 'thought', 'understood', 'rumored', 'rumoured'].map((v) => `${be} ${adv} ${v} to`))),
  'is alleged to', 'are alleged to', 'was alleged to', 'were alleged to',
  'is believed to', 'are believed to', 'was believed to', 'were believed to',
  'is reported to', 'are reported to', 'was reported to', 'were reported to',
  'is rumored to', 'are rumored to', 'is thought to', 'are thought to',
  'is expected to', 'are expected to', 'was expected to', 'were expected to', 'is also expected to', 'are also expected to',
  'is widely expected to', 'are widely expected to', 'is widely seen as', 'was widely seen as', 'is widely considered',
  'was widely considered', 'is widely believed', 'was widely believed',
  'published reports say', 'media reports say', 'news reports say', 'press reports say', 'according to reports',
  'according to published reports', 'according to media reports', 'according to news reports',
  'there has been speculation', 'there has been much speculation', 'there is speculation', 'there was speculation',
  'there have been reports', 'there were reports', 'rumors that', 'rumours that',
  // "There are reports that …", "there were unconfirmed reports of …": reports nobody is named for.
  ...['there are', 'there were', 'there have been', 'there have also been', 'there are also', 'there were also'].flatMap((b) => ['unconfirmed reports', 'conflicting reports', 'local reports', 'media reports'].map((r) => `${b} ${r}`)),
  'there are reports', 'there are also reports', 'there were also reports',
  // ("alarmed by reports that …", "amid reports that …": reports nobody is named for, after a preposition — never a
  // subject's "X reports that".)
  ...['by', 'amid', 'after', 'following', 'over', 'despite'].flatMap((p) => ['reports that', 'unconfirmed reports that', 'media reports that', 'press reports that', 'news reports that'].map((r) => `${p} ${r}`)),
  // "By one estimate, …", "according to some accounts, …": a count or a story nobody is named for.
  ...['by', 'according to'].flatMap((p) => ['one account', 'some accounts', 'most accounts', 'all accounts', 'many accounts', 'one estimate', 'some estimates', 'most estimates', 'one count', 'some counts'].map((a) => `${p} ${a}`)),
  'accusations of', 'accusations that', 'allegations of', 'allegations that',
  "i'm told", 'i am told', 'we are told', "we're told",
  "it's understood", "it's believed", "it's thought", "it's claimed", "it's said", "it's alleged", "it's rumoured", "it's rumored",
  // Impersonal announcements with no one named: "It was announced on Monday that …", "it has been confirmed that …".
  ...['it was', 'it has been', 'it had been', 'it is'].flatMap((be) => ['announced', 'confirmed', 'revealed', 'disclosed', 'learned', 'learnt'].map((v) => `${be} ${v}`)),
  'it has been claimed', 'it has been alleged', 'it has been suggested', 'it was suggested', 'word is that', 'the word is that', 'word has it that', 'word has it',
  // Court reporting: "…, the court heard." (cues.ts keeps them only trailing or before "that").
  ...COURT_HEDGES_LIST(),
  'rumours have circulated that', 'rumors have circulated that', 'rumours are circulating that', 'rumors are circulating that',
  'is understood to', 'are understood to', 'was understood to', 'were understood to',
  // (The same hedge in Indian and British English: "Sethi is learnt to have approached two investors".)
  'is learnt to', 'are learnt to', 'was learnt to', 'were learnt to',
  'there have been claims that', 'there have also been claims that', 'there were claims that', 'there are claims that',
  'there have been suggestions that', 'there have also been suggestions that', 'there were suggestions that',
  // British spellings, and the bare participle of headlines ("Star designer rumoured to be leaving").
  'it is rumoured', 'it was rumoured', 'is rumoured to', 'are rumoured to', 'was rumoured to', 'were rumoured to',
  'was rumored to', 'were rumored to', 'rumoured to', 'rumored to', 'rumour has it', 'rumor has it',
  // Talk and speculation with their claim: "fuelling speculation that …", "there is also talk that …".
  'speculation that', 'there is talk that', 'there is also talk that', 'there has been talk that', 'there was talk that',
  'there is growing speculation that', 'there is speculation that', 'there was speculation that',
  'rumours swirled that', 'rumors swirled that', 'rumours circulated that', 'rumors circulated that',
  'speculation mounted that', 'speculation grew that', 'speculation is mounting that', 'speculation has mounted that',
  // ("Rumours are swirling that …", "rumors have been growing that …", "speculation is rife that …".)
  ...['rumours', 'rumors'].flatMap((r) => ['are swirling', 'have swirled', 'have been swirling', 'are growing', 'have been growing', 'are mounting', 'are rife', 'abound'].map((v) => `${r} ${v} that`)),
  'speculation is growing that', 'speculation has grown that', 'speculation is rife that',
];

/** Hedge phrases that are not hedges when a source follows ("expected by analysts"). */
export const HEDGE_BLOCKERS_AFTER: readonly string[] = ['by'];

/** Words between a verb cue and an addressee or claim that belong to the cue: "said in a statement". */
export const CUE_TAILS: readonly string[] = [
  'in a statement', 'in an interview with', 'in an interview', 'in a tweet', 'in an email', 'in a letter', 'in a speech', 'in a memo',
  'in a post', 'in a radio interview', 'in a television interview', 'in a phone interview', 'in a telephone interview',
  'at a news conference', 'at a press conference', 'at a briefing', 'at a rally', 'at a hearing', 'on twitter',
  'on facebook', 'on television', 'in remarks', 'during a briefing', 'during an interview', 'during a speech',
  'during the debate', 'during a debate', 'in a report', 'in a filing', 'in court papers', 'in an op-ed',
];

/** Anaphoric words in a cue clause that point back to the previous sentence: "the paper reported this". */
export const POINTERS_BACK: readonly string[] = ['this', 'that', 'so', 'as much', 'it'];
