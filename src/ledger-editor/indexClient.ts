/**
 * The extension host's side of the index protocol, without `vscode`: jobs
 * numbered, answers matched to their requests, progress forwarded, cancel.
 * The bench drives the same class, so it measures the editor's real path.
 */
import type { IndexRequest, IndexResponse } from '../ledger/index-protocol';
import type { IndexThread, ThreadKind } from './threads';

/** Distributes `Omit` over a union, so each request keeps its own fields. */
type WithoutJob<T> = T extends unknown ? Omit<T, 'job'> : never;

type Final = Exclude<IndexResponse, { type: 'progress' }>;

export class IndexClient {
  private nextJob = 1;
  private readonly pending = new Map<number, { resolve: (r: Final) => void; reject: (e: Error) => void; progress?: (done: number, total: number) => void }>();
  private dead: string | undefined;

  constructor(private readonly thread: IndexThread) {
    thread.listen((response) => this.receive(response));
    thread.onExit((message) => {
      this.dead = message;
      for (const p of this.pending.values()) p.reject(new Error(message));
      this.pending.clear();
    });
  }

  /** `worker` (worker_threads), `webworker` (VS Code for the web) or `inline` (in-process). */
  get kind(): ThreadKind {
    return this.thread.kind;
  }

  /** Whether the thread has died; a new client (and thread) is needed then. */
  get failed(): string | undefined {
    return this.dead;
  }

  /**
   * Sends a request; resolves with its final response (an `error` response
   * rejects). `signal` cancels it: the worker stops between articles.
   */
  request(request: WithoutJob<Exclude<IndexRequest, { type: 'cancel' }>>, progress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<Final> {
    if (this.dead) return Promise.reject(new Error(this.dead));
    const job = this.nextJob++;
    return new Promise<Final>((resolve, reject) => {
      this.pending.set(job, { resolve, reject, progress });
      signal?.addEventListener('abort', () => this.thread.post({ type: 'cancel', job }), { once: true });
      this.thread.post({ ...request, job } as IndexRequest);
    });
  }

  private receive(response: IndexResponse): void {
    const p = this.pending.get(response.job);
    if (!p) return;
    if (response.type === 'progress') {
      p.progress?.(response.done, response.total);
      return;
    }
    this.pending.delete(response.job);
    if (response.type === 'error') p.reject(new Error(response.message));
    else p.resolve(response);
  }

  dispose(): Promise<void> {
    this.dead ??= 'the ledger index was closed';
    for (const p of this.pending.values()) p.reject(new Error(this.dead));
    this.pending.clear();
    return this.thread.dispose();
  }
}
