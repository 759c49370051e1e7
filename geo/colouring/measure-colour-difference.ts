/** A colour in CIELAB (D65 white, 2° observer): lightness 0–100 and the two opponent axes. */
export interface LabColour {
  readonly l: number;
  readonly a: number;
  readonly b: number;
}

/**
 * Reads a `#rrggbb` (or `#rgb`) sRGB colour into CIELAB, through linear RGB and CIE XYZ with the D65 white
 * point (IEC 61966-2-1 for sRGB; CIE 15:2004 for XYZ → L*a*b*).
 *
 * @example
 * hexToLab('#ffffff'); // { l: 100, a: ≈0, b: ≈0 }
 * hexToLab('#000000'); // { l: 0, a: 0, b: 0 }
 */
export function hexToLab(hex: string): LabColour {
  if (typeof hex !== 'string' || !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) throw new TypeError(`not a #rrggbb colour: ${String(hex)}`);
  const full = hex.length === 4 ? `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  // sRGB → XYZ (D65), divided by the white point.
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return { l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

const rad = Math.PI / 180;

/**
 * The perceived difference of two colours, CIEDE2000 (ΔE00; Sharma, Wu & Dalal 2005, "The CIEDE2000
 * colour-difference formula: implementation notes", with kL = kC = kH = 1). About 1 is just noticeable;
 * colours of a qualitative map want 20 or more between neighbours.
 *
 * @example
 * colourDifference('#e69f00', '#d55e00'); // ≈ 17: orange and vermillion, too close for neighbouring teams
 * colourDifference('#0072b2', '#e69f00'); // ≈ 67
 */
export function colourDifference(first: string, second: string): number {
  return labDifference(hexToLab(first), hexToLab(second));
}

/**
 * CIEDE2000 between two CIELAB colours (see `colourDifference`).
 *
 * @example
 * labDifference({ l: 50, a: 2.6772, b: -79.7751 }, { l: 50, a: 0, b: -82.7485 }); // 2.0425 (Sharma et al., pair 1)
 */
export function labDifference(p: LabColour, q: LabColour): number {
  for (const c of [p, q]) if (![c?.l, c?.a, c?.b].every(Number.isFinite)) throw new TypeError('a Lab colour needs finite l, a and b');
  const c1 = Math.hypot(p.a, p.b);
  const c2 = Math.hypot(q.a, q.b);
  const meanC7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(meanC7 / (meanC7 + 25 ** 7)));
  const a1 = (1 + g) * p.a;
  const a2 = (1 + g) * q.a;
  const cp1 = Math.hypot(a1, p.b);
  const cp2 = Math.hypot(a2, q.b);
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1 = hue(p.b, a1);
  const h2 = hue(q.b, a2);
  const dL = q.l - p.l;
  const dC = cp2 - cp1;
  let dh = 0;
  if (cp1 * cp2 !== 0) dh = Math.abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh / 2) * rad);
  const meanL = (p.l + q.l) / 2;
  const meanCp = (cp1 + cp2) / 2;
  let meanH = h1 + h2;
  if (cp1 * cp2 !== 0) meanH = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  const t = 1 - 0.17 * Math.cos((meanH - 30) * rad) + 0.24 * Math.cos(2 * meanH * rad) + 0.32 * Math.cos((3 * meanH + 6) * rad) - 0.2 * Math.cos((4 * meanH - 63) * rad);
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sc = 1 + 0.045 * meanCp;
  const sh = 1 + 0.015 * meanCp * t;
  const meanCp7 = meanCp ** 7;
  const rt = -2 * Math.sqrt(meanCp7 / (meanCp7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((meanH - 275) / 25) ** 2)) * rad);
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}
