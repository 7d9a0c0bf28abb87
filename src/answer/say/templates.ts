/**
 * Every sentence the bot says, as data. `{name}` slots are filled by `fill`; `[{n}]` is a
 * citation marker. Adapters never build answer text themselves: they only format these.
 */
export const TEMPLATES = {
  /** The short answer that leads, by question type; `{answer}` is the extracted span. */
  lead: {
    definition: '{subject} is {answer} [{n}].',
    personPredicate: '{answer} {predicate} [{n}].',
    person: '{answer} [{n}].',
    entity: '{answer} [{n}].',
    date: '{answer} [{n}].',
    place: '{answer} [{n}].',
    number: '{answer} [{n}].',
    money: '{answer} [{n}].',
    percent: '{answer} [{n}].',
    colour: '{answer} [{n}].',
    role: '{answer} [{n}].',
    reason: 'Because of what the story reports here [{n}].',
    yes: 'Yes, according to the story [{n}].',
    no: 'No, according to the story [{n}].',
    /** A "no" because the story says it falls just short ("almost complete" for "finished?"). */
    notQuite: 'Not quite, according to the story [{n}].',
  },
  /** The supporting quotation that follows the lead (or stands alone when there is no lead). */
  quote: '“{quote}” [{n}]',
  quoteAlone: 'The story says: “{quote}” [{n}]',
  more: 'More from the story: “{quote}” [{n}]',
  noMore: 'That is all the stories say about it that I can find.',
  // The question is never repeated back (issue #11): it may hold links, mentions or a wall of text.
  sources: 'The sources for my last answer are listed below.',
  noSources: 'I have not cited anything yet in this conversation. Ask me a question first.',
  /** "source?" right after an abstention: the older answer's sources would look like this one's. */
  noSourcesAfterRefusal: 'My last reply had no sources: the stories did not answer that question, so I quoted nothing.',
  abstain: 'The stories I know don’t say. I found nothing in {titles} that answers this question, so I won’t guess.',
  didYouMean: 'Did you mean: {suggestions}?',
  help: 'Ask me a question about {titles}, for example: “{example}”',
  /** "when?" or "why?" with no question before it to ask again. */
  followUpFirst: 'I am not sure what that asks about: ask me a full question, for example “{example}”, then “when?” or “why?” asks about it again.',
  /** "who said that?" after an answer: whose words the quoted sentence is. */
  saidBy: '{speaker} said it, according to the story [{n}].',
  saidByStory: 'The story says it in its own words; it doesn’t attribute it to anyone [{n}].',
  /** A pronoun with nobody in the conversation (or no one main person in the story) to stand for. */
  whoIsMeant: 'I am not sure who “{pronoun}” is here. Ask again with a name, for example: “{example}”',
  /** "it" with no story in focus to say what it is: several stories, or none with one main thing. */
  whatIsMeant: 'I am not sure what “{pronoun}” is here. Ask again with what you mean in its place.',
  noWords: 'I could not find any words in that message. Ask me a question about {titles}, for example: “{example}”',
  truncated: 'Your question was longer than {limit} characters, so I read only the start of it.',
  /** Saying only what the story says (issue #11): quotations attributed, yes/no with three outcomes. */
  say: {
    /** A quotation that is someone's words, when the quoted text does not name them. */
    quoteBy: '{speaker} said: “{quote}” [{n}]',
    quoteAloneBy: '{speaker} said: “{quote}” [{n}]',
    /** A figure, date or place that stands in someone's words ("… which he estimated at $10 million"). */
    spanReported: '{answer}, according to {speaker} [{n}].',
    yesReported: 'According to {speaker}, yes [{n}].',
    noReported: 'According to {speaker}, no [{n}].',
    notQuiteReported: 'According to {speaker}, not quite [{n}].',
    unsaid: 'The story doesn’t say whether {statement}.',
    unsaidBare: 'The story doesn’t say.',
    /** The best sentence found, not likely enough to be the answer to say it is. */
    uncertain: 'I’m not sure the stories answer that.',
    /** A partial answer: what the story gives of the thing, without the measure asked for. */
    notHow: 'The story doesn’t say {measure}.',
    /** "Was anyone arrested?" over several stories, with nothing to say which. */
    whichStory: 'I can’t tell which story you mean, so I won’t say yes or no. Name what it is about, or ask after a question about it.',
    /** "What share still use it?" when the story's figure is only an aim or an expectation. */
    onlyAimed: 'The story gives that figure only as a goal, an expectation or a threat, not as a fact.',
    /** "Who fired Roe?" when the story only says someone called for it. */
    unsaidWho: 'The story doesn’t say who {statement}.',
    closest: 'The closest it comes: “{quote}” [{n}]',
    closestBy: 'The closest it comes is what {speaker} said: “{quote}” [{n}]',
    /** "Who is X?" when the story names X but never says who they are. */
    mentionedWho: 'The story mentions {name} but doesn’t say who they are: “{quote}” [{n}]',
    mentionedWhat: 'The story mentions {name} but doesn’t say what it is: “{quote}” [{n}]',
    /** "What does X do for a living?" when the story says no work of theirs. */
    mentionedWork: 'The story mentions {name} but doesn’t say what they do for a living: “{quote}” [{n}]',
    /** A title run before the name: "Riverton Democrat and city councillor Jane Roe". */
    introducedAs: '{subject} is introduced as “{answer}” [{n}].',
    /** The question asks about something the story has no word for ("where does X live?"). */
    unsupported: 'The stories I know don’t say. {titles} mentions {name}, but not what you asked about them, so I won’t guess.',
  },
} as const;

