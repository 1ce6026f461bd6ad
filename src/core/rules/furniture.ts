/**
 * Recognises page furniture (navigation, photo credits, comment prompts, tag
 * lists), reference-list entries and headlines, so that they stay out of
 * claims (GUIDE.md sections 1 and 4). Works on one block at a time, with its
 * neighbours for context.
 */
import type { BlockKind } from '../types';

interface BlockText {
  text: string;
}

/**
 * Whole-line navigation and prompt phrases seen on news pages. Sources: the
 * corpus pages, and the stock strings of common CMS themes (WordPress
 * "Exit mobile version", "Previous Article"/"Next Article", share bars).
 */
const FURNITURE: readonly RegExp[] = [
  /^(previous|next|prev) (article|post|story|page)$/i,
  /^no time to read\??$/i,
  /^get (a|the) summary$/i,
  /^click here\b.*$/i,
  /^(leave|post|add) a (comment|reply)\b.*$/i,
  /^\d+ comments?$/i,
  /^(read|see) (the rest|more|also)\b.*$/i,
  /^(tags?|topics?|filed under|categories|category)\s*:?$/i,
  /^(share|share this( article| story)?|advertisement|sponsored|related( articles?| posts?| stories)?|recommended( for you)?|exit mobile version|real time analytics|skip to (main )?content|subscribe( now)?|sign up|log ?in|print|email)$/i,
  /^@\w+$/,
  /^(photo|image|picture|photograph)( credits?)?( should read|:).*$/i,
  /^(credit|source|caption)\s*:.*$/i,
  // A labelled tag list on one line: "Tags: Ports, Labour".
  /^(tags?|topics?|filed under|categories|category)\s*:\s*[^.!?]*$/i,
  // A staff credit, like a byline: "(Reporting by Ana Ruiz; editing by Tom Lund)", "Additional reporting by Ana Ruiz."
  /^\(?(additional )?(reporting|writing|editing) by\s+\p{Lu}[^.!?]*\)?\.?$/iu,
  // A byline: "By Ana Ruiz, Staff Reporter" (no sentence punctuation, so not "By Monday, talks had failed.").
  /^[Bb]y\s+\p{Lu}[^.!?]{0,80}$/u,
  // A date or date-and-time line: "12 March 2031", "March 12, 2031", "Tuesday, 3 May 2031, 09:40".
  /^(\p{L}+day,?\s+)?(\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2},?)\s+\d{4}(,?\s+\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?)?$/u,
];

/**
 * Short segments between pipes or dots: a dateline ("Wire | City | 13 March
 * 2031", "Coast Times · Local · 4 May 2030") or a section bar ("Home | World").
 */
function isPipeBar(line: string): boolean {
  const parts = line.split(/[|·•]/).map((p) => p.trim());
  return parts.length >= 3 && parts.every((p) => p.length > 0 && p.length <= 40 && !/[.!?]$/.test(p));
}

/**
 * A reference-list entry: a number ("0.", "[3]", "3)") and then a title,
 * an outlet, a date or a URL.
 */
const REFERENCE = /^\s*(\[\d+\]|\d+[.)])\s+.*(https?:\/\/|www\.|\b(19|20)\d\d\b)/;
const URL_ONLY = /^\s*(https?:\/\/|www\.)\S+\s*$/;
/** Characters that end a paragraph: sentence punctuation, a closing quote or bracket. */
const TERMINAL_CHARS = new Set(['.', '!', '?', '"', '”', '’', "'", ')']);

/**
 * Whether a paragraph ends like one: sentence punctuation, a closing quote or
 * bracket, or a citation marker ("[3]"), then only white space. Read from the
 * end: a regular expression anchored at the end still tries every position.
 */
