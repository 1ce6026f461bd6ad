/**
 * Entry point of dist/web/ledgerWorker.js, the index thread of VS Code for
 * the web. The host starts it from a Blob URL of this script's text, since a
 * web extension host may not start workers from extension URIs.
 */
import { serveWebWorker, type WorkerScope } from './webWorkerScope';

serveWebWorker(self as unknown as WorkerScope);
