import { describe, expect, it } from 'vitest';
import { storyBot, storyBotWith, WORDING } from './stories.js';

/**
 * A third batch of made-up news stories (a bribery verdict, a wildfire, a scooter recall, an
 * interest rate rise, a freight train derailment, dinosaur footprints on a beach), asked as a chat
 * user would, with the committed model and threshold: the wrong answers each once gave with a
 * citation, and what it answers now.
 */
const verdict = storyBot('bribery-verdict.md');
const wildfire = storyBot('hill-wildfire.md');
const recall = storyBot('scooter-recall.md');
const rates = storyBot('rate-rise.md');
const derailment = storyBot('freight-derailment.md');

describe('a former mayor found guilty of bribery', () => {
  it('"when was pike arrested?" is never the year he resigned "shortly after his arrest"', () => {
    expect(verdict.ask('when was pike arrested?').text).not.toMatch(/^2023/);
    expect(verdict.ask('when did pike resign?').text).toMatch(/^2023 \[1\]/);
  });

  it('names the lawyer of "He denied the charges and his lawyer, Marta Kovac, said …"', () => {
    // Said whole once "his lawyer" is read as a relation, not as the description "the charges and his lawyer".
    expect(verdict.ask("who is pike's lawyer?").text).toMatch(/^(?:Gerald Pike’s lawyer is )?Marta Kovac \[1\]/);
  });

  it('"who is the mayor now?" is the one the story calls "the current mayor"', () => {
    expect(verdict.ask('who is the mayor now?').text).toMatch(/^Ingrid Holt \[1\]/);
  });
});

describe('a wildfire that forced thousands from their homes', () => {
  it('"how many people were evacuated?" is never the two schools the evacuation centres are in', () => {
    expect(wildfire.ask('how many people were evacuated?').text).toMatch(/^More than 6,000 \[1\]/);
  });

  it('"what caused the fire?" is never "since it started on Saturday afternoon", a time', () => {
    expect(wildfire.ask('what caused the fire?').text).not.toMatch(/^Since\b/);
  });
});

describe('a maker recalling scooters over battery fires', () => {
  it('"how much did the scooters cost?" is never what the recall will cost the company', () => {
    expect(recall.ask('how much did the scooters cost?').text).not.toMatch(/90 million/);
    expect(recall.ask('how much will the recall cost?').text).toMatch(/^Around €90 million, according to analysts \[1\]/);
  });

  it('"how many fires were there?" is never the 300,000 scooters recalled "over battery fires"', () => {
    expect(recall.ask('how many fires were there?').text).not.toMatch(/^300,000/);
  });

  it('reads "between March 2024 and January 2026" whole, never as "March 20"', () => {
    expect(recall.ask('when were they sold?').text).toMatch(/^Between March 2024 and January 2026 \[1\]/);
  });
});

describe('a central bank raising its interest rate', () => {
  it('"how many voted against?" is never the six who "voted for the increase"', () => {
    expect(rates.ask('how many voted against?').text).not.toMatch(/^Six\b/);
    expect(rates.ask('how many members voted for the increase?').text).toMatch(/^Six \[1\]/);
  });

  it('"how many increases have there been?" is never the six of the committee\'s nine members', () => {
    expect(rates.ask('how many increases have there been?').text).not.toMatch(/^Six\b/);
  });

  it('"did all members vote for the increase?" is never "yes" over "six of the nine members"', () => {
    expect(rates.ask('did all members vote for the increase?').text).not.toMatch(/^Yes\b/);
  });

  it('"who does moss blame?" is never Moss himself', () => {
    expect(rates.ask('who does moss blame?').text).not.toMatch(/^Daniel Moss\b/);
  });

  it('"why did they raise rates?" is the effort the story names', () => {
    expect(rates.ask('why did they raise rates?').text).toMatch(/^In an effort to bring down inflation \[1\]/);
  });
});

describe('a freight train derailment', () => {
  it('counts the wagons that left the rails by the part, and the train\'s wagons by the whole', () => {
    expect(derailment.ask('how many wagons left the rails?').text).toMatch(/^Eleven \[1\]/);
    expect(derailment.ask('how many wagons did the train have?').text).toMatch(/^40 \[1\]/);
  });
});

describe('dinosaur footprints found on a beach', () => {
  it('gives an age in millions with its years ("About 165 million years", not "About 165 million")', () => {
    expect(storyBotWith(WORDING, 'dinosaur-footprints.md').ask('how old are the footprints?').text).toMatch(/^About 165 million years \[1\]/);
  });
});

