/**
 * Registers a handler for every id in `COMMANDS`. The handler table is typed
 * by the ids, so a declared command without a handler does not compile, and
 * test/unit/commands.test.ts checks the table against package.json.
 */
import * as vscode from 'vscode';
import type { Category } from '../editor/categories';
import { readSettings, setCategoryShown } from '../editor/config';
import type { DocumentWatcher } from '../editor/documentWatcher';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';
import type { ActiveArticle } from '../views/activeArticle';
import type { RevealArgs } from '../views/claimItem';
import type { ClaimsNode, ClaimsTree } from '../views/claimsTree';
import { exportLedger, type ExportLedgerArgs } from '../ledger-editor/exportLedger';
import type { LedgerIndexer } from '../ledger-editor/indexer';
import type { LedgerView } from '../ledger-editor/ledgerView';
import type { DisplayModeStore } from '../editor/displayModeStore';
import { analyseFile } from './analyseFile';
import { chooseDisplay } from './chooseDisplay';
import { changeSource, dismissFinding, editNote, restoreFinding, setStatus, undoAnnotation, type NoteArgs, type SetStatusArgs, type SourceArgs } from './annotate';
import { exportArticle, type ExportArgs } from './exportArticle';
import { exportWorkspace } from './exportWorkspace';
import type { FindingArgs, FindingRef } from './findingTarget';
import { importAnnotations, type ImportArgs } from './importAnnotations';
import { markClaim, type MarkClaimArgs } from './markClaim';
import { clearFilter, filterBySource, filterByStatus } from './filters';
import { COMMANDS, VIEWS, type CommandKey } from './ids';
import { gotoClaim } from './navigate';
import { revealClaim } from './revealClaim';
import { disableForFile, disableInWorkspace, enableForFile, enableInWorkspace } from './scopeCommands';
import type { Scope } from '../editor/scope';

/** What the commands act on. */
export interface CommandDeps {
  watcher: DocumentWatcher;
  annotations: ManualAnnotations;
  /** Where imports list what did not attach. */
  log: vscode.OutputChannel;
  active: ActiveArticle;
  claimsTree: ClaimsTree;
  /** The workspace's claim ledger. */
  ledger: LedgerIndexer;
  /** Where ClaimLens analyses: the per-file switches. */
  scope: Scope;
  /** The ledger's editor tab. */
  ledgerView: LedgerView;
  /** What this workspace displays: claims only, everything, off. */
  display: DisplayModeStore;
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
    setStatus: (ref?: FindingRef | SetStatusArgs) => setStatus(deps.annotations, ref),
    editNote: (ref?: FindingRef | NoteArgs) => editNote(deps.annotations, ref),
    dismissFinding: (ref?: FindingRef) => dismissFinding(deps.annotations, ref),
    restoreFinding: (ref?: FindingArgs | ClaimsNode) => restoreFinding(deps.annotations, ref && 'restore' in ref ? ref.restore : (ref as FindingArgs | undefined)),
    markClaim: (args?: MarkClaimArgs) => markClaim(deps.annotations, args),
    changeSource: (ref?: FindingRef | SourceArgs) => changeSource(deps.annotations, ref),
    undoAnnotation: (ref?: { uri: string }) => undoAnnotation(deps.annotations, ref),
    exportArticle: (args?: ExportArgs) => exportArticle(deps.annotations, args),
    exportWorkspace: (args?: ExportArgs) => exportWorkspace(deps.annotations, args),
    importAnnotations: (args?: ImportArgs) => importAnnotations(deps.annotations, deps.log, args),
    filterByStatus: () => filterByStatus(deps.claimsTree),
    filterBySource: () => filterBySource(deps.claimsTree),
    clearFilter: () => clearFilter(deps.claimsTree),
    showLedger: () => deps.ledgerView.reveal(),
    reindexWorkspace: () => deps.ledger.reindex(),
    exportLedger: (args?: ExportLedgerArgs) => exportLedger(deps.ledger, args),
    disableInWorkspace: () => disableInWorkspace(),
    enableInWorkspace: () => enableInWorkspace(),
    disableForFile: (uri?: unknown) => disableForFile(deps.scope, uri),
    enableForFile: (uri?: unknown) => enableForFile(deps.scope, uri),
    chooseDisplay: (mode?: unknown) => chooseDisplay(deps.display, mode),
  };
  return (Object.keys(handlers) as CommandKey[]).map((key) => vscode.commands.registerCommand(COMMANDS[key], handlers[key]));
}
