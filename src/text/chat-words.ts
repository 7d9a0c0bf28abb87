import { isCapitalised } from './names.js';

/**
 * Chat shorthand and apostrophes people leave out, written out before anything reads a question:
 * "how many ppl were killed", "wen was the call", "whats the story about". General English, one
 * table, as data; a word that is also a word of its own ("its", "were", "well") is not here.
 */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  ppl: 'people', u: 'you', ur: 'your', r: 'are', y: 'why', bc: 'because', bcoz: 'because', cuz: 'because', coz: 'because', cos: 'because',
  b4: 'before', abt: 'about', govt: 'government', pls: 'please', plz: 'please', thx: 'thanks', thnx: 'thanks', tho: 'though', thru: 'through',
  wat: 'what', wut: 'what', wen: 'when', wher: 'where', hw: 'how', yr: 'year', yrs: 'years', hrs: 'hours', mins: 'minutes', approx: 'approximately',
  info: 'information', stats: 'statistics', pics: 'pictures', pic: 'picture', whos: "who's", whats: "what's", wheres: "where's", hows: "how's", whens: "when's", thats: "that's", dont: "don't",
  doesnt: "doesn't", didnt: "didn't", isnt: "isn't", wasnt: "wasn't", werent: "weren't", arent: "aren't", havent: "haven't", hasnt: "hasn't",
  im: "I'm", ive: "I've", youre: "you're", theyre: "they're", whod: "who'd", couldnt: "couldn't", wouldnt: "wouldn't", shouldnt: "shouldn't",
};

/** The text with chat shorthand written out, a capital kept where the shorthand had one. */
export function expandChatWords(text: string): string {
  // "U.S." is a dotted name, no "you": a word inside one is left alone.
  return text.replace(/(?<![\p{L}\p{N}'’]|\p{L}\.)[\p{L}\p{N}]+(?![\p{L}\p{N}'’]|\.\p{L})/gu, (word) => {
    const full = CHAT_WORDS[word.toLowerCase()];
    if (full === undefined) return word;
    return isCapitalised(word) ? full.charAt(0).toUpperCase() + full.slice(1) : full;
  });
}
