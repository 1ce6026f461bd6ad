import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { parseSentences } from '../../src/core/sentences';
import { createSyntax, MAX_PARSE_WORDS, type SentenceSyntax, type SyntaxWord } from '../../src/core/syntax';
import { loadSyntax, loadSyntaxFrom } from '../../src/node/syntaxModel';

const modelPath = join(import.meta.dirname, '..', '..', 'models', 'syntax', 'claimlens-syntax.bin');
const syntax = createSyntax(readFileSync(modelPath));

function parse(text: string): SentenceSyntax {
  const [sentence] = parseSentences(text);
  return syntax.parseSentenceTokens(sentence);
}

/** The word with this text (the first, or the `nth`). */
function word(s: SentenceSyntax, text: string, nth = 0): SyntaxWord {
  const found = s.words.filter((w) => w.text === text);
  assert.ok(found[nth], `no word "${text}" in ${s.words.map((w) => w.text).join(' ')}`);
  return found[nth];
}

/** The head word's text and the relation of the word with this text. */
function arc(s: SentenceSyntax, text: string): string {
  const w = word(s, text);
  return `${w.head === -1 ? 'ROOT' : s.words[w.head].text} ${w.deprel}`;
}

describe('syntax: tags and heads of the constructions the rules read', () => {
  it('reported speech without "that": the clause is the complement of the reporting verb', () => {
    const s = parse('Officials said the suspects live abroad.');
    assert.equal(arc(s, 'said'), 'ROOT root');
    assert.equal(arc(s, 'Officials'), 'said nsubj');
    assert.equal(arc(s, 'live'), 'said ccomp');
    assert.equal(word(s, 'live').upos, 'VERB');
    assert.equal(arc(s, 'suspects'), 'live nsubj');
  });

  it('reported speech with "that"', () => {
    const s = parse('The minister said that the plan would fail.');
    assert.equal(arc(s, 'fail'), 'said ccomp');
    assert.equal(arc(s, 'that'), 'fail mark');
    assert.equal(word(s, 'that').upos, 'SCONJ');
    assert.equal(arc(s, 'would'), 'fail aux');
    assert.deepEqual([word(s, 'said').verbForm, word(s, 'said').tense], ['Fin', 'Past']);
  });

  it('"P, X said": as the treebank has it, the reporting verb is the root and P its complement', () => {
    const s = parse('Prices will rise next year, the central bank said on Tuesday.');
    assert.equal(arc(s, 'said'), 'ROOT root');
    assert.equal(arc(s, 'rise'), 'said ccomp');
    assert.equal(arc(s, 'bank'), 'said nsubj');
    const q = parse('“We will appeal,” the lawyer said.');
    assert.equal(arc(q, 'appeal'), 'said ccomp');
    assert.equal(arc(q, 'lawyer'), 'said nsubj');
  });

  it('"according to X"', () => {
    const s = parse('According to the police, the suspect fled the country.');
    assert.equal(arc(s, 'police'), 'fled obl');
    assert.equal(arc(s, 'According'), 'police case');
    assert.equal(arc(s, 'fled'), 'ROOT root');
  });

  it('passives', () => {
    const s = parse('The bridge was closed by the council.');
    assert.equal(arc(s, 'bridge'), 'closed nsubj:pass');
    assert.equal(arc(s, 'was'), 'closed aux:pass');
    assert.equal(arc(s, 'council'), 'closed obl:agent');
    assert.equal(word(s, 'closed').xpos, 'VBN');
  });

  it('negation, written out and contracted', () => {
    const s = parse('The company did not confirm the report.');
    assert.equal(arc(s, 'not'), 'confirm advmod');
    assert.equal(word(s, 'not').negation, true);
    assert.equal(word(s, 'report').negation, false);
    const c = parse("The company didn't confirm the report.");
    assert.deepEqual(c.words.slice(2, 4).map((w) => [w.text, w.lemma, w.negation]), [['did', 'do', false], ["n't", 'not', true]]);
    assert.equal(arc(c, "n't"), 'confirm advmod');
  });

  it('relative clauses', () => {
    const s = parse('The official who resigned denied the claims.');
    assert.equal(arc(s, 'resigned'), 'official acl:relcl');
    assert.equal(arc(s, 'who'), 'resigned nsubj');
    assert.equal(arc(s, 'denied'), 'ROOT root');
    assert.equal(arc(s, 'claims'), 'denied obj');
    assert.deepEqual([word(s, 'claims').upos, word(s, 'claims').lemma], ['NOUN', 'claim']);
  });

  it('coordination', () => {
    const s = parse('Police arrested two men and charged them with fraud.');
    assert.equal(arc(s, 'charged'), 'arrested conj');
    assert.equal(arc(s, 'and'), 'charged cc');
  });

  it('questions', () => {
    const s = parse('Did the mayor approve the budget?');
    assert.equal(arc(s, 'approve'), 'ROOT root');
    assert.equal(arc(s, 'Did'), 'approve aux');
    assert.equal(arc(s, 'mayor'), 'approve nsubj');
  });

  it('"claims" as a verb and as a noun', () => {
    assert.equal(word(parse('She claims the vote was rigged.'), 'claims').xpos, 'VBZ');
    assert.equal(word(parse('The claims were false.'), 'claims').upos, 'NOUN');
  });

  it('headlines in title case and in capitals', () => {
    const s = parse('Officials Say Suspects Live Abroad');
    assert.equal(word(s, 'Say').upos, 'VERB');
    assert.equal(arc(s, 'Officials'), 'Say nsubj');
    const caps = parse('MINISTER DENIES REPORT');
    assert.equal(word(caps, 'DENIES').upos, 'VERB');
  });
});

