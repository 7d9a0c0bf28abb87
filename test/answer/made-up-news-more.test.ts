import { describe, expect, it } from 'vitest';
import { storyBot, storyBotWith, WORDING } from './stories.js';

/**
 * More made-up news stories (a rocket launch after an earlier one exploded, a landlord fined over
 * mould, a school closed over asbestos, red panda cubs born at a zoo, job cuts as profits fall, a
 * mayoral recount, an oil spill), asked as a chat user would, with the committed model and threshold: the wrong answers
 * each once gave with a citation, and what it answers now.
 */
const rocket = storyBot('rocket-launch.md');
const landlord = storyBot('landlord-fined.md');
const school = storyBot('school-closed.md');
const zoo = storyBot('zoo-birth.md');

describe('a rocket that reached orbit a year after its predecessor exploded', () => {
  it('never says "yes" to "did halcyon 3 explode?": its predecessor did', () => {
    expect(rocket.ask('did halcyon 3 explode?').text).not.toMatch(/^Yes\b/);
  });

  it('still says "yes" where the asked rocket is the doer', () => {
    expect(rocket.ask('did halcyon 3 reach orbit?').text).toMatch(/^Yes\b/);
  });

  it('answers no question about one of a series from a sentence about another ("Halcyon 4" is no "Halcyon 5")', () => {
    expect(rocket.ask('when will halcyon 5 launch?').shortAnswer ?? '').not.toMatch(/2028/);
    expect(rocket.ask('how long into its flight did halcyon 3 break apart?').shortAnswer ?? '').not.toMatch(/80 seconds/);
  });

  it('reads a Roman numeral as the figure it writes ("halcyon iv" is Halcyon 4)', () => {
    expect(storyBotWith(WORDING, 'rocket-launch.md').ask('when will halcyon iv launch?').text).toMatch(/^2028 \[1\]/);
  });

  it('"how long will the satellites last?" is never "19 minutes", the time after lift-off they were released', () => {
    expect(rocket.ask('how long will the satellites last?').text).not.toMatch(/^About 19 minutes/);
    expect(storyBotWith(WORDING, 'rocket-launch.md').ask('how long after lift-off were the satellites released?').text).toMatch(/^About 19 minutes/);
  });

  it('"why was the road closed?" is the precaution the story names', () => {
    expect(rocket.ask('why was the road closed?').text).toMatch(/^As a precaution \[1\]/);
  });

  it('keeps a series number with its name when it restates a yes/no question', () => {
    expect(rocket.ask('is halcyon 4 crewed?').text).not.toMatch(/halcyon is 4/i);
  });
});

describe('a landlord fined over mould', () => {
  it('"how many flats had damp?" is never the whole ("14"), only the part that had it', () => {
    expect(landlord.ask('how many flats had damp?').text).not.toMatch(/^14\b/);
  });

  it('dates a question about the next inspection by the one to come, and the past inspection by the one done', () => {
    expect(landlord.ask('when will the council inspect again?').text).toMatch(/^January, according to the council \[1\]/);
    expect(landlord.ask('when was the block inspected?').text).toMatch(/^March \[1\]/);
  });

  it('suggests "What is Pike House?" for a building, never "Who is …?"', () => {
    const text = landlord.ask('was pike jailed?').text;
    expect(text).toMatch(/Did you mean: “What is Pike House\?”/);
    expect(text).not.toMatch(/Who is Pike House/);
  });
});

describe('a school closed over asbestos', () => {
  it('"how many pupils are there?" is the school\'s 320, never the "two youngest year groups"', () => {
    expect(school.ask('how many pupils are there?').text).toMatch(/^320 \[1\]/);
  });

  it('gives "Air samples … were clear, she said" to the head teacher the paragraph names, never to "Air"', () => {
    const text = school.ask('were the air samples clear?').text;
    expect(text).not.toMatch(/According to Air\b/);
    expect(text).toMatch(/^According to Lucy Grant, yes \[1\]/);
  });

  it('"what was found?" is never answered by a parent who "found out" by text message', () => {
    expect(school.ask('what was found?').text).not.toMatch(/found out/);
  });

  it('says the reason once, without the attribution inside it', () => {
    expect(school.ask('why is the school closed?').text).toMatch(/^After workers found asbestos in a ceiling during repairs, according to the county council \[1\]/);
  });
});

