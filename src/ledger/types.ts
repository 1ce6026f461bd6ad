/**
 * The shapes the claim ledger is built from and made of. Everything here is
 * plain data (JSON-safe), so it crosses worker and webview boundaries as is.
 */
import type { CueKind, SourceKind, Status } from '../core/types';

/** What an article says about itself: found in its byline or dateline, else its file name. */
export interface ArticleMeta {
  /** Stable id: the file name or the JSONL `id`. */
  id: string;
  outlet?: string;
  /** The date as written in the article ("12 March 2031"). */
  date?: string;
  /** ISO form of `date` (YYYY-MM-DD) when it could be read, for sorting. */
  isoDate?: string;
  title?: string;
}

/**
 * One claim of one article as the ledger sees it. FactBank keeps a status per
 * claim AND source, so the source is part of the mention.
 */
export interface Mention {
  /** Index of the article in the ledger's article list. */
  article: number;
  /** Index of the claim in its article's `Analysis.claims`. */
  claim: number;
  text: string;
  start: number;
  end: number;
  status: Status;
  /** Who holds the status: the attributed source (pronouns resolved), else the outlet (the author). */
  source: string;
  sourceKind: SourceKind | 'author';
  cueKind?: CueKind;
  explanation: string;
}

/** An article reduced to what the ledger needs. */
export interface ArticleRecord {
  meta: ArticleMeta;
  mentions: Omit<Mention, 'article'>[];
}

/** A mention's stance, finer than its status: a "no evidence" finding is a denial of a special kind. */
export type Stance = Status | 'no-evidence';

/** A group of mentions that state the same proposition. */
export interface Cluster {
  id: string;
  label: string;
  /** Indices into the ledger's mention list, in article then text order. */
  mentions: number[];
}

/** One row of the ledger: a claim cluster across articles. */
export interface LedgerRow {
  cluster: Cluster;
  /** `disputed` when the sources' stances conflict. */
  status: Stance | 'disputed';
  summary: string;
  /** Per article index (column), that article's mentions in this row. */
  cells: Record<number, number[]>;
}

/** One source across articles, with its stance on each row it speaks to. */
export interface SourceEntry {
  name: string;
  kind: SourceKind | 'author';
  articles: number[];
  /** `mixed` when the source takes opposite stances on one row (in different articles, say). */
  stances: { row: number; stance: Stance | 'mixed'; mentions: number[] }[];
}

/** The whole ledger: rows = clusters, columns = articles. */
export interface Ledger {
  articles: ArticleMeta[];
  mentions: Mention[];
  rows: LedgerRow[];
  sources: SourceEntry[];
}
