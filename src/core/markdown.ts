/**
 * Masks Markdown syntax with spaces so that the prose can be analysed with
 * the offsets of the original file: every character keeps its position, only
 * markup becomes blank. Fenced code is blanked entirely.
 */

const FENCE = /^ {0,3}(```|~~~)/;

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

function maskLine(line: string): string {
  return line
    // Headings, block quotes and list markers at the start of the line.
    .replace(/^( {0,3})(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, (m) => blank(m))
    // Images and links: keep the visible text, blank the brackets and the target.
    .replace(/!?\[([^\]\n]*)\]\(([^)\n]*)\)/g, (m, label: string) => {
      const open = m.startsWith('!') ? 2 : 1;
      return ' '.repeat(open) + label + ' '.repeat(m.length - open - label.length);
    })
    // Emphasis and inline code markers.
    .replace(/(\*\*|__|\*|`)/g, (m) => blank(m))
    // Closing hashes of ATX headings.
    .replace(/\s#+\s*$/, (m) => blank(m));
}

export function maskMarkdown(text: string): string {
  const lines = text.split(/(\r?\n)/);
  let inFence = false;
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i];
    if (FENCE.test(line)) {
      inFence = !inFence;
      lines[i] = blank(line);
    } else if (inFence) {
      lines[i] = blank(line);
    } else {
      lines[i] = maskLine(line);
    }
  }
  return lines.join('');
}
