// The quantised perceptron's scoring of every class (QuantisedScorer.score) as a small WebAssembly function with
// 128-bit SIMD: four classes per pass over a feature's row instead of one, which JavaScript cannot express. It
// does exactly what the JavaScript loop does, operation for operation (an int8 weight times its row's scale in
// double precision, added to the class's sum, the sum rounded to float32 after every step, as Math.fround
// does), so the scores are bit-identical; the tagger and the parser spend most of their time here.
// Where WebAssembly SIMD is missing, the scorer keeps its JavaScript loop.

/** The most features one call scores (the tagger's and parser's templates use fewer), and the most classes. */
export const KERNEL_MAX_FEATURES = 256;
export const KERNEL_MAX_CLASSES = 256;

// Layout of a kernel's memory (bytes): the exponent scales, the gathered rows' scales and offsets, the features,
// the scores (padded: a pass writes four), a word that keeps the prefetching loads alive, then the weight rows.
const SCALES = 0;
const ROW_SCALES = 2048;
const OFFSETS = ROW_SCALES + 8 * KERNEL_MAX_FEATURES;
const FEATURES = OFFSETS + 4 * KERNEL_MAX_FEATURES;
const SCORES = FEATURES + 4 * KERNEL_MAX_FEATURES;
const TOUCHED = SCORES + 4 * (KERNEL_MAX_CLASSES + 4);
const ROWS = 8192;
/** A pass reads four weights: the last row's last pass may read three bytes past the table. */
const PADDING = 16;

/** Unsigned LEB128, as the binary format writes sizes, indices and offsets. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

// The instructions used, by their names in the WebAssembly text format.
const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, depth],
  brIf: (depth: number) => [0x0d, depth],
  get: (local: number) => [0x20, local],
  set: (local: number) => [0x21, local],
  tee: (local: number) => [0x22, local],
  i32Const: (value: number) => [0x41, ...sleb(value)],
  i32Load: (offset: number) => [0x28, 2, ...uleb(offset)],
  i32Load8s: (offset: number) => [0x2c, 0, ...uleb(offset)],
  f64Load: (offset: number) => [0x2b, 3, ...uleb(offset)],
  i32Store: (offset: number) => [0x36, 2, ...uleb(offset)],
  f64Store: (offset: number) => [0x39, 3, ...uleb(offset)],
  i32GeU: [0x4f],
  i32Add: [0x6a],
  i32Mul: [0x6c],
  i32Shl: [0x74],
  i32ShrU: [0x76],
  v128Load32Zero: (offset: number) => [0xfd, 0x5c, 0, ...uleb(offset)],
  v128Load64Zero: (offset: number) => [0xfd, 0x5d, 0, ...uleb(offset)],
  v128Store64Lane0: (offset: number) => [0xfd, 0x5b, 0, ...uleb(offset), 0],
  /** i8x16.shuffle taking the upper eight bytes of a vector into the lower eight. */
  upperHalf: [0xfd, 0x0d, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7],
  f64x2Splat: [0xfd, 0x14],
  i16x8ExtendLowI8x16S: [0xfd, ...uleb(0x87)],
  i32x4ExtendLowI16x8S: [0xfd, ...uleb(0xa7)],
  f32x4DemoteF64x2Zero: [0xfd, 0x5e],
  f64x2PromoteLowF32x4: [0xfd, 0x5f],
  f64x2Add: [0xfd, ...uleb(0xf0)],
  f64x2Mul: [0xfd, ...uleb(0xf2)],
  f64x2ConvertLowI32x4S: [0xfd, ...uleb(0xfe)],
};

/** Signed LEB128 (constants). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

// score(count, classes, shift, stride): parameters 0-3, then its locals.
const [COUNT, CLASSES, SHIFT, STRIDE] = [0, 1, 2, 3];
const [F, M, ROW, E, TOUCH, C, K] = [4, 5, 6, 7, 8, 9, 10];
const [LOW, HIGH, SCALE, W] = [11, 12, 13, 14];

/** Gathers the non-empty rows of the features, in order, as QuantisedScorer.gatherRows() does. */
const gather = [
  ...op.block, ...op.loop,
  ...op.get(F), ...op.get(COUNT), ...op.i32GeU, ...op.brIf(1),
  ...op.get(F), ...op.i32Const(2), ...op.i32Shl, ...op.i32Load(FEATURES), ...op.get(SHIFT), ...op.i32ShrU, ...op.get(STRIDE), ...op.i32Mul, ...op.set(ROW),
  // The row's last byte, read so that its cache line is fetched now, alongside the others.
  ...op.get(TOUCH), ...op.get(ROW), ...op.get(STRIDE), ...op.i32Add, ...op.i32Load8s(ROWS - 1), ...op.i32Add, ...op.set(TOUCH),
  ...op.get(ROW), ...op.i32Load8s(ROWS), ...op.i32Const(128), ...op.i32Add, ...op.tee(E),
  ...op.if,
  ...op.get(M), ...op.i32Const(2), ...op.i32Shl, ...op.get(ROW), ...op.i32Const(1), ...op.i32Add, ...op.i32Store(OFFSETS),
  ...op.get(M), ...op.i32Const(3), ...op.i32Shl, ...op.get(E), ...op.i32Const(3), ...op.i32Shl, ...op.f64Load(SCALES), ...op.f64Store(ROW_SCALES),
  ...op.get(M), ...op.i32Const(1), ...op.i32Add, ...op.set(M),
  ...op.end,
  ...op.get(F), ...op.i32Const(1), ...op.i32Add, ...op.set(F),
  ...op.br(0), ...op.end, ...op.end,
  ...op.i32Const(0), ...op.get(TOUCH), ...op.i32Store(TOUCHED),
];

