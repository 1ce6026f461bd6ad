/** Stances of mentions and rows, and the per-row summary sentence. */
import type { Mention, Stance } from './types';

/** A mention's stance: its status, with "there is no evidence for it" told apart from a denial. */
export function stanceOf(m: Pick<Mention, 'status' | 'explanation'>): Stance {
  return m.status === 'denied' && /no (verifiable )?evidence/i.test(m.explanation) ? 'no-evidence' : m.status;
}

const NEGATIVE: ReadonlySet<Stance> = new Set(['denied', 'no-evidence']);

/**
 * A row's status: `disputed` when some sources hold the claim true or
 * possible and others deny it or find no evidence; otherwise the weakest
 * common stance (one alleged mention makes a confirmed row alleged).
 */
export function rowStatus(stances: readonly Stance[]): Stance | 'disputed' {
  const negative = stances.filter((s) => NEGATIVE.has(s));
  if (negative.length > 0 && negative.length < stances.length) return 'disputed';
  if (negative.length > 0) return negative.includes('denied') ? 'denied' : 'no-evidence';
  return stances.every((s) => s === 'confirmed') ? 'confirmed' : 'alleged';
}

/** Keys already made: a large ledger asks for the same few thousand names tens of thousands of times. */
const keys = new Map<string, string>();
const MAX_KEYS = 50_000;

/** The same source however it is written: no article, no possessive, one case. */
export function sourceKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, key);
  }
  return key;
}

const PHRASE: Record<Stance, string> = {
  alleged: 'alleged by',
  confirmed: 'confirmed by',
  denied: 'denied by',
  'no-evidence': 'no evidence per',
};
const ORDER: readonly Stance[] = ['alleged', 'confirmed', 'denied', 'no-evidence'];
/** More names than this read as a count ("alleged by 4 sources"). */
const MAX_NAMED = 2;

function names(list: readonly string[]): string {
  if (list.length > MAX_NAMED) return `${list.length} sources`;
  return list.length === 2 ? `${list[0]} and ${list[1]}` : list[0];
}

/** "Alleged by 4 sources, denied by Kestria, no evidence per Hanna Lovik." Each source counted once per stance. */
export function summarise(mentions: readonly Pick<Mention, 'status' | 'explanation' | 'source'>[]): string {
  const by = new Map<Stance, Map<string, string>>();
  for (const m of mentions) {
    const stance = stanceOf(m);
    const sources = by.get(stance) ?? new Map<string, string>();
    if (!sources.has(sourceKey(m.source))) sources.set(sourceKey(m.source), m.source);
    by.set(stance, sources);
  }
  const parts = ORDER.filter((s) => by.has(s)).map((s) => `${PHRASE[s]} ${names([...(by.get(s) ?? new Map<string, string>()).values()])}`);
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
