/**
 * Messages about annotations shown to the user, also kept in a short log so
 * that tests and the API can tell what the user was told.
 */
import * as vscode from 'vscode';

export type NoticeLevel = 'info' | 'warning' | 'error';

/** One message shown. */
export interface Notice {
  level: NoticeLevel;
  message: string;
}

const KEEP = 50;

export class Notices {
  private readonly log: Notice[] = [];
  /** Messages shown once per session, by key. */
  private readonly once = new Set<string>();

  /** The messages shown so far (the last 50), oldest first. */
  get shown(): readonly Notice[] {
    return this.log;
  }

  /** Shows a message; resolves with the action the user picked, if any. */
  show(level: NoticeLevel, message: string, ...actions: string[]): Thenable<string | undefined> {
    this.log.push({ level, message });
    if (this.log.length > KEEP) this.log.shift();
    const text = `ClaimLens: ${message}`;
    if (level === 'error') return vscode.window.showErrorMessage(text, ...actions);
    if (level === 'warning') return vscode.window.showWarningMessage(text, ...actions);
    return vscode.window.showInformationMessage(text, ...actions);
  }

  /** Shows a message the first time `key` is seen this session. */
  showOnce(key: string, level: NoticeLevel, message: string): void {
    if (this.once.has(key)) return;
    this.once.add(key);
    void this.show(level, message);
  }
}
