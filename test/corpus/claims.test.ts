import { describe, expect, it } from 'vitest';
import { claimAt, isQuestion, narratesSpeech, quotedRegions, speakerIn, speakerOf } from '../../src/corpus/claims.js';

/** The claim made by the words at `word` in `sentence`. */
function claim(sentence: string, word: string) {
  const at = sentence.indexOf(word);
  if (at < 0) throw new Error(`"${word}" is not in "${sentence}"`);
  return claimAt(sentence, at);
}

describe('what a sentence claims at a word', () => {
  it('"Passengers whose flights are cancelled will be offered …" is a rule: it says of no flight that it was cancelled', () => {
    const text = 'Passengers whose flights are cancelled will be offered a refund.';
    expect(claimAt(text, text.indexOf('cancelled')).modality).toBe('hypothetical');
  });

  it('"did not prove that screens caused it" denies the proof, and leaves the cause open: no denial of it', () => {
    const found = claim('Jane Roe said the findings did not prove that screens caused the lost sleep.', 'caused');
    expect(found.negated).toBe(false);
    expect(found.modality).toBe('hypothetical');
    expect(claim('Jane Roe said screens did not cause the lost sleep.', 'cause').negated).toBe(true);
  });

  it('"on suspicion of starting the fire" says nobody started it', () => {
    const text = 'Police arrested a man on suspicion of starting the fire.';
    expect(claimAt(text, text.indexOf('starting')).modality).toBe('apparent');
  });

  it('a promise, a pledge or a vow narrates someone\'s words; scoring a goal does not', () => {
    expect(narratesSpeech('The governor visited the centre and promised that families would receive payments.')).toBe(true);
    expect(narratesSpeech('The union pledged to fight the cuts.')).toBe(true);
    expect(narratesSpeech('Roe scored the winner in the last minute.')).toBe(false);
  });

  it('"The company said …" opening a sentence has a speaker, "the company"; "The city has added extra buses" has none', () => {
    expect(speakerIn('The company said no bank details had been taken.')).toBe('the company');
    expect(speakerIn('The Acme Trust said it would pay.')).toBe('Acme Trust');
    expect(speakerIn('The city has added extra buses and a ferry service.')).toBeUndefined();
  });

  it('"…, said fire chief Jane Roe." and "…, according to police." make the whole sentence someone\'s claim', () => {
    expect(claimAt('Winds reached 70 kilometres per hour, said fire chief Jane Roe.', 'Winds reached '.length).reported).toBe(true);
    expect(claimAt('Two people were hurt, according to police.', 'Two people were '.length).reported).toBe(true);
    expect(speakerIn('Winds reached 70 kilometres per hour, said fire chief Jane Roe.')).toBe('Jane Roe');
  });

  it('"according to another recording reviewed by Acme" names the recording whole, not "… reviewed by"', () => {
    expect(speakerIn('Roe spoke to Doe on Monday, according to another recording reviewed by Acme News.')).toBe('another recording reviewed by Acme News');
    expect(speakerIn('Two people were hurt, according to the fire service.')).toBe('the fire service');
  });

  it('"Jane Roe, in remarks to Acme TV, said …" and "… said Tom al-Berg" name their speakers', () => {
    expect(speakerIn('Fire chief Jane Roe, in remarks to Acme TV, said “Everyone has been taken to hospital.')).toBe('Jane Roe');
    expect(speakerIn('Jane Roe, speaking to reporters, said the plan was dead.')).toBe('Jane Roe');
    expect(speakerIn('“It is over,” said Tom al-Berg.')).toBe('Tom al-Berg');
  });

  it('"he had claimed £38,000 in expenses" names no speaker; "Roe denied breaking any rules" is Roe\'s claim', () => {
    expect(speakerIn('Tom Berg resigned on Monday after a newspaper reported that he had claimed £38,000 in expenses.')).toBeUndefined();
    expect(speakerIn('Jane Roe, a retired engineer, called for the project to be scrapped.')).not.toBe('a retired engineer');
    const denied = 'Roe, 61, denied breaking any rules.';
    expect(speakerIn(denied)).toBe('Roe');
    expect(claimAt(denied, denied.indexOf('breaking')).reported).toBe(true);
  });

  it('"she said" after "The region\'s governor, Jane Roe, visited …" is Jane Roe\'s, not the company that spoke a paragraph before', () => {
    const paragraph = ["The region's governor, Jane Roe, visited Oslo on Sunday.", '"Nobody should face this alone," she said.'];
    expect(speakerOf(paragraph, 1, ['Power company Zorbco said most homes would be reconnected.'])).toBe('Jane Roe');
  });

  it('"said Acme analyst Jane Roe" is Jane Roe\'s word, not Acme\'s; "said Jane Roe on Monday" and "said Jane Roe and Tom Berg" keep Jane Roe', () => {
    expect(speakerIn('“It never found a reason to exist,” said Acme analyst Jane Roe.')).toBe('Jane Roe');
    expect(speakerIn('The plan is dead, said Zorbco spokeswoman Jane Roe.')).toBe('Jane Roe');
    expect(speakerIn('“It is over,” said Jane Roe on Monday.')).toBe('Jane Roe');
    expect(speakerIn('“It is over,” said Jane Roe and Tom Berg.')).toBe('Jane Roe');
  });

  it('"no patients were hurt" denies the hurt; "no arrests" leaves the noun\'s own "no" to the yes/no judge', () => {
    const hurt = 'A hospital was evacuated, but no patients were hurt.';
    expect(claimAt(hurt, hurt.indexOf('hurt')).negated).toBe(true);
    const arrests = 'Police said no arrests were made.';
    expect(claimAt(arrests, arrests.indexOf('arrests')).negated).toBe(false);
  });

  it('"in the words of the prosecutor, Jane Roe, QC, “…”" and "Ms. Roe also told the court that …" name their speakers', () => {
    expect(speakerIn('By the end, the child cried all day and, in the words of the Crown prosecutor, Jane Roe, QC, “She spent her last months in pain.”')).toBe('Jane Roe');
    expect(speakerIn('Ms. Roe also told the court that, over the last months of her life, “the child was in pain.”')).toBe('Ms. Roe');
  });

  it('but the words before ", Acme announced that …" are the story\'s own, not a trailing attribution', () => {
    const text = 'With the hall almost built, Acme announced on Friday that it would open in May.';
    expect(claimAt(text, text.indexOf('built')).reported).toBe(false);
  });

  it('"was meant to help" plans the help; it does not say it happened', () => {
    expect(claimAt('The charity was meant to help families.', 'The charity was meant to '.length).modality).toBe('planned');
  });

  it('"no one", "nobody" and "none" deny what their clause says', () => {
    expect(claimAt('No one was injured in the fire.', 'No one was '.length).negated).toBe(true);
    expect(claimAt('Nobody was hurt, police said.', 'Nobody was '.length).negated).toBe(true);
    expect(claimAt('Everyone was hurt, police said.', 'Everyone was '.length).negated).toBe(false);
  });

  it('a plain past statement is asserted, not negated', () => {
    expect(claim('Marlow praised the builders on Friday.', 'praised')).toMatchObject({ modality: 'asserted', negated: false, quoted: false, reported: false });
  });

  it('"not", "never" and "n\'t" negate the clause they are in, and only that clause', () => {
    const sentence = 'The builders have not disputed the audit, and Marlow praised them.';
    expect(claim(sentence, 'disputed').negated).toBe(true);
    expect(claim(sentence, 'praised').negated).toBe(false);
    expect(claim('She never signed it.', 'signed').negated).toBe(true);
    expect(claim('They didn’t sign it.', 'sign').negated).toBe(true);
  });

  it('a refusal negates what was refused: "declined to comment" says they did not comment', () => {
    expect(claim('Fane declined to comment on the delay.', 'comment')).toMatchObject({ negated: true, refused: true, modality: 'asserted' });
    expect(claim('Roe refused to comment on the leak.', 'comment')).toMatchObject({ negated: true, refused: true });
  });

  it('tense and modality: "is set to meet" is a plan, "will" a prediction, "would"/"if" a supposition', () => {
    expect(claim('The authority is set to meet the builders on 12 May.', 'meet').modality).toBe('planned');
    expect(claim('Marlow is due to visit the site.', 'visit').modality).toBe('planned');
    expect(claim('The tunnel will open on time.', 'open').modality).toBe('future');
    expect(claim('The orchards could lose their licence if the harvest is late.', 'lose').modality).toBe('hypothetical');
    expect(claim('If the vote fails, the builders walk away.', 'walk').modality).toBe('hypothetical');
  });

  it('reported speech puts "will" back a tense: "said it disagreed and would appeal" is the speaker\'s future, "would have" and "if" still suppose', () => {
    expect(claim('The company said it disagreed with the ruling and would appeal.', 'appeal').modality).toBe('future');
    expect(claim('Roe said she would resign.', 'resign').modality).toBe('future');
    expect(claim('Roe said she would have resigned.', 'resigned').modality).toBe('hypothetical');
    expect(claim('Roe said she would resign if the vote failed.', 'resign').modality).toBe('hypothetical');
    expect(claim('The plan would cost more.', 'cost').modality).toBe('hypothetical');
  });

  it('a clause opened by "after", "because" … is its own claim: "were ordered to leave after engineers found cracks" says they found them', () => {
    expect(claim('Residents were ordered to leave after engineers found cracks in the dam.', 'found').modality).toBe('asserted');
    expect(claim('Residents were ordered to leave after engineers found cracks in the dam.', 'leave').modality).toBe('directed');
    // ", but" before a new subject starts a claim of its own; before a bare verb it shares the modal.
    expect(claim('Acme knew of 14 crashes that may be linked to the fault, but no deaths.', 'deaths').modality).toBe('asserted');
    expect(claim('The plan would cost more, but save time.', 'save').modality).toBe('hypothetical');
    expect(claim('“We take security seriously,” she said, but refused to give any more details.', 'give').negated).toBe(true);
    // "until" and "before" open no fact: this says nothing is safe yet.
    expect(claim('"Nobody should go back until the engineers tell us it is safe," Roe said.', 'safe').modality).not.toBe('asserted');
  });

  it('"managed to win" says they won; "failed to win" that they did not', () => {
    expect(claim('Their rivals managed to win the championship in 2000.', 'win')).toMatchObject({ modality: 'asserted', negated: false });
    expect(claim('Their rivals failed to win the championship.', 'win')).toMatchObject({ modality: 'asserted', negated: true });
  });

  it('"appeared to" hedges, and "told X to …" or "to ensure" wants rather than reports', () => {
    expect(claim('The recording appears to shed light on the plan.', 'shed').modality).toBe('apparent');
    expect(claim('Brel told the chair to ensure the builders signed the contract.', 'signed').modality).toBe('directed');
  });

  it('a modal at the start of a quotation governs all of it, past the commas', () => {
    const sentence = '“I would make the call and say that you support it, that you respect that he is a man of peace,” Roe said.';
    expect(claim(sentence, 'man of peace')).toMatchObject({ modality: 'hypothetical', quoted: true });
  });

  it('narration outside a quotation governs the words in it: Roe agreed that Doe “will congratulate”', () => {
    expect(claim('Roe agreed that Doe “will congratulate” the mayor.', 'congratulate')).toMatchObject({ modality: 'future', quoted: true });
  });

  it('a question, quoted or narrated, claims nothing', () => {
    expect(claim('Would anyone sign a contract without an audit?', 'sign').modality).toBe('question');
    expect(claim('“Is it safe?” she asked.', 'safe').modality).toBe('question');
    expect(isQuestion('Is the harvest safe?')).toBe(true);
    expect(isQuestion('“Is it safe?” she asked.')).toBe(false);
  });

  it('indirect speech is the speaker’s claim: "Roe said it supported", "…, the board warned"', () => {
    expect(claim('On Tuesday, Ukraine said it supported the plan.', 'supported').reported).toBe(true);
    expect(claim('The owners had refused to raise wages, Lund said.', 'raise').reported).toBe(true);
    expect(claim('The owners raised wages.', 'raised').reported).toBe(false);
  });
});

