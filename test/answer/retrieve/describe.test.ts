import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { titleBefore } from '../../../src/answer/retrieve/describe.js';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { bundledBot, storyBot } from '../stories.js';

const NEWS = join(PROJECT_ROOT, 'test', 'fixtures', 'eval', 'news');
const newsBot = (file: string) => createBot([parseStory(file, readFileSync(join(NEWS, file)))]);

const tunnel = storyBot('harbour-tunnel.md', 'orchard-strike.md');

describe('"Who is X?" describes X from the story’s own words', () => {
  it('by an apposition: "Harlan Voss, a retired structural engineer,"', () => {
    expect(tunnel.ask('Who is Harlan Voss?').text).toMatch(/^Harlan Voss is a retired structural engineer \[1\]\./);
  });

  it('by a possessive role, which describes the one who holds it: "Dov Akers’s envoy Lina Roque"', () => {
    expect(tunnel.ask('Who is Lina Roque?').text).toMatch(/^Lina Roque is Dov Akers’s envoy \[1\]\./);
  });

  it('never by someone else: the possessor is not described by the aide’s role', () => {
    const answer = tunnel.ask('Who is Dov Akers?');
    expect(answer.text).not.toMatch(/Lina Roque \[1\]|is Dov Akers’s envoy/);
    expect(answer.shortAnswer).toBeNull();
  });

  it('when the story never says who X is, it abstains, saying so and citing where it names X', () => {
    const answer = tunnel.ask('Who is Dov Akers?');
    expect(answer.kind).toBe('abstained');
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^The story mentions Dov Akers but doesn’t say who they are/);
    expect(answer.citations[0]?.text).toContain('Dov Akers');
  });

  it('by a title written before the name, capitalised or not', () => {
    expect(tunnel.ask('Who is Ines Marlow?').text).toContain('Governor Ines Marlow');
    expect(tunnel.ask('Who is Petra Lund?').text).toContain('union organiser Petra Lund');
  });

  it('keeps the article the text gives a possessive role: "the authority’s chair"', () => {
    expect(tunnel.ask('Who is Odile Fane?').text).toMatch(/^Odile Fane is the authority’s chair/);
  });
});

describe('"What does X do for a living?" is answered by X’s work, never by kin', () => {
  const trial = createBot([parseStory('trial.md', Buffer.from('---\ntitle: Couple on trial\n---\nTom Berg, 44, and his wife Jane Berg, 41, are on trial over the death of their six-month-old child.\n\nTom Berg, a retired pharmacist, told the court he had done nothing wrong.\n'))]);

  it('"what does Tom Berg do for a living?" and "what does the dad do?" are his work', () => {
    expect(trial.ask('what does Tom Berg do for a living?').text).toMatch(/^Tom Berg is a retired pharmacist \[1\]\./);
    expect(trial.ask('what does the dad do?').text).toMatch(/^Tom Berg is a retired pharmacist \[1\]\./);
  });

  it('"who is the dad?" and "who\'s the mom?" name the person the story makes a father or a mother', () => {
    expect(trial.ask('who is the dad?').text).toMatch(/^The dad is Tom Berg \[1\]\./);
    expect(trial.ask("who's the mom?").text).toMatch(/^The mom is Jane Berg \[1\]\./);
  });

  it('"what does the mother do for a living?" abstains: the story only says whose wife she is', () => {
    const answer = trial.ask('what does the mother do for a living?');
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^The story mentions Jane Berg but doesn’t say what they do for a living/);
  });
});

describe('title runs before a name', () => {
  it('are the capitalised words and role nouns right before it', () => {
    expect(titleBefore('Nebraska Republican and US Rep Jane Roe called for a vote.', 'Jane Roe')).toBe('Nebraska Republican and US Rep');
    expect(titleBefore('A sack by linebacker Jane Roe ended it.', 'Jane Roe')).toBe('linebacker');
  });

  it('are not a verb, a preposition or a possessive before it', () => {
    expect(titleBefore('Doe told Jane Roe to wait.', 'Jane Roe')).toBeUndefined();
    expect(titleBefore('Doe spoke with Jane Roe.', 'Jane Roe')).toBeUndefined();
    expect(titleBefore('They signed the ceasefire deal Jane Roe drafted.', 'Jane Roe')).toBeUndefined();
    expect(titleBefore('The mayor’s aide Jane Roe left.', 'Jane Roe')).toBe('aide');
  });
});