function endsTerminated(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  if (k < 0) return false;
  if (TERMINAL_CHARS.has(text[k])) return true;
  if (text[k] !== ']') return false;
  let d = k - 1;
  while (d >= 0 && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d--;
  return d < k - 1 && text[d] === '[';
}

/** White space as `\s` reads it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const NAVIGATION = /^(previous|next|prev) (article|post|story)$/i;

/**
 * Every furniture pattern opens with one of these (case-insensitive), except
 * the date line, which opens with a letter or digit anyway: a line that starts
 * otherwise, or a long line of prose, skips the list. Lines of prose are most
 * lines, and a dozen regular expressions each is what made splitting slow.
 */
const FURNITURE_START = /^(?:\(?(?:additional |reporting |writing |editing )|prev|next|no |get |click|leave|post|add |\d|read|see |tags?\b|topic|filed|categor|share|advert|sponsor|related|recommend|exit|real|skip|subscri|sign|log|print|email|@|photo|image|picture|credit|source|caption|by\s|\p{L}+day|\p{L}+\.?\s+\d)/iu;
/** Longest line a date, navigation or prompt line is: longer lines are only checked for the open-ended patterns. */
const SHORT_LINE = 60;
/** The patterns that may run on: "Click here …", "Leave a comment …", credits and captions, labelled tag lists. */
const OPEN_ENDED = /^(?:\(?(?:additional |reporting |writing |editing )|click|leave|post|add |read|see |photo|image|picture|credit|source|caption|tags?\b|topic|filed|categor)/i;

/** Whether one line is page furniture on its own. */
export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  // three native searches for a separator cost less than a character-class regex over every line of prose
  if ((t.includes('|') || t.includes('·') || t.includes('•')) && isPipeBar(t)) return true;
  if (URL_ONLY.test(t)) return true;
  if (!FURNITURE_START.test(t)) return false;
  if (t.length > SHORT_LINE && !OPEN_ENDED.test(t)) return /^[Bb]y\s/.test(t) && FURNITURE.some((re) => re.test(t));
  return FURNITURE.some((re) => re.test(t));
}

function isTagList(text: string): boolean {
  // "China, Russia, Usa": short capitalised items separated by commas, no sentence end.
  if (endsTerminated(text)) return false;
  const items = text.split(/\s*[,;|]\s*/);
  return items.length >= 3 && items.every((s) => /^[\p{Lu}#][\p{L}\p{N} .'-]{0,30}$/u.test(s));
}

/** Classifies one block; `index` and `all` give the neighbouring blocks. */
export function classifyBlock(text: string, index: number, all: readonly BlockText[]): BlockKind {
  const line = text.trim();
  if (isFurnitureLine(line)) return 'furniture';
  if (REFERENCE.test(line)) return 'reference';
  const previous = index > 0 ? all[index - 1].text.trim() : '';
  if (/^(tags?|topics?)\s*:?$/i.test(previous) || isTagList(line)) return 'furniture';
  // the title of a linked article after "Previous Article" / "Next Article"
  if (NAVIGATION.test(previous)) return 'furniture';
  if (!endsTerminated(line) && !line.includes('\n')) return 'headline';
  return 'paragraph';
}

const CREDIT_WORDS = /photo|image|picture|credit|getty|afp|reuters|shutterstock/i;

/**
 * Where a trailing photo credit starts inside a caption paragraph ("... on
 * the pier. Photo credit should read ANA RUIZ/Valley Post"), or -1.
 */
export function trailingCredit(text: string): number {
  // A credit holds no sentence punctuation but its last character and follows one: it lies in the text from the
  // last such punctuation before the final one. Only that tail is searched; the look-behind patterns are slow.
  const from = lastInnerStop(text);
  if (from < 0) return -1;
  const tail = text.slice(from);
  if (!CREDIT_WORDS.test(tail)) return -1;
  const m = /(?<=[.!?]["”’)]?\s+)(photo|image|picture|photograph)( credits?)?( should read|:|\s*by\b)[^.!?]*[.!?]?\s*$/i.exec(tail);
  if (m) return from + m.index;
  const agency = /(?<=[.!?]["”’)]?\s+)\(?(credit|photo):?[^.!?]*\b(getty images|afp|reuters|ap photo|shutterstock)\)?\s*$/i.exec(tail);
  return agency ? from + agency.index : -1;
}

function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

/** Index of the last ".", "!" or "?" before the one that may end the text (after trailing white space), or -1. */
function lastInnerStop(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  if (k >= 0 && isStop(text.charCodeAt(k))) k--;
  while (k >= 0 && !isStop(text.charCodeAt(k))) k--;
  return k;
}
