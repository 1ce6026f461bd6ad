/**
 * Parses one reference-list entry into title, outlet, date and URL. Handles
 * the common shapes: `Author, "Title". Outlet, 12 May 2030. URL`,
 * MLA's `“Title.” Outlet, 23 Feb. 2023, URL` and unquoted
 * `Title. Publisher, 2025. URL`.
 */
import { findDate } from './article-meta';

/** What a reference entry says, all optional but the raw text. */
export interface ReferenceFields {
  title?: string;
  outlet?: string;
  date?: string;
  isoDate?: string;
  url?: string;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"”]+/;
const QUOTED = /["“]([^"”]+)["”]/;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

/** Strips edge punctuation and spaces. */
function clean(s: string): string {
  return s.replace(/^[\s.,;:–—-]+|[\s.,;:–—-]+$/g, '');
}

/**
 * Splits at sentence-like periods but not after an initial ("P. Haller") or
 * an abbreviated month ("Feb. 2023").
 */
function segments(s: string): string[] {
  return s.split(/(?<!\b[A-Z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Vol|pp))\.\s+/).map(clean).filter((x) => x !== '');
}

/** The fields of one entry's text (without its "[3]" or "3." number). */
export function parseEntryFields(entry: string): ReferenceFields {
  const out: ReferenceFields = {};
  const url = URL_PATTERN.exec(entry);
  if (url) out.url = url[0].replace(/[.,;)]+$/, '');
  const rest = clean(url ? entry.slice(0, url.index) + entry.slice(url.index + url[0].length) : entry);
  const quoted = QUOTED.exec(rest);
  let after: string;
  if (quoted) {
    out.title = clean(quoted[1]);
    after = rest.slice(quoted.index + quoted[0].length);
  } else {
    const [first, ...others] = segments(rest);
    if (first !== undefined) out.title = first;
    after = others.join('. ');
  }
  const when = findDate(after);
  if (when) Object.assign(out, when);
  else {
    const year = YEAR.exec(after);
    if (year) out.date = year[0];
  }
  // The outlet is what follows the title up to the first comma or period: "Halvern Courier, 12 March 2031".
  const outlet = clean(after).split(/,|\.\s/)[0];
  if (outlet && !YEAR.test(outlet) && !findDate(outlet)) out.outlet = clean(outlet);
  return out;
}
