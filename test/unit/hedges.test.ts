import { strict as assert } from 'node:assert';
import { parseSentences } from '../../src/core/sentences';
import { buildLexicons, type LexiconOptions } from '../../src/core/lexicon';
import { buildHedgeLexicon, expandCue } from '../../src/core/lexicon/hedges';
import { findHedges } from '../../src/core/rules/hedges';
import type { Hedge } from '../../src/core/types';

function hedgesIn(text: string, options: LexiconOptions = {}): Hedge[] {
  const lexicons = buildLexicons(options);
  return parseSentences(text).flatMap((s) => findHedges(s, lexicons));
}

const texts = (text: string, options?: LexiconOptions) => hedgesIn(text, options).map((h) => h.text);

describe('findHedges', () => {
  describe('finds each kind of hedge', () => {
    const cases: [string, string, string[]][] = [
      // [what, sentence, expected hedge texts]
      ['modal may', 'The ministry may release the figures on Friday.', ['may']],
      ['modal might', 'Officials said the talks might resume next week.', ['might']],
      ['modal could (possibility)', 'A prolonged strike could lead to fuel shortages across the region.', ['could']],
      ['modal could in a relative clause', 'The council warned of cuts that could undermine local services.', ['could']],
      ['likely', 'The merger is likely to face scrutiny from regulators.', ['likely']],
      ['speculative verb, inflected', 'Early data suggested that turnout was higher than in 2019.', ['suggested']],
      ['believe', 'Investigators believe the fire started in the kitchen.', ['believe']],
      ['agentless believed', 'The painting is believed to date from the 1650s.', ['believed']],
      ['reportative passive', 'The former mayor is said to have left the country in March.', ['is said to']],
      ['reportative passive, plural past', 'The two firms were reported to be in talks.', ['were reported to']],
      ['think', 'Analysts think the central bank will hold rates.', ['think']],
      ['appear to', 'The ceasefire appears to be holding in the north.', ['appears']],
      ['it appears', 'It appears, however, that nobody was hurt.', ['appears']],
      ['seem', 'The two leaders seemed to agree on the timetable.', ['seemed']],
      ['expect', 'The company expects profits to fall this year.', ['expects']],
      ['expected to', 'The bill is expected to pass the Senate.', ['expected']],
      ['anticipated', 'Ministers are anticipated to approve the plan.', ['anticipated']],
      ['estimate, verb', 'She estimates that the repairs will cost more.', ['estimates']],
      ['suspected', 'Police arrested two men suspected of arson.', ['suspected']],
      ['predict', 'Forecasters predict heavy rain over the weekend.', ['predict']],
      ['seen as', 'The vote is widely seen as a test of his leadership.', ['seen']],
      ['looks like', 'It looks like the deal will be signed soon.', ['looks like']],
      ['evidential adverbs', 'The suspect reportedly fled abroad and possibly changed his name.', ['reportedly', 'possibly']],
      ['perhaps', 'The minister will meet donors, perhaps including the Gulf states.', ['perhaps']],
      ['in all likelihood', 'The plant will, in all likelihood, close by March.', ['in all likelihood']],
      ['signs that', 'There were signs that the economy was slowing.', ['signs']],
      ['signs of', 'The housing market is showing signs of recovery.', ['signs']],
      ['indications that', 'Monitors reported indications that troops had withdrawn.', ['indications']],
      ['possibility', 'Aides did not discuss the possibility of an early election.', ['possibility']],
      ['possible', 'Negotiators discussed a possible prisoner exchange.', ['possible']],
      ['potential', 'The report lists potential risks to the harvest.', ['potential']],
      ['the alleged adjective', 'He was questioned about the alleged bribe.', ['alleged']],
      ['indicate with a clause', 'The records indicate the payments were made in cash.', ['indicate']],
      ['indicate that', 'Satellite images indicate that the dam has been breached.', ['indicate']],
      ['could not confirm', 'The agency could not confirm that the hostages had been freed.', ['could not confirm']],
      ['could not independently verify', 'Reporters could not independently verify the video.', ['could not independently verify']],
      ['did not rule out', 'The mayor did not rule out a tax rise.', ['did not rule out']],
      ["didn't rule out", "The coach didn't rule out a return for the striker.", ["didn't rule out"]],
      ['not ruled out', 'A second vote has not been ruled out.', ['has not been ruled out']],
      ['lack of solid evidence', 'Despite a lack of solid evidence, the claim spread online.', ['lack of solid evidence']],
      ['no final decision', 'The board has not reached a final decision on the sale.', ['has not reached a final decision']],
      ['remains to be seen', 'It remains to be seen whether the truce will last.', ['remains to be seen']],
      ['is unclear', 'It is unclear who ordered the strike.', ['is unclear']],
      ['cast doubt', 'New tests cast doubt on the original diagnosis.', ['cast doubt']],
      ['raise questions about', 'The leak raises questions about the security of the system.', ['raises questions about']],
      ['approximator around + number', 'The army fires around 50,000 shells a day.', ['around']],
      ['approximator about + currency', 'The stadium cost about $300 million to build.', ['about']],
      ['approximator nearly half', 'Nearly half of the voters stayed at home.', ['Nearly']],
      ['approximator up to', 'The firm plans to buy up to 100 drones.', ['up to']],
      ['approximator as many as', 'As many as 2,000 people were evacuated.', ['As many as']],
      ['approximator "estimated at" + number', 'The cargo, estimated at 300 tonnes, was unloaded.', ['estimated at']],
      ['approximator an estimated', 'An estimated 40,000 fans attended the final.', ['An estimated']],
      ['approximator about a third', 'About a third of the budget goes to defence.', ['About']],
      ['seen as many as: an approximator, not a view', 'The city has seen as many as ten storms this year.', ['as many as']],
      ['May in a title-case headline', 'Why China May Supply Drones to Moscow', ['May']],
      ['potential before a noun', 'Aid groups warned of a potential famine.', ['potential']],
      ['likely, not before voters', 'Turnout is likely to be low among likely voters.', ['likely']],
      ['approximator roughly', 'Roughly 12% of the wells have run dry.', ['Roughly']],
    ];
    for (const [what, sentence, expected] of cases) {
      it(what, () => assert.deepEqual(texts(sentence), expected, sentence));
    }
  });

  describe('leaves out words that carry no doubt', () => {
    const cases: [string, string][] = [
      // [what, sentence]; no hedge expected
      ['May the month, after a preposition', 'The treaty was signed in May after long talks.'],
      ['May the month, before a day', 'Voting closes on May 6, officials said.'],
      ['May the month, after a day', 'The inquiry opened on 12 May and heard from 40 witnesses.'],
      ['May the month, last May', 'Prices have doubled since last May.'],
      ['May the month, early May', 'The harvest begins in early May.'],
      ['May as a surname', 'Theresa May resigned as party leader.'],
      ['May as a surname, mid-sentence', 'The party chose Theresa May as leader.'],
      ['may as a wish', 'May they rest in peace.'],
      ['may want to (advice)', 'Travellers may want to check the timetable before leaving.'],
      ['could of past ability', 'As a boy he could swim across the lake.'],
      ['could negated ability', 'Rescuers could not reach the village until dawn.'],
      ["couldn't, contracted", "The driver couldn't find the exit."],
      ['could be reached', 'Neither the owner nor his lawyer could be reached for comment.'],
      ['could in a condition', 'The union asked if members could leave early.'],
      ['will is a prediction, not a hedge', 'The bridge will reopen on Monday.'],
      ['would is a conditional', 'The plan would cost taxpayers billions.'],
      ['if is a conditional', 'If the river rises, the road will close.'],
      ['can of general capacity', 'Untreated polyps can lead to cancer.'],
      ['might the noun', 'The parade showed off the military might of the regime.'],
      ['might and main', 'They pushed with might and main.'],
      ['appears meaning published', 'The study appears in the latest issue of the journal.'],
      ['appeared meaning showed up', 'The singer appeared on stage at nine.'],
      ['more than and at least are bounds', 'More than 300 people were hurt and at least 12 died.'],
      ['deliberation verbs', 'The government is weighing the transfer and considering new sanctions.'],
      ['downtoners', 'The capital has been relatively quiet since Sunday.'],
      ['about not before a number', 'Residents complained about the noise.'],
      ['around not before a number', 'Protests spread around the country.'],
      ['up to not before a number', 'It is up to the voters now.'],
      ['nearly before a verb', 'The company nearly collapsed in 2009.'],
      ['as expected', 'As expected, the bank raised its main rate.'],
      ['than expected', 'Sales rose faster than initially anticipated.'],
      ['the expected adjective', 'The expected gain did not materialise.'],
      ['estimate the noun', 'The estimates of the damage vary widely.'],
      ['the thought noun', 'The thought of another lockdown worries shop owners.'],
      ['think about (deliberation)', 'Voters will think about the economy first.'],
      ['think tank', 'A think tank in Berlin published the study.'],
      ['believe in (faith)', 'Many residents believe in the project.'],
      ['indicate with an object', 'Flashing lights indicate the end of the runway.'],
      ['sign the verb', 'The president will sign that bill on Friday.'],
      ['no sign of', 'There was no sign of the missing hikers.'],
      ['indication of how', 'The statement gave no indication of how the dispute would end.'],
      ['fastest possible', 'The minister urged the fastest possible ratification.'],
      ['as soon as possible', 'Officials want the road reopened as soon as possible.'],
      ['possible to', 'It is now possible to renew a passport online.'],
      ['a stance, not a hedge', 'The ministry views the treaty as binding.'],
      ['speculation without content', 'Shares rose on takeover speculation.'],
      ['if I may (permission)', 'If I may, let me finish the answer.'],
      ['could of purpose', 'The mayor closed the street so they could march.'],
      ['could in a wish', 'Many parents wish they could afford the fees.'],
      ['cannot believe (dismay)', 'Fans said they cannot believe the club sold him.'],
      ['potential the noun of capacity', 'Coaches praised the young striker for his potential.'],
      ['likely voters (polling term)', 'The poll surveyed 900 likely voters.'],
      ['about before a quoted phrase', 'He spoke about “thousands of jobs” at the rally.'],
      ['such expected', 'The plan drew such expected critics as the unions.'],
      ['"no doubt that" is certainty', 'There is no doubt that the levee broke first.'],
      ['"little doubt that" is certainty', 'The inquiry left little doubt that the levee broke first.'],
      ['a negated "doubted that" is certainty', 'The engineer never doubted that the levee broke first.'],
    ];
    for (const [what, sentence] of cases) {
      it(what, () => assert.deepEqual(texts(sentence), [], sentence));
    }
  });

  describe('reports categories, rule ids and offsets', () => {
    it('gives each hedge its category', () => {
      const found = hedgesIn('Officials may have underestimated the cost, reportedly about $2 billion, and could not confirm it.');
      assert.deepEqual(found.map((h) => [h.text, h.category]), [
        ['may', 'modal'],
        ['reportedly', 'evidential-adverb'],
        ['about', 'approximator'],
        ['could not confirm', 'unconfirmation'],
      ]);
    });

    it('names the context rule that let a guarded cue through', () => {
      const rules = hedgesIn('Rates may rise, and the bank sees about 3% inflation.').map((h) => h.rule);
      assert.deepEqual(rules, ['hedge/context:may-month', 'hedge/context:approximator-quantity']);
      assert.deepEqual(hedgesIn('Prices probably peaked.').map((h) => h.rule), ['hedge/evidential-adverb']);
    });

    it('gives document offsets whose text matches', () => {
      const text = 'Headline here.\nThe minister said talks might fail.';
      const sentences = parseSentences(text.slice(15), 15);
      const [hedge] = sentences.flatMap((s) => findHedges(s, buildLexicons()));
      assert.equal(hedge.text, 'might');
      assert.equal(text.slice(hedge.start, hedge.end), 'might');
    });
  });

  describe('handles tokenisation variants', () => {
    const cases: [string, string[]][] = [
      ['The firm did  n\'t   rule out   job cuts.', ["did  n't   rule out"]],
      ['Police ca  n\'t   confirm the report.', ["ca  n't   confirm"]],
      ['The embassy cannot confirm the arrests.', ['cannot confirm']],
      ['Officials couldn’t confirm the toll.', ['couldn’t confirm']],
      ['The talks, it seems, have stalled.', ['seems']],
    ];
    for (const [sentence, expected] of cases) {
      it(sentence, () => assert.deepEqual(texts(sentence), expected));
    }
  });

  describe('user hedges from settings', () => {
    it('adds words and phrases, inferring the category', () => {
      const found = hedgesIn('The figures are arguably inflated, sources familiar with the matter say, and in theory reversible.', {
        extraHedges: ['sources familiar with the matter', 'In theory'],
      });
      assert.deepEqual(found.map((h) => [h.text, h.category, h.rule]), [
        ['arguably', 'evidential-adverb', 'hedge/evidential-adverb'],
        ['sources familiar with the matter', 'speculative-verb', 'hedge/user'],
        ['in theory', 'speculative-verb', 'hedge/user'],
      ]);
    });

    it('infers an adverb from -ly', () => {
      const [hedge] = hedgesIn('The vote was supposedly rigged and ostensibly fair, or purportedly so.', { extraHedges: ['ostensibly', 'rumouredly'] })
        .filter((h) => h.text === 'ostensibly');
      assert.equal(hedge.category, 'evidential-adverb');
    });

    it('keeps the built-in guard when a user repeats a built-in cue', () => {
      assert.deepEqual(texts('The vote is in May.', { extraHedges: ['may'] }), []);
    });
  });

  describe('lexicon', () => {
    it('expands alternatives and optional words', () => {
      assert.deepEqual(expandCue('suggest{,s}'), [['suggest'], ['suggests']]);
      assert.deepEqual(expandCue('could not [independently] confirm'), [
        ['could', 'not', 'confirm'],
        ['could', 'not', 'independently', 'confirm'],
      ]);
    });

    it('keys entries by first word, longest first', () => {
      const { byFirstWord } = buildHedgeLexicon({});
      const could = byFirstWord.get('could') ?? [];
      assert.ok(could.length > 1);
      assert.equal(could[could.length - 1].words.join(' '), 'could');
      for (let i = 1; i < could.length; i++) assert.ok(could[i - 1].words.length >= could[i].words.length);
    });
  });

  it('runs in time linear in the sentence length', () => {
    const long = 'Officials may meet about 300 delegates, and it seems the talks could run late. '.repeat(2000);
    const [sentence] = parseSentences(long.replace(/\. /g, ', ') + 'end.');
    const lexicons = buildLexicons();
    const started = performance.now();
    const found = findHedges(sentence, lexicons);
    assert.equal(found.length, 8000);
    assert.ok(performance.now() - started < 500);
  });
});

