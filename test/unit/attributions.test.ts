import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSentences } from '../../src/core/sentences';
import { buildLexicons, type LexiconOptions } from '../../src/core/lexicon';
import { buildReportingLexicon, inflect } from '../../src/core/lexicon/reporting-verbs';
import { findAttributions } from '../../src/core/rules/attributions';
import { analyze } from '../../src/core/analyze';
import type { Attribution } from '../../src/core/types';

function attributionsIn(text: string, options: LexiconOptions = {}): Attribution[] {
  const lexicons = buildLexicons(options);
  return parseSentences(text).flatMap((s) => findAttributions(s, lexicons));
}

/** "source / cue" pairs, the shape the scorer matches on. */
const pairs = (text: string, options?: LexiconOptions) => attributionsIn(text, options).map((a) => `${a.source.text} / ${a.cue.text}`);

describe('findAttributions', () => {
  describe('finds the source and cue in every order', () => {
    const cases: [string, string, string[]][] = [
      // [order, sentence, expected "source / cue"]
      ['X said that P', 'The mayor said that the bridge would reopen in May.', ['The mayor / said']],
      ['X said P (no complementiser)', 'Officials said the bridge would reopen in May.', ['Officials / said']],
      ['P, X said', 'The bridge will reopen in May, the mayor said.', ['the mayor / said']],
      ['"P," said X', '“The bridge will reopen in May,” said Anna Berg.', ['Anna Berg / said']],
      ['"P," X said', '“The bridge will reopen in May,” she said.', ['she / said']],
      ['According to X, P', 'According to the transport ministry, the bridge will reopen in May.', ['the transport ministry / According to']],
      ['P, according to X', 'The bridge will reopen in May, according to a person familiar with the plans.', ['a person familiar with the plans / according to']],
      ['Per X, P', 'Per Reuters, the bridge will reopen in May.', ['Reuters / Per']],
      ['As per X', 'The bridge will reopen in May, as per a report from the local paper.', ['a report from the local paper / as per']],
      ['X reported', 'The bridge will reopen in May, the Harbour Gazette reported.', ['the Harbour Gazette / reported']],
      ['X, title, said', 'Anna Berg, the city engineer, said the bridge was safe.', ['Anna Berg / said']],
      ['X, who ..., said', 'Anna Berg, who inspected the bridge twice, said it was safe.', ['Anna Berg / said']],
      ['title, Name, verb', 'The city engineer, Anna Berg, insisted that the bridge was safe.', ['Anna Berg / insisted']],
      ['participle shares the subject', 'The mayor praised the crews, noting that the work finished early.', ['The mayor / noting']],
      ['coordinated verb shares the subject', 'The mayor declined to give a date but stated that the work was nearly done.', ['The mayor / stated']],
      ['X, which asserted', 'The plan angered the union, which asserted that wages were too low.', ['the union / asserted']],
      ['with X stating', 'The firm denied the report, with its spokesman stating that no data was lost.', ['The firm / denied', 'its spokesman / stating']],
      ['passive with an agent', 'The same figures were echoed by a regional news network.', ['a regional news network / were echoed']],
      ['X, citing Y', 'The Harbour Gazette cited port officials, suggesting that the talks had stalled.', ['The Harbour Gazette / cited', 'The Harbour Gazette / suggesting']],
      ['parenthesis after the name', 'Sen. Ann Lowe (D-Vt.) said the vote would be close.', ['Sen. Ann Lowe (D-Vt.) / said']],
      ['headline speaker with a colon', 'Mayor Berg: Bridge Will Reopen in May.', ['Mayor Berg / :']],
      ['quotation signed with a dash', '“We will rebuild.” ― Anna Berg', ['Anna Berg / ―']],
      ['possessor of a reporting noun', "The mayor's claim that the bridge was safe drew criticism.", ["mayor's / claim"]],
      ['study with a post-modifier', 'A 2021 study by the port authority found that traffic fell.', ['study by the port authority / found']],
      ['time words between source and cue', 'The mayor on Tuesday said the bridge was safe.', ['The mayor / said']],
      ['a name in -ing opening the sentence', 'Wuling said that the plant had reopened.', ['Wuling / said']],
      ['a name in -ing before a parenthetical', 'Wuling, meanwhile, said that the plant had reopened.', ['Wuling / said']],
      ['a name in -ing modifying the head', 'Kunling officials, however, said the dam had held.', ['Kunling officials / said']],
      ['an opening adjective in -ing is part of the subject', 'Leading economists said the slump was over.', ['Leading economists / said']],
      ['a source post-modified by a participle phrase', 'The mayor will resign, two people briefed on the plans said.', ['two people briefed on the plans / said']],
      ['... also after an inverted verb', 'The mayor will resign, said two people briefed on the plans.', ['two people briefed on the plans / said']],
      ['... and as the sentence subject', 'Officials aware of the plans said the mayor would resign.', ['Officials aware of the plans / said']],
      ['a noun naming the clause before it is no source', 'The mill is safe, a claim local doctors dispute.', ['local doctors / dispute']],
      ['... also with "that"', 'The mill was sold in May, a claim that the union denies.', ['the union / denies']],
      ['"According to" a source post-modified up to the comma', 'According to data published by the bureau, exports rose in May.', ['data published by the bureau / According to']],
      ['... also by a participle with a particle', 'According to a survey carried out in June, most tenants want lower rents.', ['a survey carried out in June / According to']],
      ['... and at the end of the sentence', 'Exports rose sharply in May, according to data published by the bureau.', ['data published by the bureau / according to']],
    ];
    for (const [what, sentence, expected] of cases) {
      it(what, () => assert.deepEqual(pairs(sentence), expected));
    }
  });

  describe('knows the roles news quotes', () => {
    for (const role of ['warden', 'coach', 'captain', 'nurse', 'priest', 'rabbi', 'sheriff', 'detective', 'landlord', 'defendant', 'referee']) {
      it(`the ${role}`, () => assert.deepEqual(pairs(`The ${role} said that the gate was locked.`), [`The ${role} / said`]));
    }
  });

  describe('takes the whole verb group as the cue', () => {
    const cases: [string, string][] = [
      ['The ministry has repeatedly denied the accusations.', 'has repeatedly denied'],
      ['The mayor could not confirm that the bridge was safe.', 'could not confirm'],
      ['The ministry did not rule out a second closure.', 'did not rule out'],
      ['Residents have raised concerns that the bridge is unsafe.', 'have raised concerns'],
      ['Mayor Anna Berg and Engineer Tom Lund have both warned that the bridge is unsafe.', 'have both warned'],
      ['She did reveal that the bridge had failed an inspection.', 'did reveal'],
      ['Local officials expressed concern that the repairs were late.', 'expressed concern'],
      ['The engineer pointed to the cracks in the deck.', 'pointed to'],
    ];
    for (const [sentence, cue] of cases) it(cue, () => assert.deepEqual(attributionsIn(sentence).map((a) => a.cue.text), [cue]));
  });

  describe('sets the cue kind and lemma', () => {
    const cases: [string, string, string][] = [
      ['The mayor said the bridge was safe.', 'neutral', 'say'],
      ['The mayor told reporters that the bridge was safe.', 'neutral', 'tell'],
      ['The mayor confirmed that the bridge was safe.', 'factive', 'confirm'],
      ['The mayor noted that the bridge was old.', 'factive', 'note'],
      ['The union claimed that the bridge was unsafe.', 'allegation', 'claim'],
      ['The union accused the city of neglect.', 'allegation', 'accuse'],
      ['The city denied that the bridge was unsafe.', 'denial', 'deny'],
      ['The city rejected the union’s figures.', 'denial', 'reject'],
      ['Engineers believe the bridge is safe.', 'belief', 'believe'],
      ['The mayor could not confirm that the bridge was safe.', 'unconfirmation', 'confirm'],
      ['The city did not rule out a closure.', 'unconfirmation', 'rule out'],
      ['The union urged the city to close the bridge.', 'call', 'urge'],
      ['The mayor emphasised that safety came first.', 'neutral', 'emphasise'],
      ['The mayor emphasized that safety came first.', 'neutral', 'emphasize'],
      ['The Post has learned that the bridge will close.', 'factive', 'learn'],
    ];
    for (const [sentence, kind, lemma] of cases) {
      it(`${lemma}: ${kind}`, () => {
        const [a] = attributionsIn(sentence);
        assert.equal(a?.cue.kind, kind);
        assert.equal(a?.cue.lemma, lemma);
      });
    }
  });

  describe('classifies the source', () => {
    const cases: [string, string, string][] = [
      ['Transport Minister Anna Berg said the bridge was safe.', 'Transport Minister Anna Berg', 'person'],
      ['U.S. officials said the bridge was safe.', 'U.S. officials', 'anonymous'],
      ['The Harbour Gazette reported that the bridge was safe.', 'The Harbour Gazette', 'publication'],
      ['The transport ministry said the bridge was safe.', 'The transport ministry', 'organisation'],
      ['He said the bridge was safe.', 'He', 'pronoun'],
      ['They said the bridge was safe.', 'They', 'pronoun'],
      ['It said the bridge was safe.', 'It', 'pronoun'],
      ['Reports indicate that the bridge is unsafe.', 'Reports', 'publication'],
      ['The bridge is safe, according to a person within the ministry with knowledge of the inspection.', 'a person within the ministry with knowledge of the inspection', 'anonymous'],
    ];
    for (const [sentence, source, kind] of cases) {
      it(`${kind}: ${source}`, () => {
        const [a] = attributionsIn(sentence);
        assert.equal(a?.source.text, source);
        assert.equal(a?.source.kind, kind);
      });
    }
  });

  describe('fills the content tightly', () => {
    const cases: [string, string, boolean][] = [
      ['The mayor said that the bridge would reopen in May.', 'the bridge would reopen in May', false],
      ['The mayor told reporters on Monday that the bridge would reopen.', 'the bridge would reopen', false],
      ['The bridge will reopen in May, the mayor said.', 'The bridge will reopen in May', false],
      ['“The bridge will reopen in May,” said Anna Berg.', 'The bridge will reopen in May', true],
      ['Anna Berg said, “The bridge will reopen in May.”', 'The bridge will reopen in May', true],
      ['According to the ministry, the bridge will reopen in May.', 'the bridge will reopen in May', false],
      ['Speaking to the council, the mayor said the bridge had reopened.', 'the bridge had reopened', false],
      ['The bridge had reopened, the mayor said on Monday.', 'The bridge had reopened', false],
      ['The bridge is open, the mayor told reporters who had gathered.', 'The bridge is open', false],
      ['The bridge is open, the mayor said after he had returned.', 'The bridge is open', false],
      ['The mill was sold, an account the company rejected on Monday.', 'The mill was sold', false],
      ['The mayor said that most tenants want a rent cap.', 'most tenants want a rent cap', false],
      ['The mayor said that the mill had closed in the spring of that year [4].', 'the mill had closed in the spring of that year', false],
      ['Nothing, the mayor insisted, had changed at the harbour.', 'Nothing, the mayor insisted, had changed at the harbour', false],
      ['The ferry, officials said, reached the island on Tuesday.', 'The ferry, officials said, reached the island on Tuesday', false],
      ['The council said in a statement that was posted on Friday that the pool had reopened.', 'the pool had reopened', false],
      ['The minister told the committee in a letter that was sent on Friday that the mine was sold.', 'the mine was sold', false],
      ['According to a survey carried out in June, most tenants want lower rents.', 'most tenants want lower rents', false],
      ['The mayor said that the pier was safe, even as engineers confirmed that it had cracked.', 'the pier was safe', false],
    ];
    for (const [sentence, content, quoted] of cases) {
      it(content + (quoted ? ' (quoted)' : ''), () => {
        const [a] = attributionsIn(sentence);
        assert.equal(a?.content?.text, content);
        assert.equal(a?.quoted === true, quoted);
      });
    }
    it('ends a content before a noun that names it ("P, a claim X disputes")', () => {
      const [first, second] = attributionsIn('The council insists the mill is safe, a claim local doctors dispute.');
      assert.equal(first.content?.text, 'the mill is safe');
      assert.equal(second.content?.text, 'The council insists the mill is safe');
    });
    it('ends the first content where a coordinated attribution starts', () => {
      const [first, second] = attributionsIn('The mayor said the bridge was safe but stated that repairs were late.');
      assert.equal(first.content?.text, 'the bridge was safe');
      assert.equal(second.content?.text, 'repairs were late');
    });
    it('keeps offsets consistent with the text', () => {
      const text = 'Intro line.\n\nThe mayor said that the bridge was safe.';
      for (const a of analyze(text).attributions) {
        for (const s of [a.source, a.cue, a.content]) if (s) assert.equal(text.slice(s.start, s.end), s.text);
      }
    });
  });

  describe('finds nothing where no one asserts', () => {
    const cases: [string, string][] = [
      ['agentless passive', 'Concerns have been raised that the bridge is unsafe.'],
      ['believed, agentless', 'The bridge is believed to be unsafe.'],
      ['infinitive', 'There is evidence to suggest that the bridge is unsafe.'],
      ['noun use after a determiner', 'The report was published on Friday.'],
      ['possessor makes a noun', "Editor's note: the bridge reopened."],
      ['object of a preposition is not a subject', 'Fears about the drought in the valley have raised concerns among farmers.'],
      ['evidence is not a source', 'The engineers have not found evidence that the bridge is unsafe.'],
      ['negated evaluation asserts nothing', 'The ministry has not condemned the closure.'],
      ['first person inside a quotation', '“I think the bridge is safe.”'],
      ['name containing a verb form', 'The United States sent engineers to the bridge.'],
      ['section label with a colon', 'Update: the bridge reopened on Friday.'],
    ];
    for (const [what, sentence] of cases) it(what, () => assert.deepEqual(pairs(sentence), []));
  });

  describe('finds the subject of a reporting verb beyond the source lexicon', () => {
    const cases: [string, string, string[]][] = [
      ['a capital that only opens the sentence', 'Officials at the port authority, a unit of the city, said the bridge was safe.', ['Officials at the port authority / said']],
      ['a name with a preposition inside', 'The Council on Harbour Safety says the bridge was never inspected.', ['The Council on Harbour Safety / says']],
      ['a partitive quantifier', 'Many of the residents believe the bridge is unsafe.', ['Many of the residents / believe']],
      ['an agent noun after a determiner', 'The harbour commissioner says the bridge is safe.', ['The harbour commissioner / says']],
      ['an agent noun with a quotation', 'As the horn sounded, the announcer said, “The bridge is open.”', ['the announcer / said']],
      ['a bare plural agent noun', 'Environmentalists worry that the bridge harms the river.', ['Environmentalists / worry']],
      ['a quantifier as the subject', 'But some say the bridge is unsafe.', ['some / say']],
      ['two coordinated sources', 'The ministry and its engineers say the bridge is safe.', ['The ministry and its engineers / say']],
      ['a pronoun with a clitic auxiliary', 'He’s claiming the bridge is safe.', ['He’s / claiming']],
      ['an -ly adverb before the cue', 'The mayor forcefully denied that the bridge was unsafe.', ['The mayor / denied']],
      ['an -ly adverb inside the verb group', 'Recent surveys have similarly shown that traffic fell.', ['Recent surveys / have similarly shown']],
      ['a year after the source', 'A review panel in 2019 found that the bridge was sound.', ['A review panel / found']],
      ['a participle right before the cue', 'A city report released last year found that traffic fell.', ['A city report released / found']],
      ['a document after the first noun phrase', 'A 2021 study by the port and the University of Oslo found that traffic fell.', ['study by the port and the University of Oslo / found']],
      ['a participle whose clause subject runs into its verb', 'Anna Berg spoke on Tuesday about the bridge, arguing that it was safe.', ['Anna Berg / arguing']],
      ['a pronominal head with a post-modifier', 'Those close to the mayor say she will resign.', ['Those close to the mayor / say']],
      ['an object relative clause without "that"', 'All the engineers I interviewed said the bridge was safe.', ['the engineers I interviewed / said']],
      ['a source noun with a prepositional post-modifier', 'Experts on bridge safety and river traffic said the cracks were minor.', ['Experts on bridge safety and river traffic / said']],
      ['a hyphenated number in the name', '“The bridge is safe,” said 34-year-old engineer Anna Berg.', ['34-year-old engineer Anna Berg / said']],
    ];
    for (const [what, sentence, expected] of cases) it(what, () => assert.deepEqual(pairs(sentence), expected));
  });

  describe('speech acts and constructions beyond "X said P"', () => {
    const cases: [string, string, string[]][] = [
      ['call with a characterising complement', 'The mayor called the bridge a disgrace.', ['The mayor / called']],
      ['call with a quoted complement after an appositive', 'Anna Berg, the city engineer, called the repairs “a triumph.”', ['Anna Berg / called']],
      ['present-tense call with a complement', 'Critics call the bridge a white elephant.', ['Critics / call']],
      ['call with an adjective complement', 'The union called the figures deceptive.', ['The union / called']],
      ['call with a moved object and a quotation', 'The toll, which the mayor called “a disgrace,” rose again.', ['the mayor / called']],
      ['describe ... as', 'The engineer described the cracks as minor.', ['The engineer / described']],
      ['describe with a moved object', 'The inspectors found what the engineer described as minor cracks.', ['the engineer / described']],
      ['continued before a colon', 'Berg continued: “The bridge is safe.”', ['Berg / continued']],
      ['continued after a quotation', '“The bridge is safe,” she continued.', ['she / continued']],
      ['continues to + reporting verb', 'The mayor continues to insist that the bridge is safe.', ['The mayor / continues to insist']],
      ['went on to + reporting verb', 'Berg went on to say that the repairs were late.', ['Berg / went on to say']],
      ['an inverted verb opening the sentence', 'Said Berg: “The bridge is safe.”', ['Berg / Said']],
      ['an inverted verb with "for"', '“The bridge is safe,” wrote Anna Berg for the Harbour Gazette.', ['Anna Berg / wrote']],
      ['a negated verb of saying', 'The water board did not immediately respond to our questions.', ['The water board / did not immediately respond']],
      ['a gerund of means', 'The mayor opened the meeting by saying the bridge was safe.', ['The mayor / saying']],
      ['an opening participle clause', 'Claiming that the bridge was safe, the mayor reopened it.', ['the mayor / Claiming']],
      ['a participle after a quotation and a comma', 'The mayor said: “The bridge is safe,” adding that repairs were done.', ['The mayor / said', 'The mayor / adding']],
      ['a court ruling', 'The appeals court ruled that the closure was lawful.', ['The appeals court / ruled']],
    ];
    for (const [what, sentence, expected] of cases) it(what, () => assert.deepEqual(pairs(sentence), expected));
    it('gives a negated verb of saying no content', () => {
      const [a] = attributionsIn('Lawmakers have not said when they will vote on the bridge.');
      assert.equal(a?.cue.text, 'have not said');
      assert.equal(a?.content, undefined);
    });
  });

  describe('finds no attribution in look-alike constructions', () => {
    const cases: [string, string][] = [
      ['an inanimate common noun as subject', 'The information underscores the risk to the bridge.'],
      ['call without a second complement', 'The mayor called a meeting on Friday.'],
      ['call naming something', 'A group called Harbour Watch met on Friday.'],
      ['call as a noun after an adjective', 'The report reflects a broader call within the city to close the bridge.'],
      ['describing as a noun modifier', 'A paper describing the repairs would be released soon.'],
      ['a passive participle with its complement', 'The firm defended workers accused of fraud.'],
      ['continue without a quotation', 'The repairs continued for a week.'],
      ['a non-propositional belief verb', 'Residents worry about the bridge.'],
      ['think of', 'The mayor thinks of the bridge as her legacy.'],
      ['an -s form before a plural auxiliary', 'Safety worries have grown since May.'],
      ['an -ing form with an agent', 'Additional reporting by Anna Berg.'],
      ['a homograph after a plural quantifier', 'There are many questions about the bridge.'],
      ['a homograph ending the sentence', 'Funding goes to the coastal states.'],
      ['a headline title with a preposition', 'Little Hope for Commuters: Bridge Stays Shut.'],
      ['a gerund that reports nothing', 'The mayor changed course after assuming office.'],
      ['a capitalised participle opening the sentence', 'Having said that, the mayor left.'],
      ['a pronoun clitic of the first person', 'I’m saying the bridge is safe.'],
      ['a court ruling as a noun', 'The appeals court ruling was delayed.'],
      ['a negated evaluation still asserts nothing', 'The union did not criticise the mayor.'],
      ['a homograph before "from"', 'The new treaty bars member states from importing coal.'],
      ['a homograph before "of"', 'The charter protects member states of the union.'],
      ['an -s homograph after a bare noun that a preposition opens', 'The fund pays farmers in member states that joined late.'],
      ['an -s homograph after a bare noun that a plural quantifier opens', 'The court heard several witness reports that the ship was overloaded.'],
    ];
    for (const [what, sentence] of cases) it(what, () => assert.deepEqual(pairs(sentence), []));
  });

  describe('reporting lexicon', () => {
    it('inflects regular, doubling and irregular lemmas', () => {
      assert.deepEqual(inflect('say').map(([w]) => w), ['say', 'says', 'said', 'saying']);
      assert.deepEqual(inflect('admit').map(([w]) => w), ['admit', 'admits', 'admitted', 'admitting']);
      assert.deepEqual(inflect('deny').map(([w]) => w), ['deny', 'denies', 'denied', 'denying']);
      assert.deepEqual(inflect('stress').map(([w]) => w), ['stress', 'stresses', 'stressed', 'stressing']);
    });
    it('honours extra reporting verbs', () => {
      assert.deepEqual(pairs('The mayor quipped that the bridge was fine.'), []);
      assert.deepEqual(pairs('The mayor quipped that the bridge was fine.', { extraReportingVerbs: ['quip'] }), ['The mayor / quipped']);
    });
    it('honours removed reporting verbs', () => {
      assert.deepEqual(pairs('The mayor warned that the bridge was unsafe.', { removedReportingVerbs: ['warn'] }), []);
      assert.equal(buildReportingLexicon({ removedReportingVerbs: ['say'] }).verbs.has('said'), false);
    });
  });
});

