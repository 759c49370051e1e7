/** Names that Windows refuses as file names, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name stem from a title: lower case, letters and digits (accents kept) joined by single dashes,
 * at most `max` characters, never empty nor a name Windows reserves (then `fallback`).
 *
 * @example
 * safeFileStem('Alleenwonende 75-plussers: in het centrum?') // 'alleenwonende-75-plussers-in-het-centrum'
 * safeFileStem('***') // 'wijkzicht'
 */
export function safeFileStem(title: string, fallback = 'wijkzicht', max = 80): string {
  const stem = title
    .normalize('NFC')
    .toLocaleLowerCase('nl-BE')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return stem === '' || RESERVED.test(stem) ? fallback : stem;
}
