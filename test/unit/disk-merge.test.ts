import { strict as assert } from 'node:assert';
import { applyEdit, createHistory, record, undo, type AnnotationSet, type ManualAnnotation, type Target } from '../../src/annotations';
import { mergeById, rebaseHistory, sameDecisions } from '../../src/annotations/disk-merge';
import { createAnchor } from '../../src/core/anchoring';

const TEXT = [
  'The port said two ferries were cancelled on Sunday.',
  'Drivers claim the queue reached the town square.',
  'The council denied that the ramp was unsafe.',
  'Fishermen say the harbour wall may have cracked.',
].join('\n');

function target(quote: string): Target {
  const start = TEXT.indexOf(quote);
  assert.ok(start >= 0, quote);
  return { kind: 'claim', start, end: start + quote.length };
}

const FERRIES = target('two ferries were cancelled on Sunday');
const QUEUE = target('the queue reached the town square');
const RAMP = target('the ramp was unsafe');
const WALL = target('the harbour wall may have cracked');

const at = (minute: number) => `2025-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const status = (set: AnnotationSet, t: Target, s: 'confirmed' | 'alleged' | 'denied', minute = 0) => applyEdit(set, { type: 'set-status', target: t, status: s }, TEXT, at(minute));
const note = (set: AnnotationSet, t: Target, text: string, minute = 0) => applyEdit(set, { type: 'set-note', target: t, note: text }, TEXT, at(minute));
const quotes = (set: AnnotationSet) => set.map((a) => a.anchor.quote.exact).sort();
const find = (set: AnnotationSet, t: Target) => set.find((a) => a.anchor.quote.exact === TEXT.slice(t.start, t.end));

describe('annotations: merging a sidecar changed on disk', () => {
  const base = status([], FERRIES, 'confirmed');

  it('keeps what each side added', () => {
    const merged = mergeById(base, status(base, QUEUE, 'alleged'), status(base, RAMP, 'denied'));
    assert.deepEqual(quotes(merged), quotes([...base, ...status([], QUEUE, 'alleged'), ...status([], RAMP, 'denied')]));
  });

  it('keeps a deletion made on either side', () => {
    const two = status(base, QUEUE, 'alleged');
    const withoutFerries = two.filter((a) => find([a], FERRIES) === undefined);
    assert.deepEqual(quotes(mergeById(two, withoutFerries, two)), quotes(withoutFerries), 'ours deleted');
    assert.deepEqual(quotes(mergeById(two, two, withoutFerries)), quotes(withoutFerries), 'theirs deleted');
  });

  it('takes a change (a dismissal, a note) made on the other side only', () => {
    const theirs = applyEdit(note(base, FERRIES, 'seen the timetable', 5), { type: 'dismiss', target: QUEUE }, TEXT, at(6));
    const merged = mergeById(base, base, theirs);
    assert.equal(find(merged, FERRIES)?.note, 'seen the timetable');
    assert.equal(find(merged, QUEUE)?.dismissed, true);
  });

  it('gives a conflict to the later change, to ours on a tie, and a change wins over a deletion', () => {
    const ours = status(base, FERRIES, 'denied', 7);
    const theirs = status(base, FERRIES, 'alleged', 9);
    assert.equal(find(mergeById(base, ours, theirs), FERRIES)?.status, 'alleged');
    assert.equal(find(mergeById(base, theirs, ours), FERRIES)?.status, 'alleged');
    assert.equal(find(mergeById(base, status(base, FERRIES, 'denied', 9), theirs), FERRIES)?.status, 'denied');
    assert.equal(find(mergeById(base, ours, []), FERRIES)?.status, 'denied', 'changed here, deleted there');
    assert.equal(find(mergeById(base, [], theirs), FERRIES)?.status, 'alleged', 'deleted here, changed there');
  });

  it('does not count a refreshed anchor as a change', () => {
    const moved = 'Update at noon.\n' + TEXT;
    const refreshed: ManualAnnotation[] = base.map((a) => ({ ...a, anchor: createAnchor(moved, a.anchor.position.start + 16, a.anchor.position.end + 16) }));
    assert.deepEqual(mergeById(refreshed, base, []), [], 'deleted there, only re-anchored here');
    assert.ok(sameDecisions(refreshed, base));
    assert.ok(!sameDecisions(base, note(base, FERRIES, 'n')));
  });

  it('rebases the history so that undo takes back only this side\'s change', () => {
    let history = createHistory(base);
    history = record(history, status(history.present, WALL, 'alleged', 3), 'set status');
    const synced = history.present;
    const theirs = note(synced, QUEUE, 'photo from the square', 4);
    history = rebaseHistory(history, synced, theirs);
    assert.equal(find(history.present, QUEUE)?.note, 'photo from the square');
    history = undo(history);
    assert.equal(find(history.present, WALL), undefined, 'our status undone');
    assert.equal(find(history.present, QUEUE)?.note, 'photo from the square', 'their note kept');
  });

  it('loses nothing when two windows take turns, each merging before it writes', () => {
    const claims = [FERRIES, QUEUE, RAMP, WALL];
    let disk: AnnotationSet = [];
    const windows = [{ synced: [] as AnnotationSet, mine: [] as AnnotationSet }, { synced: [] as AnnotationSet, mine: [] as AnnotationSet }];
    for (let step = 0; step < 8; step++) {
      const w = windows[step % 2];
      const t = claims[Math.floor(step / 2)];
      w.mine = step % 2 === 0 ? status(w.mine, t, 'denied', step) : note(w.mine, t, `window two, step ${step}`, step);
      w.mine = mergeById(w.synced, w.mine, disk);
      disk = w.mine;
      w.synced = disk;
    }
    assert.equal(disk.length, 4);
    for (const t of claims) assert.deepEqual([find(disk, t)?.status, typeof find(disk, t)?.note], ['denied', 'string']);
  });
});
