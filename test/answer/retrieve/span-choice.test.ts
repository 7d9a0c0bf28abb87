import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { loadVerifierFile } from '../../../src/answer/read/verifier.js';
import { bundledBot } from '../stories.js';

const REPORT = `---
title: Harbour report out
---
A report on the harbour works from March was released by the Acme council on Tuesday.
`;
// Which span is chosen, whatever the verifier decides about answering (threshold set aside).
const bot = createBot([parseStory('report.md', Buffer.from(REPORT))], { abstainBelow: 0 });

describe('span choice', () => {
  it('"when was the report released?" is the date of the releasing ("on Tuesday"), not the one that dates the works ("from March")', () => {
    expect(bot.ask('When was the report released?').shortAnswer).toMatch(/Tuesday/);
  });

  it('"how many were injured?" is the figure after the verb that injured ("injuring more than 400"), not the one another verb counts ("killing at least 23")', () => {
    const quake = createBot([parseStory('quake.md', Buffer.from('---\ntitle: Quake in Zorbia\n---\nAn earthquake struck northern Zorbia on Sunday, killing at least 23 people and injuring more than 400.\n'))], { abstainBelow: 0 });
    expect(quake.ask('How many people were injured?').shortAnswer).toMatch(/400/);
    expect(quake.ask('How many people were killed?').shortAnswer).toMatch(/23/);
  });

  it('"how many were injured?" is not answered by a figure in another clause ("Nobody was injured, but two homes were evacuated")', () => {
    const fire = createBot([parseStory('fire.md', Buffer.from('---\ntitle: Warehouse fire\n---\nNobody was injured, but two nearby homes were evacuated as a precaution.\n'))], { abstainBelow: 0 });
    expect(fire.ask('How many people were injured?').shortAnswer ?? '').not.toMatch(/two/i);
    expect(fire.ask('How many homes were evacuated?').shortAnswer).toMatch(/two/i);
  });

  it('"what\'s its share now?" is the figure a sentence changes to, unless the question asks for the earlier one by its year or "before"', () => {
    const market = createBot([parseStory('market.md', Buffer.from('---\ntitle: Acme loses ground\n---\nAcme held 70 percent of the market in 2009; this has dropped to approximately 56 percent today.\n'))], { abstainBelow: 0 });
    expect(market.ask("what's Acme's share now?").shortAnswer).toMatch(/56 percent/);
    expect(market.ask("what was Acme's market share in 2009?").shortAnswer).toMatch(/70 percent/);
    expect(market.ask("what was Acme's share before?").shortAnswer ?? '').not.toMatch(/56/);
    const fare = createBot([parseStory('fare.md', Buffer.from('---\ntitle: Fares up\n---\nThe Riverton bus fare will rise from $2 to $3 in May.\n'))], { abstainBelow: 0 });
    expect(fare.ask('How much is the Riverton bus fare?').shortAnswer).toMatch(/\$3/);
  });

  it('"how much would the city pay?" is not the cost of a clause whose verb is only a synonym: "would have cost 4.2 billion kroner, with the city paying about a third"', () => {
    const plan = createBot([parseStory('plan.md', Buffer.from('---\ntitle: Stadium plan\n---\nThe plan would have cost an estimated 4.2 billion kroner, with the city paying about a third.\n'))], { abstainBelow: 0 });
    expect(plan.ask('How much would the city pay?').shortAnswer ?? '').not.toMatch(/4\.2/);
    expect(plan.ask('How much would the plan cost?').shortAnswer).toMatch(/4\.2 billion/);
  });

  it('"how many people had to leave?" is no age: not "58" of "Tom Berg, 58, said he had left", nor "60" of "the 60-year-old dam"', () => {
    const valley = createBot([parseStory('valley.md', Buffer.from('---\ntitle: Valley evacuated\n---\nResidents had to leave after cracks were found in the 60-year-old dam.\n\nLocal farmer Tom Berg, 58, said he had left his cattle behind.\n'))], { abstainBelow: 0 });
    expect(valley.ask('how many people had to leave?').shortAnswer ?? '').not.toMatch(/58|60/);
    expect(valley.ask('how old is Tom Berg?').shortAnswer).toBe('58');
  });

  it('"how many were killed?" is not the number of a name: "the death of Internet Explorer 6"', () => {
    const browser = createBot([parseStory('browser.md', Buffer.from('---\ntitle: Browser news\n---\nAcme waits for the death of Quillon Browser 6.\n'))], { abstainBelow: 0 });
    expect(browser.ask('how many people were killed?').shortAnswer ?? '').not.toMatch(/6/);
    const fire = createBot([parseStory('fire.md', Buffer.from('---\ntitle: Fire Kills 12 In Riverton\n---\nThe fire killed 12 people.\n'))], { abstainBelow: 0 });
    expect(fire.ask('how many people were killed?').shortAnswer).toMatch(/12/);
  });

  it('"where was Zorbian Cup 50 held?" is not answered by the clause of another Cup ("since Zorbian Cup XXXVII took place in Oslo")', () => {
    const cup = createBot([parseStory('cup.md', Buffer.from('---\ntitle: Zorbian Cup 50\n---\nIt is the first Zorbian Cup held in the north, and the first in the country since Zorbian Cup XXXVII took place in Oslo in 2003.\n'))], { abstainBelow: 0 });
    expect(cup.ask('Where was Zorbian Cup 50 held?').shortAnswer ?? '').not.toMatch(/Oslo/);
    expect(cup.ask('Where did Zorbian Cup XXXVII take place?').shortAnswer ?? '').toMatch(/Oslo/);
  });

  it('"how many touchdowns …?" is the figure that counts touchdowns, not the yards before it', () => {
    const season = createBot([parseStory('season.md', Buffer.from('---\ntitle: Season review\n---\nTom Berg finished the year throwing for 2,249 yards and nine touchdowns, with 17 interceptions.\n'))], { abstainBelow: 0 });
    expect(season.ask('How many touchdowns did Tom Berg throw?').shortAnswer ?? '').toMatch(/nine/i);
  });

  it('"how many …?" is no sum of money or share: "agencies that paid up to £12 more an hour" counts no nurses', () => {
    const strike = createBot([parseStory('strike.md', Buffer.from('---\ntitle: Nurses strike\n---\nNurses were leaving for agencies that paid up to £12 more an hour, and 14 percent had gone.\n'))], { abstainBelow: 0 });
    expect(strike.ask('How many nurses were leaving?').shortAnswer ?? '').not.toMatch(/£12|14 percent/);
  });

  it('"who did the cyclist hand it over to?" is the name after "to" ("the Zorbian Herald"), not the first name of the sentence', () => {
    const found = createBot([parseStory('found.md', Buffer.from('---\ntitle: File found\n---\nA Quillon Transit file was found by a cyclist who gave it to the Zorbian Herald.\n'))], { abstainBelow: 0 });
    expect(found.ask('who did the cyclist hand it over to?').shortAnswer).toMatch(/Zorbian Herald/);
  });

  it('"who explored the valley?" is the person, not the place or people named beside them', () => {
    const trip = createBot([parseStory('trip.md', Buffer.from('---\ntitle: Old maps\n---\nIn 1750 Tom Berg, acting on behalf of both Virginia and the company, explored the valley and met the tribes there.\n'))], { abstainBelow: 0 });
    expect(trip.ask('Who explored the valley in 1750?').shortAnswer).toBe('Tom Berg');
  });

  it('"how many times …?" is not answered by a figure of years ("in five years")', () => {
    const cup = createBot([parseStory('cup.md', Buffer.from('---\ntitle: Cup final\n---\nIt was the Rovers’ third defeat in a final in five years.\n'))], { abstainBelow: 0 });
    expect(cup.ask('How many times have the Rovers lost a final?').shortAnswer ?? '').not.toMatch(/five/i);
  });

  it('"who runs the ferry?" is not answered by where it ran aground ("off Quillon")', () => {
    const ferry = createBot([parseStory('ferry.md', Buffer.from('---\ntitle: Night ferry runs aground off Quillon\n---\nThe night ferry, which Jane Roe runs for the Zorbian Rail Guild, ran aground off Quillon on Thursday.\n'))], { abstainBelow: 0 });
    expect(ferry.ask('Who runs the night ferry?').shortAnswer ?? '').not.toMatch(/Quillon/);
  });

  it('"which hospital was she taken to?" is not answered by "Oslo", a place WordNet knows as no hospital', () => {
    const trip = createBot([parseStory('ward.md', Buffer.from('---\ntitle: Long trip\n---\nJane Roe was taken on a trip to Oslo before she fell ill.\n'))], { abstainBelow: 0 });
    expect(trip.ask('Which hospital was Jane Roe taken to?').shortAnswer ?? '').not.toMatch(/Oslo/);
    expect(trip.ask('Which city was Jane Roe taken to?').shortAnswer).toBe('Oslo');
  });

  it('"how did the council pay for the bridge?" is answered by the sentence, not by a name in it', () => {
    const bridge = createBot([parseStory('bridge.md', Buffer.from('---\ntitle: Bridge paid\n---\nThe Quillon council paid for the new bridge by raising the Zorbian ferry tax.\n'))], { abstainBelow: 0 });
    const answer = bridge.ask('How did the council pay for the bridge?');
    expect(answer.text).toContain('by raising the Zorbian ferry tax');
    expect(answer.shortAnswer).toBeNull();
  });

  it('"what colour were the shirts?" is a colour, not "primary colour", the kind asked for', () => {
    const kit = createBot([parseStory('kit.md', Buffer.from('---\ntitle: Cup final kit\n---\nIn the final the Quillon players wore white shirts, not the primary colour of the club.\n'))], { abstainBelow: 0 });
    expect(kit.ask('What colour were the Quillon shirts in the final?').shortAnswer).toMatch(/^white$/i);
  });

  it('"what were the wars called?" is the name after the story\'s "known as", not another name of the sentence', () => {
    const wars = createBot([parseStory('wars.md', Buffer.from('---\ntitle: Old wars\n---\nThe wars that Quillon fought against Zorbia in the 1620s, known as the salt rebellions, ended with a treaty.\n'))], { abstainBelow: 0 });
    expect(wars.ask('What were the wars that Quillon fought against Zorbia called?').shortAnswer).toBe('salt rebellions');
  });

  it('"where is the baker from?" is the name that ends the phrase after "from" ("from the fishing town of Quillon")', () => {
    const town = createBot([parseStory('town.md', Buffer.from('---\ntitle: Bread prize\n---\nJane Roe, a baker from the fishing town of Quillon, won the prize after training in Zorbia.\n'))], { abstainBelow: 0 });
    expect(town.ask('where is the baker from?').shortAnswer).toBe('Quillon');
  });

  it('"which region did Roe suggest Quillonia would give up?" is answered by the name beside "region", a place by that noun as "in X" is by its preposition', () => {
    const story = createBot([
      parseStory(
        'talks.md',
        Buffer.from(
          "---\ntitle: Border talks\n---\nAcme envoy Jane Roe personally advised a senior Zorbian official on how to praise the president in order to secure a peace deal in Quillonia.\n\nThe talks were recorded in October.\n\nRoe appeared to show that Acme supported the surrender of Quillonia's Brenvar region to Zorbia.\n",
        ),
      ),
    ]);
    const answer = story.ask('Which region did Roe suggest Quillonia would have to give up?');
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.citations[0]?.text).toContain('Brenvar region');
  });

  it('"who said 40 were hurt?" is whom the sentence attributes it to, not a name of what it reports', () => {
    const fire = createBot([parseStory('fire.md', Buffer.from("---\ntitle: Warehouse fire\n---\nA fire destroyed the Acme warehouse in Riverton, injuring 40 workers, according to Zorbia's Fire Service.\n"))], { abstainBelow: 0 });
    expect(fire.ask('who said 40 workers were injured?').shortAnswer).toBe("Zorbia's Fire Service");
    expect(fire.ask('who counted the injured workers?').shortAnswer).toBe("Zorbia's Fire Service");
    const flaws = createBot([parseStory('flaws.md', Buffer.from('---\ntitle: Old browser\n---\nThe security firm Acme Labs, has said that Quillon Browser has 277 vulnerabilities.\n'))], { abstainBelow: 0 });
    expect(flaws.ask('who counted the vulnerabilities?').shortAnswer).toBe('Acme Labs');
  });

  it('"what street …?" is the name that ends on a kind the street is ("Quillon Road"), not the town beside it', () => {
    const wallet = createBot([parseStory('wallet.md', Buffer.from('---\ntitle: Wallet returned\n---\nThe wallet was found in Riverton, on Quillon Road, by a jogger.\n'))], { abstainBelow: 0 });
    expect(wallet.ask('what street was the wallet found on?').shortAnswer).toBe('Quillon Road');
  });

  it('"in what city …?" is the name WordNet knows as a city ("Oslo"), not the hall it stands beside', () => {
    const fair = createBot([parseStory('fair.md', Buffer.from('---\ntitle: Fair\n---\nThe Acme Fair was held at the Quillon Hall in Oslo, with Jane Roe as its host.\n'))], { abstainBelow: 0 });
    expect(fair.ask('In what city was the Acme Fair held?').shortAnswer).toBe('Oslo');
  });

  it('"who backed the plan?" is the speaker the sentence says backed it: "Mayor Jane Roe, who backed the plan, said …"', () => {
    const vote = createBot([parseStory('vote.md', Buffer.from('---\ntitle: Vote\n---\nMayor Jane Roe, who backed the plan, said she was deeply disappointed by the result.\n'))], { abstainBelow: 0 });
    expect(vote.ask('who backed the plan?').shortAnswer).toBe('Jane Roe');
  });

  it('"what caused the fire?" is not "after a fire broke out", which tells that it happened; "why were the guests evacuated?" is', () => {
    const hotel = createBot([parseStory('hotel.md', Buffer.from('---\ntitle: Hotel fire\n---\nAbout 200 guests were evacuated from the Acme Hotel early on Monday after a fire broke out in a kitchen.\n'))], { abstainBelow: 0 });
    expect(hotel.ask('what caused the fire?').shortAnswer ?? '').not.toMatch(/^After a fire/);
    expect(hotel.ask('why were the guests evacuated?').text).toMatch(/^After a fire broke out in a kitchen \[1\]/);
  });

  it('"who did she give it to?" is whom it went to, or no one: never a place of the sentence ("in Riverton, Wessex")', () => {
    const papers = createBot([parseStory('papers.md', Buffer.from('---\ntitle: Papers found\n---\nThe 131-page report was found on Mill Road in Riverton, Wessex by a passer-by.\n'))], { abstainBelow: 0 });
    expect(papers.ask('who did the passer-by give it to?').shortAnswer ?? '').not.toMatch(/Wessex|Riverton/);
    const handed = createBot([parseStory('handed.md', Buffer.from('---\ntitle: Papers handed in\n---\nThe report was found in Riverton, Wessex by a passer-by, who gave it to Acme News.\n'))], { abstainBelow: 0 });
    expect(handed.ask('who did the passer-by give it to?').shortAnswer).toBe('Acme News');
  });

  it('"who …?" is not answered by a people or place that only describes a noun ("a Russian paid agent")', () => {
    const agent = createBot([parseStory('agent.md', Buffer.from('---\ntitle: Envoy row\n---\nWould a Russian paid agent do less than he?\n'))], { abstainBelow: 0 });
    expect(agent.ask('who fired the envoy?').shortAnswer ?? '').not.toBe('Russian');
  });

  it('nor by a capitalised adjective of a noun ("the Conservative government")', () => {
    const staff = createBot([parseStory('staff.md', Buffer.from('---\ntitle: Leaks\n---\nRoe says that staff of the Liberal government complained about the leaks.\n'))], { abstainBelow: 0 });
    expect(staff.ask('who complained about the leaks?').shortAnswer ?? '').not.toBe('Liberal');
  });

  it('"who was arrested?" asks who underwent it: not "Police" of "Police have arrested a man"', () => {
    const fire = createBot([parseStory('fire.md', Buffer.from('---\ntitle: Wildfire\n---\nPolice have arrested a 34-year-old man on suspicion of starting the fire near Riverton.\n'))], { abstainBelow: 0 });
    expect(fire.ask('who was arrested?').shortAnswer ?? '').not.toBe('Police');
  });
});

describe('a place that acts is no answer to "where"', () => {
  it('"where was Trump when he defended Witkoff?" is never "White House" of "The White House has not disputed …"', () => {
    // The model fitted without the story's questions: with it, the White House led.
    const heldOut = bundledBot({ verifier: loadVerifierFile().folds['story'], abstainBelow: 0 });
    const answer = heldOut.ask('Where was Trump when he defended Witkoff?');
    expect(answer.text).not.toMatch(/^(?:The story says: “)?The White House has not disputed|^White House\b/);
  });
});

describe('"where is <name>?" asks where the sentence puts that name', () => {
  const villages = createBot([parseStory('floods.md', Buffer.from('---\ntitle: Floods\n---\nA man died on a road near Dunmore, and a couple were found in their home in the village of Ashby.\n\nTom Berg lives in Ashby, Wessex.\n'))], { abstainBelow: 0 });

  it('is answered by the place after the name ("Ashby, Wessex"), never by a place of something else ("near Dunmore")', () => {
    expect(villages.ask('where is ashby?').shortAnswer).toBe('Wessex');
  });
});
