// URL hygiene: only http(s) URLs are kept as article URLs.

/** The URL, trimmed, if it is an absolute http(s) URL; otherwise null (javascript:, data:, junk). */
export function safeUrl(value: string | null | undefined, base?: string | null): string | null {
  if (value == null) return null;
  const v = value.trim();
  if (v === '' || v.length > 4096) return null;
  let u: URL;
  try {
    u = base ? new URL(v, base) : new URL(v);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return base ? u.href : v;
}
