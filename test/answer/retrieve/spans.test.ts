import { describe, expect, it } from 'vitest';
import { isAgentOfPassive, isDomainOfPost, isSpeakerIn, roleContext } from '../../../src/answer/retrieve/roles.js';
import { nameSpans, spansOfType } from '../../../src/answer/retrieve/spans.js';

const texts = (spans: { text: string }[]): string[] => spans.map((span) => span.text);

describe('span extraction', () => {
  it('a collection is one phrase with what it holds: "a bundle of plans", and "where?" may take a plain phrase of place', () => {
    expect(texts(spansOfType('A bundle of plans was found in a skip.', 'thing'))).toContain('bundle of plans');
    expect(texts(spansOfType('The files were meant to be kept in locked fireproof cabinets, she said.', 'place'))).toContain('fireproof cabinets');
    // "in the afternoon", "in remarks to": no place one can be in.
    expect(texts(spansOfType('The files were found in the afternoon, in remarks to reporters.', 'place'))).toEqual([]);
  });

  it('"for" joins a name only after a noun: "Commission for Racial Equality" is one, "left Dunmore for Port Halden" two places', () => {
    expect(texts(nameSpans('The Commission for Racial Equality said so.'))).toEqual(['Commission for Racial Equality']);
    expect(texts(nameSpans('The flight had left Dunmore for Port Halden.'))).toEqual(['Dunmore', 'Port Halden']);
  });

  it('a lone capital letter is no name: "40 °C"', () => {
    expect(texts(nameSpans('It was above 40 °C in Riverton.'))).toEqual(['Riverton']);
  });

  it('a noun of an act capitalised only by opening the sentence is no name: "Construction was underway"', () => {
    expect(texts(nameSpans('Construction was underway at the Quillon arena.'))).toEqual(['Quillon']);
    expect(texts(nameSpans('Acme Building began the work in May.'))).toContain('Acme Building');
  });

  it('a word for a nation\'s people is no place: "Secret Norwegian files found on Quay Road"', () => {
    expect(texts(spansOfType('Secret Norwegian files found on Quay Road', 'place'))).toEqual(['Quay Road']);
  });

  it('a lone letter is no phrase: "3:42 a.m." offers no "m" to a "what" question', () => {
    expect(texts(spansOfType('The quake hit at 3:42 a.m. local time.', 'thing'))).not.toContain('m');
  });

  it('a clause of time is passed over for the reason after it: "since 2008, in an effort to bring down inflation"', () => {
    expect(texts(spansOfType('The bank raised its rate to 4.5 percent, the highest since 2008, in an effort to bring down inflation.', 'reason'))).toEqual(['in an effort to bring down inflation']);
  });

  it('a prepositional reason is a noun phrase with its own "that" clause, and ends where the next act begins', () => {
    expect(texts(spansOfType('Fees charged because of the outage will be refunded.', 'reason'))).toEqual(['because of the outage']);
    expect(texts(spansOfType('Acme cancelled 100 trains because of fears that rails could buckle, and told passengers to stay home.', 'reason'))).toEqual(['because of fears that rails could buckle']);
  });

  it('a reason ends before a trailing attribution; "as a precaution" is one', () => {
    expect(texts(spansOfType('The school is shut after workers found asbestos, the council said on Monday.', 'reason'))).toEqual(['after workers found asbestos']);
    expect(texts(spansOfType('Police closed the road for six hours as a precaution.', 'reason'))).toEqual(['as a precaution']);
  });

  it('"is due to visit the site" is a plan, no reason; "due to heavy rain" is one', () => {
    expect(texts(spansOfType('Jane Roe is due to visit the site in June.', 'reason'))).toEqual([]);
    expect(texts(spansOfType('The delay was due to heavy rain.', 'reason'))).toEqual(['due to heavy rain']);
  });

  it('"jailed for stealing £1.2 million" gives the reason, decimals and all; "for six years" gives none', () => {
    expect(texts(spansOfType('Tom Berg was jailed for six years for stealing £1.2 million from the council.', 'reason'))).toEqual(['for stealing £1.2 million from the council']);
    expect(texts(spansOfType('Tom Berg was jailed for six years.', 'reason'))).toEqual([]);
    expect(texts(spansOfType('The shop closed because of a £1.5 million loss.', 'reason'))).toEqual(['because of a £1.5 million loss']);
  });

  it('an "after" that names its own day is a time, no reason; one that names none may be the cause', () => {
    expect(texts(spansOfType('Jane Roe was elected mayor of Riverton after a recount on Sunday.', 'reason'))).toEqual([]);
    expect(texts(spansOfType('The bridge was closed after cracks were found in its supports.', 'reason'))).toEqual(['after cracks were found in its supports']);
  });

  it('reads "between X and Y" as one figure, and a list as two', () => {
    expect(texts(spansOfType('He estimated the repairs at between $10 million and $15 million.', 'money'))).toEqual(['between $10 million and $15 million']);
    expect(texts(spansOfType('It cost $10 million and later $15 million.', 'money'))).toEqual(['$10 million', '$15 million']);
  });

  it('knows the sentence\'s speaker, before or after the verb of saying', () => {
    const at = (sentence: string, name: string) => ({ text: name, start: sentence.indexOf(name), end: sentence.indexOf(name) + name.length });
    const before = 'Mayor Tom Berg said the council would ask Riverton for the money.';
    expect(isSpeakerIn(before, at(before, 'Tom Berg'))).toBe(true);
    expect(isSpeakerIn(before, at(before, 'Riverton'))).toBe(false);
    const aged = 'Engineer Jane Roe, 51, told reporters the crack was long.';
    expect(isSpeakerIn(aged, at(aged, 'Jane Roe'))).toBe(true);
    const apposed = 'Its chief inspector, Jane Roe, said the crack was long.';
    expect(isSpeakerIn(apposed, at(apposed, 'Jane Roe'))).toBe(true);
  });

  it('an organisation described, not named, answers "who?": "the national air accident board", never "the board" alone nor the description of a name', () => {
    expect(texts(spansOfType('The national air accident board has opened an investigation.', 'person'))).toEqual(['The national air accident board']);
    expect(texts(spansOfType('The Acme competition authority has fined the technology company Quillon.', 'person'))).toEqual(['Quillon', 'The Acme competition authority']);
    expect(texts(spansOfType('The board said the company would pay.', 'person'))).toEqual([]);
  });

  it('finds no purpose in "was meant to help", and ends one at a quotation\'s close', () => {
    expect(texts(spansOfType('Roe said Berg had "betrayed every family the charity was meant to help".', 'reason'))).toEqual([]);
    expect(texts(spansOfType('The wall was built in 1990 to keep the river "out of town", Roe said.', 'reason'))).toEqual(['to keep the river']);
  });

  it('a sentence that gives a percentage answers "what percentage" with it alone', () => {
    expect(texts(spansOfType('The union said 91 percent of its 2,300 members backed it.', 'percent'))).toEqual(['91 percent']);
    expect(texts(spansOfType('One in five of its 2,300 members backed it.', 'percent'))).toEqual(['One in five']);
  });

  it('a rank, a figure counting a noun and a year are no share: "the #2 browser over the past 30 days" in 2011', () => {
    expect(texts(spansOfType('In 2011 Quillon was the #2 browser over the past 30 days, and its share was 41.', 'percent'))).toEqual(['41']);
    expect(texts(spansOfType('Quillon was the #2 browser, with 300 more users.', 'number'))).toEqual(['300']);
    expect(texts(spansOfType('Wednesday, March 4, 2026', 'percent'))).toEqual([]);
  });

  it('a plain phrase names a thing: it ends on a noun, never on a verb or an adverb ("would examine", "landed safely")', () => {
    const spans = texts(spansOfType('Investigators would examine the engine after the plane landed safely.', 'thing'));
    expect(spans).toEqual(expect.arrayContaining(['engine', 'plane']));
    expect(spans).not.toEqual(expect.arrayContaining(['examine']));
    expect(spans).not.toContain('safely');
  });

  it('"a dispute over pay" gives a reason; "a rise over two years" does not', () => {
    expect(texts(spansOfType('The pilots will strike in a dispute over pay.', 'reason'))).toEqual(['over pay']);
    expect(texts(spansOfType('The firm offered a 7 percent rise over two years, which the union rejected.', 'reason'))).toEqual([]);
  });

  it('knows the place or body a post is over ("mayor of Riverton") from kin ("the daughter of Jane Roe")', () => {
    const at = (sentence: string, name: string) => ({ text: name, start: sentence.indexOf(name), end: sentence.indexOf(name) + name.length });
    const post = 'Ada Stone was elected mayor of Riverton on Sunday.';
    expect(isDomainOfPost(post, at(post, 'Riverton'))).toBe(true);
    const kin = 'She is the daughter of Jane Roe.';
    expect(isDomainOfPost(kin, at(kin, 'Jane Roe'))).toBe(false);
  });

  it('reads "X made the fire hard to contain" as X the reason', () => {
    expect(texts(spansOfType('Strong winds have made the fire hard to contain, said the fire chief.', 'reason'))).toEqual(['Strong winds']);
  });

  it('ends a reason before ", but" opens another claim', () => {
    expect(texts(spansOfType('She said the review was postponed because of budget cuts, but denied that drivers were at risk.', 'reason'))).toEqual(['because of budget cuts']);
  });

  it('finds capitalised name runs, joining "of" and trimming possessives', () => {
    expect(texts(nameSpans('The Bank of England raised rates, and Jane Roe’s team agreed.'))).toEqual(['Bank of England', 'Jane Roe']);
  });

  it('leaves a day of the week out of the name after it: "On Monday Jane Roe was elected"', () => {
    const sentence = 'On Monday Jane Roe was elected chair of Acme.';
    const spans = nameSpans(sentence);
    expect(texts(spans)).toEqual(['Jane Roe', 'Acme']);
    expect(sentence.slice(spans[0]!.start, spans[0]!.end)).toBe('Jane Roe');
  });

  it('reads "caused by …" as giving a reason', () => {
    expect(texts(spansOfType('The delay was caused by a burst water main near the station.', 'reason'))).toEqual(['caused by a burst water main near the station']);
  });

  it('reads the infinitive of purpose after a passive verb as a reason, but not what someone was told or is expected to do', () => {
    expect(texts(spansOfType('The dam was built in 1966 to supply water to Riverton.', 'reason'))).toEqual(['to supply water to Riverton']);
    expect(texts(spansOfType('Crews were sent to the valley to help, officials said.', 'reason'))).toEqual(['to help']);
    expect(texts(spansOfType('Residents were ordered on Wednesday to leave their homes.', 'reason'))).toEqual([]);
    expect(texts(spansOfType('The work is expected to take four days.', 'reason'))).toEqual([]);
  });

  it('a share is no sum of money: "25 percent of all money it raises" gives no money span', () => {
    expect(texts(spansOfType('The fund will give 25 percent of all money it raises to charity.', 'money'))).toEqual([]);
    expect(texts(spansOfType('The fund gave 25 percent, or $2 million, to charity.', 'money'))).toEqual(['$2 million']);
  });

  it('a year is no sum of money: "the events of 1985 cost $2 million" gives only the sum', () => {
    expect(texts(spansOfType('The city last hosted in 1985, when the events cost $2 million.', 'money'))).toEqual(['$2 million']);
  });

  it('reads the subject of "caused … to" as the reason: "A storm caused the crane to fall"', () => {
    expect(texts(spansOfType('A storm on Sunday caused a crane to fall onto the hall.', 'reason'))).toEqual(['A storm on Sunday']);
    // A verb of causing with no "to" after its object is no reason for anything asked.
    expect(texts(spansOfType('The storm caused damage across the town.', 'reason'))).toEqual([]);
  });

  it('answers "who" with the name, not the titles run before it: "Harbour Minister Jane Roe" is Jane Roe', () => {
    expect(texts(spansOfType('The bridge was opened by Harbour Minister Jane Roe.', 'person'))).toEqual(['Jane Roe']);
    // An organisation keeps its whole name, and a title before a single name stays.
    expect(texts(spansOfType('The bridge was opened by Harbour Minister Jane Roe.', 'entity'))).toEqual(['Harbour Minister Jane Roe']);
    expect(texts(spansOfType('The bridge was opened by President Roe.', 'person'))).toContain('President Roe');
  });

  it('does not take a sentence opener for a name', () => {
    expect(texts(nameSpans('However, the mayor left.'))).toEqual([]);
    // The one list of sentence openers (text/names.ts), shared with "who is" titles.
    expect(texts(nameSpans('Maybe the ferry left late.'))).toEqual([]);
  });

  it('finds dates in day-month and month-day order', () => {
    expect(texts(spansOfType('The call took place on 14 October and the match on February 7, 2016.', 'date'))).toEqual(['14 October', 'February 7, 2016']);
  });

  it('keeps money whole with its scale', () => {
    expect(texts(spansOfType('The stadium cost $1.2 billion to build.', 'money'))).toContain('$1.2 billion');
  });

  it('finds quoted speech without its quotation marks', () => {
    expect(texts(spansOfType('He said: “He cannot be trusted.”', 'quote'))).toEqual(['He cannot be trusted.']);
  });

  it('keeps a place named in its owner\'s possessive whole: "into Riverton\'s Town Hall"', () => {
    expect(texts(spansOfType('A storm blew a crane into Riverton’s Town Hall on Monday.', 'place'))[0]).toBe('Riverton’s Town Hall');
    expect(texts(spansOfType('Jane Roe’s team met Tom Berg.', 'person'))).toEqual(['Jane Roe', 'Tom Berg']);
  });

  it('prefers places named after a preposition of place', () => {
    expect(texts(spansOfType('Jane Roe spoke in Santa Clara.', 'place'))[0]).toBe('Santa Clara');
  });

  it('offers names and numbers as short answers to "what" questions', () => {
    expect(texts(spansOfType('The Acme Corporation sold 3,000 units.', 'thing')).slice(0, 2)).toEqual(['Acme Corporation', '3,000']);
  });

  it('stays fast on hostile input', () => {
    const hostile = `${'A'.repeat(50_000)} ${'1,'.repeat(25_000)}`;
    const started = performance.now();
    for (const type of ['date', 'number', 'money', 'quote', 'person', 'place', 'thing'] as const) spansOfType(hostile, type);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('colour and role spans', () => {
  it('finds colours and roles by their WordNet class, compounds whole', () => {
    expect(spansOfType('The team wore white jerseys and navy blue pants.', 'colour').map((s) => s.text)).toEqual(['white', 'navy blue']);
    expect(spansOfType('Later, finance minister Jane Roe met the linebacker.', 'role').map((s) => s.text)).toEqual(['finance minister', 'linebacker']);
  });
});

describe('role context of names', () => {
  it('tells a name that modifies a role from a name a role introduces', () => {
    const sentence = 'Grammy winner and Academy Award nominee Jane Roe performed.';
    const [grammy, award, roe] = nameSpans(sentence);
    expect(roleContext(sentence, grammy!)).toBe(-1);
    expect(roleContext(sentence, award!)).toBe(-1);
    expect(roleContext(sentence, roe!)).toBe(1);
  });
});

describe('name span edges', () => {
  it('a plain adjective opening a sentence is no name ("Local fishermen"), a word of nation is ("French troops")', () => {
    expect(texts(nameSpans('Local fishermen said they had warned Jane Roe twice.'))).toEqual(['Jane Roe']);
    expect(texts(nameSpans('French troops reached Quillon in May.'))).toEqual(['French', 'Quillon', 'May']);
  });

  it('a common noun opening a sentence before another noun is no name ("Emergency shelters"); one before a verb may be ("Police say")', () => {
    expect(texts(nameSpans('Emergency shelters have opened in Riverton.'))).toEqual(['Riverton']);
    expect(texts(nameSpans('Police say the road is closed.'))).toEqual(['Police']);
    // A name WordNet does not know as a common noun stays one.
    expect(texts(nameSpans('Zorbex shares fell in Oslo.'))).toEqual(['Zorbex', 'Oslo']);
  });

  it('a name that only modifies a thing is no one\'s: "the 60-year-old Tallow Creek dam" answers no "who"', () => {
    expect(texts(spansOfType('Residents fled after engineers found cracks in the 60-year-old Quillon Creek dam.', 'person'))).not.toContain('Quillon Creek');
    // An adjective may stand between the article and the name: "a sensitive Acme Canada document".
    expect(texts(spansOfType('A sensitive Acme Canada document was found by someone who gave it to the Riverton Herald.', 'person'))).not.toContain('Acme Canada');
    expect(texts(spansOfType('Jane Roe says the Quillon Creek dam is safe.', 'person'))).toEqual(['Jane Roe']);
    // An adverb before the verb is no noun the name modifies: "The Riverton Gazette first reported …".
    expect(texts(spansOfType('The Riverton Gazette first reported the claims on Friday.', 'person'))).toContain('Riverton Gazette');
  });

  it('drops a role opening the sentence and a plural possessive', () => {
    expect(nameSpans('Linebacker Jane Roe led the team.').map((s) => s.text)).toEqual(['Jane Roe']);
    expect(nameSpans('It was the Rovers’ best season.').map((s) => s.text)).toEqual(['Rovers']);
  });
});

describe('roles by WordNet class', () => {
  it('finds roles no list names, and not words for anyone at all', () => {
    expect(spansOfType('The goalkeeper thanked several individuals.', 'role').map((s) => s.text)).toEqual(['goalkeeper']);
  });

  it('reads "by" before a role and a name as the agent', () => {
    const sentence = 'The ball was stopped by goalkeeper Jane Roe.';
    expect(isAgentOfPassive(sentence, nameSpans(sentence).at(-1)!)).toBe(true);
  });

  it('does not strip a numbered name opening a sentence', () => {
    expect(nameSpans('Super Bowl XLVII was played in the city.').map((s) => s.text)).toEqual(['Super Bowl XLVII']);
  });
});