describe('red panda cubs born at a zoo', () => {
  it('"who is the father?" is never the mother', () => {
    expect(zoo.ask('who is the father?').shortAnswer ?? '').not.toMatch(/Mei/);
    expect(zoo.ask('who is the mother?').text).toMatch(/^Mei \[1\]/);
  });

  it('"were any cubs born there before?" is never "yes" from the cubs born now', () => {
    expect(zoo.ask('were any cubs born there before?').text).not.toMatch(/^Yes\b/);
  });

  it('"when can visitors see the cubs?" reads "will not be able to see them until September" as a start, not a denial', () => {
    expect(storyBotWith(WORDING, 'zoo-birth.md').ask('when can visitors see the cubs?').text).toMatch(/^September \[1\]/);
  });
});

describe('a maker of appliances cutting jobs as profits fall', () => {
  const layoffs = storyBot('appliance-layoffs.md');

  it('"how much did profits fall?" is the fall, never the "1,200 jobs" the headline cuts', () => {
    expect(layoffs.ask('how much did profits fall?').text).toMatch(/^38 percent \[1\]/);
  });

  it('"how much were sales?" is the sum, not the percentage they fell', () => {
    expect(layoffs.ask('how much were sales?').text).toMatch(/^€3\.1 billion \[1\]/);
  });

  it('a year or "last year" in the question picks the figure of its own clause', () => {
    expect(layoffs.ask('what was the profit in 2024?').text).toMatch(/^€345 million \[1\]/);
    expect(layoffs.ask("what was zorbco's profit last year?").text).toMatch(/^€214 million \[1\]/);
  });
});

describe('a mayoral race won after a recount', () => {
  const race = storyBot('mayor-recount.md');

  it('reads a name typed in lower case that is also an English word ("hale") as the name', () => {
    expect(race.ask('how many votes did hale get?').text).toMatch(/^18,492 \[1\]/);
    expect(race.ask('how long was hale mayor?').text).toMatch(/^Eight years \[1\]/);
  });

  it('"who is Tom Hale?" reads the apposition past his party ("the sitting mayor, Tom Hale of the Liberal Party,")', () => {
    expect(race.ask('who is tom hale?').text).toMatch(/^Tom Hale is the sitting mayor \[1\]/);
  });
});

describe('an oil spill', () => {
  const spill = storyBot('oil-spill.md');

  it('"who is Lena Marsh?" quotes whom she speaks for, rather than saying the story does not say', () => {
    expect(spill.ask('who is lena marsh?').text).toMatch(/^Lena Marsh is introduced as “Lena Marsh of the Wessex Wildlife Trust” \[1\]/);
  });

  it('"why were the beaches closed?" reads an "after" clause whose day belongs to a relative clause as the cause', () => {
    expect(spill.ask('why were the beaches closed?').text).toMatch(/^After about 30 tonnes of oil leaked/);
  });

  it('"how much oil leaked?" keeps the unit of measure', () => {
    expect(spill.ask('how much oil leaked?').text).toMatch(/^About 30 tonnes\b/);
  });
});

describe('a bank app outage', () => {
  const outage = storyBot('bank-outage.md');

  it('"was it a cyber attack?" is never "yes" over "It ruled out a cyber attack"', () => {
    expect(outage.ask('was it a cyber attack?').text).not.toMatch(/^Yes\b/);
  });

  it('"what caused the outage?" is never "because of the outage" (the reason for refunds)', () => {
    expect(outage.ask('what caused the outage?').text).not.toMatch(/^Because of the outage/);
  });

  it('"why did the update fail?" is what "had caused it to fail" after "that"; the infinitive is no purpose', () => {
    expect(outage.ask('why did the update fail?').text).toMatch(/^A "rare combination of conditions", according to the bank \[1\]/);
  });

  it('quotes "Nordbank\'s chief executive, Sven Ek," for "what did sven ek say?", not the bank', () => {
    expect(outage.ask('what did sven ek say?').text).toMatch(/^Sven Ek said: .*deeply sorry/);
  });
});

describe('a bus crash', () => {
  const crash = storyBot('bus-crash.md');

  it('"how many were hurt?" counts people, never the "two helicopters" that flew the injured', () => {
    expect(crash.ask('how many were hurt?').text).toMatch(/^19 \[1\]/);
  });

  it('"where was the bus going?" takes no quotation that names no destination', () => {
    expect(crash.ask('where was the bus going?').text).not.toMatch(/^The story says/);
  });

  it('"how old is the driver?" reads the age of "the driver, a 52-year-old local man"', () => {
    expect(crash.ask('how old is the driver?').text).toMatch(/^52 \[1\]/);
  });
});

