/**
 * The IRI an export gives an article (JSON-LD `url`, `@id`, Web Annotation
 * `source`): never an absolute local path, which would leak the reviewer's
 * user name and folders into a published file. It is the article's path
 * relative to the workspace (or the current folder), each segment
 * percent-encoded, or that path resolved against a base URL the user set.
 */

/** `relativePath` (with `/` between segments) as an IRI, under `baseUrl` when one is given and valid. */
export function articleIri(relativePath: string, baseUrl?: string): string {
  const encoded = relativePath.split(/[\\/]/).filter((s) => s !== '' && s !== '.' && s !== '..').map(encodeURIComponent).join('/');
  const base = baseUrl?.trim();
  if (!base) return encoded;
  try {
    return new URL(encoded, base.endsWith('/') ? base : `${base}/`).href;
  } catch {
    // Not a URL: the relative path still leaks nothing.
    return encoded;
  }
}
