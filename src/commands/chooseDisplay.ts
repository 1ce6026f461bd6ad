/**
 * `claimlens.chooseDisplay`: one quick pick, opened from the status bar, that
 * shows claims only, everything, or nothing in this workspace; the Claims
 * panel is one more row. A mode given as argument skips the pick.
 */
import * as vscode from 'vscode';
import { DISPLAY_MODES, DISPLAY_MODE_LABELS, isDisplayMode, type DisplayMode } from '../editor/displayModes';
import type { DisplayModeStore } from '../editor/displayModeStore';
import { COMMANDS } from './ids';

type Row = vscode.QuickPickItem & { mode?: DisplayMode; command?: string };

export async function chooseDisplay(store: DisplayModeStore, mode?: unknown): Promise<void> {
  if (isDisplayMode(mode)) {
    await store.set(mode);
    return;
  }
  const current = store.mode;
  const rows: Row[] = [
    ...DISPLAY_MODES.map((m): Row => ({
      label: `$(${DISPLAY_MODE_LABELS[m].icon}) ${DISPLAY_MODE_LABELS[m].label}`,
      description: m === current ? 'current' : undefined,
      detail: DISPLAY_MODE_LABELS[m].detail,
      mode: m,
    })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: '$(list-tree) Show Claims Panel', command: COMMANDS.focusPanel },
  ];
  const pick = vscode.window.createQuickPick<Row>();
  pick.title = 'ClaimLens display in this workspace';
  pick.placeholder = 'Display: claims only, everything or off';
  pick.items = rows;
  // The current mode is selected, so Enter keeps it and the arrows move from it.
  pick.activeItems = rows.filter((r) => r.mode === current);
  const picked = await new Promise<Row | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (picked?.mode) await store.set(picked.mode);
  else if (picked?.command) await vscode.commands.executeCommand(picked.command);
}
