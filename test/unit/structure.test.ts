import { strict as assert } from 'node:assert';
import { analyze, type BlockKind } from '../../src/core';
import { classifyBlock, isFurnitureLine, trailingCredit } from '../../src/core/rules/furniture';
import { contentWords } from '../../src/core/rules/headlines';


/** Kind of the block that holds `quote`. */
function kindOf(text: string, quote: string): BlockKind | undefined {
  const at = text.indexOf(quote);
  return analyze(text).blocks.find((b) => b.start <= at && at + quote.length <= b.end)?.kind;
}

const BODY = 'The council approved the new budget on Monday after a long debate.';

// [furniture form, article text, the furniture line]
const FURNITURE: [string, string, string][] = [
  ['previous-article link', `${BODY}\n\nPrevious Article`, 'Previous Article'],
  ['linked title after "Next Article"', `${BODY}\n\nNext Article\n\nTen Ways to Save on Energy Bills`, 'Ten Ways to Save on Energy Bills'],
  ['"No time to read?" on its own line', `No time to read?\nGet a summary\n\n${BODY}`, 'No time to read?'],
  ['"Get a summary" on its own line', `No time to read?\nGet a summary\n\n${BODY}`, 'Get a summary'],
  ['comment prompt', `${BODY}\n\nClick here to leave a comment (3 comments)`, 'Click here to leave a comment'],
  ['tags heading', `${BODY}\n\nTags\nEconomy, Budget, Council`, 'Tags'],
  ['tag list', `${BODY}\n\nTags\nEconomy, Budget, Council`, 'Economy, Budget, Council'],
  ['labelled tag list on one line', `${BODY}\n\nTags: Economy, Budget, Council`, 'Tags: Economy, Budget, Council'],
  ['byline', `By Ana Ruiz, City Hall Reporter\n\n${BODY}`, 'By Ana Ruiz, City Hall Reporter'],
  ['date line', `Council passes budget\n\n14 June 2031\n\n${BODY}`, '14 June 2031'],
  ['dateline between pipes', `Harbour Post | Alder | 14 June 2031, 09:40\n\n${BODY}`, 'Harbour Post | Alder | 14 June 2031, 09:40'],
  ['social handle', `${BODY}\n\n@YouTube`, '@YouTube'],
  ['mobile-theme link', `${BODY}\n\nExit mobile version`, 'Exit mobile version'],
  ['photo credit line', `Photo: Jane Doe/Reuters\n\n${BODY}`, 'Photo: Jane Doe/Reuters'],
  ['staff credit in parentheses', `${BODY}\n\n(Reporting by Ana Ruiz in Alder and Tom Lund in Saltmere; editing by Kim Marr)`, '(Reporting by Ana Ruiz'],
  ['additional-reporting credit', `${BODY}\n\nAdditional reporting by Ana Ruiz.`, 'Additional reporting by Ana Ruiz.'],
  ['photo credit glued to a caption', `The mayor speaks in Leeds on Monday. Photo credit should read JOHN SMITH/AFP via Getty Images\n\n${BODY}`, 'Photo credit should read'],
];

