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
  },
  /** The supporting quotation that follows the lead (or stands alone when there is no lead). */
  quote: '“{quote}” [{n}]',
  quoteAlone: 'The story says: “{quote}” [{n}]',
  more: 'More from the story: “{quote}” [{n}]',
  noMore: 'That is all the stories say about it that I can find.',
  sources: 'The sources for “{question}” are listed below.',
  noSources: 'I have not cited anything yet in this conversation. Ask me a question first.',
  abstain: 'The stories I know don’t say. I found nothing in {titles} that answers “{question}”, so I won’t guess.',
  didYouMean: 'Did you mean: {suggestions}?',
  help: 'Ask me a question about {titles}, for example: “{example}”',
  noWords: 'I could not find any words in that message. Ask me a question about {titles}, for example: “{example}”',
  truncated: 'Your question was longer than {limit} characters, so I read only the start of it.',
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
