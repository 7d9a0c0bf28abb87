import { termOf } from './terms.js';

/**
 * Small groups of general English words a question may use for what the text says another way
 * ("who did she speak to?" / "she told …"). Language data, not tied to any story.
 */
const GROUPS: string[][] = [
  ['speak', 'talk', 'tell', 'say', 'call', 'discuss', 'chat', 'converse', 'conversation', 'discussion', 'phone'],
  ['meet', 'meeting', 'visit', 'talks'],
  ['beat', 'defeat', 'win', 'won', 'victory'],
  ['lose', 'lost', 'loss', 'defeated'],
  ['buy', 'purchase', 'acquire', 'acquisition'],
  ['sell', 'sold', 'sale'],
  ['start', 'begin', 'launch', 'open'],
  ['end', 'finish', 'close', 'conclude', 'complete', 'completion'],
  ['close', 'shut', 'shutdown'],
  ['die', 'death', 'dead', 'killed'],
  ['hurt', 'injure', 'injury', 'wound'],
  ['steal', 'stole', 'stolen', 'theft', 'rob', 'robbery', 'take', 'taken', 'took'],
  ['build', 'construct', 'construction'],
  ['leave', 'quit', 'resign', 'depart'],
  ['evacuate', 'evacuation', 'flee', 'leave'],
  ['hire', 'appoint', 'name', 'nominate'],
  ['cost', 'price', 'pay', 'spend'],
  ['fire', 'sack', 'dismiss'],
  ['beg', 'plead', 'implore', 'urge', 'entreat'],
  ['find', 'discover', 'locate', 'uncover', 'spot', 'detect'],
  ['flaw', 'vulnerability', 'hole', 'weakness', 'bug'],
  ['now', 'current', 'currently', 'nowadays'],
  ['famous', 'known', 'renowned', 'celebrated'],
  ['employ', 'work', 'employee', 'worker', 'staff'],
];

let table: Map<string, Set<string>> | undefined;

/** The index terms that mean roughly what `term` means (not including it); empty when none. */
export function synonymsOf(term: string): ReadonlySet<string> {
  if (!table) {
    table = new Map();
    for (const group of GROUPS) {
      const terms = group.map((word) => termOf(word)).filter((found): found is string => found !== null);
      for (const found of terms) {
        const others = table.get(found) ?? new Set<string>();
        for (const other of terms) if (other !== found) others.add(other);
        table.set(found, others);
      }
    }
  }
  return table.get(term) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
