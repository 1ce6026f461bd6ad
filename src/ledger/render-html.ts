/**
 * The ledger as one standalone, accessible HTML page: semantic tables with
 * captions and scoped headers, status in words (colour only repeats it),
 * every article text escaped, no scripts and no external resources.
 */
import { escapeHtml as h, page } from './html-page';
import { cellEntries, columnTitle, sourceStances, STANCE_TEXT } from './ledger-view';
import type { ArticleMeta, Ledger } from './types';

export interface HtmlOptions {
  /** The article's path relative to the page, made a link by `relativeHref`; no link when undefined. */
  articleHref?: (meta: ArticleMeta) => string | undefined;
  title?: string;
}

function status(stance: keyof typeof STANCE_TEXT): string {
  return `<span class="status ${stance}">${h(STANCE_TEXT[stance])}</span>`;
}

/**
 * A link to a relative path: `./` and each segment percent-encoded, so that
 * a file named `javascript:…` or holding `#`, `?` or spaces stays a path.
 */
export function relativeHref(path: string): string {
  return './' + path.split(/[\\/]/).filter((s) => s !== '' && s !== '.').map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
}

function columnHeader(meta: ArticleMeta, options: HtmlOptions): string {
  const path = options.articleHref?.(meta);
  const href = path === undefined ? undefined : relativeHref(path);
  const name = h(columnTitle(meta));
  return `<th scope="col">${href !== undefined ? `<a href="${h(href)}">${name}</a>` : name}</th>`;
}

function claimsTable(ledger: Ledger, options: HtmlOptions): string {
  const head = `<tr><th scope="col">Claim</th><th scope="col">Status</th><th scope="col">Summary</th>${ledger.articles.map((a) => columnHeader(a, options)).join('')}</tr>`;
  const rows = ledger.rows.map((row, r) => {
    const cells = ledger.articles.map((_, a) => {
      const entries = cellEntries(ledger, r, a);
      if (entries.length === 0) return '<td><span class="visually-hidden">not mentioned</span></td>';
      return `<td>${entries.map((e) => `<span class="mention">${status(e.stance)} by ${h(e.source)}<br><q class="quote">${h(e.text)}</q></span>`).join('')}</td>`;
    });
    return `<tr id="${h(row.cluster.id)}"><th scope="row">${h(row.cluster.label)}</th><td>${status(row.status)}</td><td>${h(row.summary)}</td>${cells.join('')}</tr>`;
  });
  return `<table>
<caption>Claims by article: ${ledger.rows.length} claims across ${ledger.articles.length} articles. Each cell gives the status, the source and the words of that article's mention.</caption>
<thead>${head}</thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function sourcesTable(ledger: Ledger): string {
  const rows = ledger.sources.map((s, i) => {
    const articles = s.articles.map((a) => h(ledger.articles[a].outlet ?? ledger.articles[a].id)).join(', ');
    const stances = sourceStances(ledger, i).map((x) => `<li>${status(x.stance)}: <a href="#${h(x.id)}">${h(x.label)}</a></li>`).join('');
    return `<tr><th scope="row">${h(s.name)}</th><td>${articles}</td><td><ul>${stances}</ul></td></tr>`;
  });
  return `<table>
<caption>Sources: each source across articles, with its stance on each claim.</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Articles</th><th scope="col">Stance on each claim</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** The ledger as a complete HTML document. */
export function toLedgerHtml(ledger: Ledger, options: HtmlOptions = {}): string {
  const title = options.title ?? 'Claim ledger';
  const body = `<h1>${h(title)}</h1>
<p>${ledger.articles.length} articles, ${ledger.rows.length} claims, ${ledger.mentions.length} mentions. A claim is <strong>disputed</strong> when some sources allege or confirm it and others deny it or find no evidence.</p>
<h2>Claims</h2>
${claimsTable(ledger, options)}
<h2>Sources</h2>
${sourcesTable(ledger)}`;
  return page(title, body);
}
