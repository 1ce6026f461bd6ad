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
  filterByStatus: 'claimlens.filterByStatus',
  filterBySource: 'claimlens.filterBySource',
  clearFilter: 'claimlens.clearFilter',
} as const;

export type CommandKey = keyof typeof COMMANDS;
export type CommandId = (typeof COMMANDS)[CommandKey];

/** View ids, as package.json declares them under `contributes.views`. */
export const VIEWS = {
  container: 'claimlens',
  claims: 'claimlens.claims',
  sources: 'claimlens.sources',
} as const;

/** Context keys set for `when` clauses in package.json. */
export const CONTEXT = {
  /** The active editor shows an analysed article. */
  active: 'claimlens.active',
  /** The Claims tree has a status or source filter. */
  filtered: 'claimlens.filtered',
} as const;
