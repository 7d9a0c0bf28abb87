import { describe, expect, it } from 'vitest';
import { queryTerms, termOf } from '../../../src/text/terms.js';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { analyzeQuestion } from '../../../src/answer/understand/question.js';

describe('question typing', () => {
  it.each([
    ['Who released the transcript?', 'person'],
    ['When did the call take place?', 'date'],
    ['Where was the game played?', 'place'],
    ['How many points did they score?', 'number'],
    ['How much did it cost to build the stadium?', 'money'],
    ['Which team won the game?', 'entity'],
    ['What venue hosted the game?', 'place'],
    ['What year was the team founded?', 'date'],
    ['What did the senator say about the envoy?', 'quote'],
    ['Why did the talks fail?', 'reason'],
    ['Did the White House dispute the call?', 'yesno'],
    ['What color were the jerseys?', 'colour'],
  ])('%s → %s', (question, type) => {
    expect(analyzeQuestion(question).type).toBe(type);
  });

  it('reads "what made / caused / led to …?" as why, the causing verb no word to look for', () => {
    for (const asked of ['what made the ferry sink?', 'what caused the ferry to sink?']) {
      const question = analyzeQuestion(asked);
      expect(question.type).toBe('reason');
      expect(question.terms).toEqual(['ferri', 'sink']);
    }
    expect(analyzeQuestion('what led to the strike?').type).toBe('reason');
  });

  it('reads "Who is X?" as a definition with X as the subject, keeping its casing', () => {
    const question = analyzeQuestion('who is Jane Roe?');
    expect(question.type).toBe('definition');
    expect(question.subject).toBe('Jane Roe');
  });

  it('keeps the predicate of "Who <verb> …?" for the answer template', () => {
    expect(analyzeQuestion('Who released the transcript of the call?').predicate).toBe('released the transcript of the call');
  });

  it('reads a word that is mostly a verb as the verb after "did", though a noun follows it: "why did the bank raise rates?"', () => {
    expect(analyzeQuestion('why did the bank raise rates?').mainVerb?.lemma).toBe('raise');
  });

  it('reads "what is the union called?" as "what is the name of the union?": the verb "called" is no word to look for', () => {
    const called = analyzeQuestion('what is the union called?');
    const named = analyzeQuestion('what is the name of the union?');
    expect([called.type, called.headNoun]).toEqual([named.type, named.headNoun]);
  });

  it('reads "what was the turnout?" as asking a value, and "what is the company?" as asking a name', () => {
    expect(analyzeQuestion('what was the turnout?').type).toBe('thing');
    expect(analyzeQuestion('what is the company?').type).not.toBe('thing');
  });

  it('reads "supposed to", "due to", "meant to" as framing: the verb after them is asked, and they are no words to look for', () => {
    const festival = analyzeQuestion('when was the festival supposed to start?');
    expect(festival.mainVerb?.lemma).toBe('start');
    expect(festival.terms).not.toContain('suppos');
    expect(analyzeQuestion('where are the files meant to be kept?').terms).not.toContain('meant');
  });

  it('leaves stop words and question words out of the query terms', () => {
    expect(analyzeQuestion('What is the capital of France?').terms).toEqual(['capit', 'franc']);
  });

  it('leaves out words that only colour the question: "actually", "exactly", "anyone" are nothing a story must say', () => {
    expect(analyzeQuestion('what did she actually die from?').terms).toEqual(['die']);
    expect(analyzeQuestion('where exactly did the ferry sink?').terms).toEqual(['ferri', 'sink']);
    expect(analyzeQuestion('Was anyone hurt in the fire?').terms).toEqual(['hurt', 'fire']);
  });

  it('takes the last noun of a compound as the head: "what classification stamp" asks for a stamp, "which tv station" a station', () => {
    expect(analyzeQuestion('what classification stamp was on the document?').headNoun).toBe('stamp');
    expect(analyzeQuestion('which tv station did the guy talk to?').headNoun).toBe('station');
  });

  it('reads "how did …?" as asking the manner, which no name or figure answers', () => {
    expect(analyzeQuestion('How did the council pay for the bridge?').type).toBe('manner');
    expect(analyzeQuestion('How many people did the council hire?').type).toBe('number');
  });

  it('"Which Rover scored?" asks for a person, one of the side the name gives, not for the noun after the verb', () => {
    expect(analyzeQuestion('Which Rover headed a Riverton corner into his own net?').type).toBe('person');
    expect(analyzeQuestion('Which Democrat voted against the budget?').type).toBe('person');
    expect(analyzeQuestion('Which Zorbnet version shipped first?').type).not.toBe('person');
  });

  it('reads a passive\'s participle as the main verb, though it is also a noun: "how many were hurt?"', () => {
    expect(analyzeQuestion('how many were hurt?').mainVerb?.lemma).toBe('hurt');
    expect(analyzeQuestion('where was the fire?').mainVerb).toBeUndefined();
    // "who won?" has nothing after its verb, and still asks for the verb's subject.
    expect(analyzeQuestion('who won?').predicate).toBe('won');
    // A modal puts its verb after the subject bare, as "did" does: "pay" is no noun here.
    expect(analyzeQuestion('how much would the city pay?').mainVerb?.lemma).toBe('pay');
    // After "the next" the noun of the subject still comes: "study" is no verb; "the union offer" keeps "offer".
    expect(analyzeQuestion('how many pupils will the next study have?').mainVerb?.lemma).not.toBe('study');
    expect(analyzeQuestion('how much did the union offer?').mainVerb?.lemma).toBe('offer');
    // The degree after "how" is no verb ("to long for"): "how long did it last?" asks of "last".
    expect(analyzeQuestion('how long did the study last?').mainVerb?.lemma).toBe('last');
    // A verb after the head noun, though WordNet has it as a noun too: "runs", "won".
    expect(analyzeQuestion('which company runs the ferry?').mainVerb?.lemma).toBe('run');
    expect(analyzeQuestion('which company runs the ferry?').headTerms).toEqual([termOf('company')]);
    expect(analyzeQuestion('what company won a free trip?').headTerms).toEqual([termOf('company')]);
    // … but not across a comma: "Early in the second half, the Rovers …" has no verb "half".
    expect(analyzeQuestion('Early in the second half, the Rovers drove to what line?').mainVerb?.lemma).toBe('drive');
    // A plural noun after "are" is the subject, never a participle: the verb is "kept".
    expect(analyzeQuestion('where are documents like this meant to be kept?').mainVerb?.lemma).not.toBe('document');
  });

  it('reads "how strong / bad / serious …?" as asking a degree, whose adjective no answer repeats', () => {
    expect(analyzeQuestion('how strong was the earthquake?').terms).toEqual([termOf('earthquake')]);
    expect(analyzeQuestion('how serious were the injuries?').terms).toEqual([termOf('injuries')]);
    // A sentence that only calls another quake strong is no answer.
    const quake = createBot([parseStory('quake.md', Buffer.from('---\ntitle: Earthquake shakes Zorbia\n---\nAn earthquake of magnitude 6.1 struck Zorbia on Sunday.\n\nThe region was last hit by a strong earthquake in 1987.\n'))]);
    const answer = quake.ask('how strong was the earthquake?');
    expect(!answer.abstained && /1987/.test(answer.citations[0]?.text ?? '')).toBe(false);
  });

  it('reads "how long / tall / far …?" as a measure whose word no answer repeats, but looks for "old" (a "10-year-old")', () => {
    expect(analyzeQuestion('how long was the report?')).toMatchObject({ type: 'number', measure: 'long', terms: ['report'] });
    // A verb says what lasted: a stretch of time, never "five kilometres".
    expect(analyzeQuestion('how long were commuters delayed?')).toMatchObject({ type: 'number', measure: 'long-time' });
    // "how much older …?" asks a difference of age: a stretch of time.
    expect(analyzeQuestion('How much older was Roe than Doe?')).toMatchObject({ type: 'number', measure: 'long-time' });
    // "how much less …?" asks an amount; "less" is no noun counted.
    expect(analyzeQuestion('how much less do teenagers sleep?').headNoun).toBeUndefined();
    expect(analyzeQuestion('how much less do teenagers sleep?').type).toBe('number');
    expect(analyzeQuestion('how long was the road closed?')).toMatchObject({ type: 'number', measure: 'long-time' });
    expect(analyzeQuestion('How tall is the tower?')).toMatchObject({ type: 'number', measure: 'tall', terms: ['tower'] });
    expect(analyzeQuestion('how old is the dad?')).toMatchObject({ type: 'number', measure: 'old', terms: ['old', 'dad'] });
  });

  it('reads "what\'s …" as "what is …", and a word of time after the noun is no head: "what\'s its share now?" asks a percentage', () => {
    expect(analyzeQuestion("what's its share now?")).toMatchObject({ type: 'percent', headNoun: 'share' });
    expect(analyzeQuestion("what's the score today?")).toMatchObject({ type: 'number', headNoun: 'score' });
    expect(analyzeQuestion("what's the jobless rate?").type).not.toBe('date');
  });

  it('reads "what time of day …?" and "what time did …?" as asking a time of day, whose words no answer repeats', () => {
    expect(analyzeQuestion('what time of day did the ferry sink?')).toMatchObject({ type: 'date', measure: 'time of day', terms: ['ferri', 'sink'] });
    expect(analyzeQuestion('What time did the shop open?')).toMatchObject({ type: 'date', measure: 'time of day' });
    expect(analyzeQuestion('What time frame does the war cover?').measure).toBeUndefined();
  });

  it('leaves out a light verb before a noun made from a verb: "make the announcement" is asked with the story’s "announced"', () => {
    expect(analyzeQuestion('When did the council make the announcement?').terms).toEqual(['council', 'announc']);
    // A typo of the noun ("arrangment") whose stem is the verb's drops the light verb too.
    expect(analyzeQuestion('When did the council make the arrangment?').terms).toEqual(['council', 'arrang']);
    expect(analyzeQuestion('Who made the decision?').terms).toEqual(['decis']);
    expect(analyzeQuestion('Where did they take the baby on a trip?').terms).toContain('take');
    expect(analyzeQuestion('What did she make?').terms).toEqual(['make']);
  });

  it('types a question that opens with a preposition by the question word after it: "In what city …", "to whom …"', () => {
    expect(analyzeQuestion('In what city is the Harbour Arena?')).toMatchObject({ type: 'place', headNoun: 'city' });
    expect(analyzeQuestion('In what year did the bridge open?').type).toBe('date');
    expect(analyzeQuestion('To whom did she give the keys?').type).toBe('person');
  });

  it('never takes a word of order for the head noun: "the first Zorbian Cup" asks no number, "the last city" a place', () => {
    expect(analyzeQuestion('What was the first Zorbian Cup to be televised?').type).toBe('thing');
    expect(analyzeQuestion('What was the last Zorbian Cup held at Harbour Arena?').type).toBe('thing');
    expect(analyzeQuestion('Which was the last city to host it?')).toMatchObject({ type: 'place', headNoun: 'city' });
  });

  it('reads "who was X\'s brother?", "what were the seats made of?", "what was invented by X?" as no definitions', () => {
    expect(analyzeQuestion("Who was Jane Roe's brother?").type).toBe('person');
    expect(analyzeQuestion('What were the seats made of?').type).not.toBe('definition');
    expect(analyzeQuestion('What was invented by Roe?').type).not.toBe('definition');
    expect(analyzeQuestion('Who is Jane Roe going to meet?').type).toBe('person');
    expect(analyzeQuestion('Who is Jane Roe set to meet?').type).toBe('person');
    expect(analyzeQuestion('Who was Jane Roe?')).toMatchObject({ type: 'definition', subject: 'Jane Roe' });
    expect(analyzeQuestion('What is homeopathy?')).toMatchObject({ type: 'definition', subject: 'homeopathy' });
  });

  it('reads "how long is the <thing>?" as a length and "how long is the <event>?" as a stretch of time', () => {
    expect(analyzeQuestion('how long is the bridge?').measure).toBe('long-size');
    expect(analyzeQuestion('how long is the strike?').measure).toBe('long-time');
    expect(analyzeQuestion('how long was the sentence?').measure).toBe('long-time');
    // A document is first a text: its length may be pages or minutes, so either answers.
    expect(analyzeQuestion('how long was the document?').measure).toBe('long');
  });

  it('reads "how big is the reward?" as a sum of money, and "how big is the fire?" as a size', () => {
    expect(analyzeQuestion('how big is the reward?').type).toBe('money');
    expect(analyzeQuestion('how big is the fire?')).toMatchObject({ type: 'number', measure: 'big' });
  });

  it('reads "what was stolen?" and "who was elected?" as passive questions, not things to define', () => {
    expect(analyzeQuestion('what was stolen?').type).toBe('thing');
    expect(analyzeQuestion('who was elected?').type).toBe('person');
    expect(analyzeQuestion('Who was Jane Roe?').type).toBe('definition');
    // WordNet's noun "found" is board and lodging, a kind of wage: no sum of money is asked.
    expect(analyzeQuestion('what was found?')).toMatchObject({ type: 'thing' });
    expect(analyzeQuestion('what was found?').headNoun).toBeUndefined();
  });

  it('reads "what was in X?" as asking what X held, not who or what X is', () => {
    expect(analyzeQuestion('what was in the envelope?').type).toBe('thing');
  });

  it('takes the verb after the subject’s nouns: "why do web developers hate it?" asks about hating', () => {
    expect(analyzeQuestion('why do web developers hate the browser so much?').mainVerb?.lemma).toBe('hate');
    expect(analyzeQuestion('Where did the Rovers practice at before the final?').mainVerb?.lemma).toBe('practice');
    // "guy" may be a verb too, but the subject's last noun comes before the bare verb that ends the clause.
    expect(analyzeQuestion('which tv station did the fire service guy talk to?').mainVerb?.lemma).toBe('talk');
  });

  it('reads past a scene-setting phrase before the question word: "In 1990, how many …", "According to …, where …"', () => {
    expect(analyzeQuestion('In 1990 how many ferries did the Quillon yard build?').type).toBe('number');
    expect(analyzeQuestion('According to the treaty, where was the new fort to be built?').type).toBe('place');
    expect(analyzeQuestion('During the strike, who spoke for the dockers?').type).toBe('person');
  });

  it('types a question whose question word stands where its answer would: "the bridge opened when?"', () => {
    expect(analyzeQuestion('The Quillon bridge opened when?').type).toBe('date');
    expect(analyzeQuestion('The guild elected whom as its chair?').type).toBe('person');
    // A yes/no question keeps its "when" clause.
    expect(analyzeQuestion('Was the bridge built when the war ended?').type).toBe('yesno');
  });

  it('ends the asked-for kind at a preposition or a verb: the question’s own names are no answer to it', () => {
    // Only the head phrase may be repeated by an answer ("Fort Brenvar" for "what fort"); the rest of
    // the question's words are not the answer.
    expect(analyzeQuestion('What battle outside Quillon City did the Zorbians lose?').headTerms).toEqual(queryTerms('battle'));
    expect(analyzeQuestion('What decree abolished the guilds in Brenvar?').headTerms).toEqual(queryTerms('decree'));
    expect(analyzeQuestion('What made the Quillon Country vulnerable?').headTerms).toEqual([]);
    // Of the kind asked for, only its noun: "Zorbian" in "the infamous Zorbian police prison" is the question's own word.
    expect(analyzeQuestion('What was the name of the infamous Zorbian police prison?').headTerms).toEqual(queryTerms('prison'));
  });

  it('names no head noun where a verb stands after "what": "what turned up in the bin?"', () => {
    expect(analyzeQuestion('what turned up in the bin back in March?').headNoun).toBeUndefined();
  });

  it('reads a noun that names an organisation first as one: "which department" asks an organisation, not a territory', () => {
    expect(analyzeQuestion('which department did the report come from?').type).toBe('entity');
    expect(analyzeQuestion('which city hosted the final?').type).toBe('place');
  });

  it('reads "what state was X in?" as X\'s condition, unless X is a place or a name', () => {
    expect(analyzeQuestion('what state was the envelope in?')).toMatchObject({ type: 'thing', terms: ['envelop'] });
    expect(analyzeQuestion('what condition is the bridge in?').type).toBe('thing');
    expect(analyzeQuestion('what state is the city in?').type).toBe('place');
    expect(analyzeQuestion('What state is Riverton in?').type).toBe('place');
  });

  it('reads "located" as the frame of a place question, and "besides" as no word to look for', () => {
    expect(analyzeQuestion('In what city is the Acme Center located?')).toMatchObject({ type: 'place', terms: ['citi', 'acm', 'center'] });
    expect(analyzeQuestion('where is the plant situated?').terms).toEqual(['plant']);
    expect(analyzeQuestion('What was the other finalist besides Riverton Park?').terms).not.toContain('besid');
  });

  it('reads the participle as the verb of "why were people evacuated?", not the subject noun WordNet also lists as a verb', () => {
    expect(analyzeQuestion('why were people evacuated?').mainVerb?.word).toBe('evacuated');
    expect(analyzeQuestion('how many were hurt?').mainVerb?.word).toBe('hurt');
  });

  it('collects mid-sentence capitalised words as names the story must know', () => {
    expect(analyzeQuestion('How much does a Tesla cost in Norway?').names).toEqual(['tesla', 'norwai']);
    expect(analyzeQuestion('how much does a tesla cost').names).toEqual([]);
  });
});

