import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core';
import { quotations } from '../../src/core/rules/quotations';

const claims = (text: string) => analyze(text).claims.map((c) => `${c.text} [${c.status}]`);

describe('quotations', () => {
  describe('finds the quotations of a block', () => {
    it('pairs curly marks by shape', () => {
      const text = '“One.” Then “two.”';
      assert.deepEqual(quotations(text).map((q) => text.slice(q.start, q.end)), ['“One.”', '“two.”']);
    });
    it('alternates straight marks', () => {
      const text = '"One," she said. "Two."';
      assert.deepEqual(quotations(text).map((q) => text.slice(q.start, q.end)), ['"One,"', '"Two."']);
    });
    it('runs an unclosed quotation to the end of the block', () => {
      const text = 'He said: "One. Two.';
      assert.deepEqual(quotations(text).map((q) => text.slice(q.start, q.end)), ['"One. Two.']);
    });
  });

  describe('a quotation keeps its speaker in every sentence it spans', () => {
    it('after a post-posed frame', () => {
      assert.deepEqual(claims('"The pier is safe," said Berg. "We checked it twice. The cracks are old."'),
        ['The pier is safe [alleged]', 'We checked it twice [alleged]', 'The cracks are old [alleged]']);
    });
    it('after a frame with a colon', () => {
      assert.deepEqual(claims('The harbour master said: “The crews left at noon. The boats are back.”'),
        ['The crews left at noon [alleged]', 'The boats are back [alleged]']);
    });
    it('with the frame in the middle sentence', () => {
      assert.deepEqual(claims('“The ferry sank. It was old,” the captain told reporters. “Nobody drowned.”'),
        ['The ferry sank [alleged]', 'It was old [alleged]', 'Nobody drowned [alleged]']);
    });
    it('names the speaker in the explanation and links the attribution', () => {
      const a = analyze('"The pier is safe," said Berg. "We checked it twice."');
      const checked = a.claims.find((c) => c.text === 'We checked it twice');
      assert.match(checked?.explanation ?? '', /^Alleged: inside a quotation attributed to Berg with "said"\.$/);
      assert.equal(a.attributions[checked?.attribution ?? -1]?.source.text, 'Berg');
    });
  });

  describe('leaves the author\'s sentences alone', () => {
    it('outside the quotation', () => {
      assert.deepEqual(claims('The council met on Monday. "The bridge will close," it said. The mayor was absent.'),
        ['The council met on Monday [confirmed]', 'The bridge will close [alleged]', 'The mayor was absent [confirmed]']);
    });
    it('a quotation no one speaks (a scare quote)', () => {
      assert.deepEqual(claims('The pier was a "disaster" waiting to happen. "The ferry left at noon."'),
        ['The pier was a "disaster" waiting to happen [confirmed]', 'The ferry left at noon [confirmed]']);
    });
    it('a quotation framed by a factive verb stays confirmed', () => {
      assert.deepEqual(claims('"The pier is unsafe," the engineers confirmed. "The cracks are new."'),
        ['The pier is unsafe [confirmed]', 'The cracks are new [confirmed]']);
    });
  });
});
