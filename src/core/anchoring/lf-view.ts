/**
 * A copy of a text with CRLF (and lone CR) line breaks turned into LF, and the
 * way back to the original offsets. Lets an anchor made on an LF file find its
 * quote after the file was saved with CRLF, and the other way round.
 */

/** A normalised copy of a text and the way back to its offsets. */
export interface TextView {
  text: string;
  /** Original offset of a view offset (0..text.length inclusive). */
  toOriginal(offset: number): number;
}

/** Normalises line breaks of a short string (a quote or its context). */
export function toLf(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/** The last view built: merging resolves many anchors against the same text. */
let last: { source: string; view: TextView } | undefined;

/** The LF view of `text`; the identity view when the text holds no CR. */
export function lfView(text: string): TextView {
  if (!text.includes('\r')) return { text, toOriginal: (offset) => offset };
  if (last?.source !== text) last = { source: text, view: buildView(text) };
  return last.view;
}

function buildView(text: string): TextView {
  const out: string[] = [];
  const origin = new Int32Array(text.length + 1);
  let n = 0;
  let from = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', from)) {
    const piece = text.slice(from, i);
    out.push(piece, '\n');
    for (let k = 0; k <= piece.length; k++) origin[n + k] = from + k;
    n += piece.length + 1;
    from = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  const rest = text.slice(from);
  out.push(rest);
  for (let k = 0; k <= rest.length; k++) origin[n + k] = from + k;
  return { text: out.join(''), toOriginal: (offset) => origin[offset] };
}