describe('document structure', () => {
  it('keeps a sentence that starts with "By" out of the byline rule', () => {
    const text = `By Monday, the council had approved the new budget.\n\n${BODY}`;
    assert.equal(kindOf(text, 'By Monday'), 'paragraph');
  });

  describe('page furniture is kept out of claims', () => {
    for (const [what, text, line] of FURNITURE) {
      it(what, () => {
        assert.equal(kindOf(text, line), 'furniture');
        const at = text.indexOf(line);
        assert.ok(!analyze(text).claims.some((c) => c.start < at + line.length && c.end > at), 'a claim overlaps the furniture');
      });
    }
    it('the caption before a glued credit is still a paragraph with its claim', () => {
      const text = 'The mayor spoke in Leeds on Monday. Photo credit should read JOHN SMITH/AFP via Getty Images';
      assert.equal(kindOf(text, 'The mayor spoke'), 'paragraph');
      assert.deepEqual(analyze(text).claims.map((c) => c.text), ['The mayor spoke in Leeds on Monday']);
    });
    it('a line is furniture by its pattern, whatever its length; long prose that opens like one is not', () => {
      // long lines skip the short patterns, so these check the patterns that may run long
      assert.ok(isFurnitureLine('By Marguerite Okonkwo-Baptiste and Aleksandr Vinogradov, Senior Correspondents'));
      assert.ok(isFurnitureLine('Click here to read our full coverage of the regional elections and the coalition talks'));
      assert.ok(isFurnitureLine('Photo credit: Harbour Authority press office, taken from the north pier at dawn on Monday'));
      assert.ok(isFurnitureLine('Tags: ports, shipping, labour, unions, strikes, harbour authority, coastal towns, ferries'));
      assert.ok(isFurnitureLine('Tuesday, 3 May 2031, 09:40'));
      assert.ok(isFurnitureLine('Wire | Saltmere | 13 March 2031'));
      assert.ok(isFurnitureLine('*Harbour Post* · Business · 2 June 2031'));
      assert.ok(!isFurnitureLine('Prices rose · and fell · again.'));
      assert.ok(!isFurnitureLine('Share prices in the harbour district fell sharply on Monday after the strike was called'));
      assert.ok(!isFurnitureLine('Print workers said they would join the walkout if talks failed again this week'));
      assert.ok(!isFurnitureLine('Monday 12 people were rescued from the ferry.'));
    });
    it('trailingCredit finds only a credit after a sentence end', () => {
      assert.equal(trailingCredit('He waved. Photo credit should read X/AFP'), 10);
      assert.equal(trailingCredit('Photo editors met on Monday.'), -1);
      // only the text after the last inner sentence end can be a credit; a final stop may end it
      assert.equal(trailingCredit('Crowds gathered. He waved. Photo: Ana Ruiz/Reuters.'), 27);
      assert.equal(trailingCredit('He waved! (Photo: Ana Ruiz/AFP)  '), 10);
      assert.equal(trailingCredit('Photo: Ana Ruiz/Reuters. He waved.'), -1);
      assert.equal(trailingCredit('No stop here and a photo by Ana Ruiz'), -1);
    });
    it('a line ending in a citation marker or a closing quote is terminated, not a headline', () => {
      assert.equal(classifyBlock('Rents rose by a tenth [3]', 0, []), 'paragraph');
      assert.equal(classifyBlock('"Rents will rise," she said"  ', 0, []), 'paragraph');
      assert.equal(classifyBlock('Rents rise across the harbour district [x]', 0, []), 'headline');
      assert.equal(classifyBlock('Rents rise across the harbour district []', 0, []), 'headline');
    });
  });

  describe('reference lists', () => {
    const text = `${BODY}[1]\n\n1. “Budget passes after debate” The Herald, 3 Mar. 2024, https://example.org/budget\n\n2. “Council row” City News, 4 Mar. 2024, https://example.org/row`;
    it('numbered entries with titles, outlets, dates and URLs are references', () => {
      assert.equal(kindOf(text, '1. “Budget passes'), 'reference');
      assert.equal(kindOf(text, '2. “Council row'), 'reference');
    });
    it('yield no claims, and a citation marker stays out of the claim', () => {
      assert.deepEqual(analyze(text).claims.map((c) => c.text), ['The council approved the new budget on Monday after a long debate']);
    });
    it('a paragraph ending in a citation marker is a paragraph, not a headline', () => {
      assert.equal(kindOf(text, 'The council approved'), 'paragraph');
    });
  });

  describe('headlines', () => {
    it('compares claims by content words: lower-cased, possessives and inflections stripped, stop words out', () => {
      assert.deepEqual([...contentWords("Kestria's drones weren’t sold to the Café Ørsted, officials say")].sort(),
        ['café', 'dron', 'kestria', 'official', 'say', 'sold', 't', 'weren', 'ørst']);
      assert.deepEqual([...contentWords('Ministers weighing the U.N.’s plan')].sort(), ['minister', 'n', 'plan', 'u', 'weigh']);
    });
    it('a headline repeated by a later sentence is not marked again', () => {
      const text = 'Council Approves New Budget\n\nThe council approved the new budget on Monday.';
      assert.deepEqual(analyze(text).claims.map((c) => c.text), ['The council approved the new budget on Monday']);
    });
    it('a headline that no sentence repeats is a claim', () => {
      const text = 'Mayor To Visit Berlin Next Week\n\nThe council approved the new budget on Monday.';
      assert.equal(analyze(text).claims.length, 2);
    });
    it('a copy of the headline is marked once', () => {
      const text = "Mayor To Visit Berlin Next Week\n\nMayor To Visit Berlin Next Week\n\nThe council approved the new budget on Monday.";
      const claims = analyze(text).claims.map((c) => c.start);
      assert.deepEqual(claims, [0, text.lastIndexOf('The council')]);
    });
    it('a short label is not a claim', () => {
      assert.equal(analyze('Russia-China Ties\n\nThe council approved the new budget.').claims.length, 1);
    });
    it('a headline calling for action is not a claim', () => {
      assert.equal(analyze('Council Urges to Build More Homes For Nurses\n\nThe council approved the new budget.').claims.length, 1);
    });
  });

  describe('on a whole article page', () => {
    // A page as news sites publish it: headline, a lead with a photo credit run on, tags, navigation, a reference list.
    const PAGE = [
      'Harbour Town Mayor To Visit Lisbon After Port Talks',
      "The town's harbour master Jens Olsen, who is travelling to Lisbon this week to sign a shipping deal, called for calm on Monday for the good of the fishing fleet. Photo credit should read ANA RUIZ/Valley Post via Harbour Images",
      'Port officials have raised concerns that the pier is unsafe.',
      'Tags',
      'Harbour, Ferries, Lisbon',
      'Previous Article',
      'Cheap Flights and Hotels for Summer: Limited-Time Deals in 2031',
      'Next Article',
      '3. “Harbour town weighs new ferry tax” Valley Post, 12 Mar. 2031, https://example.org/harbour-tax',
      '4. “Port talks stall over fishing rights” Harbour Gazette, 13 Mar. 2031, https://example.org/port-talks',
    ].join('\n\n');
    const cases: [string, BlockKind][] = [
      ['Photo credit should read ANA RUIZ/Valley Post via Harbour Images', 'furniture'],
      ["The town's harbour master Jens Olsen, who is travelling", 'paragraph'],
      ['Harbour, Ferries, Lisbon', 'furniture'],
      ['Cheap Flights and Hotels for Summer', 'furniture'],
      ['Port officials have raised concerns', 'paragraph'],
      ['4. “Port talks stall', 'reference'],
    ];
    for (const [quote, kind] of cases) it(`${quote.slice(0, 30)}… is ${kind}`, () => assert.equal(kindOf(PAGE, quote), kind));
  });

});
