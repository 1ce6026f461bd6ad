/**
 * Composition root: constructs the services, registers the providers and
 * commands, and hands every disposable to the extension context.
 */
import * as vscode from 'vscode';
import type { ClaimLensApi } from './api';
import { registerCommands } from './commands';
import { Decorations } from './editor/decorations';
import { Diagnostics } from './editor/diagnostics';
import { DocumentWatcher } from './editor/documentWatcher';
import { ClaimHoverProvider } from './editor/hover';
import { StatusBar } from './editor/statusBar';
import { StatusOverrides } from './editor/statusOverrides';
import { ActiveArticle } from './views/activeArticle';
import { ClaimsTree } from './views/claimsTree';
import { SourcesTree } from './views/sourcesTree';

export function activate(context: vscode.ExtensionContext): ClaimLensApi {
  const overrides = new StatusOverrides();
  const watcher = new DocumentWatcher(overrides);
  const decorations = new Decorations(context.extensionUri, watcher);
  const active = new ActiveArticle(watcher);
  const claimsTree = new ClaimsTree(active);
  const sourcesTree = new SourcesTree(active);
  const statusBar = new StatusBar(active);
  context.subscriptions.push(
    overrides,
    watcher,
    decorations,
    active,
    claimsTree,
    sourcesTree,
    statusBar,
    new Diagnostics(watcher),
    vscode.languages.registerHoverProvider('*', new ClaimHoverProvider(watcher)),
    ...registerCommands({ watcher, overrides, active, claimsTree }),
  );
  return {
    decorationsFor: (uri) => decorations.paintedIn(uri),
    resultFor: (uri) => watcher.get(uri),
    claimsTree,
    sourcesTree,
    statusBarText: () => statusBar.text,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
