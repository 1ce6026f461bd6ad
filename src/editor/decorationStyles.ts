/**
 * How each highlight looks. Every category differs in more than colour:
 * claims carry a bottom border whose style encodes the status (solid,
 * dashed, double), a gutter icon of its own shape (circle, speech bubble,
 * octagon; media/claim-<status>-<light|dark>.svg) and a short label; hedges are italic with a
 * dotted underline; sources are outlined; cues are bold with an overline.
 * Colours are theme colours contributed in package.json.
 */
import * as vscode from 'vscode';
import type { Highlight } from './categories';

const color = (id: string) => new vscode.ThemeColor(`claimlens.${id}`);

function claimStyle(extensionUri: vscode.Uri, status: 'confirmed' | 'alleged' | 'denied', borderStyle: string, label: string): vscode.DecorationRenderOptions {
  const icon = (theme: 'light' | 'dark') => vscode.Uri.joinPath(extensionUri, 'media', `claim-${status}-${theme}.svg`);
  const border = color(`${status}Claim`);
  return {
    borderStyle: `none none ${borderStyle} none`,
    borderWidth: borderStyle === 'double' ? '0 0 3px 0' : '0 0 2px 0',
    borderColor: border,
    // High-contrast themes take the variant of their kind: dark on black, light on white.
    light: { gutterIconPath: icon('light') },
    dark: { gutterIconPath: icon('dark') },
    gutterIconSize: '80%',
    overviewRulerColor: border,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    after: { contentText: label, color: border, margin: '0 0 0 0.2em', fontWeight: 'bold' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

/** Render options per highlight; `extensionUri` locates the gutter icons in media/. */
export function decorationStyles(extensionUri: vscode.Uri): Record<Highlight, vscode.DecorationRenderOptions> {
  return {
    confirmed: claimStyle(extensionUri, 'confirmed', 'solid', '✓'),
    alleged: claimStyle(extensionUri, 'alleged', 'dashed', '?'),
    denied: claimStyle(extensionUri, 'denied', 'double', '✗'),
    hedge: {
      fontStyle: 'italic',
      textDecoration: 'underline dotted',
      backgroundColor: color('hedgeBackground'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    },
    source: {
      outlineStyle: 'solid',
      outlineWidth: '1px',
      outlineColor: color('sourceOutline'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    },
    cue: {
      fontWeight: 'bold',
      textDecoration: 'overline',
      color: color('cueForeground'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    },
  };
}
