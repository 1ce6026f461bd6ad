/**
 * What the last annotation change touched, so a hover offers "undo" only on
 * the finding it concerns. Free of `vscode`, for unit tests.
 */
import type { AnnotationSet, ManualAnnotation } from '../annotations';

/** The ids of the annotations that differ between two sets: added, removed or changed. */
export function changedAnnotationIds(before: AnnotationSet, after: AnnotationSet): Set<string> {
  const key = (a: ManualAnnotation) => JSON.stringify(a);
  const was = new Map(before.map((a) => [a.id, key(a)]));
  const changed = new Set<string>();
  for (const a of after) if (was.get(a.id) !== key(a)) changed.add(a.id);
  const now = new Set(after.map((a) => a.id));
  for (const id of was.keys()) if (!now.has(id)) changed.add(id);
  return changed;
}
