import { strict as assert } from 'node:assert';
import { applyEdit, createHistory, reanchor, record, undo, type AnnotationSet, type History, type ManualAnnotation, type Target } from '../../src/annotations';
import { MAX_REMOVALS, mergeById, mergeRemovals, rebaseHistory, removalsBetween, sameDecisions } from '../../src/annotations/disk-merge';
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

  it('keeps a removal made on either side, when their file records it', () => {
    const two = status(base, QUEUE, 'alleged');
    const withoutFerries = two.filter((a) => find([a], FERRIES) === undefined);
    const removed = removalsBetween(two, withoutFerries, at(30));
    assert.deepEqual(Object.keys(removed), [find(two, FERRIES)?.id]);
    assert.deepEqual(quotes(mergeById(two, withoutFerries, two)), quotes(withoutFerries), 'ours removed');
    assert.deepEqual(quotes(mergeById(two, two, withoutFerries, { ours: {}, theirs: removed })), quotes(withoutFerries), 'theirs removed');
  });

  it('keeps an entry missing from their file without a record of its removal: its writer never saw it', () => {
    const mine = status(base, QUEUE, 'alleged', 1);
    assert.deepEqual(quotes(mergeById(mine, mine, base)), quotes(mine));
    assert.deepEqual(quotes(mergeById(mine, mine, [])), quotes(mine));
  });

  it('drops an old copy of an entry removed here, and takes one marked again after the removal', () => {
    const ramp = status([], RAMP, 'denied', 2);
    const removed = removalsBetween(ramp, [], at(5));
    assert.deepEqual(mergeById([], [], ramp, { ours: removed, theirs: {} }), [], 'stale copy');
    const again = status([], RAMP, 'denied', 8);
    assert.deepEqual(quotes(mergeById([], [], again, { ours: removed, theirs: {} })), quotes(again), 'marked again');
  });

  it('records removals once per id, the later time, none of the present ones, and only the latest MAX_REMOVALS', () => {
    const merged = mergeRemovals({ a: at(1), b: at(5) }, { a: at(3), c: at(2) }, [{ ...base[0], id: 'c' }]);
    assert.deepEqual(merged, { a: at(3), b: at(5) });
    const many = Object.fromEntries(Array.from({ length: MAX_REMOVALS + 10 }, (_, i) => [`id-${i}`, `2025-05-01T10:00:00.${String(i).padStart(3, '0')}Z`]));
    const kept = Object.keys(mergeRemovals(many, {}, []));
    assert.equal(kept.length, MAX_REMOVALS);
    assert.ok(!kept.includes('id-0') && kept.includes(`id-${MAX_REMOVALS + 9}`), 'the oldest fall off');
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
    assert.equal(find(mergeById(base, ours, [], { ours: {}, theirs: removalsBetween(base, [], at(8)) }), FERRIES)?.status, 'denied', 'changed here, removed there');
    assert.equal(find(mergeById(base, [], theirs), FERRIES)?.status, 'alleged', 'removed here, changed there');
  });

  it('does not count a refreshed anchor as a change', () => {
    const moved = 'Update at noon.\n' + TEXT;
    const refreshed: ManualAnnotation[] = base.map((a) => ({ ...a, anchor: createAnchor(moved, a.anchor.position.start + 16, a.anchor.position.end + 16) }));
    assert.deepEqual(mergeById(refreshed, base, [], { ours: {}, theirs: removalsBetween(base, [], at(1)) }), [], 'removed there, only re-anchored here');
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

/**
 * The flaky in-host test "takes in a sidecar changed on disk (a git pull)":
 * its saved file once held two 'denied' entries. These replay the store's
 * steps (save, re-read, undo) on the pure functions in each order the
 * watcher, our save and the undo can take, and check that no order doubles
 * the pulled decision. (The flake itself was a sidecar an interrupted run
 * left under the same scratch name; see test/integration/suite/annotations.test.ts.)
 */
describe('annotations: a pulled decision and this window\'s undo, in every order', () => {
  interface File { annotations: AnnotationSet; removed: Record<string, string> }
  /** One window's store, as manualAnnotations.ts keeps it. */
  interface Store { history: History; synced: AnnotationSet; removed: Record<string, string>; lastWritten?: File }
  const PULLED: ManualAnnotation = { id: 'claim-pulled01', kind: 'claim', status: 'denied', anchor: { quote: { exact: 'the ramp was unsafe', prefix: '', suffix: '' }, position: { start: 0, end: 19 } } };

  /** The store's takeIn: the file merged into every state of the history. */
  function takeIn(s: Store, file: File): void {
    s.history = rebaseHistory(s.history, s.synced, file.annotations, { ours: s.removed, theirs: file.removed });
    s.removed = mergeRemovals(s.removed, file.removed, s.history.present);
    s.synced = file.annotations;
    s.lastWritten = file;
  }
  /** The store's re-read: skipped when the file is the one it last read or wrote. */
  function reread(s: Store, disk: File): void {
    if (disk !== s.lastWritten) takeIn(s, disk);
  }
  /** The store's save: merges a file changed since, then writes the present re-anchored. */
  function save(s: Store, disk: File, minute: number): File {
    reread(s, disk);
    const present = s.history.present;
    const removed = mergeRemovals(s.removed, removalsBetween(s.synced, present, at(minute)), present);
    const written = { annotations: reanchor(present, TEXT), removed };
    Object.assign(s, { synced: written.annotations, removed, lastWritten: written });
    return written;
  }
  const pull = (file: File): File => ({ annotations: [...file.annotations, PULLED], removed: file.removed });
  const decisions = (set: AnnotationSet) => set.map((a) => [a.id, a.status, a.note]);

  /** Our note is saved, the pull lands, then `rest` runs; returns the file at the end. */
  function run(rest: (s: Store, pulled: File) => File): File {
    const s: Store = { history: createHistory([]), synced: [], removed: {} };
    s.history = record(s.history, note(s.history.present, QUEUE, 'my own note', 1), 'note');
    return rest(s, pull(save(s, { annotations: [], removed: {} }, 2)));
  }

  const orders: Array<[string, (s: Store, pulled: File) => File]> = [
    ['re-read, undo, save', (s, pulled) => { reread(s, pulled); s.history = undo(s.history); return save(s, pulled, 5); }],
    ['re-read twice (two watcher events), undo, save', (s, pulled) => { reread(s, pulled); takeIn(s, pulled); s.history = undo(s.history); return save(s, pulled, 5); }],
    ['undo before the re-read: the save takes the pull in', (s, pulled) => { s.history = undo(s.history); return save(s, pulled, 5); }],
    ['undo, re-read, save', (s, pulled) => { s.history = undo(s.history); reread(s, pulled); return save(s, pulled, 5); }],
    ['re-read, undo, save, then our own file read back as another writer\'s', (s, pulled) => {
      reread(s, pulled);
      s.history = undo(s.history);
      const written = save(s, pulled, 5);
      takeIn(s, { ...written });
      return save(s, { ...written }, 6);
    }],
  ];
  for (const [name, rest] of orders) {
    it(`keeps the pulled decision once and drops only our note: ${name}`, () => {
      const file = run(rest);
      assert.deepEqual(decisions(file.annotations), [[PULLED.id, 'denied', undefined]]);
    });
  }

  it('keeps the pulled decision once when the pull lands before our save reads the file', () => {
    const s: Store = { history: createHistory([]), synced: [], removed: {} };
    s.history = record(s.history, note(s.history.present, QUEUE, 'my own note', 1), 'note');
    const pulled = pull({ annotations: [], removed: {} });
    const both = save(s, pulled, 2);
    assert.deepEqual(decisions(both.annotations).map((d) => d[1] ?? d[2]).sort(), ['denied', 'my own note']);
    s.history = undo(s.history);
    assert.deepEqual(decisions(save(s, both, 3).annotations), [[PULLED.id, 'denied', undefined]]);
  });
});
