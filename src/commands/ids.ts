/**
 * Every command id ClaimLens contributes, declared once. This module imports
 * nothing from `vscode`, so unit tests can compare it with package.json.
 */
export const COMMANDS = {
  analyseFile: 'claimlens.analyseFile',
  toggleClaims: 'claimlens.toggleClaims',
  toggleHedges: 'claimlens.toggleHedges',
  toggleSources: 'claimlens.toggleSources',
  toggleCues: 'claimlens.toggleCues',
  nextClaim: 'claimlens.nextClaim',
  previousClaim: 'claimlens.previousClaim',
  focusPanel: 'claimlens.focusPanel',
  revealClaim: 'claimlens.revealClaim',
  setStatus: 'claimlens.setStatus',
  editNote: 'claimlens.editNote',
  dismissFinding: 'claimlens.dismissFinding',
  restoreFinding: 'claimlens.restoreFinding',
  markClaim: 'claimlens.markClaim',
  changeSource: 'claimlens.changeSource',
  undoAnnotation: 'claimlens.undoAnnotation',
  exportArticle: 'claimlens.exportArticle',
  exportWorkspace: 'claimlens.exportWorkspace',
  importAnnotations: 'claimlens.importAnnotations',
  filterByStatus: 'claimlens.filterByStatus',
  filterBySource: 'claimlens.filterBySource',
  clearFilter: 'claimlens.clearFilter',
  showLedger: 'claimlens.showLedger',
  reindexWorkspace: 'claimlens.reindexWorkspace',
  exportLedger: 'claimlens.exportLedger',
  disableInWorkspace: 'claimlens.disableInWorkspace',
  enableInWorkspace: 'claimlens.enableInWorkspace',
  disableForFile: 'claimlens.disableForFile',
  enableForFile: 'claimlens.enableForFile',
  chooseDisplay: 'claimlens.chooseDisplay',
} as const;

export type CommandKey = keyof typeof COMMANDS;
export type CommandId = (typeof COMMANDS)[CommandKey];

/** View ids, as package.json declares them under `contributes.views`; `ledger` is a webview panel's type. */
export const VIEWS = {
  container: 'claimlens',
  claims: 'claimlens.claims',
  sources: 'claimlens.sources',
  /** The claim ledger across the workspace's articles: the view type of its editor tab (a webview panel). */
  ledger: 'claimlens.ledger',
} as const;

/** Context keys set for `when` clauses in package.json. */
export const CONTEXT = {
  /** The active editor shows an analysed article. */
  active: 'claimlens.active',
  /** The Claims tree has a status or source filter. */
  filtered: 'claimlens.filtered',
} as const;
