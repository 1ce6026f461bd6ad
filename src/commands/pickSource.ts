/**
 * Asks for a claim's source: one of the sources the article quotes (anchored
 * to its mention), a name typed in, or none of one's own.
 */
import * as vscode from 'vscode';
import type { MergedView, SourceInput } from '../annotations';

/** A picked source; `null` means no source of your own (the analysis' one, if any); undefined means cancelled. */
export type PickedSource = SourceInput | null | undefined;

interface SourceItem extends vscode.QuickPickItem {
  source?: SourceInput | null;
  other?: boolean;
}

/** Quick picks a source; `near` orders the article's sources by distance from it. */
export async function pickSource(view: MergedView, near: number, title: string): Promise<PickedSource> {
  const seen = new Set<string>();
  const quoted: SourceItem[] = [];
  const attributions = [...view.attributions].sort((a, b) => Math.abs(a.source.start - near) - Math.abs(b.source.start - near));
  for (const a of attributions) {
    const name = (a.source.resolved?.text ?? a.source.text).replace(/\s+/g, ' ').trim();
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    quoted.push({ label: name, description: a.source.kind, source: { text: a.source.text, start: a.source.start, end: a.source.end, kind: a.source.kind } });
  }
  const items: SourceItem[] = [
    { label: '$(discard) No source of my own', description: 'keep what the analysis found', source: null },
    { label: '$(edit) Another source…', description: 'type a name', other: true },
    ...(quoted.length ? [{ label: 'Sources in this article', kind: vscode.QuickPickItemKind.Separator } as SourceItem] : []),
    ...quoted,
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Who makes this claim?' });
  if (!picked) return undefined;
  if (!picked.other) return picked.source ?? null;
  const name = await vscode.window.showInputBox({ title, prompt: 'Name of the source', validateInput: (v) => (v.trim() ? undefined : 'Type a name, or press Escape') });
  return name?.trim() ? { text: name.trim() } : undefined;
}
