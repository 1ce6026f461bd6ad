/**
 * Recognises page furniture (navigation, photo credits, comment prompts, tag
 * lists), reference-list entries and headlines, so that they stay out of
 * claims. Works on one block at a time, with its neighbours for context.
 */
import type { BlockKind } from '../types';

interface BlockText {
  text: string;
}

/** Whole-block navigation and prompt phrases seen on news pages. */
const FURNITURE = [
  /^(previous|next) (article|post|story)$/i,
  /^no time to read\??$/i,
  /^get a summary$/i,
  /^click here\b/i,
  /^(read|see) (the rest|more)\b.*$/i,
  /^(tags?|topics?|filed under)\s*:?$/i,
  /^(share|share this|advertisement|related articles?|recommended|exit mobile version|real time analytics)$/i,
  /^@\w+$/,
  /^\d+ comments?$/i,
];

const REFERENCE = /^\s*(\[\d+\]|\d+\.)\s+.*(https?:\/\/|\b(19|20)\d\d\b)/;
const URL_ONLY = /^\s*https?:\/\/\S+\s*$/;
const TERMINAL = /[.!?"”’')]\s*$/;

function isTagList(text: string): boolean {
  // "China, Russia, Usa": short capitalised items separated by commas, no verb-like sentence end.
  if (TERMINAL.test(text)) return false;
  const items = text.split(/\s*[,;|]\s*/);
  return items.length >= 3 && items.every((s) => /^[\p{Lu}#][\p{L}\p{N} .'-]{0,30}$/u.test(s));
}

/** Classifies one block; `index` and `all` give the neighbouring blocks. */
export function classifyBlock(text: string, index: number, all: readonly BlockText[]): BlockKind {
  const line = text.trim();
  if (FURNITURE.some((re) => re.test(line))) return 'furniture';
  if (URL_ONLY.test(line)) return 'furniture';
  if (REFERENCE.test(line)) return 'reference';
  const previous = index > 0 ? all[index - 1].text.trim() : '';
  if (/^(tags?|topics?)\s*:?$/i.test(previous) || isTagList(line)) return 'furniture';
  if (/^(photo|image|picture)( credit)?s?:/i.test(line)) return 'furniture';
  if (!TERMINAL.test(line) && !line.includes('\n')) return 'headline';
  return 'paragraph';
}
