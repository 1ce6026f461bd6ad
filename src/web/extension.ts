/**
 * Entry point for VS Code for the web. The desktop extension uses no Node-only
 * API (no fs, path or process; timers and `performance` only), so the browser
 * build bundles the same composition root and the same core.
 */
export { activate, deactivate } from '../extension';
