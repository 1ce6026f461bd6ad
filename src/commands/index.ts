/**
 * Registers a handler for every id in `COMMANDS`. The handler table is typed
 * by the ids, so a declared command without a handler does not compile, and
 * test/unit/commands.test.ts checks the table against package.json.
 */
import * as vscode from 'vscode';
import type { Category } from '../editor/categories';
import { readSettings, setCategoryShown } from '../editor/config';
import type { DocumentWatcher } from '../editor/documentWatcher';
import type { SetStatusArgs } from '../editor/hover';
import type { StatusOverrides } from '../editor/statusOverrides';
import type { ActiveArticle } from '../views/activeArticle';
import type { RevealArgs } from '../views/claimItem';
import type { ClaimsTree } from '../views/claimsTree';
import { analyseFile } from './analyseFile';
import { clearFilter, filterBySource, filterByStatus } from './filters';
import { COMMANDS, VIEWS, type CommandKey } from './ids';
import { gotoClaim } from './navigate';
import { revealClaim } from './revealClaim';
import { setStatus } from './setStatus';

/** What the commands act on. */
export interface CommandDeps {
  watcher: DocumentWatcher;
  overrides: StatusOverrides;
  active: ActiveArticle;
  claimsTree: ClaimsTree;
}

const toggle = (category: Category) => setCategoryShown(category, !readSettings().show[category]);

/** Registers every ClaimLens command; the caller owns the returned disposables. */
export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const handlers: Record<CommandKey, (...args: never[]) => unknown> = {
    analyseFile: () => analyseFile(deps.watcher),
    toggleClaims: () => toggle('claims'),
    toggleHedges: () => toggle('hedges'),
    toggleSources: () => toggle('sources'),
    toggleCues: () => toggle('cues'),
    nextClaim: () => gotoClaim(deps.active, 1),
    previousClaim: () => gotoClaim(deps.active, -1),
    focusPanel: () => vscode.commands.executeCommand(`${VIEWS.claims}.focus`),
    revealClaim: (args?: RevealArgs) => revealClaim(args),
    setStatus: (args?: SetStatusArgs) => setStatus(deps.watcher, deps.overrides, args),
    filterByStatus: () => filterByStatus(deps.claimsTree),
    filterBySource: () => filterBySource(deps.claimsTree),
    clearFilter: () => clearFilter(deps.claimsTree),
  };
  return (Object.keys(handlers) as CommandKey[]).map((key) => vscode.commands.registerCommand(COMMANDS[key], handlers[key]));
}
