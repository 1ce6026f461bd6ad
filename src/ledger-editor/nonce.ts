/** The nonce of a webview's content security policy: 128 random bits from the platform's cryptographic source. */
export function webviewNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