describe('head nouns past modifiers', () => {
  it('types colour, role, money and number questions by their head noun', () => {
    expect(analyzeQuestion('What color were the uniforms?').type).toBe('colour');
    expect(analyzeQuestion('What position does Jane Roe play?').type).toBe('role');
    expect(analyzeQuestion('What was the average cost of a ticket?').type).toBe('money');
    expect(analyzeQuestion('What was the final score?').type).toBe('number');
  });

  it('reads "how many people" as a count of people, not as a word the answer must repeat ("killing 107")', () => {
    expect(analyzeQuestion('How many people were killed?')).toMatchObject({ type: 'number', terms: ['kill'] });
    expect(analyzeQuestion('How many people were killed?').headTerm).toBeUndefined();
    expect(analyzeQuestion('How many goals did the Rovers score?')).toMatchObject({ headTerm: 'goal', terms: expect.arrayContaining(['goal']) });
    expect(analyzeQuestion('How many people were killed?').countsPeople).toBe(true);
  });

  it('reads "what is the tunnel for?" as asking a purpose, which only a reason answers', () => {
    expect(analyzeQuestion('what is the tunnel for?').type).toBe('reason');
    expect(analyzeQuestion("what's the money for?").type).toBe('reason');
    expect(analyzeQuestion('what is the tunnel?').type).not.toBe('reason');
    expect(analyzeQuestion('what is the tunnel for?').asksPurpose).toBe(true);
  });

  it('reads a past form after "how many" as the verb: "how many injured?" is "how many were injured?"', () => {
    expect(analyzeQuestion('how many injured?')).toMatchObject({ type: 'number', terms: ['injur'] });
    expect(analyzeQuestion('how many injured?').headNoun).toBeUndefined();
  });

  it('reads "what\'s the name of the person who …" and "the girl\'s name" as asking for a person\'s name', () => {
    expect(analyzeQuestion("what's the name of the person who found it?")).toMatchObject({ type: 'person', asksName: true });
    expect(analyzeQuestion("what was the little girl's name?")).toMatchObject({ type: 'person', asksName: true });
    expect(analyzeQuestion('who found it?').asksName).toBeUndefined();
  });

  it('reads "what kind of plane", "which type of engine" as asking a kind, which only a named span answers', () => {
    expect(analyzeQuestion('what kind of plane was it?')).toMatchObject({ type: 'thing', asksKind: true });
    expect(analyzeQuestion('which type of engine failed?').asksKind).toBe(true);
    expect(analyzeQuestion('what plane was it?').asksKind).toBeUndefined();
  });

  it('reads "who is investigating?" as the progressive of its verb, not a definition of "investigating"', () => {
    expect(analyzeQuestion('who is investigating?')).toMatchObject({ type: 'person', mainVerb: { lemma: 'investigate' } });
    expect(analyzeQuestion('who is Quillon?').type).toBe('definition');
  });
});

