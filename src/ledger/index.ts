/**
 * The claim ledger, pure and editor-independent: clusters claim mentions
 * across articles, builds the ledger and its sources view, resolves citation
 * markers and renders the ledger as JSON, Markdown or one HTML page.
 */
export type * from './types';
export { analyseArticle } from './analyse-article';
export { articleMeta, findDate } from './article-meta';
export { articleRecord, mentionsOf } from './mentions';
export { claimFeatures } from './features';
export { stem } from './stem';
export { clusterTexts, DEFAULT_THRESHOLD, type Clustering, type ClusterOptions } from './cluster';
export { forEachCandidate, DEFAULT_BLOCKING, type BlockingOptions } from './candidates';
export { isBackReference } from './backref';
export { buildLedger, type LedgerOptions } from './ledger';
export { decodeCache, encodeCache, ledgerKey, restoreLedger, saveLedger, type CacheContents, type SavedLedger } from './ledger-cache';
export { rowStatus, stanceOf, summarise, sourceKey } from './stance';
export { findCitations, parseReference, type Citation, type CitationMarker, type Reference } from './citations';
export { toLedgerJson } from './render-json';
export { toLedgerMarkdown } from './render-md';
export { toLedgerHtml } from './render-html';
export { analyseJsonlLine, ledgerFromJsonl, type JsonlResult } from './jsonl';
