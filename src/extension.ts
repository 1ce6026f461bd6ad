/**
 * Composition root: constructs the services, registers the providers and
 * commands, and hands every disposable to the extension context.
 */
import * as vscode from 'vscode';
import type { ClaimLensApi } from './api';
import { ManualAnnotations } from './annotations-editor/manualAnnotations';
import { Notices } from './annotations-editor/notices';
import { registerCommands } from './commands';
import { Decorations } from './editor/decorations';
import { Diagnostics } from './editor/diagnostics';
import { DocumentWatcher } from './editor/documentWatcher';
import { Scope } from './editor/scope';
import { FindingCodeActions } from './editor/codeActions';
import { DisplayModeStore } from './editor/displayModeStore';
import { ClaimHoverProvider } from './editor/hover';
import { StatusBar } from './editor/statusBar';
import { ActiveArticle } from './views/activeArticle';
import { ClaimsTree } from './views/claimsTree';
import { SourcesTree } from './views/sourcesTree';
import { LedgerIndexer } from './ledger-editor/indexer';
import { crossArticleMarkdown, LedgerHoverProvider } from './ledger-editor/ledgerHover';
import { LedgerView } from './ledger-editor/ledgerView';

export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  const notices = new Notices();
  const annotations = new ManualAnnotations(notices);
  const annotationLog = vscode.window.createOutputChannel('ClaimLens Annotations');
  const scope = new Scope(context.workspaceState);
  const watcher = new DocumentWatcher(annotations, scope);
  const display = new DisplayModeStore(context.workspaceState);
  const decorations = new Decorations(context.extensionUri, watcher, display);
  const active = new ActiveArticle(watcher);
  const claimsTree = new ClaimsTree(active, annotations);
  const sourcesTree = new SourcesTree(active);
  const statusBar = new StatusBar(active, display);
  // The workspace ledger indexes nothing until its view opens or a ledger command runs.
  const ledger = new LedgerIndexer(context, scope);
  const ledgerView = new LedgerView(context.extensionUri, ledger);
  context.subscriptions.push(
    annotations,
    annotationLog,
    scope,
    watcher,
    display,
    decorations,
    active,
    claimsTree,
    sourcesTree,
    statusBar,
    new Diagnostics(watcher),
    vscode.languages.registerHoverProvider('*', new ClaimHoverProvider(watcher, annotations, (d, a, c) => crossArticleMarkdown(d, a, c, ledger))),
    vscode.languages.registerCodeActionsProvider('*', new FindingCodeActions(watcher, annotations), FindingCodeActions.metadata),
    ledger,
    ledgerView,
    vscode.languages.registerHoverProvider('*', new LedgerHoverProvider(watcher)),
    ...registerCommands({ watcher, annotations, log: annotationLog, active, claimsTree, ledger, ledgerView, display, scope }),
  );
  return {
    decorationsFor: (uri) => decorations.paintedIn(uri),
    resultFor: (uri) => watcher.get(uri),
    claimsTree,
    sourcesTree,
    statusBarText: () => statusBar.text,
    ledger: { indexer: ledger, view: ledgerView },
    annotationsFor: (uri) => annotations.view(uri),
    annotationsSaved: (uri) => annotations.saved(uri),
    annotationNotices: () => notices.shown,
    scopeWarnings: () => scope.warnings,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
