/**
 * Takes in a sidecar that another writer changed on disk (a second window,
 * a git pull) without dropping anything either side did: a three-way merge
 * by annotation id of what was on disk when this window last read or wrote
 * it (the base), what this window has now (ours) and what is on disk now
 * (theirs). A side that left an annotation as the base had it defers to the
 * other side, so additions, changes and deletions from both survive; when
 * both changed it, the later change wins, and a change wins over a deletion.
 */
import { stableStringify } from './stable-json';
import type { AnnotationSet, ManualAnnotation } from './types';
import type { History } from './undo';

/** What a person decided, without the anchor: refreshing an anchor after an edit of the article is no decision. */
function decision(a: ManualAnnotation): string {
  const { anchor: _anchor, source, ...rest } = a;
  const plainSource = source && { text: source.text, kind: source.kind };
  return stableStringify({ ...rest, source: plainSource });
}

function same(a: ManualAnnotation | undefined, b: ManualAnnotation | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return decision(a) === decision(b);
}

/** The members a person decides; each is merged on its own when both sides changed one annotation. */
const DECIDED = ['status', 'note', 'dismissed', 'added', 'source'] as const;

const valueOf = (a: ManualAnnotation | undefined, key: (typeof DECIDED)[number]) => stableStringify(key === 'source' ? a?.source && { text: a.source.text, kind: a.source.kind } : a?.[key] ?? null);

/**
 * Both sides changed one annotation: member by member, a side that left it as
 * the base had it defers to the other, and the later change wins the rest
 * (ours on a tie). A change wins over a deletion.
 */
function resolveConflict(was: ManualAnnotation | undefined, ours: ManualAnnotation | undefined, theirs: ManualAnnotation | undefined): ManualAnnotation | undefined {
  if (ours === undefined || theirs === undefined) return ours ?? theirs;
  const later = (theirs.updated ?? '') > (ours.updated ?? '') ? theirs : ours;
  const out: ManualAnnotation = { ...ours };
  for (const key of DECIDED) {
    const [b, o, t] = [valueOf(was, key), valueOf(ours, key), valueOf(theirs, key)];
    const from = o === t || b === t ? ours : b === o ? theirs : later;
    if (from[key] === undefined) delete out[key];
    else Object.assign(out, { [key]: from[key] });
  }
  if (theirs.updated !== undefined && theirs === later) out.updated = theirs.updated;
  return out;
}

const byId = (set: AnnotationSet) => new Map(set.map((a) => [a.id, a]));

/** The annotations after taking in `theirs`: ours in their order, then the ones only theirs has. */
export function mergeById(base: AnnotationSet, ours: AnnotationSet, theirs: AnnotationSet): ManualAnnotation[] {
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const ids = [...new Set([...o.keys(), ...t.keys(), ...b.keys()])];
  const out: ManualAnnotation[] = [];
  for (const id of ids) {
    const [was, mine, other] = [b.get(id), o.get(id), t.get(id)];
    let kept: ManualAnnotation | undefined;
    if (same(mine, other)) kept = mine;
    else if (same(was, mine)) kept = other;
    else if (same(was, other)) kept = mine;
    else kept = resolveConflict(was, mine, other);
    if (kept) out.push(kept);
  }
  return out;
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
export function rebaseHistory(history: History, base: AnnotationSet, theirs: AnnotationSet): History {
  const onto = (set: AnnotationSet) => mergeById(base, set, theirs);
  return {
    past: history.past.map((e) => ({ ...e, annotations: onto(e.annotations) })),
    present: onto(history.present),
    future: history.future.map((e) => ({ ...e, annotations: onto(e.annotations) })),
  };
}