describe('findAttributions on news constructions, retold', () => {
  const cases: [string, string[]][] = [
    // [sentence, expected "source / cue"]
    ['In its yearly review, the Harbour Authority, the body that runs the port, stated that its engineers have detected signs that the old pier has been weakened.', ['the Harbour Authority / stated']],
    ['While the mayor could not confirm that the ferry company has already sold its fleet to a rival, she did reveal that there were clear signs that an offer had been made and was being studied by the board, as per a report from the Valley Post.', ['the mayor / could not confirm', 'she / did reveal', 'a report from the Valley Post / as per']],
    ['Regional Governor Ana Ruiz, a centrist elected for a third consecutive term in 2021, said on Monday that the port was "vital" but stated that her office would not fund the new terminal or cut ties with the shipping firms.', ['Regional Governor Ana Ruiz / said', 'Regional Governor Ana Ruiz / stated']],
    ['Since then, "the board has been careful not to cross that line, notably by postponing the sale of the older ferries for use on other routes," according to a person within the company with knowledge of the talks.', ['a person within the company with knowledge of the talks / according to']],
    ['Concerns have been raised that the council is loosening its rules on building despite the floods.', []],
    ['The Harbour Gazette cited city officials familiar with the inspection findings to back this view, suggesting that the repairs are more than just routine maintenance.', ['The Harbour Gazette / cited', 'The Harbour Gazette / suggesting']],
    ['The mining firm has repeatedly denied these accusations, with its head office stating that it follows every safety rule set by the national regulator.', ['The mining firm / has repeatedly denied', 'its head office / stating']],
  ];
  for (const [sentence, expected] of cases) it(sentence.slice(0, 60) + '...', () => assert.deepEqual(pairs(sentence), expected));

  describe('a participle between a determiner and the source noun modifies it', () => {
    const modifiers: [string, string[]][] = [
      ['The shipping company said the port was closed.', ['The shipping company / said']],
      ['A leading economist said prices would rise.', ['A leading economist / said']],
      ["The city's governing council denied the report.", ["The city's governing council / denied"]],
      ['An unnamed official said the talks had failed.', ['An unnamed official / said']],
      // inside a prepositional phrase the determiner's phrase is no subject: the words after the participle are
      ['In the neighbouring Lake District officials say dozens of roads were closed.', ['Lake District officials / say']],
    ];
    for (const [sentence, expected] of modifiers) it(sentence, () => assert.deepEqual(pairs(sentence), expected));
  });
});

