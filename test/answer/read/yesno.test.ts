import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../../src/answer/read/yesno.js';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { bundledBot, storyBot, storyBotWith } from '../stories.js';

const made = (text: string, abstainBelow?: number) => createBot([parseStory('made-up.md', Buffer.from(`---\ntitle: Town news\n---\n${text}\n`))], abstainBelow === undefined ? {} : { abstainBelow });

const tunnel = storyBot('harbour-tunnel.md');
const orchard = storyBot('orchard-strike.md');

/** The first line of an answer: its verdict. */
const verdict = (text: string): string => text.split('\n')[0] ?? '';

describe('yes/no questions have three outcomes', () => {
  describe('"yes" only when a narrated sentence states it, with the same polarity', () => {
    it('answers yes from the story’s own words, and cites them', () => {
      const answer = tunnel.ask('Did Marlow praise the builders?');
      expect(verdict(answer.text)).toMatch(/^Yes\b/);
      expect(answer.shortAnswer).toBe('Yes');
      expect(answer.citations[0]?.text).toContain('Marlow praised the builders');
    });

    it('of two companies\' shares, the verb after the asked one answers: "did Zorbco shares fall?" is "yes", Acme\'s "no"', () => {
      const market = made('Shares in Acme rose 31 percent on Monday, while Zorbco shares fell 2 percent.\n\nShares in Kellan fell 6 percent in Frankfurt.', 0);
      expect(verdict(market.ask('did zorbco shares fall?').text)).toMatch(/^Yes\b/);
      expect(verdict(market.ask('did acme shares fall?').text)).toMatch(/^No\b/);
      expect(verdict(market.ask('did acme shares rise?').text)).toMatch(/^Yes\b/);
      // Kellan's fall is no Acme's: every word of the subject must be there.
      expect(market.ask('did acme shares fall?').citations[0]?.text).toContain('Acme');
    });

    it('cites where the asked word is not a noun after "the": "did the nurses strike?" by their 48-hour strike, not by nurses "exempt from the strike"', () => {
      const answer = storyBot('hospital-strike.md', 'airline-strike.md').ask('did the nurses strike?');
      expect(verdict(answer.text)).toMatch(/^Yes\b/);
      expect(answer.citations[0]?.text).not.toContain('exempt from the strike');
    });

    it('a verb of the asked word\'s group used as a noun states nothing: "did Roe win?" is no "yes" over "Roe conceded defeat"', () => {
      const election = made('Jane Doe won 18,904 votes to Tom Roe\'s 18,492.\n\nRoe, who had served two terms, conceded defeat on Sunday.', 0);
      expect(verdict(election.ask('did tom roe win?').text)).not.toMatch(/^Yes\b/);
      expect(verdict(election.ask('did jane doe win?').text)).toMatch(/^Yes\b/);
    });

    it('"will the deal close this year?" is no "yes" over "expected to close in the first half of next year": the asked time must be said', () => {
      const merger = storyBotWith({ abstainBelow: 0 }, 'food-merger.md');
      expect(verdict(merger.ask('will the deal close this year?').text)).not.toMatch(/^Yes\b/);
      expect(verdict(merger.ask('will the deal close next year?').text)).toMatch(/^Yes\b/);
    });

    it('"were there any arrests?" is answered no by "no arrests were made", and yes where the story says there were', () => {
      const protest = made('About 300 protesters gathered outside the town hall.\n\nPolice said the protest was peaceful and no arrests were made.', 0);
      // "Police" opens the story's sentence; inside the reply's it is written as a common noun.
      expect(verdict(protest.ask('were there any arrests?').text)).toMatch(/^According to police, no\b/);
      expect(verdict(protest.ask('were there any arrests?').text)).not.toMatch(/\byes\b/i);
      expect(verdict(protest.ask('were there protests?').text)).toMatch(/^Yes\b/);
    });

    it('an adjective before its noun answers "are they …?": "are the updates free?" over "a free software update"; not of another noun', () => {
      const recall = made('Owners will be asked to bring their cars to a dealer for a free software update.\n\nAcme knew of 14 minor crashes linked to the fault.', 0);
      expect(verdict(recall.ask('are the updates free?').text)).toMatch(/^Yes\b/);
      expect(verdict(recall.ask('is the fault minor?').text)).not.toMatch(/\byes\b/i);
    });

    it('a class is not the one thing asked about: "was the report classified?" is not yes by "Grade B reports are classified papers"', () => {
      const leak = made('A report on the harbour was found on a street in Riverton.\n\nGrade B reports are the lowest grade of classified papers.', 0);
      expect(verdict(leak.ask('was the report classified?').text)).not.toMatch(/\byes\b/i);
    });

    it('"was anyone hurt?" is answered no by "No injuries have been reported": "no" and a noun of the asked verb deny it', () => {
      const dam = made('Police closed the valley road on Tuesday.\n\nNo injuries have been reported.', 0);
      expect(verdict(dam.ask('was anyone hurt?').text)).toMatch(/^No\b/);
      expect(verdict(dam.ask('was anyone arrested?').text)).not.toMatch(/^(?:No|Yes)\b/);
    });

    it('"is it safe to go back?" is no "yes" over "Nobody should go back until the engineers tell us it is safe"', () => {
      const dam = made('"Nobody should go back until the engineers tell us it is safe," Governor Jane Roe said.', 0);
      expect(verdict(dam.ask('is it safe to go back?').text)).not.toMatch(/\byes\b/i);
    });

    it('"is Quillon bigger than Marrow?" is no "yes" over a headline that names both but never says bigger', () => {
      expect(verdict(storyBotWith({ abstainBelow: 0 }, 'food-merger.md').ask('is quillon bigger than marrow?').text)).not.toMatch(/^Yes\b/);
    });

    it('"did the quake kill 200 people?" is no "yes" over another quake the report introduces ("in 1987, when a quake killed 200")', () => {
      const quake = createBot([parseStory('quake.md', Buffer.from('---\ntitle: Earthquake shakes northern Zorbia\n---\nAn earthquake struck northern Zorbia on Sunday, killing at least 23 people.\n\nThe quake hit at 3:42 am.\n\nThe region was last hit by a strong earthquake in 1987, when a quake killed more than 200 people.\n'))], { abstainBelow: 0 });
      expect(verdict(quake.ask('did the quake kill 200 people?').text)).not.toMatch(/^Yes\b/);
      // The headline names the story's earthquake before the report introduces it: that one is asked about.
      expect(verdict(quake.ask('did the earthquake kill at least 23 people?').text)).toMatch(/^Yes\b/);
      // "at a time when the quake …" names no new quake: only an article of the noun's own phrase does.
      const calm = made('The market is busy on weekdays.\n\nThe quake hit at a time when the market was relatively uncrowded.', 0);
      expect(verdict(calm.ask('was the market packed when the quake hit?').text)).toMatch(/^No\b/);
    });

    it('"did Brenvar win?" is no "yes" over "Brenvar\'s third defeat": a noun of "defeat" is the loser\'s, though the verb is a win', () => {
      const cup = made('Quillon Rovers won the cup on Saturday, beating Brenvar City on penalties.\n\nIt was Brenvar\'s third defeat in a final in five years.', 0);
      expect(verdict(cup.ask('did Brenvar win?').text)).not.toMatch(/^Yes\b/);
      expect(verdict(cup.ask('did Brenvar beat Quillon Rovers?').text)).not.toMatch(/^Yes\b|beaten/);
      expect(verdict(cup.ask('did Quillon Rovers win?').text)).toMatch(/^Yes\b/);
    });

    it('a "will" question is answered by a plan the story reports ("is set to meet")', () => {
      expect(verdict(tunnel.ask('Will the authority meet the tunnel builders?').text)).toMatch(/^Yes\b/);
    });
  });

  describe('"no" when the story states the opposite', () => {
    it('through negation ("have not disputed")', () => {
      const answer = tunnel.ask('Did the builders dispute the audit?');
      expect(verdict(answer.text)).toMatch(/^No\b/);
      expect(answer.text).toContain('not disputed');
    });

    it('through a refusal: "declined to comment" answers "did she comment?"', () => {
      const answer = tunnel.ask('Did Fane comment on the delay?');
      expect(verdict(answer.text)).toMatch(/^No\b/);
      expect(answer.text).toContain('declined to comment');
    });

    it('through an antonym: "praised" answers "did she criticise?"', () => {
      expect(verdict(tunnel.ask('Did Marlow criticise the builders?').text)).toMatch(/^No\b/);
    });

    it('through an adjective’s indirect opposite, whatever the "when" clause dates: "uncrowded" answers "was it packed when …?"', () => {
      const hall = made('The roof of the Acme hall fell in on Sunday.\n\nThe hall was relatively uncrowded at the time.');
      const answer = hall.ask('was the hall packed when the roof fell?');
      expect(verdict(answer.text)).toMatch(/^No\b/);
      expect(answer.citations[0]?.text).toContain('relatively uncrowded');
    });

    it('through "no longer", when a pronoun stands for the thing the sentence before names', () => {
      const ferry = made('The Quillon ferry first sailed in 1990. The Quillon ferry carried two million people.\n\nThe Quillon ferry has grown old. But it is slow, and the Acme council no longer wants to fund it.');
      const answer = ferry.ask('does the Acme council still want to fund the Quillon ferry?');
      expect(verdict(answer.text)).toMatch(/^No\b/);
      expect(answer.citations[0]?.text).toContain('no longer wants to fund it');
    });
  });

  describe('otherwise "the story doesn’t say whether …", then the closest thing it does say', () => {
    it('tense matters: "is set to meet" does not answer "has it met"', () => {
      const answer = tunnel.ask('Has the authority met the tunnel builders?');
      expect(verdict(answer.text)).toBe('The story doesn’t say whether the authority has met the tunnel builders.');
      expect(answer.text).toContain('is set to meet');
      expect(answer.shortAnswer).toBeNull();
    });

    it('a rhetorical question in the story is no statement', () => {
      const answer = tunnel.ask('Would anyone sign a contract without an audit?');
      expect(verdict(answer.text)).toMatch(/^The story doesn’t say/);
      // …and what it shows is attributed to whoever asked it.
      expect(answer.text).toContain('Tomas Brel said');
    });

    it('a hypothetical ("could lose … if") is no statement that it will happen', () => {
      expect(verdict(orchard.ask('Will the orchards lose their export licence?').text)).toMatch(/^The story doesn’t say/);
    });

    it('a sentence that says both ("improved …, then worsened") is no denial', () => {
      const patient = made('Jane was taken ill in May.\n\nJane temporarily improved during the rare times her parents used the drug, but they soon dropped it, and she consistently worsened.');
      const answer = patient.ask('did Jane get better when her parents used the drug?');
      expect(verdict(answer.text)).not.toMatch(/^No\b/);
    });

    it('a question the story itself asks is not answered by repeating it', () => {
      expect(verdict(orchard.ask('Is the harvest safe?').text)).toMatch(/^The story doesn’t say/);
    });
  });

  it('"was anyone arrested?" over several stories is no verdict: an arrest in one story answers nothing of another', () => {
    const folder = createBot([
      parseStory('fire.md', Buffer.from('---\ntitle: Wildfire\n---\nPolice have arrested a man on suspicion of starting the fire.\n')),
      parseStory('museum.md', Buffer.from('---\ntitle: Museum theft\n---\nThieves stole 340 gold coins from the Riverton museum. The theft was discovered by a guard.\n')),
    ], { abstainBelow: 0 });
    expect(verdict(folder.ask('has anyone been arrested?').text)).toMatch(/^I can’t tell which story you mean/);
    // After a question on one story, it asks of that story.
    expect(folder.ask('what started the fire?', { conversationId: 'fire' }).abstained).toBe(false);
    expect(verdict(folder.ask('has anyone been arrested?', { conversationId: 'fire' }).text)).toBe('Yes, according to the story [1].');
    folder.ask('how many coins were stolen from the museum?', { conversationId: 'museum' });
    expect(verdict(folder.ask('has anyone been arrested?', { conversationId: 'museum' }).text)).toMatch(/^The story doesn’t say/);
    expect(verdict(made('Police have arrested a man on suspicion of starting the fire.', 0).ask('has anyone been arrested?').text)).toBe('Yes, according to the story [1].');
  });

  it('a passive\'s other words are no statement of it: "was anyone arrested over the theft?" is not "the theft was discovered"', () => {
    const museum = made('Thieves stole 340 gold coins from the Riverton museum.\n\nThe theft was discovered by a guard at 6:30 am.', 0);
    expect(verdict(museum.ask('was anyone arrested over the theft?').text)).not.toMatch(/^Yes/);
  });

  it('a person is not mentioned by a surname they share: "Is Jane Roe a doctor?" is not "Tom Roe, a doctor"', () => {
    const couple = made('Tom Roe, 42, and his wife Jane Roe, 36, run a clinic in Riverton.\n\nTom Roe, a practising doctor, treats the patients himself.');
    expect(verdict(couple.ask('Is Jane Roe a doctor?').text)).not.toMatch(/^Yes/);
    expect(verdict(couple.ask('Is Tom Roe a doctor?').text)).toBe('Yes, according to the story [1].');
  });

  describe('"almost" falls short: "almost complete" says it is not finished yet', () => {
    const bridge = 'With work on the Mill Street bridge almost complete, the council set the opening for May.';

    it('"is the bridge finished yet?" is "not quite", quoting the sentence', () => {
      const answer = made(bridge, 0).ask('Is the Mill Street bridge finished yet?');
      expect(answer.abstained).toBe(false);
      expect(verdict(answer.text)).toBe('Not quite, according to the story [1].');
      expect(answer.text).toContain('almost complete');
    });

    it('but "is it almost finished?" is yes, and "is it almost?" asks nothing', () => {
      expect(verdict(made(bridge, 0).ask('Is the Mill Street bridge almost finished?').text)).toBe('Yes, according to the story [1].');
      expect(verdict(made(bridge, 0).ask('Is the Mill Street bridge almost?').text)).not.toMatch(/^(?:Yes|No|Not quite)\b/);
    });

    it('and below the threshold it abstains, showing the sentence as the closest evidence', () => {
      const answer = made(bridge, 1.01).ask('Is the Mill Street bridge finished yet?');
      expect(answer.abstained).toBe(true);
      expect(answer.citations[0]?.text).toContain('almost complete');
    });
  });

  describe('neither yes nor no stated: the sentence that answers in its own words is quoted, never turned into a verdict', () => {
    const bridge = 'With work on the Mill Street bridge almost complete, the council set the opening for May.';

    it('"is the bridge built yet?" over "almost complete" quotes it when the verifier finds it probable', () => {
      const answer = made(bridge, 0).ask('Is the Mill Street bridge built yet?');
      expect(answer.abstained).toBe(false);
      expect(answer.text).not.toMatch(/^(?:Yes|No|Not)\b/);
      expect(answer.text).toContain('almost complete');
    });

    it('and says "the story doesn’t say whether …" with it as the closest evidence when not', () => {
      const answer = made(bridge, 1.01).ask('Is the Mill Street bridge built yet?');
      expect(answer.abstained).toBe(true);
      expect(answer.text).toMatch(/^The story doesn’t say/);
      expect(answer.citations[0]?.text).toContain('almost complete');
    });
  });

  describe('a claim resting on one person’s words is theirs', () => {
    it('a quoted prediction: "According to Tomas Brel, yes", never "Yes, according to the story"', () => {
      const answer = tunnel.ask('Will the tunnel open on time?');
      expect(verdict(answer.text)).toBe('According to Tomas Brel, yes [1].');
    });

    it('reported speech ("…, Lund said") is the speaker’s claim too', () => {
      expect(verdict(orchard.ask('Did the owners raise wages?').text)).toBe('According to Petra Lund, no [1].');
    });
  });

  describe('a possibility is answered by a possibility', () => {
    const review = `Acme Corp's review of the river data concluded, "The Quillon bridge is safe for now. But if the floods return and the river keeps rising, the bridge could close in March."`;

    it('"could the bridge close?" is yes, by whoever says it could (a quotation opened a sentence before)', () => {
      expect(verdict(made(review).ask('Could the bridge close?').text)).toBe('According to Acme Corp, yes [1].');
    });

    it('"could it happen again?" asks nothing a sentence can answer in its own words: it is not given a quotation', () => {
      const answer = made(review, 0).ask('Could the bridge happen again?');
      expect(answer.abstained).toBe(true);
    });

    it('"was anyone killed?" over an election is not given a quotation that shares a second-sense word ("conceded defeat")', () => {
      const vote = made('Tom Berg conceded defeat on Sunday evening after the recount.', 0);
      expect(vote.ask('was anyone killed?').abstained).toBe(true);
    });

    it('but not for a subject of another clause: "could the river close?"', () => {
      expect(made(review).ask('Could the river close?').abstained).toBe(true);
    });

    it('and "did the bridge close?" asks a fact, which a possibility is not', () => {
      expect(made(review).ask('Did the bridge close?').abstained).toBe(true);
    });
  });
});

