/**
 * Escapes article text for Markdown hovers and tooltips. Unlike
 * `MarkdownString.appendText`, it keeps ordinary spaces, so long sentences
 * still wrap. Free of `vscode` for unit tests.
 */

/** Characters with a meaning in Markdown, HTML or theme-icon syntax. */
const SPECIAL = /[\\`*_{}[\]()#+\-.!<>|~$&"']/g;

/** Text that renders literally inside Markdown: specials backslash-escaped, white space collapsed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}
