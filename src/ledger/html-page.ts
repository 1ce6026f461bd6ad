/** HTML escaping and the standalone page shell of the ledger: inline styles, light and dark, no external resources. */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// Status is always written out in words; the colours only repeat it.
const CSS = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --line: #c8c8c8; --head: #f0f0f0;
  --confirmed: #1b5e20; --alleged: #7a4200; --denied: #a10000; --disputed: #4a148c; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8e8; --bg: #1e1e1e; --line: #555555; --head: #2a2a2a;
    --confirmed: #89d185; --alleged: #ffd54f; --denied: #ff8a80; --disputed: #e1bee7; }
}
body { font: 15px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 1.5rem; }
table { border-collapse: collapse; margin: 1rem 0 2rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: var(--head); position: sticky; top: 0; }
.status { font-weight: 600; }
.confirmed { color: var(--confirmed); } .alleged { color: var(--alleged); }
.denied, .no-evidence { color: var(--denied); } .disputed, .mixed { color: var(--disputed); }
.mention { display: block; margin-bottom: 0.4rem; } .quote { font-size: 0.9em; opacity: 0.85; }
a { color: inherit; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
a:focus-visible, td:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
`;

/** A complete HTML document around `body`. */
export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
