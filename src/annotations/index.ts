/** Manual annotations: the model, the edits and undo, the merge with the analysis, the sidecar. */
export type * from './types';
export type * from './view';
export { FINDING_KINDS } from './types';
export { applyEdit, findAnnotation, type ManualEdit, type Target, type SourceInput } from './edits';
export { createHistory, record, undo, redo, undoLabel, redoLabel, UNDO_LIMIT, type History } from './undo';
export { mergeFindings } from './merge';
export { reanchor } from './reanchor';
export { attributionSpan, type Range } from './spans';
export { parseSidecar, serializeSidecar, sortAnnotations, SIDECAR_FORMAT, SIDECAR_VERSION, type Sidecar, type SidecarParse } from './sidecar';
export { importAnnotations, type ImportResult, type ImportOptions, type UnattachedItem } from './import';
