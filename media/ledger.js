// @ts-check
/**
 * The Ledger view's page: renders the table the extension posts (message
 * shapes: src/ledger-editor/messages.ts), with tabs, filters and sorting
 * (ledger.model.js). Text is only ever set as textContent, never as HTML.
 * Cells are buttons: Tab reaches them, Enter or a click opens the mention.
 */
import { SORTS, STATUSES, sourceNames, visibleColumns, visibleRows, visibleSources } from './ledger.model.js';

// @ts-expect-error acquireVsCodeApi is provided by the webview host.
const vscode = acquireVsCodeApi();
const app = /** @type {HTMLElement} */ (document.getElementById('app'));

/** Enough rows and columns for a readable page; filters reach the rest. */
const MAX_ROWS = 200;
const MAX_COLUMNS = 40;
const STANCE_TEXT = { confirmed: 'confirmed', alleged: 'alleged', denied: 'denied', 'no-evidence': 'no evidence', disputed: 'disputed', mixed: 'mixed' };
const SORT_TEXT = { articles: 'Most articles first', disputed: 'Disputed first', label: 'By claim (A–Z)' };

/** @type {import('./ledger.model').LedgerTable | undefined} */
let table;
/** @type {{ tab: 'claims' | 'sources', sort: string, status: string, source: string, text: string }} */
const state = { tab: 'claims', sort: 'articles', status: '', source: '', text: '', ...(vscode.getState() ?? {}) };

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node | string)[]} [children]
 */
function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

/** @param {string} stance */
const badge = (stance) => el('span', { class: `stance ${stance}` }, [STANCE_TEXT[/** @type {keyof typeof STANCE_TEXT} */ (stance)] ?? stance]);

function save() {
  vscode.setState({ tab: state.tab, sort: state.sort, status: state.status, source: state.source, text: state.text });
}

/**
 * @param {string} label
 * @param {string} value
 * @param {[string, string][]} options
 * @param {(v: string) => void} onChange
 */
function select(label, value, options, onChange) {
  const s = /** @type {HTMLSelectElement} */ (el('select', { 'aria-label': label, title: label }));
  for (const [v, text] of options) {
    const o = /** @type {HTMLOptionElement} */ (el('option', { value: v }, [text]));
    if (v === value) o.selected = true;
    s.append(o);
  }
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

function toolbar() {
  if (!table) return el('div');
  const t = table;
  const text = /** @type {HTMLInputElement} */ (el('input', { type: 'search', placeholder: 'Filter by text', 'aria-label': 'Filter by text', value: state.text }));
  text.addEventListener('input', () => {
    state.text = text.value;
    save();
    renderBody();
  });
  const bar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Filter and sort' }, [
    text,
    select('Filter by status', state.status, [['', 'All statuses'], ...STATUSES.map((s) => /** @type {[string, string]} */ ([s, STANCE_TEXT[s]]))], (v) => { state.status = v; save(); renderBody(); }),
    select('Filter by source', state.source, [['', 'All sources'], ...sourceNames(t).map((s) => /** @type {[string, string]} */ ([s, s]))], (v) => { state.source = v; save(); renderBody(); }),
    select('Sort claims', state.sort, SORTS.map((s) => /** @type {[string, string]} */ ([s, SORT_TEXT[s]])), (v) => { state.sort = v; save(); renderBody(); }),
  ]);
  return bar;
}

function tabs() {
  const list = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Ledger views' });
  for (const [id, label] of /** @type {const} */ ([['claims', 'Claims'], ['sources', 'Sources']])) {
    const b = el('button', { role: 'tab', id: `tab-${id}`, 'aria-selected': String(state.tab === id), 'aria-controls': 'body', tabindex: state.tab === id ? '0' : '-1' }, [label]);
    b.addEventListener('click', () => { state.tab = id; save(); render(); document.getElementById(`tab-${id}`)?.focus(); });
    b.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      state.tab = state.tab === 'claims' ? 'sources' : 'claims';
      save();
      render();
      document.getElementById(`tab-${state.tab}`)?.focus();
    });
    list.append(b);
  }
  return list;
}

/**
 * @param {import('./ledger.model').TableEntry} e
 * @param {import('./ledger.model').TableArticle} article
 */
function cellButton(e, article) {
  const b = el('button', {
    class: `cell ${e.stance}`,
    'data-article': article.id,
    'data-start': String(e.start),
    'data-end': String(e.end),
    title: `“${e.text}”`,
    'aria-label': `${article.title}: ${STANCE_TEXT[e.stance]} by ${e.source}. Open the article at the mention.`,
  }, [badge(e.stance), el('span', { class: 'source' }, [e.source])]);
  b.addEventListener('click', () => vscode.postMessage({ type: 'open', article: article.id, start: e.start, end: e.end }));
  return b;
}

