/**
 * What `activate` returns: a small read-only view of what ClaimLens shows, so
 * integration tests (and other extensions) can observe decorations, trees and
 * the status bar the way a user sees them.
 */
import type * as vscode from 'vscode';
import type { PaintedRanges } from './editor/decorations';
import type { DocumentResult } from './editor/documentWatcher';
import type { ClaimsTree } from './views/claimsTree';
import type { SourcesTree } from './views/sourcesTree';

export interface ClaimLensApi {
  /** Ranges painted in a document per highlight (confirmed, alleged, denied, hedge, source, cue). */
  decorationsFor(uri: vscode.Uri): PaintedRanges;
  /** The findings (or the size note) ClaimLens holds for a document. */
  resultFor(uri: vscode.Uri): DocumentResult | undefined;
  /** The Claims tree: provider (`getChildren`, `getTreeItem`), its `view`, and its filter. */
  claimsTree: ClaimsTree;
  /** The Sources tree: provider and `view`. */
  sourcesTree: SourcesTree;
  /** The status bar text for the active article, or undefined when hidden. */
  statusBarText(): string | undefined;
}
