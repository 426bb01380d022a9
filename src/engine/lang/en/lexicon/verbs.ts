// English reporting verbs with every inflection: base, 3rd person singular,
// past, -ing, past participle. Reviewed like code: a verb belongs here when
// "X <verb> (that) <claim>" attributes the claim to X in news prose.
//
// class: speech (say, tell), writing (write, tweet), stance (argue, insist),
// belief (believe, think), evidence (show, indicate: polls, reports, data).

export type VerbClass = 'speech' | 'writing' | 'stance' | 'belief' | 'evidence';

export interface VerbEntry {
  forms: readonly [base: string, third: string, past: string, ing: string, participle: string];
  cls: VerbClass;
  /** Takes an addressee before the claim: "told reporters that …". */
  addressee?: boolean;
}

// A form written as -form- is left out (empty): it is mostly a noun in news ("the states", "her emails").
const v = (s: string, cls: VerbClass, addressee = false): VerbEntry => {
  const f = s.split(' ').map((x) => (x.startsWith('-') ? '' : x));
  return { forms: [f[0]!, f[1]!, f[2]!, f[3]!, f[4] ?? f[2]!], cls, addressee };
};

export const REPORTING_VERBS: readonly VerbEntry[] = [
  v('say says said saying', 'speech'),
  v('tell tells told telling', 'speech', true),
  v('add adds added adding', 'speech'),
  v('note notes noted noting', 'speech'),
  v('-state- -states- stated stating', 'speech'),
  v('declare declares declared declaring', 'speech'),
  v('announce announces announced announcing', 'speech'),
  v('explain explains explained explaining', 'speech'),
  v('-remark- -remarks- remarked remarking', 'speech'),
  v('comment comments commented commenting', 'speech'),
  v('mention mentions mentioned mentioning', 'speech'),
  v('recall recalls recalled recalling', 'speech'),
  v('reply replies replied replying', 'speech'),
  v('answer answers answered answering', 'speech'),
  v('ask asks asked asking', 'speech', true),
  v('acknowledge acknowledges acknowledged acknowledging', 'speech'),
  v('admit admits admitted admitting', 'speech'),
  v('concede concedes conceded conceding', 'speech'),
  v('confirm confirms confirmed confirming', 'speech'),
  v('deny denies denied denying', 'speech'),
  v('reveal reveals revealed revealing', 'speech'),
  v('disclose discloses disclosed disclosing', 'speech'),
  v('divulge divulges divulged divulging', 'speech'),
  v('respond responds responded responding', 'speech'),
  v('clarify clarifies clarified clarifying', 'speech'),
  v('intimate intimates intimated intimating', 'speech'),
  v('tease teases teased teasing', 'speech'),
  // Only as "has learned (that)": an outlet's own finding (see cues.ts).
  v('learn learns learned learning', 'speech'),
  // Only with "back": "shot back that …", "fired back: …", "hit back at" (see REQUIRED_PARTICLE in cues.ts).
  v('shoot shoots shot shooting', 'speech'),
  v('fire fires fired firing', 'speech'),
  v('hit hits hit hitting', 'speech'),
  // Only with its particle: "pointed out that …" (see REQUIRED_PARTICLE in cues.ts).
  v('point points pointed pointing', 'speech'),
  v('report reports reported reporting', 'speech'),
  v('quip quips quipped quipping', 'speech'),
  v('joke jokes joked joking', 'speech'),
  v('shout shouts shouted shouting', 'speech'),
  v('bellow bellows bellowed bellowing', 'speech'),
  v('yell yells yelled yelling', 'speech'),
  v('exclaim exclaims exclaimed exclaiming', 'speech'),
  v('promise promises promised promising', 'speech'),
  v('pledge pledges pledged pledging', 'speech'),
  v('vow vows vowed vowing', 'speech'),
  v('predict predicts predicted predicting', 'speech'),
  v('warn warns warned warning', 'speech', true),
  v('caution cautions cautioned cautioning', 'speech'),
  v('urge urges urged urging', 'speech'),
  v('call calls called calling', 'speech'),
  v('describe describes described describing', 'speech'),
  v('recount recounts recounted recounting', 'speech'),
  v('testify testifies testified testifying', 'speech'),
  v('inform informs informed informing', 'speech', true),
  v('assure assures assured assuring', 'speech', true),
  v('brief briefs briefed briefing', 'speech', true),
  v('insist insists insisted insisting', 'stance'),
  v('argue argues argued arguing', 'stance'),
  v('claim claims claimed claiming', 'stance'),
  v('contend contends contended contending', 'stance'),
  v('maintain maintains maintained maintaining', 'stance'),
  v('assert asserts asserted asserting', 'stance'),
  v('allege alleges alleged alleging', 'stance'),
  v('charge charges charged charging', 'stance'),
  v('accuse accuses accused accusing', 'stance'),
  v('complain complains complained complaining', 'stance'),
  v('suggest suggests suggested suggesting', 'stance'),
  v('stress stresses stressed stressing', 'stance'),
  v('emphasize emphasizes emphasized emphasizing', 'stance'),
  v('emphasise emphasises emphasised emphasising', 'stance'),
  v('counter counters countered countering', 'stance'),
  v('dispute disputes disputed disputing', 'stance'),
  v('reject rejects rejected rejecting', 'stance'),
  v('dismiss dismisses dismissed dismissing', 'stance'),
  v('rebut rebuts rebutted rebutting', 'stance'),
  v('refute refutes refuted refuting', 'stance'),
  v('concur concurs concurred concurring', 'stance'),
  v('agree agrees agreed agreeing', 'stance'),
  v('acknowledge acknowledges acknowledged acknowledging', 'stance'),
  v('denounce denounces denounced denouncing', 'stance'),
  v('criticize criticizes criticized criticizing', 'stance'),
  v('praise praises praised praising', 'stance'),
  v('blame blames blamed blaming', 'stance'),
  v('write writes wrote writing written', 'writing'),
  v('tweet tweets tweeted tweeting', 'writing'),
  v('-post- -posts- posted -posting-', 'writing'),
  // A post's words: only next to a quotation ("“Off duty,” she captioned the photo"; see cues.ts).
  v('-caption- -captions- captioned captioning', 'writing'),
  v('publish publishes published publishing', 'writing'),
  v('-email- -emails- emailed -emailing-', 'writing', true),
  v('believe believes believed believing', 'belief'),
  v('think thinks thought thinking', 'belief'),
  v('fear fears feared fearing', 'belief'),
  v('expect expects expected expecting', 'belief'),
  v('hope hopes hoped hoping', 'belief'),
  v('worry worries worried worrying', 'belief'),
  v('estimate estimates estimated estimating', 'belief'),
  v('doubt doubts doubted doubting', 'belief'),
  v('conclude concludes concluded concluding', 'belief'),
  v('speculate speculates speculated speculating', 'belief'),
  v('suspect suspects suspected suspecting', 'belief'),
  v('reckon reckons reckoned reckoning', 'belief'),
  v('understand understands understood understanding', 'belief'),
  v('rule rules ruled ruling', 'stance'),
  v('signal signals signalled signalling', 'speech'),
  v('signal signals signaled signaling', 'speech'),
  v('recommend recommends recommended recommending', 'stance'),
  v('reiterate reiterates reiterated reiterating', 'speech'),
  v('hint hints hinted hinting', 'speech'),
  v('observe observes observed observing', 'speech'),
  v('boast boasts boasted boasting', 'speech'),
  v('advise advises advised advising', 'speech', true),
  v('remind reminds reminded reminding', 'speech', true),
  // Found missing on our own wire-style sentences: verdicts on a thing ("branded the plan “reckless”", "hailed the
  // deal as a breakthrough"), and clause verbs writers reach for ("demanded that", "conceded that", "retorted").
  v('-brand- -brands- branded -branding-', 'stance'),
  v('-label- -labels- labelled labelling', 'stance'),
  v('-label- -labels- labeled labeling', 'stance'),
  v('-dub- -dubs- dubbed dubbing', 'stance'),
  v('-term- -terms- termed terming', 'stance'),
  // "An inspection rated the wards as requiring improvement", "the contractor rated the flaw “moderate”".
  v('-rate- -rates- rated -rating-', 'stance'),
  v('hail hails hailed hailing', 'stance'),
  v('slam slams slammed slamming', 'stance'),
  // Tabloid and sports-desk criticism: "blasted the referee for …", "lambasted the plan as …".
  v('blast blasts blasted blasting', 'stance'),
  v('lambast lambasts lambasted lambasting', 'stance'),
  v('demand demands demanded demanding', 'stance'),
  v('propose proposes proposed proposing', 'stance'),
  v('recognise recognises recognised recognising', 'stance'),
  v('recognize recognizes recognized recognizing', 'stance'),
  v('underline underlines underlined underlining', 'speech'),
  v('underscore underscores underscored underscoring', 'speech'),
  v('affirm affirms affirmed affirming', 'speech'),
  v('reaffirm reaffirms reaffirmed reaffirming', 'speech'),
  v('retort retorts retorted retorting', 'speech'),
  // A crowd's or a chamber's taunt, only with its clause or quote ("Tory MPs jeered that …"; see CLAUSE_ONLY in cues.ts).
  v('jeer jeers jeered jeering', 'speech'),
  v('heckle heckles heckled heckling', 'speech'),
  v('confess confesses confessed confessing', 'speech'),
  v('swear swears swore swearing sworn', 'speech'),
  v('lament laments lamented lamenting', 'stance'),
  v('forecast forecasts forecast forecasting', 'belief'),
  v('assess assesses assessed assessing', 'belief'),
  v('question questions questioned questioning', 'stance'),
  // Only as an answer to a claim made before: "contradicted that account", "contested the claim" (see point-back.ts).
  v('contradict contradicts contradicted contradicting', 'stance'),
  v('contest contests contested contesting', 'stance'),
  v('echo echoes echoed echoing', 'stance'),
  v('challenge challenges challenged challenging', 'stance'),
  // Manner of speaking, only next to a quotation: "the captain shrugged: “It's football.”", "“Never,” she laughed" (see QUOTE_ONLY in cues.ts).
  v('shrug shrugs shrugged shrugging', 'speech'),
  v('-smile- -smiles- smiled smiling', 'speech'),
  v('-laugh- -laughs- laughed laughing', 'speech'),
  v('-sigh- -sighs- sighed sighing', 'speech'),
  v('-grin- -grins- grinned grinning', 'speech'),
  v('-snap- -snaps- snapped snapping', 'speech'),
  v('-fume- -fumes- fumed fuming', 'speech'),
  v('-muse- -muses- mused musing', 'speech'),
  v('-beam- -beams- beamed beaming', 'speech'),
  v('-groan- -groans- groaned groaning', 'speech'),
  v('-scoff- -scoffs- scoffed scoffing', 'speech'),
  v('-gush- -gushes- gushed gushing', 'speech'),
  v('-chuckle- -chuckles- chuckled chuckling', 'speech'),
  v('-sneer- -sneers- sneered sneering', 'speech'),
  // Only a market's reading of the odds: "Traders now see a one-in-three chance of a cut" (see cues.ts).
  v('see sees -saw- -seeing- -seen-', 'belief'),
  v('show shows showed showing shown', 'evidence'),
  v('indicate indicates indicated indicating', 'evidence'),
  v('find finds found finding', 'evidence'),
  v('suggest suggests suggested suggesting', 'evidence'),
];

