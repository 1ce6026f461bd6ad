/**
 * Outlet, date and title of an article, read from its first lines (the
 * byline, dateline or masthead: "Meridian Wire | Valgrad | 13 March 2031",
 * "*Northgate Times* · World · 15 March 2031", "Oskel, 14 March 2031 - ..."),
 * else a news name the text repeats ("the Halvern Courier"), else the file name.
 */
import type { ArticleMeta } from './types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`);
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** Words that end the name of a news outlet. */
const NEWS_WORD = '(?:Courier|Times|Wire|Gazette|Daily|News|Post|Herald|Journal|Tribune|Telegraph|Guardian|Observer|Chronicle|Press|Radio|Review|Brief|Agency|Mail|Star|Standard|Express|Monitor)';
const NEWS_NAME = new RegExp(`\\b((?:[A-Z][\\w'-]*[ \\t]+){0,3}${NEWS_WORD})\\b`, 'g');
const SEPARATOR = /\s+[|·•–—-]\s+|\s*\|\s*/;
const NAVIGATION = /^(skip to|previous article|next article|home\b|menu\b|sign in|subscribe|share\b|advertisement)/i;
/** A masthead segment: capitalised words, with the small words a name may contain. */
const NAME = /^(?:The\s+)?[A-Z][\w'&.-]*(?:\s+(?:[A-Z][\w'&.-]*|for|of|and|on|the))*$/;

/** Markdown emphasis, headings and links reduced to their text. */
function plain(line: string): string {
  return line.replace(/^#+\s*/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, '').trim();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date in `text`, as written and as YYYY-MM-DD. */
export function findDate(text: string): { date: string; isoDate: string } | undefined {
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return { date: dmy[0], isoDate: `${dmy[3]}-${pad(MONTHS.indexOf(dmy[2].slice(0, 3).toLowerCase()) + 1)}-${pad(Number(dmy[1]))}` };
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return { date: mdy[0], isoDate: `${mdy[3]}-${pad(MONTHS.indexOf(mdy[1].slice(0, 3).toLowerCase()) + 1)}-${pad(Number(mdy[2]))}` };
  const iso = ISO.exec(text);
  return iso ? { date: iso[0], isoDate: iso[0] } : undefined;
}

/** A masthead line's outlet: its first segment that reads as a name and is neither a byline nor a date. */
function outletOf(line: string): string | undefined {
  const segments = line.split(SEPARATOR).map((s) => s.trim());
  if (segments.length < 2 && !new RegExp(`${NEWS_WORD}$`).test(line)) return undefined;
  return segments.find((s) => NAME.test(s) && !/^By\s/.test(s) && !findDate(s) && (/\s/.test(s) || new RegExp(NEWS_WORD).test(s)));
}

/** The news name the text mentions most often ("Halvern Courier"), if any. */
function mostMentionedOutlet(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(NEWS_NAME)) {
    const name = m[1].replace(/^The\s+/, '');
    if (/\s/.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [name, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

/** Reads what an article says about itself; `id` (its file name) stands in for the outlet when nothing does. */
export function articleMeta(text: string, id: string): ArticleMeta {
  const lines = text.split(/\r?\n/).map(plain).filter((l) => l !== '').slice(0, 8);
  const head = lines.join('\n');
  const meta: ArticleMeta = { id };
  const when = findDate(head);
  if (when) Object.assign(meta, when);
  for (const line of lines) {
    const outlet = outletOf(line);
    if (outlet) {
      meta.outlet = outlet.replace(/^The\s+/, '');
      break;
    }
  }
  meta.outlet ??= mostMentionedOutlet(text) ?? id.replace(/\.[^.]+$/, '');
  const title = lines.find((l) => l.split(/\s+/).length >= 4 && !SEPARATOR.test(l) && !/[>|]/.test(l) && !NAVIGATION.test(l) && !/^By\s/.test(l) && !findDate(l));
  if (title) meta.title = title;
  return meta;
}