describe('the bundled story, as reported in issue #11', () => {
  const bot = bundledBot();

  it('"Who is Vladimir Putin?" does not answer with his aide, Yuri Ushakov', () => {
    const answer = bot.ask('Who is Vladimir Putin?');
    expect(answer.text).not.toMatch(/^Yuri Ushakov/);
    expect(answer.shortAnswer).not.toBe('Yuri Ushakov');
    expect(answer.text).toMatch(/^The story mentions Vladimir Putin but doesn’t say who they are/);
  });

  it('"Who is Don Bacon?" is described by his title, not answered with Witkoff', () => {
    const answer = bot.ask('Who is Don Bacon?');
    expect(answer.text).toContain('Nebraska Republican and US Rep');
    expect(answer.shortAnswer).not.toBe('Witkoff');
  });

  it('a title before the surname alone introduces the person: "President Trump"', () => {
    expect(bot.ask('Who is Trump?').text).toMatch(/^Donald Trump is introduced as “President Trump”/);
  });

  it('"Who is Steve Witkoff?" is Donald Trump’s special envoy', () => {
    expect(bot.ask('Who is Steve Witkoff?').text).toMatch(/^Steve Witkoff is Donald Trump’s special envoy/);
  });

  it('"Who wrote the story?" is not answered with a person the story names', () => {
    // Who wrote it is the story's metadata (issue #12); a name from its text, cited, would be invented.
    const answer = bot.ask('Who wrote the story?');
    const lead = answer.text.split('\n')[0] ?? '';
    expect(lead).not.toMatch(/(?:Trump|Witkoff|Bacon|Ushakov|Putin|Dmitriev|Driscoll)[^\n]*\[1\]/);
    expect(answer.shortAnswer ?? '').not.toMatch(/Trump|Witkoff|Bacon|Ushakov|Putin|Dmitriev|Driscoll/);
  });

  it('"Where does Dmitriev live?" abstains: the story never says where anyone lives', () => {
    const answer = bot.ask('Where does Dmitriev live?');
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toContain('Ukraine [1]');
  });
});