describe('question parse: main verb, figures, negation', () => {
  it('finds the main verb and its lemma past auxiliaries, names and the subject’s noun', () => {
    expect(analyzeQuestion('Who released the transcript?').mainVerb).toMatchObject({ word: 'released', lemma: 'release' });
    expect(analyzeQuestion('When did the call take place?').mainVerb).toMatchObject({ lemma: 'take' });
    expect(analyzeQuestion('How many goals did the Rovers score?').mainVerb).toMatchObject({ lemma: 'score' });
    expect(analyzeQuestion('What team won the cup?').mainVerb).toMatchObject({ lemma: 'win' });
  });

  it('lists the figures asked about, digits and number words alike', () => {
    expect(analyzeQuestion('Who scored in the first seven minutes of the 2015 final?').numbers).toEqual(['7', '2015']);
  });

  it('says whether the question is negated', () => {
    expect(analyzeQuestion("Why didn't the club reply?").negated).toBe(true);
    expect(analyzeQuestion('Who never signed the deal?').negated).toBe(true);
    expect(analyzeQuestion('Who signed the deal?').negated).toBe(false);
  });

  it('types the head noun by its WordNet class, names aside', () => {
    expect(analyzeQuestion('Which goalkeeper saved the penalty?').type).toBe('person');
    expect(analyzeQuestion('What Lisbon stadium hosted the final?').type).toBe('place');
    expect(analyzeQuestion('Which orchestra played?').type).toBe('entity');
    expect(analyzeQuestion('What salary did she earn?').type).toBe('money');
  });
});
