/**
 * Takes in a sidecar that another writer changed on disk (a second window,
 * a git pull) without dropping anything either side did: a three-way merge
 * by annotation id of what was on disk when this window last read or wrote
 * it (the base), what this window has now (ours) and what is on disk now
 * (theirs). A side that left an annotation as the base had it defers to the
 * other side; when both changed it, the later change wins, and a change wins
 * over a removal.
 *
 * An entry missing from a file is removed only when the file records its
 * removal: two windows that write at the same moment each miss the other's
 * new entries, and that must not read as taking them back.
 */
import { stableStringify } from './stable-json';
import type { AnnotationSet, ManualAnnotation } from './types';
import type { History } from './undo';

/** Ids of removed annotations and when each was removed (ISO time), as a sidecar records them. */
export type Removals = Readonly<Record<string, string>>;

/** Removals kept in a sidecar: the latest ones; older ones fall off. */
export const MAX_REMOVALS = 200;

/** The removals each side knows of. */
export interface KnownRemovals {
  ours: Removals;
  theirs: Removals;
}

const NONE: KnownRemovals = { ours: {}, theirs: {} };

/** The members a person decides; each is merged on its own when both sides changed one annotation. */
const DECIDED = ['status', 'note', 'dismissed', 'added', 'source', 'kind'] as const;
type Decided = (typeof DECIDED)[number];

function member(a: ManualAnnotation | undefined, key: Decided): string {
  const value = key === 'source' ? a?.source && { text: a.source.text, kind: a.source.kind } : a?.[key];
  return stableStringify(value ?? null);
}

/** Same decisions and time: a refreshed anchor (the article was edited) is no change. */
function same(a: ManualAnnotation | undefined, b: ManualAnnotation | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.updated === b.updated && DECIDED.every((key) => member(a, key) === member(b, key));
}

/** Both sides changed one annotation: member by member, a side that kept the base's value defers; the later change wins the rest (ours on a tie). */
function resolveConflict(was: ManualAnnotation | undefined, ours: ManualAnnotation | undefined, theirs: ManualAnnotation | undefined): ManualAnnotation | undefined {
  if (ours === undefined || theirs === undefined) return ours ?? theirs;
  const later = (theirs.updated ?? '') > (ours.updated ?? '') ? theirs : ours;
  const out: ManualAnnotation = { ...ours };
  for (const key of DECIDED) {
    const [b, o, t] = [member(was, key), member(ours, key), member(theirs, key)];
    const from = o === t || b === t ? ours : b === o ? theirs : later;
    if (from[key] === undefined) delete out[key];
    else Object.assign(out, { [key]: from[key] });
  }
  if (later.updated !== undefined) out.updated = later.updated;
  return out;
}

/** Whether `a` was removed at or after its last change, by the record of `removals`. */
function removedSince(removals: Removals, a: ManualAnnotation): boolean {
  const at = removals[a.id];
  return at !== undefined && at >= (a.updated ?? '');
}

const byId = (set: AnnotationSet) => new Map(set.map((a) => [a.id, a]));

/** The annotations after taking in `theirs`: ours in their order, then the ones only theirs has. */
export function mergeById(base: AnnotationSet, ours: AnnotationSet, theirs: AnnotationSet, removals: KnownRemovals = NONE): ManualAnnotation[] {
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const out: ManualAnnotation[] = [];
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const [was, mine, other] = [b.get(id), o.get(id), t.get(id)];
    let kept: ManualAnnotation | undefined;
    if (same(mine, other)) kept = mine;
    // Missing there: removed only if that file says so; else its writer never saw it.
    else if (other === undefined && mine !== undefined && same(was, mine)) kept = removedSince(removals.theirs, mine) ? undefined : mine;
    // Missing here and from the base: new there, unless it is an old copy of one removed here.
    else if (mine === undefined && was === undefined && other !== undefined) kept = removedSince(removals.ours, other) ? undefined : other;
    else if (same(was, mine)) kept = other;
    else if (same(was, other)) kept = mine;
    else kept = resolveConflict(was, mine, other);
    if (kept) out.push(kept);
  }
  return out;
}

/**
 * The removals a file should record: both sides' (the later time per id),
 * less the ids present again, the latest MAX_REMOVALS.
 */
export function mergeRemovals(a: Removals, b: Removals, present: AnnotationSet): Record<string, string> {
  const all = new Map(Object.entries(a));
  for (const [id, at] of Object.entries(b)) if ((all.get(id) ?? '') < at) all.set(id, at);
  for (const x of present) all.delete(x.id);
  const latest = [...all].sort((x, y) => (x[1] < y[1] ? 1 : x[1] > y[1] ? -1 : 0)).slice(0, MAX_REMOVALS);
  return Object.fromEntries(latest);
}

/** The ids of `before` that `after` no longer holds, recorded as removed `at`. */
export function removalsBetween(before: AnnotationSet, after: AnnotationSet, at: string): Record<string, string> {
  const kept = new Set(after.map((a) => a.id));
  return Object.fromEntries(before.filter((a) => !kept.has(a.id)).map((a) => [a.id, at]));
}

/** Whether two sets hold the same decisions, anchors aside. */
export function sameDecisions(a: AnnotationSet, b: AnnotationSet): boolean {
  if (a.length !== b.length) return false;
  const other = byId(b);
  return a.every((x) => same(x, other.get(x.id)));
}

/**
 * The history with the other writer's changes taken into every state, so
 * that undo and redo step through this window's own changes only and never
 * take back the other writer's.
 */
export function rebaseHistory(history: History, base: AnnotationSet, theirs: AnnotationSet, removals: KnownRemovals = NONE): History {
  const onto = (set: AnnotationSet) => mergeById(base, set, theirs, removals);
  return {
    past: history.past.map((e) => ({ ...e, annotations: onto(e.annotations) })),
    present: onto(history.present),
    future: history.future.map((e) => ({ ...e, annotations: onto(e.annotations) })),
  };
}
