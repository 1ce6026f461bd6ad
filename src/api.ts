/**
 * What `activate` returns: a small read-only view of what ClaimLens shows, so
 * integration tests (and other extensions) can observe decorations, trees and
 * the status bar the way a user sees them.
 */
import type * as vscode from 'vscode';
import type { MergedView } from './annotations';
import type { Notice } from './annotations-editor/notices';
import type { PaintedRanges } from './editor/decorations';
import type { DocumentResult } from './editor/documentWatcher';
import type { LedgerIndexer } from './ledger-editor/indexer';
import type { LedgerView } from './ledger-editor/ledgerView';
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
  /** The merged view (analysis plus your decisions, dismissed and orphaned items) of an analysed document. */
  annotationsFor(uri: vscode.Uri): MergedView | undefined;
  /** Resolves once the document's sidecar has been read and every pending save of it has finished. */
  annotationsSaved(uri: vscode.Uri): Promise<void>;
  /** The annotation messages shown to the user so far, oldest first. */
  annotationNotices(): readonly Notice[];
  /** The warnings about malformed `.claimlens.json` files shown so far, oldest first. */
  scopeWarnings(): readonly string[];
  /** The workspace ledger: its indexer (state, `ready()`, `lastResult`, `saveCache()`) and its view (`lastShown`). */
  ledger: { indexer: LedgerIndexer; view: LedgerView };
}