describe('the bundled story, as reported in issue #11', () => {
  const bot = bundledBot();

  it('"Did Ushakov comment on the leak?" is no: he refused to comment', () => {
    const answer = bot.ask('Did Ushakov comment on the leak?');
    expect(verdict(answer.text)).toMatch(/^No\b/);
    expect(answer.text).toContain('refused to comment');
  });

  it('"Has Witkoff met Putin yet?" is not yes: he "is set to meet" him', () => {
    const answer = bot.ask('Has Witkoff met Putin yet?');
    expect(verdict(answer.text)).toMatch(/^The story doesn’t say whether Witkoff has met Putin/);
    expect(answer.text).toContain('set to meet');
  });

  it('"Did Putin congratulate Trump?" is not yes: he was told to, and "will congratulate"', () => {
    expect(verdict(bot.ask('Did Putin congratulate Trump?').text)).toMatch(/^The story doesn’t say/);
  });

  it('"Is Trump a man of peace?" is not yes: those are words scripted for someone to say', () => {
    const answer = bot.ask('Is Trump a man of peace?');
    expect(answer.text).not.toMatch(/^Yes/);
    expect(verdict(answer.text)).toMatch(/^The story doesn’t say/);
  });

  it('"Did the White House dispute the conversation?" is no', () => {
    expect(verdict(bot.ask('Did the White House dispute the conversation?').text)).toMatch(/^No\b/);
  });
});