function claimsTable() {
  const t = /** @type {import('./ledger.model').LedgerTable} */ (table);
  const rows = visibleRows(t, state);
  const shown = rows.slice(0, MAX_ROWS);
  const columns = visibleColumns(t, shown, MAX_COLUMNS);
  const head = el('tr', {}, [el('th', { scope: 'col' }, ['Claim']), el('th', { scope: 'col' }, ['Summary']),
    ...columns.map((a) => el('th', { scope: 'col', class: 'article' }, [t.articles[a].title]))]);
  const body = el('tbody');
  for (const r of shown) {
    const row = t.rows[r];
    const byArticle = new Map(row.cells.map((c) => [c.article, c.entries]));
    const label = el('th', { scope: 'row', class: 'label' }, [row.label]);
    if (row.status === 'disputed') label.append(' ', el('span', { class: 'stance disputed marker' }, ['disputed']));
    body.append(el('tr', { 'data-row': row.id, class: row.status === 'disputed' ? 'disputed-row' : '' }, [
      label,
      el('td', { class: 'summary' }, [row.summary]),
      ...columns.map((a) => el('td', {}, (byArticle.get(a) ?? []).map((e) => cellButton(e, t.articles[a])))),
    ]));
  }
  const caption = `${rows.length} of ${t.rows.length} claims across ${t.articles.length} articles${rows.length > shown.length ? `; the first ${shown.length} shown` : ''}${columns.length < t.articles.length ? `; ${columns.length} article columns` : ''}.`;
  const out = el('div', { class: 'scroll' }, [el('table', { class: 'claims', 'aria-label': 'Claims by article' }, [el('caption', {}, [caption]), el('thead', {}, [head]), body])]);
  return { node: out, count: rows.length };
}

function sourcesTable() {
  const t = /** @type {import('./ledger.model').LedgerTable} */ (table);
  const list = visibleSources(t, state);
  const body = el('tbody');
  for (const i of list.slice(0, MAX_ROWS)) {
    const s = t.sources[i];
    const stances = el('ul', {}, s.stances.map((x) => el('li', {}, [badge(x.stance), ' ', t.rows[x.row]?.label ?? ''])));
    body.append(el('tr', {}, [el('th', { scope: 'row' }, [s.name]), el('td', {}, [s.articles.map((a) => t.articles[a]?.outlet ?? t.articles[a]?.id).join(', ')]), el('td', {}, [stances])]));
  }
  const head = el('tr', {}, [el('th', { scope: 'col' }, ['Source']), el('th', { scope: 'col' }, ['Articles']), el('th', { scope: 'col' }, ['Stance on each claim'])]);
  const node = el('div', { class: 'scroll' }, [el('table', { class: 'sources', 'aria-label': 'Sources across articles' }, [el('caption', {}, [`${list.length} of ${t.sources.length} sources.`]), el('thead', {}, [head]), body])]);
  return { node, count: list.length };
}

function renderBody() {
  const body = document.getElementById('body');
  if (!body || !table) return;
  const { node, count } = state.tab === 'claims' ? claimsTable() : sourcesTable();
  body.replaceChildren(node);
  vscode.postMessage({ type: 'shown', rows: count, tab: state.tab });
}

function render() {
  app.replaceChildren(tabs(), toolbar(), el('div', { id: 'body', role: 'tabpanel', 'aria-labelledby': `tab-${state.tab}` }));
  renderBody();
}

/** @param {string} text */
function note(text, withReindex = false) {
  const children = [el('p', { class: 'note' }, [text])];
  if (withReindex) {
    const b = el('button', { class: 'action' }, ['Index the workspace']);
    b.addEventListener('click', () => vscode.postMessage({ type: 'reindex' }));
    children.push(b);
  }
  app.replaceChildren(...children);
}

window.addEventListener('message', (event) => {
  const m = event.data;
  if (m?.type === 'ledger') {
    table = JSON.parse(m.table);
    render();
  } else if (m?.type === 'indexing') {
    // A ledger already shown stays while a new one is built.
    if (table) return;
    const p = el('progress', { max: String(Math.max(1, m.total)), value: String(m.done), 'aria-label': 'Indexing progress' });
    app.replaceChildren(el('p', { class: 'note' }, [m.total ? `Indexing articles… ${m.done} of ${m.total}` : 'Indexing articles…']), p);
  } else if (m?.type === 'empty') {
    table = undefined;
    note(m.reason === 'no-articles' ? 'No articles in this workspace: ClaimLens indexes .txt, .md and .article files and the claimlens.include globs.'
      : m.reason === 'cancelled' ? 'Indexing was cancelled.' : 'The ledger has not been built yet.', m.reason !== 'no-articles');
  } else if (m?.type === 'error') {
    note(`The ledger could not be built: ${m.message}`, true);
  }
});

vscode.postMessage({ type: 'ready' });
