/** Refreshes anchors after the article changed, so positions and context follow the text. */
import { createAnchor, resolveAnchor } from '../core/anchoring';
import type { AnnotationSet, ManualAnnotation } from './types';

/**
 * Each annotation re-anchored where it resolves in `text` now (its source
 * too); orphaned ones are returned unchanged so they can still re-attach
 * if the text comes back. Call before saving the sidecar.
 */
export function reanchor(set: AnnotationSet, text: string): ManualAnnotation[] {
  return set.map((a) => {
    const r = resolveAnchor(text, a.anchor);
    const next: ManualAnnotation = r.state === 'orphaned' || r.start === r.end ? a : { ...a, anchor: createAnchor(text, r.start, r.end) };
    const src = next.source?.anchor ? resolveAnchor(text, next.source.anchor) : undefined;
    if (next.source && src && src.state !== 'orphaned' && src.start < src.end) {
      return { ...next, source: { ...next.source, text: text.slice(src.start, src.end), anchor: createAnchor(text, src.start, src.end) } };
    }
    return next;
  });
}
