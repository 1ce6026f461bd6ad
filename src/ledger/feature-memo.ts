/**
 * Claim features remembered from one ledger build to the next. A claim's
 * features depend on its text alone, and extracting them (tokens, stems,
 * concepts) is the largest part of clustering, so rebuilding the ledger after
 * one article changed extracts only that article's claims: the result is the
 * same as a cold build, only sooner. Memory stays at one build's claims:
 * what the last build did not ask for is forgotten.
 */
import { claimFeatures, type FeatureKind } from './features';

export type Features = ReadonlyMap<string, FeatureKind>;

export class FeatureMemo {
  private last = new Map<string, Features>();
  private current = new Map<string, Features>();

  /** The features of `text`, extracted only if the last build or this one has not seen it. */
  readonly features = (text: string): Features => {
    let f = this.current.get(text);
    if (f) return f;
    f = this.last.get(text) ?? claimFeatures(text);
    this.current.set(text, f);
    return f;
  };

  /** Ends a build: its texts are kept for the next one, the older ones dropped. */
  turn(): void {
    this.last = this.current;
    this.current = new Map();
  }
}
