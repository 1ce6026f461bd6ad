import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLexicons } from '../../src/core/lexicon';
import { parseSentences } from '../../src/core/sentences';
import { holdsCandidate } from '../../src/core/syntax/candidates';
import { readConllu } from '../../src/core/syntax/conllu';
import { lemmatize } from '../../src/core/syntax/lemma';
import { decodeModel, encodeModel, fitToSize, type SyntaxModelData } from '../../src/core/syntax/model';
import { splitWord, type Piece } from '../../src/core/syntax/split';
import { moveCost, MOVES, ParseState } from '../../src/core/syntax/transitions';
import { PerceptronWeights } from '../../src/core/syntax/weights';

const tiny = readConllu(readFileSync(join(import.meta.dirname, 'fixtures', 'tiny-treebank.conllu'), 'utf8'));

describe('syntax: the parts', () => {
  describe('readConllu', () => {
    it('reads words, tags, 0-based heads and relations, skipping comments', () => {
      assert.equal(tiny.length, 6);
      const s = tiny[4];
      assert.deepEqual(s.forms, ['The', 'plan', 'was', 'approved', 'by', 'the', 'council', '.']);
      assert.deepEqual(s.heads, [1, 3, 3, -1, 6, 6, 3, 3]);
      assert.equal(s.deprels[1], 'nsubj:pass');
      assert.equal(s.xpos[3], 'VBN');
    });

    it('skips multiword-token ranges and empty nodes', () => {
      const text = '1-2\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn\'t\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n2.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n';
      assert.deepEqual(readConllu(text)[0].forms, ['do', "n't", 'go']);
    });
  });

  describe('the dynamic oracle', () => {
    it('taking a zero-cost move at every step rebuilds each (projective) gold tree', () => {
      for (const s of tiny) {
        const n = s.forms.length;
        const gold = Int32Array.from(s.heads, (h) => (h < 0 ? n : h));
        const st = new ParseState(n);
        while (!st.done) {
          let move = -1;
          for (let m = 0; m < MOVES && move === -1; m++) if (st.valid(m) && moveCost(st, m, gold) === 0) move = m;
          assert.notEqual(move, -1, `no zero-cost move in "${s.forms.join(' ')}"`);
          st.apply(move);
        }
        assert.deepEqual([...st.heads.subarray(0, n)], [...gold]);
      }
    });
  });

  describe('the model file', () => {
    function sample(): SyntaxModelData {
      const w = new PerceptronWeights(3);
      const keys = Uint32Array.from([11, 22, 33]);
      w.update(keys, 3, 0, 2);
      w.tick();
      w.update(keys, 2, 1, 0);
      const table = w.freeze(0);
      return {
        tags: ['NOUN|NN', 'VERB|VBD'],
        labels: ['nsubj', 'root'],
        dictionary: Uint32Array.from([7, 1]),
        lowercase: Uint32Array.from([5, 9]),
        ambiguity: Uint32Array.from([5, 6]),
        lemmas: [['went\tVBD', 'go']],
        tagger: table,
        parser: table,
        labeller: { ...table, classes: 2 },
        meta: { credit: 'a credit line' },
      };
    }

    it('decodes what it encodes', () => {
      const m = sample();
      const back = decodeModel(encodeModel(m));
      assert.deepEqual(back.tags, m.tags);
      assert.deepEqual(back.lemmas, m.lemmas);
      assert.deepEqual(back.meta, m.meta);
      assert.deepEqual([...back.ambiguity], [...m.ambiguity]);
      for (const part of ['keys', 'starts', 'cls', 'values'] as const) assert.deepEqual([...back.parser[part]], [...m.parser[part]], part);
      assert.equal(back.labeller.classes, 2);
      assert.equal(back.parser.scale, m.parser.scale);
    });

    it('decodes from bytes at any offset of a larger buffer', () => {
      const bytes = encodeModel(sample());
      const shifted = new Uint8Array(bytes.length + 3);
      shifted.set(bytes, 3);
      assert.deepEqual(decodeModel(shifted.subarray(3)).tags, ['NOUN|NN', 'VERB|VBD']);
    });

    it('fits a size limit by leaving out the smallest weights', () => {
      const w = new PerceptronWeights(2);
      const keys = Uint32Array.from({ length: 400 }, (_, i) => i + 1);
      // the first keys are updated often, so their weights are large; the last ones once
      for (let i = 0; i < 400; i++) {
        for (let r = 0; r < 400 - i; r++) w.update(keys.subarray(i), 1, 0, 1);
        w.tick();
      }
      const m = { ...sample(), tagger: w.freeze(0), parser: w.freeze(0), labeller: w.freeze(0) };
      const full = encodeModel(m).length;
      const threshold = fitToSize(m, full - 2000);
      assert.ok(threshold > 0);
      assert.ok(encodeModel(m).length <= full - 2000);
      assert.ok(m.parser.keys.length < 400 && m.parser.keys.includes(1), 'the largest weights stay');
      assert.equal(fitToSize(m, full), 0, 'a model within the limit is left as it is');
    });

    it('rejects other files and truncated models with a plain message', () => {
      assert.throws(() => decodeModel(new TextEncoder().encode('{"not":"a model"}')), /not a ClaimLens syntax model/);
      const bytes = encodeModel(sample());
      assert.throws(() => decodeModel(bytes.subarray(0, bytes.length - 8)), /truncated/);
    });
  });

  describe('splitWord', () => {
    const split = (text: string): string[] => {
      const out: Piece[] = [];
      splitWord(text, 10, 0, out);
      for (const p of out) assert.equal(text.slice(p.start - 10, p.end - 10), p.text);
      return out.map((p) => p.text);
    };
    it('splits contractions as the treebank does', () => {
      assert.deepEqual(split("didn't"), ['did', "n't"]);
      assert.deepEqual(split('can\u2019t'), ['ca', 'n\u2019t']);
      assert.deepEqual(split("won't"), ['wo', "n't"]);
      assert.deepEqual(split("it's"), ['it', "'s"]);
      assert.deepEqual(split("Minister's"), ['Minister', "'s"]);
      assert.deepEqual(split('cannot'), ['can', 'not']);
    });
    it('splits hyphenated words but keeps prefixes, numbers and abbreviations whole', () => {
      assert.deepEqual(split('well-known'), ['well', '-', 'known']);
      assert.deepEqual(split('e-mail'), ['e-mail']);
      assert.deepEqual(split('co-founder'), ['co-founder']);
      assert.deepEqual(split('2019-20'), ['2019-20']);
      assert.deepEqual(split('U.S.'), ['U.S.']);
    });
  });

  describe('holdsCandidate: the sentences the analysis parses', () => {
    const lexicons = buildLexicons({});
    const holds = (text: string): boolean => holdsCandidate(parseSentences(text)[0], lexicons);
    it('takes sentences with a reporting or denial verb, a hedge or a negation', () => {
      assert.equal(holds('The mayor said the bridge would reopen.'), true);
      assert.equal(holds('The firm denied every charge.'), true);
      assert.equal(holds('The bridge may reopen in May.'), true);
      assert.equal(holds("The bridge didn't reopen."), true);
    });
    it('leaves out sentences the rules find nothing in', () => {
      assert.equal(holds('The sun rose over the hills.'), false);
    });
  });

  describe('lemmatize', () => {
    const none = new Map<string, string>();
    it('applies suffix rules by tag', () => {
      assert.equal(lemmatize('agencies', 'NNS', none), 'agency');
      assert.equal(lemmatize('denied', 'VBD', none), 'deny');
      assert.equal(lemmatize('stopped', 'VBD', none), 'stop');
      assert.equal(lemmatize('Claims', 'VBZ', none), 'claim');
      assert.equal(lemmatize('Reuters', 'NNP', none), 'Reuters');
    });
    it('looks the exception list up first', () => {
      assert.equal(lemmatize('Went', 'VBD', new Map([['went\tVBD', 'go']])), 'go');
    });
  });
});