/** Forms too ambiguous on their own: only a cue with a clear speech frame around them. */
/**
 * Third-person forms that are also plural nouns ("his claims", "the reports",
 * "swing states"): a cue only when a complement follows (that, a name, a
 * pronoun, a determiner, a quote).
 */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set([
  'reports', 'claims', 'calls', 'notes', 'comments', 'charges', 'fears', 'hopes', 'shows', 'finds', 'posts',
  'tweets', 'answers', 'promises', 'pledges', 'vows', 'remarks', 'emails', 'estimates', 'worries', 'replies',
  'responds', 'concerns', 'warnings', 'states', 'accuses', 'blames', 'praises', 'quips', 'jokes', 'disputes',
  'stresses', 'counters', 'predicts', 'thinks', 'expects', 'believes', 'argues', 'insists', 'denies', 'admits',
  'hints', 'suspects', 'boasts', 'rules', 'signals', 'contests', 'challenges', 'blasts', 'echoes',
]);

export const WEAK_FORMS: ReadonlySet<string> = new Set([
  'post', 'posts', 'posted', 'posting', 'call', 'calls', 'calling', 'charge', 'charges', 'charging', 'charged',
  'brief', 'briefs', 'briefing', 'answer', 'answers', 'state', 'states', 'report', 'reports', 'reporting',
  'thinking', 'finding', 'findings', 'showing', 'hoping', 'fear', 'fears', 'worry', 'hope', 'hopes', 'estimate', 'estimates',
  'comment', 'comments', 'promise', 'promises', 'stress', 'counter', 'dispute', 'reply', 'email', 'emails', 'tweet',
  'tweets', 'blame', 'praise', 'expected', 'expect', 'expects', 'expecting', 'found', 'find', 'finds', 'praised',
  'criticized', 'blamed', 'rejected', 'agreed', 'agree', 'agrees', 'worried', 'post', 'pledge', 'vow', 'claims',
  'joke', 'quip', 'blast', 'call', 'think', 'thought', 'suspect', 'suspected', 'observe', 'observed', 'observing', 'hint', 'hints',
  'advise', 'advised', 'advising', 'remind', 'reminded', 'recommended', 'recommend', 'understand', 'understood',
  'contradict', 'contradicts', 'contradicted', 'contradicting', 'contest', 'contests', 'contested', 'contesting', 'challenge', 'challenges', 'challenged', 'challenging',
  'understanding', 'dismiss', 'dismissed', 'dismisses', 'dismissing', 'rule', 'rules', 'ruled', 'signal', 'signals', 'signalled', 'signaled', 'signalling', 'signaling',
]);