describe('syntax: the words it reads', () => {
  it('splits contractions and hyphens into treebank words that keep their token and offsets', () => {
    const text = 'The well-known firm’s chief didn’t resign.';
    const [sentence] = parseSentences(text);
    const s = syntax.parseSentenceTokens(sentence);
    assert.deepEqual(s.words.map((w) => w.text), ['The', 'well', '-', 'known', 'firm', '’s', 'chief', 'did', 'n’t', 'resign', '.']);
    for (const w of s.words) {
      assert.equal(text.slice(w.start, w.end), w.text);
      const t = sentence.tokens[w.token];
      assert.ok(t.start <= w.start && w.end <= t.end);
    }
    assert.equal(word(s, 'n’t').negation, true);
    assert.equal(word(s, '’s').upos, 'PART');
  });

  it('reads numbers, dates and abbreviations', () => {
    const s = parse('The U.S. economy grew 2.5 percent on Dec. 15, the agency said.');
    assert.equal(word(s, 'U.S.').upos, 'PROPN');
    assert.equal(word(s, '2.5').upos, 'NUM');
    assert.equal(word(s, '15').upos, 'NUM');
  });

  it('parses a 2,000-word run-on sentence in pieces: one root, every head in range, no cycle', () => {
    const text = Array.from({ length: 400 }, (_, i) => `the council met on day ${i} and`).join(' ') + ' the talks ended.';
    const [sentence] = parseSentences(text);
    const s = syntax.parseSentenceTokens(sentence);
    assert.ok(s.words.length > 2000);
    assert.equal(s.words.filter((w) => w.head === -1).length, 1);
    for (const [i, w] of s.words.entries()) {
      assert.ok(w.head >= -1 && w.head < s.words.length && w.head !== i);
      let at = i;
      for (let steps = 0; at !== -1; steps++) {
        assert.ok(steps <= s.words.length, `cycle through word ${i}`);
        at = s.words[at].head;
      }
    }
    // each piece is a tree of its own, whose root hangs from the first piece's root
    const root = s.words.findIndex((w) => w.head === -1);
    const piece = (i: number): number => Math.floor(i / MAX_PARSE_WORDS);
    for (const [i, w] of s.words.entries()) {
      if (w.head === -1 || piece(w.head) === piece(i)) continue;
      assert.deepEqual([w.head, w.deprel], [root, 'parataxis'], `word ${i} crosses into another piece`);
    }
    const joined = s.words.filter((w, i) => w.head === root && piece(i) !== piece(root));
    assert.equal(joined.length, Math.ceil(s.words.length / MAX_PARSE_WORDS) - 1);
    // the time it takes is measured by scripts/bench/syntax-blocks.mjs, not asserted on a shared machine
  });

  it('gives an empty parse for a sentence of white space only', () => {
    assert.deepEqual(syntax.parseSentenceTokens({ start: 0, end: 0, text: '', tokens: [], words: [] }), { words: [] });
  });
});

describe('syntax: loading the model', () => {
  it('credits the treebank', () => {
    assert.match(syntax.meta.credit, /Universal Dependencies English Web Treebank \(CC BY-SA 4\.0\)/);
  });

  it('loads the shipped model once per process', () => {
    const first = loadSyntax();
    assert.ok(first.syntax, first.error);
    assert.equal(loadSyntax(), first);
  });

  it('names a missing or damaged model instead of throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-syntax-'));
    try {
      assert.match(loadSyntaxFrom([join(dir, 'absent.bin')]).error ?? '', /was not found/);
      writeFileSync(join(dir, 'bad.bin'), 'not a model');
      assert.match(loadSyntaxFrom([join(dir, 'bad.bin')]).error ?? '', /bad\.bin: syntax model: not a ClaimLens syntax model/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs in the analysis without changing its findings (the rules read it in a later step)', () => {
    const text = 'The mayor said the bridge would reopen in May.\n\nPolice did not confirm the report, according to a spokesman.';
    assert.deepEqual(analyze(text, { syntax }), analyze(text));
  });
});