describe('findHedges on news constructions, retold', () => {
  const cases: [string, string[]][] = [
    ['While the mayor could not confirm that the ferry was sold, she said there were signs that the offer had been made.', ['could not confirm', 'signs']],
    ['The club did not rule out the chance of selling its stadium.', ['did not rule out']],
    ['The plant, which burns around 4,000 tonnes of coal each day, will close.', ['around']],
    ['Despite a lack of solid evidence for the rumour, the minister resigned.', ['lack of solid evidence']],
    ['Local reports indicate that the council is weighing a new tax.', ['indicate']],
    ['The two unions have not reached a final decision yet.', ['have not reached a final decision']],
    ['The city will buy up to 40 new buses next year.', ['up to']],
    ['Whether the deal will last remains to be seen.', ['remains to be seen']],
    ['The new rules are believed to be harsher than initially anticipated by the farmers.', ['believed']],
    ['The council views the port as a partner.', []],
    // a speculative attitude, doubt about a report, an open question
    ['Villagers feared the dam would break.', ['feared']],
    ['Fear of floods kept the market closed.', []],
    ['The minister was highly sceptical about reports of a spill.', ['highly sceptical']],
    ['The judge wasn\'t convinced the witness saw the crash.', ["wasn't convinced"]],
    ['It was not immediately clear who fired first.', ['was not immediately clear']],
    // a negated possibility rules out; it does not hedge
    ['It is not possible that the ferry sank.', []],
    ['There is no possibility of a strike.', []],
    ['A strike is possible next week.', ['possible']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepEqual(findHedges(parseSentences(sentence)[0], buildLexicons()).map((h) => h.text), expected));
  }
});

