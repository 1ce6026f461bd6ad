/** What the last annotation change touched (src/editor/undoScope.ts), so the hover offers undo only there. */
import { strict as assert } from 'node:assert';
import type { ManualAnnotation } from '../../src/annotations';
import { changedAnnotationIds } from '../../src/editor/undoScope';

const anchor = { quote: { exact: 'the ramp was damaged', prefix: '', suffix: '' }, position: { start: 0, end: 20 } };
const a = (id: string, extra: Partial<ManualAnnotation> = {}): ManualAnnotation => ({ id, kind: 'claim', anchor, ...extra });

describe('undo scope', () => {
  it('names an added annotation', () => assert.deepEqual([...changedAnnotationIds([a('x')], [a('x'), a('y', { status: 'denied' })])], ['y']));
  it('names a changed annotation only', () => assert.deepEqual([...changedAnnotationIds([a('x'), a('y')], [a('x'), a('y', { note: 'checked' })])], ['y']));
  it('names a removed annotation', () => assert.deepEqual([...changedAnnotationIds([a('x'), a('y')], [a('x')])], ['y']));
  it('names nothing when nothing changed', () => assert.deepEqual([...changedAnnotationIds([a('x')], [a('x')])], []));
});