describe('yes/no: who underwent it, and who was denied', () => {
  it('"were any houses destroyed?" is answered by the active "the fire destroyed 45 houses"', () => {
    expect(verdict(made('The fire destroyed at least 45 houses in Riverton.').ask('were any houses destroyed?').text)).toMatch(/^Yes\b/);
  });

  it('denying a degree leaves the rest open: "was anyone hurt?" over "no deaths or serious injuries" is no "no"', () => {
    const recall = made('Acme said it knew of 14 minor crashes linked to the fault, but no deaths or serious injuries.', 0);
    expect(verdict(recall.ask('has anyone been hurt?').text)).not.toMatch(/\bno\b/i);
    expect(verdict(recall.ask('were there any serious injuries?').text)).toMatch(/\bno\b/i);
  });

  it('a past perfect tells an earlier event: "did Roe win?" is no "yes" over "Roe had won the title in each of the past two years"', () => {
    const final = made('Jane Doe won the Riverton Open on Sunday, beating Tom Roe in the final.\n\nRoe had won the title in each of the past two years.', 0);
    expect(verdict(final.ask('did Tom Roe win?').text)).not.toMatch(/^Yes\b/);
    expect(verdict(final.ask('had Tom Roe won the title before?').text)).toMatch(/^Yes\b/);
  });

  it('"was Roe beaten?" is not "yes" over "Roe beat Doe": Roe did the beating', () => {
    expect(verdict(made('Jane Roe beat Tom Berg in the Riverton final on Sunday.', 0).ask('was Jane Roe beaten?').text)).not.toMatch(/^Yes\b/);
  });

  it('"no" before the subject denies it: "are there casualties left at the scene?" over "there are no casualties left at the scene" is "No"', () => {
    const answer = made('Fire chief Jane Roe, in remarks to Acme TV, said “Everyone has been taken to hospital. There are no casualties left at the scene.”').ask('are there casualties left at the scene?');
    expect(verdict(answer.text)).not.toMatch(/\byes\b/i);
  });

  it('"no" before the clause’s subject denies its verb: "was anyone hurt at the hospital?" over "… but no patients were hurt" is "No"', () => {
    const bot = made('A hospital in Riverton was evacuated as a precaution, but no patients were hurt.');
    expect(verdict(bot.ask('was anyone hurt at the hospital?').text)).toMatch(/^No\b/);
    expect(verdict(bot.ask('were any patients hurt?').text)).toMatch(/^No\b/);
  });

  it('the subject may be named by a synonym: "were the injured taken to hospital?" over "those who were wounded"', () => {
    const answer = made('Fire chief Jane Roe, in remarks to Acme TV, said “All those who were wounded have been taken to hospital.”').ask('were the injured taken to hospital?');
    expect(verdict(answer.text)).toBe('According to Jane Roe, yes [1].');
  });
});