describe('title-case headlines have one main verb', () => {
  const cases: [string, string[]][] = [
    ['Conflicting Reports Emerge From the Valley', []],
    ['Harbour Board Dismisses Union Safety Report', ['Harbour Board / Dismisses']],
    ['Union Claims Victory Over Harbour Board', ['Union / Claims']],
    ['Police Report Rise in Thefts', ['Police / Report']],
  ];
  for (const [headline, expected] of cases) {
    it(headline, () => assert.deepEqual(analyze(`${headline}\n\nThe minister spoke on Monday.`).attributions.map((a) => `${a.source.text} / ${a.cue.text}`), expected));
  }
});

describe('findAttributions on the gold of the first corpus articles', () => {
  const corpus = resolve(process.env.CLAIMLENS_SHARED ?? '../shared', 'corpus');
  const articles = join(corpus, 'articles');
  before(function () {
    if (!existsSync(articles)) {
      console.log(`      (skipped: ${articles} is absent; set CLAIMLENS_SHARED to the shared folder)`);
      this.skip();
    }
  });

  it('finds at least 90% of the gold attributions of the sample articles, with at least 90% precision', () => {
    let tp = 0;
    let gold = 0;
    let found = 0;
    const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
    for (const file of ['000_326846ec38c0fdce', '001_d4e063526c5069a7', '002_cae43c445d51aba7', '003_d9b89416445eef0e', '004_5b9f361959769fec']) {
      const text = readFileSync(join(articles, `${file}.txt`), 'utf8').replace(/^\uFEFF/, '');
      const expected = JSON.parse(readFileSync(join(corpus, 'gold', `${file}.json`), 'utf8')).attributions as Attribution[];
      const predicted = analyze(text).attributions;
      const used = new Set<number>();
      for (const g of expected) {
        const j = predicted.findIndex((p, k) => !used.has(k) && overlap(p.cue, g.cue) && overlap(p.source, g.source));
        if (j >= 0) { used.add(j); tp++; }
      }
      gold += expected.length;
      found += predicted.length;
    }
    assert.ok(tp / gold >= 0.9, `recall ${tp}/${gold}`);
    assert.ok(tp / found >= 0.9, `precision ${tp}/${found}`);
  });
});
