// The one font of the app, bundled (no network): Noto Sans, Latin + Latin Extended, 400 and 700.
// Registered under the family names the map style uses ("Noto Sans Regular" / "Noto Sans Bold") so that
// MapLibre's local glyph rendering finds them, and as "Noto Sans" for the UI.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';

const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT = 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';

/** Registers the bundled font faces and waits until the regular and bold Latin faces are loaded. */
export async function loadFonts(): Promise<void> {
  const faces: FontFace[] = [];
  for (const [family, weight] of [['Noto Sans', '400'], ['Noto Sans', '700'], ['Noto Sans Regular', '400'], ['Noto Sans Bold', '700']] as const) {
    const bold = weight === '700';
    faces.push(new FontFace(family, `url(${bold ? latin700 : latin400}) format('woff2')`, { weight, unicodeRange: LATIN, display: 'swap' }));
    faces.push(new FontFace(family, `url(${bold ? latinExt700 : latinExt400}) format('woff2')`, { weight, unicodeRange: LATIN_EXT, display: 'swap' }));
  }
  for (const face of faces) document.fonts.add(face);
  await Promise.all(faces.filter((_, i) => i % 2 === 0).map((face) => face.load()));
}