describe('a cycling stage won as the race leader crashed out', () => {
  const stage = storyBot('cycling-stage.md');

  it('"how old is berg?" is his age, never the "182-kilometre" stage', () => {
    expect(stage.ask('how old is berg?').text).toMatch(/^24 \[1\]/);
  });

  it('"did berg crash?" is never "yes" over "Berg wins mountain stage as race leader crashes out"', () => {
    expect(stage.ask('did berg crash?').text).not.toMatch(/^Yes\b/);
    expect(stage.ask('did ferri crash?').text).toMatch(/^Yes\b/);
  });

  it('"by how much did berg win?" is never the lead Ruiz holds "by 12 seconds from Berg"', () => {
    expect(stage.ask('by how much did berg win?').shortAnswer ?? '').not.toMatch(/12 seconds/);
    expect(stage.ask('by how much does ruiz lead?').text).toMatch(/^12 seconds \[1\]/);
  });
});

describe('a hiker found alive, named only in the second paragraph', () => {
  const hiker = storyBot('missing-hiker.md');

  it('reads "he" as the one man the story keeps calling "he", and the sentences that call him so', () => {
    expect(hiker.ask('how did he survive?').text).toMatch(/drinking water from a stream/);
    // "him" is Walter Grey, whom nobody named found ("A helicopter crew spotted him"): no name of the story answers.
    expect(hiker.ask('who found him?').shortAnswer ?? '').not.toMatch(/Riverton|Skarn|Lund|Grey/);
  });
});

describe('a council vote on a new stadium', () => {
  it('"how many voted against?" is never the 31 of "voted 31 to 18 in favour"', () => {
    const stadium = storyBot('stadium-vote.md');
    expect(stadium.ask('how many voted against?').text).not.toMatch(/^31\b/);
    expect(stadium.ask('how many voted in favour?').text).toMatch(/^31 \[1\]/);
  });
});

describe('a novelist\'s obituary', () => {
  const obituary = storyBot('novelist-obituary.md');

  it('"when did she die?" is never the year her best-known novel came out ("she" is no book title)', () => {
    expect(obituary.ask('when did she die?').text).not.toMatch(/^1979/);
  });

  it('"who is her publisher?" is never the title of her novel', () => {
    expect(obituary.ask('who is her publisher?').text).not.toMatch(/Salt Road \[1\]/);
  });

  it('"where did she die?" reads "Hale died … in Riverton" as about Margaret Hale', () => {
    expect(obituary.ask('where did she die?').text).toMatch(/^Riverton \[1\]/);
  });
});

describe('drones closing an airport', () => {
  const airport = storyBot('airport-drones.md');

  it('"why was it closed?" ends the reason where what followed begins', () => {
    expect(airport.ask('why was it closed?').text).toMatch(/^After several drones were seen near the runway \[1\]/);
  });

  it('ends a sentence at "p.m." before "The": "when did the airport reopen?" quotes its own sentence', () => {
    const text = airport.ask('when did the airport reopen?').text;
    expect(text).toMatch(/^Shortly before midnight \[1\]/);
    expect(text).toMatch(/“The airport reopened shortly before midnight\.”/);
  });

  it('"how many people were arrested?" counts the men, never their ages', () => {
    expect(airport.ask('how many people were arrested?').text).toMatch(/^Two, according to police \[1\]/);
  });

  it('"when did it happen before?" is never the hour of this incident', () => {
    expect(airport.ask('when did it happen before?').shortAnswer ?? '').not.toMatch(/5:30/);
  });
});

describe('a girl\'s age and the footprints\' age in one sentence', () => {
  it('"how old is maya?" is never the 165 million years the footprints are', () => {
    expect(storyBot('dinosaur-footprints.md').ask('how old is maya?').shortAnswer ?? '').not.toMatch(/165 million/);
  });
});

describe('a march whose size police and organisers put differently', () => {
  const march = storyBot('hospital-protest.md');

  it('"how many people marched?" is never "a mother of three"\'s children', () => {
    expect(march.ask('how many people marched?').shortAnswer ?? '').not.toMatch(/three/i);
  });

  it('gives a figure as the claim of whoever made it, and "according to organisers" only theirs', () => {
    expect(march.ask('how many people took part?').text).toMatch(/^About 5,000, according to police \[1\]/);
    expect(march.ask('how many people took part according to organisers?').shortAnswer ?? '').not.toMatch(/5,000/);
  });
});

