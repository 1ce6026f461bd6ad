/**
 * The display mode of this workspace, kept in the workspace state: choosing
 * "claims only" in one project leaves the user's settings and other projects
 * as they were.
 */
import * as vscode from 'vscode';
import { DEFAULT_DISPLAY_MODE, isDisplayMode, type DisplayMode } from './displayModes';

const KEY = 'claimlens.displayMode';

export class DisplayModeStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DisplayMode>();
  /** Fires with the new mode. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get mode(): DisplayMode {
    const stored = this.state.get<unknown>(KEY);
    return isDisplayMode(stored) ? stored : DEFAULT_DISPLAY_MODE;
  }

  async set(mode: DisplayMode): Promise<void> {
    if (mode === this.mode) return;
    await this.state.update(KEY, mode);
    this.changed.fire(mode);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
