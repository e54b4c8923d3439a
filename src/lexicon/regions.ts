// Region names for people: "Donetsk (UA-14)" wherever a region appears, and region filters that accept
// a name ("Donetsk", "Zaporizhia") as well as a code. Read from the lexicon's places.
import { loadLexicon } from './load.js';

export interface RegionNames {
  /** The region's name ("Donetsk"), else the code. */
  name(code: string): string;
  /** "Donetsk (UA-14)". */
  label(code: string): string;
  /** A code from a code or any of the region's names (case-insensitive); null when unknown. */
  resolve(input: string): string | null;
}

export function regionNames(lexiconDirs: string[] = []): RegionNames {
  const byCode = new Map<string, string>();
  const byName = new Map<string, string>();
  try {
    for (const p of loadLexicon(lexiconDirs).places) {
      byCode.set(p.code, p.name);
      for (const n of [p.name, ...p.names]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), p.code);
    }
  } catch {
    // no lexicon: codes only
  }
  const name = (code: string) => byCode.get(code) ?? code;
  return {
    name,
    label: (code) => (byCode.has(code) ? `${name(code)} (${code})` : code),
    resolve(input) {
      const s = input.trim();
      if (!s) return null;
      if (byCode.has(s.toUpperCase())) return s.toUpperCase();
      const lower = s.toLowerCase().replace(/\s+(region|oblast|province)$/, '');
      return byName.get(s.toLowerCase()) ?? byName.get(lower) ?? (/^[A-Z]{2}-[A-Z0-9]{1,3}$/i.test(s) ? s.toUpperCase() : null);
    },
  };
}
