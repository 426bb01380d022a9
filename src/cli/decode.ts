// Bytes → text for the CLI: UTF-8 (with or without BOM), UTF-16 with a BOM,
// or, for pages, the charset the page declares. Binary input is refused.
export class InputError extends Error {}

export function decodeInput(bytes: Buffer, html: boolean): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) if (b === 0 || (b < 9) || (b > 13 && b < 32 && b !== 27)) controls++;
  if (sample.length && controls / sample.length > 0.05) throw new InputError('binary input, not text (expected UTF-8 text or an HTML page)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (html) {
      const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
      if (declared) {
        try { return new TextDecoder(declared.toLowerCase()).decode(bytes); } catch { /* unknown label: fall through */ }
      }
    }
    // Not UTF-8: windows-1251 is the usual legacy encoding of Russian news, else Latin-1.
    const cyr = new TextDecoder('windows-1251').decode(bytes);
    return /[а-яА-Я]{4}/.test(cyr) ? cyr : new TextDecoder('windows-1252').decode(bytes);
  }
}