describe('a comet probe', () => {
  const probe = storyBot('comet-probe.md');

  it('"how big is the comet?" is its size, never how close the probe flew ("within 900 kilometres")', () => {
    expect(probe.ask('how big is the comet?').text).toMatch(/^About four kilometres \[1\]/);
  });

  it('"when did lyra fly past the comet?" is never the launch year in an aside; "past" there is no earlier time', () => {
    expect(probe.ask('when did lyra fly past the comet?').text).not.toMatch(/^2022/);
  });

  it('"how long did the pictures take to reach earth?" is the "20 minutes later" they arrived', () => {
    expect(probe.ask('how long did the pictures take to reach earth?').text).toMatch(/^About 20 minutes \[1\]/);
  });
});

describe('a fire at a market hall', () => {
  const hall = storyBot('market-hall-fire.md');

  it('"what caused the fire?" is never "after midnight", a time; the story says the cause is not known', () => {
    expect(hall.ask('what caused the fire?').text).not.toMatch(/^After midnight/);
  });

  it('"when did the fire start?" is "shortly after midnight"', () => {
    expect(hall.ask('when did the fire start?').text).toMatch(/^Shortly after midnight \[1\]/);
  });

  it('a year in an aside ("The hall, built in 1872, housed …") does not make "a weekly farmers\' market" another event', () => {
    expect(hall.ask('how many stalls were there?').text).toMatch(/^34 \[1\]/);
  });
});

describe('a nurses\' strike over pay', () => {
  const strike = storyBot('nurses-strike.md');

  it('"did the hospital offer 9 percent?" is never "yes" over "has offered 4 percent"; a figure asked must be said', () => {
    expect(strike.ask('did the hospital offer 9 percent?').text).not.toMatch(/^Yes\b/);
    expect(strike.ask('did the hospital offer 4 percent?').text).toMatch(/^Yes\b/);
  });

  it('"how long will the strike last?" is "three days", never the hospital\'s "80-year history"', () => {
    expect(strike.ask('how long will the strike last?').text).toMatch(/^Three days \[1\]/);
  });

  it('"what was the turnout?" is never the union\'s name beside "a turnout of 72 percent"', () => {
    expect(strike.ask('what was the turnout?').text).not.toMatch(/Nurses' Union \[1\]/);
  });
});

describe('an arrest after a jewellery shop robbery', () => {
  const robbery = storyBot('jewellery-robbery.md');

  it('"where was the man arrested?" is where he was arrested, never the robbery\'s town across "after"', () => {
    expect(robbery.ask('where was the man arrested?').text).toMatch(/^Dunmore \[1\]/);
    expect(robbery.ask('where was the robbery?').text).toMatch(/^Riverton \[1\]/);
  });
});

describe('a study of walking and dementia', () => {
  const study = storyBot('walking-study.md');

  it('"who did the study?" is never its funder ("was funded by the Wessex Medical Research Council")', () => {
    expect(study.ask('who did the study?').text).not.toMatch(/^Wessex Medical Research Council/);
    expect(study.ask('who funded the study?').text).toMatch(/^Wessex Medical Research Council funded the study \[1\]/);
  });
});

describe('a foreign minister who resigned over leaked messages', () => {
  const minister = storyBot('foreign-minister.md');

  it('"did lindqvist resign?" is never "yes": the prime minister accepted "his resignation", and "the foreign minister" is not her', () => {
    expect(minister.ask('did lindqvist resign?').text).not.toMatch(/\byes\b/i);
    expect(minister.ask('did brenner resign?').text).toMatch(/^Yes\b/);
  });
});

describe('two airlines merging', () => {
  const merger = storyBot('airline-merger.md');

  it('"did baltic wings shares rise?" is "no" ("… while Baltic Wings shares fell"): a known name keeps its noun in the subject', () => {
    expect(merger.ask('did baltic wings shares rise?').text).toMatch(/^No\b/);
    expect(merger.ask('did northwind shares rise?').text).toMatch(/^Yes\b/);
  });

  it('reads a plural\'s possessive ("Baltic Wings\' chief executive, Ingrid Sol,") as it reads "Acme\'s"', () => {
    expect(merger.ask('who is ingrid sol?').text).toMatch(/^Ingrid Sol is Baltic Wings' chief executive \[1\]/);
  });

  it('"will tom berg be chair?" is never "yes" from the other chief executive becoming chair', () => {
    expect(merger.ask('will tom berg be chair?').text).not.toMatch(/^Yes\b/);
  });
});

describe('a league title won on the final day', () => {
  const title = storyBot('league-title.md');

  it('"when did riverton last win the league?" is never "on Sunday", the win the story reports', () => {
    expect(title.ask('when did riverton last win the league?').text).not.toMatch(/^On Sunday/);
  });
});
