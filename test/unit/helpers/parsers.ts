/** Small readers for exported text formats, so tests can check what was written. */

/** RFC 4180 CSV to rows of fields (CRLF or LF line ends, quoted fields with "" escapes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export interface BratEntity { id: string; type: string; fragments: Array<[number, number]>; text: string }

/** The T, A, R and # lines of a brat .ann file. */
export function parseAnn(ann: string): { entities: BratEntity[]; attributes: string[][]; relations: string[][]; notes: string[][] } {
  const out = { entities: [] as BratEntity[], attributes: [] as string[][], relations: [] as string[][], notes: [] as string[][] };
  for (const line of ann.split('\n').filter(Boolean)) {
    const [id, middle, text] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, ...rest] = middle.split(' ');
      const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      out.entities.push({ id, type, fragments, text });
    } else if (id.startsWith('A')) out.attributes.push(middle.split(' '));
    else if (id.startsWith('R')) out.relations.push(middle.split(' '));
    else if (id.startsWith('#')) out.notes.push([...middle.split(' '), text]);
  }
  return out;
}
