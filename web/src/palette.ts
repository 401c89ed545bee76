// The QuadClass colours: Okabe & Ito's colour-blind-safe palette (grey for events without a QuadClass;
// sky blue and blue for verbal and material cooperation; orange and vermillion for verbal and material
// conflict), so that cooperation and conflict stay apart under deuteranopia and protanopia, and the two
// of a side differ in lightness. test/palette.test.ts checks every pair under a deuteranopia simulation.

export const QUAD_NAMES = ['no QuadClass', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_COLOURS = ['#999999', '#56b4e9', '#0072b2', '#e69f00', '#d55e00'];

type Rgb = [number, number, number];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** Deuteranopia (severity 1) after Machado, Oliveira & Fernandes (2009), applied to linear RGB. */
export function deuteranopia(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const m = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ];
  return m.map((row) => toGamma(Math.min(1, Math.max(0, row[0]! * r + row[1]! * g + row[2]! * b)))) as Rgb;
}

/** CIELAB (D65) of an sRGB colour. */
export function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference. */
export function deltaE(a: Rgb, b: Rgb): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = hexToRgb(hex).map(toLinear) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
