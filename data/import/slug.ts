/**
 * A lower-case identifier: letters, digits, `_`; accents dropped; never starting with a digit.
 *
 * @example
 * slug('Gemiddeld netto-inkomen (€)') // 'gemiddeld_netto_inkomen'
 * slug('2024')                        // 'x_2024'
 */
export function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return s === '' ? 'x' : /^\d/.test(s) ? `x_${s}` : s;
}
