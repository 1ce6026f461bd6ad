/** Anchors that survive edits: create one for a span, resolve it against new text. */
export type * from './types';
export { createAnchor, CONTEXT_LENGTH } from './create';
export { resolveAnchor } from './resolve';
