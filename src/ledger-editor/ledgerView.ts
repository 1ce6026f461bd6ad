/**
 * The claim ledger in an editor tab (a webview panel, as wide as the editor
 * area, restored after a reload): rows are claims across articles, columns
 * the articles; a Sources tab; a cell opens its article beside the ledger. The page is
 * media/ledger.{js,css} under a content security policy with a nonce; the
 * table arrives as one JSON string from the index worker and is parsed in the
 * view, so the extension host never walks it, and it is fetched only while the
 * view is on screen, so a hidden view costs the extension host nothing per build.
 */
import * as vscode from 'vscode';
import { VIEWS } from '../commands/ids';
import { toRange } from '../editor/positions';
import type { LedgerIndexer, IndexerState } from './indexer';
import { webviewNonce } from './nonce';
import { isFromLedgerView, type FromLedgerView, type ToLedgerView } from './messages';

/** The message that shows an indexer state; undefined for a ledger, whose table must be fetched. */
export function stateMessage(state: IndexerState): ToLedgerView | undefined {
  switch (state.kind) {
    case 'idle':
      return { type: 'empty', reason: 'not-started' };
    case 'indexing':
      return { type: 'indexing', done: state.done, total: state.total };
    case 'cancelled':
      return { type: 'empty', reason: 'cancelled' };
    case 'error':
      return { type: 'error', message: state.message };
    case 'ready':
      return state.stats.articles === 0 ? { type: 'empty', reason: 'no-articles' } : undefined;
  }
}

export class LedgerView implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private view: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly shownEmitter = new vscode.EventEmitter<{ rows: number; tab: 'claims' | 'sources' }>();
  /** What the page reports it shows after each render (row count and tab), for tests. */
  readonly onDidShow = this.shownEmitter.event;
  lastShown: { rows: number; tab: 'claims' | 'sources' } | undefined;
  /** The version of the ledger whose table the page holds; -1 when it shows something else. */
  private shownVersion = -1;

  constructor(private readonly extensionUri: vscode.Uri, private readonly indexer: LedgerIndexer) {
    this.disposables.push(
      this.shownEmitter,
      vscode.window.registerWebviewPanelSerializer(VIEWS.ledger, this),
      indexer.onDidChange((state) => void this.show(state)),
    );
  }

  /** Whether the ledger tab is open and on screen. */
  get visible(): boolean {
    return this.view?.visible ?? false;
  }

  /** Opens the ledger tab in the active editor group, or brings the open one to the front. */
  reveal(): void {
    if (this.view) {
      this.view.reveal();
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    this.adopt(vscode.window.createWebviewPanel(VIEWS.ledger, 'Claim Ledger', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: true }));
  }

  /** Restores the ledger tab a reload left open. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    this.adopt(panel);
  }

  private adopt(view: vscode.WebviewPanel): void {
    this.view?.dispose();
    this.view = view;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.iconPath = vscode.Uri.joinPath(media, 'claimlens.svg');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    view.webview.html = this.html(view.webview, media);
    this.disposables.push(
      view.webview.onDidReceiveMessage((m: unknown) => {
        if (isFromLedgerView(m)) void this.receive(m);
      }),
      // A table built while the view was hidden is fetched when it shows again.
      view.onDidChangeViewState(() => void this.show(this.indexer.current)),
      view.onDidDispose(() => { if (this.view === view) this.view = undefined; }),
    );
  }

  private async receive(m: FromLedgerView): Promise<void> {
    switch (m.type) {
      case 'ready':
        // A new page holds nothing yet.
        this.shownVersion = -1;
        await this.show(this.indexer.current);
        // Opening the view is what starts the index.
        await this.indexer.ensureStarted();
        return;
      case 'reindex':
        await this.indexer.reindex();
        return;
      case 'open':
        await this.open(m.article, m.start, m.end);
        return;
      case 'shown':
        this.lastShown = { rows: m.rows, tab: m.tab };
        this.shownEmitter.fire(this.lastShown);
    }
  }

  /** Opens an article at a mention; offsets beyond an edited file's end are clamped by positionAt. */
  async open(article: string, start: number, end: number): Promise<void> {
    const uri = this.indexer.uriOf(article);
    if (!uri) {
      void vscode.window.showWarningMessage(`ClaimLens: ${article} is no longer in the workspace.`);
      return;
    }
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      const range = toRange(document, { start, end });
      // Beside the ledger, which stays in view for the next cell.
      await vscode.window.showTextDocument(document, { selection: range, preview: false, viewColumn: vscode.ViewColumn.Beside });
      vscode.window.activeTextEditor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } catch (e) {
      void vscode.window.showErrorMessage(`ClaimLens could not open ${article}: ${(e as Error).message}`);
    }
  }

  /** Shows a state; a ledger's table is fetched from the index worker only if the view is on screen and lacks it. */
  private async show(state: IndexerState): Promise<void> {
    const message = stateMessage(state);
    if (message) {
      this.shownVersion = -1;
      this.post(message);
      return;
    }
    if (state.kind !== 'ready' || !this.view?.visible || this.shownVersion === state.version) return;
    const table = await this.indexer.table().catch(() => undefined);
    // A newer state may have come meanwhile: it shows itself; a view hidden meanwhile fetches it again when it shows.
    if (table === undefined || this.indexer.current !== state || !this.view?.visible) return;
    this.shownVersion = state.version;
    this.post({ type: 'ledger', table });
  }

  private post(message: ToLedgerView): void {
    void this.view?.webview.postMessage(message);
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const n = webviewNonce();
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(media, name)).toString();
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${n}' ${webview.cspSource}`,
      `img-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${asset('ledger.css')}" rel="stylesheet">
<title>Claim ledger</title>
</head>
<body>
<div id="app" aria-live="polite"><p class="note">Loading the claim ledger…</p></div>
<script type="module" nonce="${n}" src="${asset('ledger.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