describe('a company denying a consumer group\'s report', () => {
  const denial = storyBot('pesticide-denial.md');

  it('a day is nobody\'s word: "published on Wednesday, said" names no speaker', () => {
    expect(denial.ask('when were the strawberries bought?').text).not.toMatch(/according to Wednesday/);
  });

  it('"how many samples had traces?" is never the 40 of "traces … on 12 of 40 samples"', () => {
    expect(denial.ask('how many samples had traces?').shortAnswer ?? '').not.toMatch(/^40$/);
  });
});

describe('a fare rise', () => {
  it('"who is omar haddad?" keeps "Riverton Passengers\' Association" whole', () => {
    expect(storyBot('fare-rise.md').ask('who is omar haddad?').text).toMatch(/“Omar Haddad of the Riverton Passengers' Association”/);
  });
});

describe('a heat warning with a record to beat', () => {
  const heat = storyBot('heat-warning.md');

  it('"was it 39c in 2019?" is never "yes" over "the record of 37.8C was set … in 2019": a figure with its unit is still a figure', () => {
    expect(heat.ask('was it 39c in 2019?').text).not.toMatch(/^Yes\b/);
  });

  it('a temperature keeps its scale: "what is the record?" is "37.8C"', () => {
    expect(heat.ask('what is the record?').text).toMatch(/^37\.8C \[1\]/);
  });
});

describe('a figure the question itself asks as an expectation, or one that only describes a place', () => {
  it('"how many people were expected?" takes the expected figure', () => {
    expect(storyBot('heat-warning.md').ask('how many people were expected at the festival?').text).toMatch(/^30,000 \[1\]/);
  });

  it('"in Maren, 60 kilometres away, by 2028" gives the distance as a fact, though the move is a plan', () => {
    expect(storyBot('hospital-protest.md').ask('how far away is maren?').text).toMatch(/^60 kilometres \[1\]/);
  });
});

describe('an acronym the question gives', () => {
  it('"were the scooters sold in the US?" is never "yes" over "sold … in Europe and Canada"', () => {
    const recall = storyBot('scooter-recall.md');
    expect(recall.ask('were the scooters sold in the US?').text).not.toMatch(/^Yes\b/);
    expect(recall.ask('were the scooters sold in Canada?').text).toMatch(/^Yes\b/);
  });
});

describe('a draw in which each side scored twice', () => {
  const draw = storyBot('ten-man-draw.md');

  it('"who scored for riverton?" is never a Kessel scorer from a paragraph that names only Kessel', () => {
    expect(draw.ask('who scored for riverton?').shortAnswer ?? '').not.toMatch(/Arana|Hines/);
    expect(draw.ask('who scored for kessel?').text).toMatch(/^Mikel Arana \[1\]/);
  });

  it('"who scored the equaliser?" is the one whose clause has the equaliser', () => {
    expect(draw.ask('who scored the equaliser?').text).toMatch(/^Paul Hines\b/);
  });
});

describe('a company\'s half-year results', () => {
  const results = storyBot('telecoms-results.md');

  it('"how much did profit fall?" is never the level it fell to', () => {
    expect(results.ask('how much did profit fall?').shortAnswer ?? '').not.toMatch(/310 million/);
  });

  it('"how much did sales rise?" is never how much its shares rose', () => {
    expect(results.ask('how much did sales rise?').shortAnswer ?? '').not.toMatch(/3 percent/);
    expect(results.ask('how much did shares rise?').text).toMatch(/^3 percent \[1\]/);
  });
});

describe('a charity treasurer jailed', () => {
  it('"how long was she treasurer?" is a stretch of time, never "14 counts"', () => {
    expect(storyBot('charity-treasurer.md').ask('how long was she treasurer?').text).toMatch(/^Eight years \[1\]/);
  });
});

describe('a new frog species', () => {
  const frog = storyBot('new-frog.md');

  it('"does it live on many mountains?" is never "yes" over "lives only on a single mountain"', () => {
    expect(frog.ask('does it live on many mountains?').text).not.toMatch(/^Yes\b/);
  });

  it('"almost certainly endangered" is no "not quite": it hedges how sure, not how far', () => {
    expect(frog.ask('is it endangered?').text).not.toMatch(/not quite/i);
  });

  it('"what colour is the frog?" is the colour word the story gives, though it never says "colour"', () => {
    expect(frog.ask('what colour is the frog?').text).toMatch(/^Orange \[1\]/);
  });
});

describe('a regional election the opposition won', () => {
  const election = storyBot('regional-election.md');

  it('"did the conservatives win?" is never "yes" over "The opposition Liberal Party won …, ending 16 years of rule by the Conservative Union"', () => {
    expect(election.ask('did the conservatives win?').text).not.toMatch(/^Yes\b/);
    expect(election.ask('did the liberals win?').text).toMatch(/^Yes\b/);
  });

  it('"fell from 41 seats to 25": 41 is what they had before, no answer to how many they got', () => {
    expect(election.ask('how many seats did the conservatives get?').shortAnswer ?? '').not.toMatch(/^41$/);
    expect(election.ask('how many seats did the conservatives have before?').text).toMatch(/^41 \[1\]/);
  });
});

describe('an earthquake the story calls "the quake" too', () => {
  it('reads "it" as the earthquake: "when did it happen?" is the hour it struck', () => {
    expect(storyBot('zorbian-quake.md').ask('when did it happen?').text).toMatch(/^3:12 a\.m\./);
  });
});

describe('a company\'s first folding phone', () => {
  it('"is it the first folding phone?" is never "yes" over "its first folding phone": a rank among one maker\'s phones is none among all', () => {
    const phone = storyBot('folding-phone.md');
    expect(phone.ask('is it the first folding phone?').text).not.toMatch(/^Yes\b/);
    expect(phone.ask("is it zorbco's first folding phone?").text).toMatch(/^Yes\b/);
  });
});

describe('a court ruling', () => {
  it('"which court?" is never "Court" of the headline "Court overturns …": the asked noun alone names nothing', () => {
    expect(storyBot('rental-ruling.md').ask('which court?').shortAnswer ?? '').not.toMatch(/^Court$/);
    expect(storyBot('rental-ruling.md').ask('which court overturned the ban?').text).toMatch(/^Wessex High Court \[1\]/);
  });
});

describe('a pile-up in fog', () => {
  const crash = storyBot('fog-pile-up.md');

  it('"how many were injured?" is all of them, never "four of the injured" the story singles out', () => {
    expect(crash.ask('how many were injured?').text).toMatch(/^19 \[1\]/);
    expect(crash.ask('how many were seriously injured?').text).toMatch(/^Four \[1\]/);
  });
});

describe('a teachers\' strike on its second day', () => {
  it('"how many days have they been on strike?" is never the 400 schools it closed', () => {
    expect(storyBot('teachers-strike.md').ask('how many days have they been on strike?').shortAnswer ?? '').not.toMatch(/400/);
  });
});

describe('a bridge that opened late and over budget', () => {
  it('"was it under budget?" is never "yes" over "€40 million over budget"', () => {
    const bridge = storyBot('bridge-opens-late.md');
    expect(bridge.ask('was it under budget?').text).not.toMatch(/^Yes\b/);
    expect(bridge.ask('was it over budget?').text).toMatch(/^Yes\b/);
  });
});

describe('an elephant calf born at a zoo', () => {
  it('"is it male or female?" is never "no": a choice is answered by neither', () => {
    const calf = storyBot('elephant-calf.md');
    expect(calf.ask('is it male or female?').text).not.toMatch(/^(?:Yes|No)\b/);
    expect(calf.ask('is the calf female?').text).toMatch(/^Yes\b/);
  });
});

describe('an airline opening a base', () => {
  it('"who criticised the plan?" is never "Environmental", the adjective that opens "Environmental groups"', () => {
    expect(storyBot('airline-base.md').ask('who criticised the plan?').shortAnswer ?? '').not.toMatch(/^Environmental$/);
  });
});

describe('miners brought up alive after a tunnel collapsed', () => {
  it('"when did the tunnel collapse?" is never the day they "were brought to the surface", the main clause\'s date', () => {
    const mine = storyBot('miners-rescued.md');
    expect(mine.ask('when did the tunnel collapse?').shortAnswer ?? '').not.toMatch(/Tuesday/);
    expect(mine.ask('when were the miners brought to the surface?').text).toMatch(/^On Tuesday\b/);
  });
});

describe('a referendum on banning cars', () => {
  const vote = storyBot('car-ban-vote.md');

  it('"what percent voted against?" is never the turnout', () => {
    expect(vote.ask('what percent voted against?').shortAnswer ?? '').not.toMatch(/41/);
  });

  it('"… a plan to ban most cars, with 56 percent voting in favour": the share is a fact, not the plan\'s aim', () => {
    expect(vote.ask('what percent voted in favour?').text).toMatch(/^56 percent \[1\]/);
  });
});
