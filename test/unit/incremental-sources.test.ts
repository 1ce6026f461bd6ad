/**
 * Sources resolved across blocks ("she", "the official", a surname alone)
 * after an edit: when the edit leaves the sources as they were, the resolved
 * spans follow the moved text; when it renames or removes a source, the
 * sources after it resolve again.
 */
import { strict as assert } from 'node:assert';
import { Analyzer, analyze } from '../../src/core';

const ARTICLE = [
  'Port Alder strike talks resume',
  '',
  'Mara Quill, the union secretary, said the talks would resume on Friday.',
  '',
  'The port authority said it had not hired replacement crews.',
  '',
  'Quill said the members had voted to continue the strike.',
  '',
  'She added that a deal was possible within a week.',
  '',
  'It said the cargo backlog had reached 40 ships.',
].join('\n');

/** Each text in turn through one Analyzer, each compared with a fresh analysis. */
function session(texts: string[]): void {
  const analyzer = new Analyzer();
  analyzer.analyze(ARTICLE);
  for (const text of texts) assert.deepEqual(analyzer.analyze(text), analyze(text), JSON.stringify(text.slice(0, 200)));
}

describe('incremental analysis of sources resolved across blocks', () => {
  it('resolves the surname and the pronouns as a fresh analysis does', () => {
    const a = analyze(ARTICLE);
    const resolved = a.attributions.filter((x) => x.source.resolved).map((x) => [x.source.text, x.source.resolved?.text]);
    assert.deepEqual(resolved.slice(0, 2), [['Quill', 'Mara Quill'], ['She', 'Mara Quill']]);
  });

  it('typing before and between the sources moves the resolved spans with the text', () => {
    const texts: string[] = [];
    let text = ARTICLE;
    for (const anchor of ['talks would', 'Mara Quill', 'the members', 'a deal', 'Port Alder']) {
      const at = text.indexOf(anchor);
      text = `${text.slice(0, at)}new ${text.slice(at)}`;
      texts.push(text);
    }
    session(texts);
  });

  it('renaming the full name, then undoing it, resolves the later sources again', () => {
    const renamed = ARTICLE.replace('Mara Quill', 'Mara Quint');
    const removed = ARTICLE.replace('Mara Quill, the union secretary, said', 'The union said');
    session([renamed, ARTICLE, removed, ARTICLE]);
    assert.notDeepEqual(analyze(renamed).attributions.map((x) => x.source.resolved?.text), analyze(ARTICLE).attributions.map((x) => x.source.resolved?.text));
  });
});