/** Fills `{slot}`s; a slot without a value is left visible rather than silently dropped. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** "“A”, “B” or “C”" */
export function listQuestions(questions: readonly string[]): string {
  const quoted = questions.map((question) => `“${question}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** "“Story A” and “Story B”" */
export function listTitles(titles: readonly string[]): string {
  const quoted = titles.slice(0, 3).map((title) => `“${title}”`);
  const rest = titles.length > 3 ? ` and ${titles.length - 3} more` : '';
  return quoted.length <= 1 ? `${quoted[0] ?? 'my stories'}${rest}` : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}${rest}`;
}

// ── Intents (issue 12): replies about the stories themselves and small talk ─────────────────
/**
 * What the bot says to questions about the stories (not what they report) and to small talk.
 * `{title}` is a story title (quoted by the template), `{examples}` a list of questions the
 * stories can answer, `{n}` a citation marker.
 */
export const INTENT_TEMPLATES = {
  /** About one story: its title and facts, then its lead, cited. */
  summary: '“{title}”{facts}.\nIt opens: {quotes}',
  /** The same for one of several stories, one line each. */
  summaryItem: '• “{title}”{facts}: {quotes}',
  leadQuote: '“{quote}” [{n}]',
  summaryList: 'I know {count} stories; ask about one of them by name:',
  noMatchingStory: 'None of my stories matches that description. I know these:',
  moreStories: '…and {count} more: ask “Which stories do you know?” for the full list.',
  /** ` (The Independent, 26 November 2025)` after a title. */
  factsSuffix: ' ({facts})',
  fact: {
    published: '“{title}” was published on {value}.',
    source: '“{title}” is from {value}.',
    author: '“{title}” was written by {value}.',
    url: '“{title}” is online at {value}',
  },
  factItem: {
    published: '• “{title}”: published on {value}',
    source: '• “{title}”: from {value}',
    author: '• “{title}”: written by {value}',
    url: '• “{title}”: {value}',
  },
  /** A front-matter field the story file lacks: said about the file, not the story. */
  factMissing: {
    published: 'The story file for “{title}” doesn’t say when it was published.',
    source: 'The story file for “{title}” doesn’t say where it was published.',
    author: 'The story file for “{title}” doesn’t say who wrote it.',
    url: 'The story file for “{title}” doesn’t give a link to it.',
  },
  factItemMissing: {
    published: '• “{title}”: the story file doesn’t say when it was published',
    source: '• “{title}”: the story file doesn’t say where it was published',
    author: '• “{title}”: the story file doesn’t say who wrote it',
    url: '• “{title}”: the story file doesn’t give a link',
  },
  storiesOne: 'I know one story:',
  storiesMany: 'I know {count} stories, newest first:',
  storyItem: '• “{title}”{facts}',
  olderStories: '…and {count} older ones.',
  greeting: 'Hello! I answer questions about the news stories I have read, quoting the passages I use. You could ask {examples}',
  thanks: 'Glad to help! Anything else? You could ask {examples}',
  /** "lol", "wow", "😂": nothing was asked. */
  reaction: 'Anything else you’d like to know? You could ask {examples}',
  /** "bad bot", "wrong": say what the bot can do better with, without arguing. */
  complaint:
    'Sorry that didn’t help. I only say what the stories say, quoting the passage; asking in other words, or about one person or event, often works better. You could ask {examples}',
  identity:
    'I’m a bot that answers questions about the news stories I have read ({titles}). I quote the passages my answers come from, with numbered citations, and when a story doesn’t say, I say so rather than guess. You could ask {examples}',
  help: 'Ask me about {titles} in plain words: who, what, when, where, how many, what someone said. Each answer quotes the passage it comes from, with a numbered citation; after one, ask “tell me more” or “source?”. You can also ask what a story is about, when it was published, or which stories I know. For example: {examples}',
  outOfScope: 'I can’t help with that: I only answer questions about the news stories I have read. You could ask “{example}”',
  /** Example questions that always work: the summary and story-list intents. */
  aboutExample: 'What is the story about?',
  storiesExample: 'Which stories do you know?',
} as const;