/** One step of a two-class sum: sum = fround(sum + weight * scale) in each lane, the weights in `weights`' low lanes. */
const step = (sum: number, weights: number[]) => [
  ...op.get(sum), ...weights, ...op.f64x2ConvertLowI32x4S, ...op.get(SCALE), ...op.f64x2Mul, ...op.f64x2Add,
  ...op.f32x4DemoteF64x2Zero, ...op.f64x2PromoteLowF32x4, ...op.set(sum),
];

/** Classes c..c+3 summed over the gathered rows, for c = 0, 4, 8, … below `classes`. */
const sums = [
  ...op.block, ...op.loop,
  ...op.get(C), ...op.get(CLASSES), ...op.i32GeU, ...op.brIf(1),
  ...op.get(C), ...op.i32Const(2), ...op.i32Shl, ...op.v128Load64Zero(SCORES), ...op.f64x2PromoteLowF32x4, ...op.set(LOW),
  ...op.get(C), ...op.i32Const(2), ...op.i32Shl, ...op.v128Load64Zero(SCORES + 8), ...op.f64x2PromoteLowF32x4, ...op.set(HIGH),
  ...op.i32Const(0), ...op.set(K),
  ...op.block, ...op.loop,
  ...op.get(K), ...op.get(M), ...op.i32GeU, ...op.brIf(1),
  ...op.get(K), ...op.i32Const(3), ...op.i32Shl, ...op.f64Load(ROW_SCALES), ...op.f64x2Splat, ...op.set(SCALE),
  ...op.get(K), ...op.i32Const(2), ...op.i32Shl, ...op.i32Load(OFFSETS), ...op.get(C), ...op.i32Add,
  ...op.v128Load32Zero(ROWS), ...op.i16x8ExtendLowI8x16S, ...op.i32x4ExtendLowI16x8S, ...op.set(W),
  ...step(LOW, op.get(W)),
  ...step(HIGH, [...op.get(W), ...op.get(W), ...op.upperHalf]),
  ...op.get(K), ...op.i32Const(1), ...op.i32Add, ...op.set(K),
  ...op.br(0), ...op.end, ...op.end,
  ...op.get(C), ...op.i32Const(2), ...op.i32Shl, ...op.get(LOW), ...op.f32x4DemoteF64x2Zero, ...op.v128Store64Lane0(SCORES),
  ...op.get(C), ...op.i32Const(2), ...op.i32Shl, ...op.get(HIGH), ...op.f32x4DemoteF64x2Zero, ...op.v128Store64Lane0(SCORES + 8),
  ...op.get(C), ...op.i32Const(4), ...op.i32Add, ...op.set(C),
  ...op.br(0), ...op.end, ...op.end,
];

function section(id: number, contents: number[]): number[] {
  return [id, ...uleb(contents.length), ...contents];
}

const name = (text: string) => [text.length, ...Array.from(text, (ch) => ch.charCodeAt(0))];

function moduleBytes(): Uint8Array {
  const body = [...uleb(2), 7, I32, 4, V128, ...gather, ...sums, ...op.end];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 4, I32, I32, I32, I32, 0]), // (i32, i32, i32, i32) -> ()
    ...section(2, [1, ...name('k'), ...name('memory'), 0x02, 0x00, 1]), // memory imported, one page at least
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('score'), 0x00, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

// The WebAssembly API calls used here (the project compiles without the DOM library, which declares them).
interface WasmModule {
  readonly kind?: 'module';
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: { k: { memory: WasmMemory } }) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
};

let compiled: WasmModule | null | undefined;
function kernelModule(): WasmModule | null {
  if (compiled === undefined) {
    const bytes = moduleBytes();
    compiled = typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  }
  return compiled;
}

/** One weight table's kernel: its own memory holding the rows, and views the scorer reads and writes through. */
export class ScoreKernel {
  /** The weight rows, in the kernel's memory: the scorer reads them from here too. */
  readonly rows: Int8Array;
  private readonly features: Uint32Array;
  private readonly scores: Float32Array;
  private readonly run: (count: number, classes: number, shift: number, stride: number) => void;

  private constructor(module: WasmModule, rows: Int8Array, scales: Float32Array) {
    const memory = new WebAssembly.Memory({ initial: Math.ceil((ROWS + rows.length + PADDING) / 65536) });
    const instance = new WebAssembly.Instance(module, { k: { memory } });
    this.run = instance.exports.score as (count: number, classes: number, shift: number, stride: number) => void;
    new Float64Array(memory.buffer, SCALES, scales.length).set(scales);
    this.rows = new Int8Array(memory.buffer, ROWS, rows.length);
    this.rows.set(rows);
    this.features = new Uint32Array(memory.buffer, FEATURES, KERNEL_MAX_FEATURES);
    this.scores = new Float32Array(memory.buffer, SCORES, KERNEL_MAX_CLASSES + 4);
  }

  /** A kernel over a copy of `rows` (the exponent scales by exponent byte in `scales`), or null without WebAssembly SIMD. */
  static over(rows: Int8Array, scales: Float32Array): ScoreKernel | null {
    const module = kernelModule();
    return module ? new ScoreKernel(module, rows, scales) : null;
  }

  /** Adds every feature's row to `scores` (classes of at most 256; `count` at most KERNEL_MAX_FEATURES). */
  score(features: Uint32Array, count: number, scores: Float32Array, classes: number, shift: number, stride: number): void {
    const f = this.features;
    const s = this.scores;
    for (let k = 0; k < count; k++) f[k] = features[k]!;
    for (let c = 0; c < classes; c++) s[c] = scores[c]!;
    this.run(count, classes, shift, stride);
    for (let c = 0; c < classes; c++) scores[c] = s[c]!;
  }
}