describe('quotations', () => {
  it('finds the words inside quotation marks, curly or straight', () => {
    const sentence = '“The tunnel will open,” Brel said, adding "on time".';
    const regions = quotedRegions(sentence).map(({ start, end }) => sentence.slice(start, end));
    expect(regions).toEqual(['The tunnel will open,', 'on time']);
  });

  it('a sentence that closes a quotation it did not open was inside it from the start', () => {
    const sentence = 'And I think the president will give me space.”';
    expect(quotedRegions(sentence)).toEqual([{ start: 0, end: sentence.length - 1 }]);
  });
});

describe('who is speaking', () => {
  it('finds the speaker through the attribution verb, before or after the quotation', () => {
    expect(speakerIn('“The tunnel will open on time,” Brel said.')).toBe('Brel');
    expect(speakerIn('Acme Corp’s review of the data concluded, “The tunnel is safe.')).toBe('Acme Corp');
    expect(speakerIn('The security firm Acme Labs, has said that the browser has 277 flaws.')).toBe('Acme Labs');
    expect(speakerIn('In their defence, Tom Berg, QC, said that the parents meant well.')).toBe('Tom Berg');
    expect(speakerIn('“We will be back on Monday,” said union organiser Petra Lund.')).toBe('Petra Lund');
    expect(speakerIn('“That’s what a dealmaker does,” the president said on Tuesday.')).toBe('the president');
    expect(speakerIn('Dmitriev told Ushakov in the back and forth.')).toBe('Dmitriev');
    expect(speakerIn('According to Lund, the contract raises pay by a fifth.')).toBe('Lund');
    expect(speakerIn('The hotel’s manager, Petra Lund, said staff had followed the plan.')).toBe('Petra Lund');
  });

  it('a who-clause may stand between the speaker and the verb, and no clause after "said the" is a speaker', () => {
    expect(speakerIn('Inspector Jane Roe, who leads the safety office, said the cracks were spotted during an inspection.')).toBe('Inspector Jane Roe');
    expect(speakerIn('Officials left after the meeting, said the cracks were spotted during an inspection.')).not.toBe('the cracks were spotted');
  });

  it('a quotation introduced after a colon belongs to the sentence’s subject', () => {
    expect(speakerIn('Harlan Voss called for the project to be scrapped in a letter: “It cannot be trusted.')).toBe('Harlan Voss');
  });

  it('a quotation running across sentences takes its speaker from the paragraph', () => {
    const paragraph = ['“The tunnel will open on time,” Brel said.', '“It will carry thirty thousand cars a day.”'];
    expect(speakerOf(paragraph, 1)).toBe('Brel');
  });

  it('"he said" is the person named last before it', () => {
    expect(speakerOf(['“I know what it will take,” he said.'], 0, ['Brel appeared to show that the audit was late.'])).toBe('Brel');
  });

  it('"she said" is never a word of the quotation, nor a title opening the sentence before: "Chief executive Jane Roe apologised"', () => {
    expect(speakerOf(['Chief executive Jane Roe apologised to customers.', '"Safety is our first priority," she said in a statement.'], 1)).toBe('Jane Roe');
  });

  it('"he said" reaches back past an age in apposition: "Vik, 20, came on …"', () => {
    expect(speakerOf(['Vik, 20, came on in the 70th minute and scored.', '"I just closed my eyes and hit it," he said.'], 1)).toBe('Vik');
  });

  it('"He said …" opening a sentence is the person named before it, never "He"', () => {
    expect(speakerOf(['Interior minister Piet Brel said 1,500 soldiers had been sent.', 'He said the government had not yet estimated the cost.'], 1)).toBe('Piet Brel');
  });

  it('a verb that takes an object after a comma is no inverted attribution: "Lena Roe, called the news …" is not said by "the news"', () => {
    expect(speakerIn('Riverton’s mayor, Lena Roe, called the news "a hammer blow".')).not.toBe('the news');
  });

  it('a description between the name and the verb is the speaker\'s, not the speaker: "”, Tom Berg, editor at the Riverton Post, said"', () => {
    expect(speakerIn('"It could have been much worse," Tom Berg, editor at large at the Riverton Post, said.')).toBe('Tom Berg');
  });

  it('"she said" after a quotation opened a sentence before is never the quotation\'s first word ("Nobody will …")', () => {
    const paragraph = ['City engineer Jane Roe said the crack was long.', '"We had to close it.', 'Nobody will cross it until it is safe," she told reporters.'];
    expect(speakerOf(paragraph, 2)).toBe('Jane Roe');
  });

  it('where the speaker works does not take their place: "Analyst Jane Roe of Acme Capital said"', () => {
    expect(speakerIn('Analyst Jane Roe of Acme Capital said the price was "full but fair".')).toMatch(/Jane Roe$/);
  });

  it('an age in apposition does not hide the speaker: "Jane Roe, 54, said"', () => {
    expect(speakerIn('Acme chief executive Jane Roe, 54, said the board had offered 4.5 percent and could not afford more.')).toBe('Jane Roe');
  });

  it('a role after its verb ends its clause: "said the board had offered …" is no speaker called "the board had offered"', () => {
    expect(speakerIn('The offer was rejected, said the union on Monday.')).toBe('the union');
    expect(speakerIn('Talks went on for weeks, and then, said the board had offered more, they stopped.') ?? '').not.toMatch(/offered/);
  });

  it('narration with no attribution has no speaker', () => {
    expect(speakerIn('A transcript of the call was released by the agency on Tuesday.')).toBeUndefined();
  });
});
