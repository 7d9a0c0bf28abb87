import { describe, expect, it } from 'vitest';
import { countsAnother, countsChildren, countsUnasked, countsInOtherClause, countsNothing, askedSubject, countsOtherKind, countsOtherTime, datedBeforeNow, doneByAnother, figureOfAnother, figureOfAsked, isCountOfOther, isPartitivePart, isPartitiveWhole, partitiveOwner, marginNotAsked, otherThanAskedPart, namesAnotherNumber, objectOfOtherVerb, placedInOtherClause, type WordAt } from '../../../src/answer/retrieve/figures.js';
import { termOf, termsOf } from '../../../src/text/terms.js';

const spanOf = (sentence: string, text: string) => ({ text, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });

describe('figures and their clause', () => {
  it('a figure the object of another verb counts what that verb did, unless that verb brings the asked one about', () => {
    const study = 'The researchers followed about 2,400 patients in twelve towns.';
    expect(objectOfOtherVerb(study, spanOf(study, '2,400'), 'die')).toBe(true);
    expect(objectOfOtherVerb(study, spanOf(study, '2,400'), 'follow')).toBe(false);
    const crash = 'The crash killed 12 people on the bridge.';
    expect(objectOfOtherVerb(crash, spanOf(crash, '12'), 'die')).toBe(false);
    const planes = 'More than 600 firefighters, supported by eight aircraft, are fighting the blaze.';
    expect(objectOfOtherVerb(planes, spanOf(planes, 'eight'), 'lose')).toBe(true);
    const pledge = 'She campaigned on building 2,000 homes.';
    expect(objectOfOtherVerb(pledge, spanOf(pledge, '2,000'), 'promise')).toBe(false);
  });

  it('finds another edition of a numbered name in a span\'s clause, past the one it is compared with', () => {
    const asked = 'Where did Zorbian Cup 50 take place?';
    const sentence = 'It is the first Zorbian Cup in the north, and the first since Zorbian Cup XXXVII took place in Oslo.';
    expect(namesAnotherNumber(sentence, spanOf(sentence, 'Oslo'), asked)).toBe(true);
    expect(namesAnotherNumber(sentence, spanOf(sentence, 'north'), asked)).toBe(false);
    expect(namesAnotherNumber('Zorbian Cup 37 took place in Oslo.', spanOf('Zorbian Cup 37 took place in Oslo.', 'Oslo'), 'where did zorbian cup 50 take place?')).toBe(true);
  });

  it('"how many …?" is no sum of money or share; "how much …?" may be', () => {
    expect(isCountOfOther('How many nurses left?', { text: '£12', start: 0, end: 3 })).toBe(true);
    expect(isCountOfOther('How many nurses left?', { text: '14 percent', start: 0, end: 10 })).toBe(true);
    expect(isCountOfOther('How much did they pay?', { text: '£12', start: 0, end: 3 })).toBe(false);
    expect(isCountOfOther('How many nurses left?', { text: '300', start: 0, end: 3 })).toBe(false);
    const less = 'Patients were admitted a third less often.';
    expect(isCountOfOther('How many patients were admitted?', spanOf(less, 'a third'), less)).toBe(true);
    const part = 'A third of the patients were admitted.';
    expect(isCountOfOther('How many patients were admitted?', spanOf(part, 'A third'), part)).toBe(false);
  });

  it('a whole answers no question about the share of it the sentence singles out: "39 percent of these are rated critical"', () => {
    const flaws = 'The firm said the app has 120 flaws; 30 percent of these are rated "highly critical".';
    const asked = new Set(['flaws', 'highly', 'critical'].map((word) => termOf(word)!));
    expect(otherThanAskedPart(flaws, spanOf(flaws, '120'), asked)).toBe(true);
    expect(otherThanAskedPart(flaws, spanOf(flaws, '120'), new Set([termOf('flaws')!]))).toBe(false);
  });

  it('a figure of another kind of thing answers no "how many <noun>?": passengers are no operations, spectators are people', () => {
    const airline = 'The airline said about 600 flights would be cancelled and 70,000 passengers affected.';
    expect(countsOtherKind(airline, spanOf(airline, '70,000'), 'operations')).toBe(true);
    const final = 'More than 14,000 spectators watched the final.';
    expect(countsOtherKind(final, spanOf(final, '14,000'), 'people')).toBe(false);
    // A compound's last noun is what is counted: "three walk-in vaccination clinics" counts clinics.
    const clinics = 'The city will open three walk-in vaccination clinics from Thursday.';
    expect(countsOtherKind(clinics, spanOf(clinics, 'three'), 'clinics')).toBe(false);
    // A preposition after the figure leaves its noun unsaid ("in" is no inch here).
    const peak = 'It had 3 million users, down from a peak of 41 million in 2021.';
    expect(countsOtherKind(peak, spanOf(peak, '41 million'), 'users')).toBe(false);
    const fire = 'Eleven water-dropping aircraft were fighting the blaze.';
    expect(countsOtherKind(fire, spanOf(fire, 'Eleven'), 'planes')).toBe(false);
  });

  it('a unit counts no people, and a verb after the figure counts nothing else: "95 kilometres" against "107 killed"', () => {
    const train = 'The train left the tracks while travelling at 95 kilometres per hour.';
    expect(countsOtherKind(train, spanOf(train, '95'), 'people')).toBe(true);
    const headline = 'At least 107 killed in crane collapse';
    expect(countsOtherKind(headline, spanOf(headline, '107'), 'people')).toBe(false);
    // "a 48-hour strike" measures the strike: it counts no people, though it counts hours.
    const strike = 'About 1,200 nurses began a 48-hour strike.';
    expect(countsOtherKind(strike, spanOf(strike, '48'), 'people')).toBe(true);
    expect(countsOtherKind(strike, spanOf(strike, '48'), 'hours')).toBe(false);
    // "minor" may be a person, but before a noun it is the crashes' adjective.
    const recall = 'The company knew of 14 minor crashes linked to the fault.';
    expect(countsOtherKind(recall, spanOf(recall, '14'), 'crashes')).toBe(false);
  });

  it('a year after a preposition of time and a stretch of time count nothing "how much …?" asks', () => {
    const sentence = 'The fraud was found in 2024 when costs had tripled in two years.';
    expect(countsNothing(sentence, spanOf(sentence, '2024'))).toBe(true);
    expect(countsOtherTime(sentence, spanOf(sentence, 'two'), '')).toBe(true);
    expect(countsOtherTime(sentence, spanOf(sentence, 'two'), 'years')).toBe(false);
    // "last year" after a figure dates it: it counts no time.
    const profits = 'Acme reported record profits of $410 million last year.';
    expect(countsOtherTime(profits, spanOf(profits, '$410 million'), 'profit')).toBe(false);
  });

  it('"won 900 votes to Roe\'s 870": Roe\'s figure is hers, the other is not', () => {
    const sentence = 'Berg won 900 votes to Roe\'s 870.';
    const roe = [termOf('Roe')!];
    expect(figureOfAsked(sentence, spanOf(sentence, '870'), roe)).toBe(true);
    expect(figureOfAnother(sentence, spanOf(sentence, '900'), roe)).toBe(true);
    expect(figureOfAnother(sentence, spanOf(sentence, '900'), [termOf('Berg')!])).toBe(false);
  });

  it('a margin ("beating Roe by 30 votes") answers "by how many?", and only that', () => {
    const sentence = 'Berg was elected, beating the mayor, Jane Roe, by 30 votes.';
    expect(marginNotAsked('how many votes did Roe get?', sentence, spanOf(sentence, '30'))).toBe(true);
    expect(marginNotAsked('by how many votes did Berg win?', sentence, spanOf(sentence, '30'))).toBe(false);
    const count = 'Berg won 900 votes.';
    expect(marginNotAsked('by how many votes did Berg win?', count, spanOf(count, '900'))).toBe(true);
  });

  it('a name set off by commas is no clause of its own', () => {
    const sentence = 'Berg won, beating the mayor, Jane Roe, by 30 votes.';
    expect(countsInOtherClause(sentence, spanOf(sentence, '30'), wordsOf(sentence), new Set([termOf('beating')!]))).toBe(false);
  });

  it('a place in a clause with its own verb is where that verb happened, not the asked one', () => {
    const sentence = 'Acme said the ship would be towed to a yard in Oslo and that all sailings were cancelled.';
    const cancelled = new Set([termOf('cancelled')!]);
    expect(placedInOtherClause(sentence, spanOf(sentence, 'Oslo'), wordsOf(sentence), cancelled)).toBe(true);
    expect(placedInOtherClause(sentence, spanOf(sentence, 'Oslo'), wordsOf(sentence), new Set([termOf('towed')!]))).toBe(false);
    // A verbless clause ("…, in Riverton") keeps the place of the verb before it.
    const verbless = 'The bridge was opened on Monday, in Riverton.';
    expect(placedInOtherClause(verbless, spanOf(verbless, 'Riverton'), wordsOf(verbless), new Set([termOf('opened')!]))).toBe(false);
  });

  it('a verbless item of a list that counts the asked noun belongs to the verb leading the list', () => {
    const sentence = 'Berg had his best season, throwing for 3,100 yards, a career-low 8 interceptions and 30 touchdowns.';
    const thrown = new Set([termOf('throw')!]);
    expect(countsInOtherClause(sentence, spanOf(sentence, '8'), wordsOf(sentence), thrown, thrown, termOf('interceptions'))).toBe(false);
    // Without the asked noun it counts, the item is still another clause's figure.
    expect(countsInOtherClause(sentence, spanOf(sentence, '8'), wordsOf(sentence), thrown)).toBe(true);
    // A clause with its own verb counts what that verb did: "two homes were evacuated".
    const other = 'Nobody was injured, but two homes were evacuated.';
    const injured = new Set([termOf('injured')!]);
    expect(countsInOtherClause(other, spanOf(other, 'two'), wordsOf(other), injured, injured, termOf('homes'))).toBe(true);
  });

  it('a partitive: "Four of its six carriages" has six for its whole, four for its part', () => {
    const sentence = 'Four of its six carriages overturned.';
    expect(isPartitiveWhole(sentence, spanOf(sentence, 'six'))).toBe(true);
    expect(isPartitiveWhole(sentence, spanOf(sentence, 'Four'))).toBe(false);
  });

  it('"three of them seriously" is the part "how many were seriously injured?" asks', () => {
    const sentence = 'The crash injured 23 passengers, three of them seriously.';
    const asked = new Set([termOf('seriously')!, termOf('injured')!]);
    expect(otherThanAskedPart(sentence, spanOf(sentence, '23'), asked)).toBe(true);
    expect(otherThanAskedPart(sentence, spanOf(sentence, 'three'), asked)).toBe(false);
    expect(otherThanAskedPart(sentence, spanOf(sentence, '23'), new Set([termOf('injured')!]))).toBe(false);
  });

  it('"how much did the union offer?" is not answered by the company\'s offer the union rejected', () => {
    const sentence = 'She said the company had offered a 7 percent rise, which the union rejected.';
    const offer = new Set([termOf('offered')!, termOf('offer')!]);
    const asked = (question: string): Set<string> => new Set(termsOf(question));
    expect(doneByAnother(askedSubject('how much did the union offer?', offer), sentence, wordsOf(sentence), offer, asked('how much did the union offer?'))).toBe(true);
    expect(doneByAnother(askedSubject('how much did the company offer?', offer), sentence, wordsOf(sentence), offer, asked('how much did the company offer?'))).toBe(false);
  });

  it('"how much did the scooters cost?" is not answered by what "the recall would cost", though the sentence never names the scooters', () => {
    const sentence = 'Analysts estimated the recall would cost the company around €90 million.';
    const cost = new Set([termOf('cost')!]);
    const question = 'how much did the scooters cost?';
    expect(doneByAnother(askedSubject(question, cost), sentence, wordsOf(sentence), cost, new Set(termsOf(question)))).toBe(true);
    expect(doneByAnother(askedSubject('how much did the recall cost?', cost), sentence, wordsOf(sentence), cost, new Set(termsOf('how much did the recall cost?')))).toBe(false);
  });

  it('a time of day counts nothing: "after 10 pm"', () => {
    const sentence = '62 percent used a screen after 10 pm on school nights.';
    expect(countsNothing(sentence, spanOf(sentence, '10'))).toBe(true);
  });

  it('a sum after a name numbers no name: "fined Acme €310 million", unlike "Internet Explorer 6"', () => {
    const sentence = 'The authority fined the company Acme €310 million, and Internet Explorer 6 was dropped.';
    expect(countsNothing(sentence, spanOf(sentence, '€310 million'))).toBe(false);
    expect(countsNothing(sentence, spanOf(sentence, '6'))).toBe(true);
  });

  it('the "one" of "no one" counts nobody', () => {
    const sentence = 'No one was injured, and two cars were damaged.';
    expect(countsNothing(sentence, spanOf(sentence, 'one'))).toBe(true);
    expect(countsNothing(sentence, spanOf(sentence, 'two'))).toBe(false);
  });

  it('a relative clause gives the figure of the noun it follows: "the cost of the repairs, which he estimated at $10 million"', () => {
    const sentence = 'The mayor said the council would ask for help to cover the cost of the repairs, which he estimated at $10 million.';
    const cost = new Set([termOf('cost')!]);
    expect(countsInOtherClause(sentence, spanOf(sentence, '$10 million'), wordsOf(sentence), cost)).toBe(false);
    const other = 'The council will cover the cost, and the mayor got $5,000 for the study.';
    expect(countsInOtherClause(other, spanOf(other, '$5,000'), wordsOf(other), cost)).toBe(true);
  });

  it('a question about now is not answered by a figure its clause dates earlier: "Two years ago it held 61 percent"', () => {
    const sentence = 'Two years ago Orbis held 61 percent of the market.';
    expect(datedBeforeNow(sentence, spanOf(sentence, '61 percent'), "what's its share now?")).toBe(true);
    expect(datedBeforeNow(sentence, spanOf(sentence, '61 percent'), 'what share did it have two years ago?')).toBe(false);
    const now = 'It had 35 percent in February, down from 61 percent two years ago.';
    expect(datedBeforeNow(now, spanOf(now, '35 percent'), "what's its share now?")).toBe(false);
  });
});

