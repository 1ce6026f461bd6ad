/**
 * Claim clustering: paraphrases of one proposition cluster, other
 * propositions do not, back-references join the claim they point to, and the
 * number of comparisons grows linearly with the mentions.
 */
import { strict as assert } from 'node:assert';
import { clusterTexts, claimFeatures, stem, isBackReference, DEFAULT_BLOCKING } from '../../src/ledger';

const sameCluster = (texts: string[], a: number, b: number) => {
  const c = clusterTexts(texts);
  return c.groupOf[a] === c.groupOf[b];
};

describe('ledger: stemming and features', () => {
  it('gives inflections one key', () => {
    for (const [a, b] of [['shipped', 'ships'], ['supplied', 'supplying'], ['provide', 'provided'], ['sent', 'send'], ['weapons', 'weapon'], ['deliveries', 'delivery']]) {
      assert.equal(stem(a), stem(b), `${a} ~ ${b}`);
    }
  });

  it('maps synonyms to one concept and demonyms to their country', () => {
    const a = claimFeatures('China is supplying lethal aid to Russia');
    const b = claimFeatures('Chinese weapons were delivered to the Russian army');
    for (const f of ['china', 'russia', '=weapon', '=supply']) {
      assert.ok(a.has(f), `first lacks ${f}`);
      assert.ok(b.has(f), `second lacks ${f}`);
    }
  });

  it('ignores framing words and keeps names whole', () => {
    const f = claimFeatures('Officials said the Amber Sea Arms Accord was reportedly breached');
    assert.ok(!f.has('reportedli') && !f.has('said'));
    assert.ok(f.has('arms'), 'a capitalised "Arms" inside a name is not the weapon concept');
  });
});

describe('ledger: clustering', () => {
  const story = [
    'China is supplying lethal aid to Russia',
    'Beijing has been sending weapons to Russia, officials in China say',
    'China provided arms to Russia last year',
    'Chinese companies shipped military assistance to Russian forces',
    'The harbour in Valmora was closed for repairs in June',
    'Inflation in Russia fell to four percent',
    'China denied any plan to visit Russia in spring',
  ];

  it('clusters paraphrases of the same proposition', () => {
    assert.ok(sameCluster(story, 0, 2));
    assert.ok(sameCluster(story, 0, 3));
    assert.ok(sameCluster(story, 1, 2));
  });

  it('keeps different propositions apart, even with the same actors', () => {
    assert.ok(!sameCluster(story, 0, 4));
    assert.ok(!sameCluster(story, 0, 5));
    assert.ok(!sameCluster(story, 0, 6));
    assert.ok(!sameCluster(story, 4, 5));
  });

  it('never links two claims on one shared word', () => {
    assert.ok(!sameCluster(['That was the whole answer', 'The offer has not been answered'], 0, 1));
  });

  it('compares a number of pairs that grows linearly, not quadratically', () => {
    const texts = (n: number) => Array.from({ length: n }, (_, i) =>
      `Country${i % 50}a supplied ${['drones', 'rifles', 'shells', 'tanks'][i % 4]} to Country${i % 37}b in month ${i % 12}`);
    const small = clusterTexts(texts(1000)).stats.comparisons;
    const large = clusterTexts(texts(4000)).stats.comparisons;
    const cap = DEFAULT_BLOCKING.keys * DEFAULT_BLOCKING.window;
    assert.ok(large <= 4000 * cap, `${large} comparisons exceed the cap`);
    assert.ok(large / small < 8, `4x the mentions cost ${(large / small).toFixed(1)}x the comparisons (quadratic is 16x)`);
  });

  it('leaves texts without content as singletons', () => {
    const c = clusterTexts(['', 'the', 'China supplied weapons to Russia']);
    assert.equal(c.groups.length, 3);
  });
});

describe('ledger: back-references', () => {
  it('recognises noun phrases that point back', () => {
    for (const t of ['the accusations', 'this claim', 'The allegations', "the Courier's report"]) assert.ok(isBackReference(t), t);
    for (const t of ['the shipments arrived', 'Kestria denied the report that drones were sent', 'accusations']) assert.ok(!isBackReference(t), t);
  });
});
