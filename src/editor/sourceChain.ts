/**
 * Who said it, as a chain from the outermost reporter to the speaker:
 * "CNN ← Stoltenberg". Pure functions over the core's findings, without
 * `vscode`, so they are unit-testable and shared by hovers and trees.
 */
import type { Analysis, Attribution, Claim, Source } from '../core';

/** The name a source stands for: the resolved name of a pronoun, else its text. */
export function sourceName(source: Source): string {
  return (source.resolved?.text ?? source.text).replace(/\s+/g, ' ').trim();
}

/** A source as written, with the name a pronoun stands for: "he (Stoltenberg)". */
export function sourceLabel(source: Source): string {
  const written = source.text.replace(/\s+/g, ' ').trim();
  return source.resolved ? `${written} (${sourceName(source)})` : written;
}

/** The attribution whose content encloses `inner`'s source, the nearest if several do. */
function reporterOf(inner: Attribution, all: readonly Attribution[]): Attribution | undefined {
  let best: Attribution | undefined;
  for (const a of all) {
    if (a === inner || !a.content) continue;
    if (a.content.start <= inner.source.start && inner.source.end <= a.content.end) {
      if (!best || (best.content && a.content.end - a.content.start < best.content.end - best.content.start)) best = a;
    }
  }
  return best;
}

/** Attributions from the outermost reporter down to the claim's own, or [] if unattributed. */
export function attributionChain(claim: Claim, analysis: Analysis): Attribution[] {
  if (claim.attribution === undefined) return [];
  const first = analysis.attributions[claim.attribution];
  if (!first) return [];
  const chain = [first];
  for (let a = reporterOf(first, analysis.attributions); a && !chain.includes(a); a = reporterOf(a, analysis.attributions)) {
    chain.unshift(a);
  }
  return chain;
}

/** "CNN ← Stoltenberg", or undefined for a claim the article makes itself. */
export function sourceChainText(claim: Claim, analysis: Analysis): string | undefined {
  const chain = attributionChain(claim, analysis);
  return chain.length ? chain.map((a) => sourceLabel(a.source)).join(' ← ') : undefined;
}
