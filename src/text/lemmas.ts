/**
 * Irregular English verb forms a suffix stemmer cannot join to their base ("told" / "tell").
 * Language data, not tied to any story.
 */
const IRREGULAR: Record<string, string[]> = {
  be: ['was', 'were', 'been', 'is', 'are', 'am'],
  become: ['became'],
  begin: ['began', 'begun'],
  beat: ['beaten'],
  bear: ['born', 'bore', 'borne'],
  bring: ['brought'],
  build: ['built'],
  buy: ['bought'],
  catch: ['caught'],
  choose: ['chose', 'chosen'],
  come: ['came'],
  do: ['did', 'done', 'does'],
  draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'],
  eat: ['ate', 'eaten'],
  fall: ['fell', 'fallen'],
  feel: ['felt'],
  fight: ['fought'],
  find: ['found'],
  fly: ['flew', 'flown'],
  forget: ['forgot', 'forgotten'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  grow: ['grew', 'grown'],
  have: ['had', 'has'],
  hear: ['heard'],
  hold: ['held'],
  keep: ['kept'],
  know: ['knew', 'known'],
  lead: ['led'],
  leave: ['left'],
  lose: ['lost'],
  make: ['made'],
  mean: ['meant'],
  meet: ['met'],
  pay: ['paid'],
  rise: ['rose', 'risen'],
  run: ['ran'],
  say: ['said', 'says'],
  see: ['saw', 'seen'],
  sell: ['sold'],
  send: ['sent'],
  shoot: ['shot'],
  sing: ['sang', 'sung'],
  sit: ['sat'],
  speak: ['spoke', 'spoken'],
  spend: ['spent'],
  stand: ['stood'],
  steal: ['stole', 'stolen'],
  strike: ['struck'],
  swim: ['swam', 'swum'],
  take: ['took', 'taken'],
  teach: ['taught'],
  tell: ['told'],
  think: ['thought'],
  throw: ['threw', 'thrown'],
  understand: ['understood'],
  wear: ['wore', 'worn'],
  win: ['won'],
  write: ['wrote', 'written'],
};

export const LEMMA: ReadonlyMap<string, string> = new Map(
  Object.entries(IRREGULAR).flatMap(([base, forms]) => forms.map((form) => [form, base] as const)),
);

const ORDINAL_SUFFIX: Readonly<Record<number, string>> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** Number words, so "eight appearances" and "8 appearances" meet in the index. */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  [
    'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
    'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  ].map((word, value) => [word, String(value)] as const),
);

/** Ordinal words, so "fourth place" and "4th place" meet in the index. */
export const ORDINAL_WORDS: ReadonlyMap<string, string> = new Map(
  [
    'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
    'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  ].map((word, at) => [word, `${at + 1}${ORDINAL_SUFFIX[at + 1] ?? 'th'}`] as const),
);