describe('reading a yes/no question', () => {
  it('takes it apart into subject, statement and the words asked about', () => {
    expect(parseYesNo('Did Putin congratulate Trump?')).toMatchObject({ subject: 'Putin', statement: 'Putin congratulated Trump', modality: 'asserted' });
    expect(parseYesNo('Has Witkoff met Putin yet?')).toMatchObject({ subject: 'Witkoff', statement: 'Witkoff has met Putin yet' });
    expect(parseYesNo('Does the mayor trust the council?')).toMatchObject({ subject: 'the mayor', statement: 'the mayor trusts the council' });
    expect(parseYesNo('Will the tunnel open on time?')?.modality).toBe('future');
    expect(parseYesNo('Is the authority set to meet the builders?')?.modality).toBe('planned');
  });

  it('a passive with "get" asks its participle: "will anyone get fired?" is about firing', () => {
    expect(parseYesNo('will anyone get fired over this?')?.targets).toEqual(['fire']);
  });

  it('"did Jane get better?": "get" after a name is the verb, and "get better" asks "better"', () => {
    expect(parseYesNo('did Jane Roe get better when they used normal medicine?')).toMatchObject({ subject: 'Jane Roe', targets: ['better'] });
  });

  it('"came from Riverton" is no "did not go": come and go differ by point of view, not meaning', () => {
    const court = made('Speaking in their defence, Tom Berg, QC, said that, as the parents came from Riverton, they should be declared not guilty.', 0);
    expect(verdict(court.ask('did the parents go to Riverton?').text)).not.toMatch(/\bno\b/i);
  });

  it('"was anything else stolen?": "else" stays with its pronoun', () => {
    expect(parseYesNo('was anything else stolen?')).toMatchObject({ subject: 'anything else', statement: 'anything else was stolen' });
  });

  it('"is this the largest …?": a demonstrative before an article is the subject alone', () => {
    expect(parseYesNo('is this the largest fire in the region?')).toMatchObject({ subject: 'this', statement: 'this is the largest fire in the region' });
  });

  it('after a modal, as after "did", the verb that follows ends the subject: "could Acme end up …"', () => {
    expect(parseYesNo('could Acme end up in fourth place?')).toMatchObject({ subject: 'Acme', mainWord: 'end' });
  });

  it('asks about the main clause: a "when" clause only dates it', () => {
    expect(parseYesNo('Was the hall packed when the roof fell?')).toMatchObject({ statement: 'the hall was packed when the roof fell', targets: ['pack'] });
  });

  it('is undefined for what is no yes/no question', () => {
    expect(parseYesNo('Who met Putin?')).toBeUndefined();
  });
});