function wordsOf(sentence: string): WordAt[] {
  return [...sentence.matchAll(/[\p{L}\d$][\p{L}\d$,.']*/gu)].map((match) => ({ term: termOf(match[0].replace(/[,.]$/, '')), start: match.index, end: match.index + match[0].length }));
}

describe('partitives and the kinds a figure counts', () => {
  it('"how much …?" is no count of a partitive\'s whole the question never names, but may be a share of it', () => {
    const votes = 'Five of the seven members of the committee voted for the rise.';
    expect(countsUnasked(votes, spanOf(votes, 'Five'), new Set([termOf('rate')!]))).toBe(true);
    const fine = 'It could fine the company up to four percent of its annual turnover.';
    expect(countsUnasked(fine, spanOf(fine, 'four percent'), new Set([termOf('fine')!]))).toBe(false);
  });

  it('a unit of measure counts only itself: "8,000 hectares" is no count of schools, and answers "how many acres?"', () => {
    const burned = 'The fire has burned more than 8,000 hectares of forest.';
    expect(countsOtherKind(burned, spanOf(burned, '8,000'), 'schools')).toBe(true);
    expect(countsOtherKind(burned, spanOf(burned, '8,000'), 'acres')).toBe(false);
    const spill = 'About 30 tonnes of crude oil leaked from the tanker.';
    expect(countsOtherKind(spill, spanOf(spill, '30'), 'oil')).toBe(false);
  });

  it('"Six of the nine members" counts members: no answer to "how many increases?"', () => {
    const sentence = 'Six of the nine members of the committee voted for the increase.';
    expect(countsOtherKind(sentence, spanOf(sentence, 'Six'), 'increases')).toBe(true);
    expect(countsOtherKind(sentence, spanOf(sentence, 'Six'), 'people')).toBe(false);
  });

  it('"two schools" counts buildings, not people', () => {
    const sentence = 'Evacuation centres have been set up in two schools in the nearby city.';
    expect(countsOtherKind(sentence, spanOf(sentence, 'two'), 'people')).toBe(true);
    const families = 'Two families were evacuated.';
    expect(countsOtherKind(families, spanOf(families, 'Two'), 'people')).toBe(false);
  });

  it('reads "of the train\'s 40 wagons" as a partitive\'s whole, with its part before it', () => {
    const sentence = "Eleven of the train's 40 wagons left the rails.";
    expect(isPartitiveWhole(sentence, spanOf(sentence, '40'))).toBe(true);
    expect(isPartitivePart(sentence, spanOf(sentence, 'Eleven'))).toBe(true);
    expect(partitiveOwner(sentence, spanOf(sentence, 'Eleven'))).toBe(termOf('train'));
  });

  it('"300,000 scooters over battery fires" counts no fires; "27 reports of fires" does', () => {
    const sentence = 'Acme recalls 300,000 electric scooters over battery fires.';
    expect(countsAnother(sentence, wordsOf(sentence), spanOf(sentence, '300,000'), termOf('fires'))).toBe(true);
    const reports = 'It had received 27 reports of fires.';
    expect(countsAnother(reports, wordsOf(reports), spanOf(reports, '27'), termOf('fires'))).toBe(false);
  });
});

describe('ages set off in a sentence', () => {
  it('"two men, aged 34 and 41," counts two men: the ages count no one, and the aside is no clause of its own', () => {
    const sentence = 'Police said two men, aged 34 and 41, had been arrested.';
    expect(countsNothing(sentence, spanOf(sentence, '34 and 41'))).toBe(true);
    const arrested = new Set([termOf('arrested')!]);
    expect(countsInOtherClause(sentence, spanOf(sentence, 'two'), wordsOf(sentence), arrested)).toBe(false);
  });
});

describe('a figure hyphened to a unit', () => {
  it('"a 24-yard pass" counts yards, never passes; "a 48-hour strike" counts no people', () => {
    const sentence = 'Newton appeared to complete a 24-yard pass to Cotchery.';
    expect(countsOtherKind(sentence, spanOf(sentence, '24'), 'passes')).toBe(true);
    expect(countsOtherKind(sentence, spanOf(sentence, '24'), 'yards')).toBe(false);
    const strike = 'Nurses began a 48-hour strike.';
    expect(countsOtherKind(strike, spanOf(strike, '48'), 'nurses')).toBe(true);
  });

  it('a parent\'s figure counts her children ("a mother of three who …")', () => {
    const sentence = 'said Ellen Park, a mother of three who helped organise the march.';
    expect(countsChildren(sentence, spanOf(sentence, 'three'))).toBe(true);
    const other = 'one of three candidates';
    expect(countsChildren(other, spanOf(other, 'three'))).toBe(false);
  });
});
