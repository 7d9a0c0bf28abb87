/**
 * Words left out of queries (never out of the index: minisearch's maintainers advise keeping them
 * there so phrases still score). Question words are here too: they say what kind of answer is
 * wanted, not what it is about.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
down during each either else ever few for from further had hadn't has hasn't have haven't having he he'd
he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into
is isn't it it's its itself just let's like me more most much must mustn't my myself no nor not of off on
once only or other ought our ours ourselves out over own per quite rather same shan't she she'd she'll
she's should shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through thus to too under until up upon us very
was wasn't we we'd we'll we're we've were weren't what what's whatever when when's where where's whether
which while who who's whom whose why why's will with won't would wouldn't yet you you'd you'll you're
you've your yours yourself yourselves tell say said says told know name named called kind type many
happen happened happens get got go going give gave actually exactly even really basically anyone anybody
someone somebody anything something everyone everybody everything besides`.split(/\s+/),
);

/**
 * Verbs left out of queries that still say what a question asks when they are its verb: "who told
 * Roe …", "did Roe name …". The readers of a question's verb keep them.
 */
export const MEANINGFUL_STOP_VERBS: readonly string[] = 'tell told say said says name named call called give gave get got know knew'.split(' ');