describe('"Who is X?" over a town library story (issue #20, item 6)', () => {
  const library = storyBot('town-library.md');

  it('reads a role written before the name and a comma: "the town’s mayor, Tomasz Wójcik"', () => {
    const answer = library.ask('Who is Tomasz Wójcik?');
    expect(answer.text).toMatch(/^Tomasz Wójcik is the town's mayor \[1\]\./);
    expect(answer.citations[0]?.text).toContain('the town\'s mayor, Tomasz Wójcik');
  });

  it('reads a role after the name, with or without an article', () => {
    expect(library.ask('Who is Helen Marsh?').text).toMatch(/^Helen Marsh is the library's manager \[1\]/);
    expect(library.ask('Who is Oskar Lindqvist?').text).toMatch(/^Oskar Lindqvist is treasurer of the Brenhollow Friends of the Library \[1\]/);
  });

  it('prefers the role to post-nominal letters: "The building’s architect, Priya Raman, QC"', () => {
    expect(library.ask('Who is Priya Raman?').text).toMatch(/^Priya Raman is the building's architect \[1\]/);
  });

  it('"Who is the mayor?" names the one person the story gives that role', () => {
    const answer = library.ask('Who is the mayor?');
    expect(answer.text).toMatch(/^The town's mayor is Tomasz Wójcik \[1\]\./);
    expect(answer.shortAnswer).toBe('Tomasz Wójcik');
    expect(library.ask("who's the library's manager?").shortAnswer).toBe('Helen Marsh');
    expect(library.ask('Who is the treasurer?').text).toMatch(/^The treasurer of the Brenhollow Friends of the Library is Oskar Lindqvist \[1\]/);
  });

  it('matches a name without its accents, in lower case, or by a first name or surname only one person has', () => {
    for (const asked of ['Who is Tomasz Wojcik?', 'who is tomasz wojcik', 'who is wojcik', 'who is tomasz']) {
      expect(library.ask(asked).text, asked).toMatch(/^Tomasz Wójcik is the town's mayor \[1\]/);
    }
    expect(library.ask('who is helen').text).toMatch(/^Helen Marsh is the library's manager \[1\]/);
  });

  it('never describes a person by a clause the name ends: "the children’s room named after Doris Pickering"', () => {
    const answer = library.ask('Who is Doris Pickering?');
    expect(answer.text).not.toMatch(/named after \[1\]/);
    expect(answer.shortAnswer ?? '').not.toMatch(/room/);
  });

  it('quotes a relative clause that introduces the person: "Doris Pickering, who taught …"', () => {
    expect(library.ask('Who is Doris Pickering?').text).toMatch(/^Doris Pickering is introduced as “Doris Pickering, who taught at the village school for forty years” \[1\]/);
  });
});

describe('"Who is X?" over the shared news articles', () => {
  it('"who is Tom Molomby?" is introduced by his post-nominal letters, citing the defence', () => {
    const answer = newsBot('homeopathy-manslaughter-trial.md').ask('who is Tom Molomby?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/^Tom Molomby is introduced as “Tom Molomby, SC” \[1\]/);
    expect(answer.citations[0]?.text).toContain("Speaking in the parents' defense");
  });

  it('"who is the Crown prosecutor?" and "who is Mark Tedeschi?" answer each other', () => {
    const bot = newsBot('homeopathy-manslaughter-trial.md');
    expect(bot.ask('who is Mark Tedeschi?').text).toMatch(/^Mark Tedeschi is the Crown prosecutor \[1\]/);
    expect(bot.ask('who is the crown prosecutor?').shortAnswer).toBe('Mark Tedeschi');
  });

  it('"who\'s prosecuting the case?" asks for the prosecutor the story names', () => {
    const answer = newsBot('homeopathy-manslaughter-trial.md').ask("who's prosecuting the case?");
    expect(answer.text).toMatch(/^The Crown prosecutor is Mark Tedeschi \[1\]/);
    expect(answer.citations[0]?.text).toContain('Crown prosecutor, Mark Tedeschi');
  });

  it('"who\'s Suleiman al-Amr?" reads a name with a particle and the title run before it', () => {
    const answer = newsBot('mecca-crane-collapse.md').ask("who's Suleiman al-Amr?");
    expect(answer.text).toContain('“Civil Defense Authority director General Suleiman al-Amr” [1]');
  });

  it('"who is Khaled Al-Maeena" is the editor at large at the Saudi Gazette', () => {
    const answer = newsBot('mecca-crane-collapse.md').ask('who is Khaled Al-Maeena');
    expect(answer.text).toMatch(/^Khaled Al-Maeena is editor at large at the Saudi Gazette \[1\]/);
  });
});

describe('"Who is the governor?" by a title written before a name', () => {
  it('names the one person the stories give that title, citing where they do', () => {
    const answer = tunnel.ask('Who is the governor?');
    expect(answer.text).toMatch(/^The governor is Ines Marlow \[1\]\./);
    expect(answer.citations[0]?.text).toContain('Governor Ines Marlow');
  });

  it('"who is the president?" over "President Trump" is Donald Trump', () => {
    expect(bundledBot().ask('who is the president?').text).toMatch(/^The president is Donald Trump \[1\]/);
  });
});

describe('a first name alone over the bundled story', () => {
  it('"who is Putin\'s aide?" names the one person the story gives that role', () => {
    expect(bundledBot().ask("who is Putin's aide?").text).toMatch(/^Vladimir Putin’s senior aide is Yuri Ushakov \[1\]/);
  });

  it('"who is yuri" is Yuri Ushakov, not another person', () => {
    expect(bundledBot().ask('who is yuri').text).toMatch(/^Yuri Ushakov is Vladimir Putin’s senior aide \[1\]/);
  });
});
