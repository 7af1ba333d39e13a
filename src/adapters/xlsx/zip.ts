import { gzipSync, inflateSync } from 'fflate';

/** One file of a zip archive, as its central directory describes it; its data stays where it is in the archive. */
export interface ZipEntry {
  readonly name: string;
  /** The name's bytes as stored, so a copied entry keeps its exact name. */
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** The compressed data, a view into the archive's bytes. */
  readonly raw: Uint8Array;
}

/** Why an archive cannot be read; the adapter turns it into a line for the user. */
export class BadZipError extends Error {
  override readonly name = 'BadZipError';
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ENCRYPTED = 0x1;
const UTF8_NAME = 0x800;
const DATA_DESCRIPTOR = 0x8;

/** The entries of a zip archive from its central directory, in archive order. Throws BadZipError on anything else. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(bytes, view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (offset === 0xffffffff || count === 0xffff) ({ count, offset } = zip64Directory(view, end));
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_HEADER) throw new BadZipError('central directory is damaged');
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    let compressedSize = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    let local = view.getUint32(offset + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
      ({ compressedSize, size, local } = zip64Sizes(view, offset + 46 + nameLength, extraLength, { compressedSize, size, local }));
    }
    if ((flags & ENCRYPTED) !== 0) throw new BadZipError('encrypted');
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) throw new BadZipError('local header is damaged');
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new BadZipError('entry runs past the end');
    entries.push({
      name: (flags & UTF8_NAME) !== 0 ? decoder.decode(nameBytes) : latin1(nameBytes),
      nameBytes,
      flags,
      method: view.getUint16(offset + 10, true),
      time: view.getUint16(offset + 12, true),
      date: view.getUint16(offset + 14, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize,
      size,
      raw: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) return i;
  }
  throw new BadZipError('no end of central directory');
}

function zip64Directory(view: DataView, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_END_LOCATOR) throw new BadZipError('zip64 locator missing');
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength) throw new BadZipError('zip64 record missing');
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}

/** Sizes and offset from the zip64 extra field, for those the central header marks as too large. */
function zip64Sizes(view: DataView, at: number, length: number, known: { compressedSize: number; size: number; local: number }): typeof known {
  for (let p = at; p + 4 <= at + length; p += 4 + view.getUint16(p + 2, true)) {
    if (view.getUint16(p, true) !== 0x0001) continue;
    let q = p + 4;
    const next = (): number => {
      const value = Number(view.getBigUint64(q, true));
      q += 8;
      return value;
    };
    const size = known.size === 0xffffffff ? next() : known.size;
    const compressedSize = known.compressedSize === 0xffffffff ? next() : known.compressedSize;
    const local = known.local === 0xffffffff ? next() : known.local;
    return { compressedSize, size, local };
  }
  throw new BadZipError('zip64 sizes missing');
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.raw;
  if (entry.method !== 8) throw new BadZipError(`compression method ${entry.method}`);
  return inflateSync(entry.raw, { out: new Uint8Array(entry.size) });
}

/** The uncompressed bytes of an entry, by the platform's own inflate (DecompressionStream) when there is one. */
export async function entryBytesNatively(entry: ZipEntry): Promise<Uint8Array> {
  if (entry.method === 8 && typeof DecompressionStream === 'function') {
    try {
      const stream = new Blob([entry.raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    } catch {
      // A platform without "deflate-raw" (or a stream it refuses) falls back to fflate, which says what is wrong.
    }
  }
  return entryBytes(entry);
}

/** A file to write: an entry copied as it is, compressed bytes and all, or new content. */
export type ZipItem = { readonly copy: ZipEntry } | { readonly name: string; readonly data: Uint8Array };

/**
 * Raw deflate of new content and its CRC-32, taken from a gzip member (header, deflate data, then the
 * CRC and the size): the platform's own gzip (CompressionStream, native in browsers and Node, and run
 * beside the script) when there is one, else fflate's. A large plan's sheet is tens of megabytes, and
 * the platform's deflate is about three times as fast; the CRC then costs no pass of our own.
 */
async function deflate(data: Uint8Array): Promise<{ raw: Uint8Array; crc: number }> {
  let member: Uint8Array | undefined;
  if (typeof CompressionStream === 'function') {
    try {
      const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip'));
      member = new Uint8Array(await new Response(stream).arrayBuffer());
    } catch {
      // A platform whose stream refuses falls back to fflate.
    }
  }
  return fromGzip(member ?? gzipSync(data, { level: 6 }));
}

/** The deflate data and CRC-32 of a gzip member (RFC 1952), past whatever optional header fields it has. */
function fromGzip(member: Uint8Array): { raw: Uint8Array; crc: number } {
  const view = new DataView(member.buffer, member.byteOffset, member.byteLength);
  const flags = member[3] ?? 0;
  let p = 10;
  if (flags & 4) p += 2 + view.getUint16(p, true);
  if (flags & 8) p = member.indexOf(0, p) + 1;
  if (flags & 16) p = member.indexOf(0, p) + 1;
  if (flags & 2) p += 2;
  return { raw: member.subarray(p, member.length - 8), crc: view.getUint32(member.length - 8, true) };
}

/** DOS date of 1 January 1980, the earliest a zip can hold: new entries carry it, so equal content gives equal bytes. */
const FIXED_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes a zip archive: copied entries keep their compressed bytes, new ones are deflated (all at once). */
export async function writeZip(items: readonly ZipItem[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const records = await Promise.all(
    items.map(async (item): Promise<ZipEntry> => {
      if ('copy' in item) return item.copy;
      const { raw, crc } = await deflate(item.data);
      const nameBytes = encoder.encode(item.name);
      return { name: item.name, nameBytes, flags: UTF8_NAME, method: 8, time: 0, date: FIXED_DATE, crc, compressedSize: raw.length, size: item.data.length, raw };
    }),
  );
  const localBytes = records.reduce((sum, r) => sum + 30 + r.nameBytes.length + r.raw.length, 0);
  const centralBytes = records.reduce((sum, r) => sum + 46 + r.nameBytes.length, 0);
  if (localBytes + centralBytes > 0xffffffff || records.length > 0xffff) throw new RangeError('The workbook is too large for a zip archive without zip64');
  const out = new Uint8Array(localBytes + centralBytes + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (const r of records) {
    offsets.push(p);
    view.setUint32(p, LOCAL_HEADER, true);
    headerFields(view, p + 4, r);
    out.set(r.nameBytes, p + 30);
    out.set(r.raw, p + 30 + r.nameBytes.length);
    p += 30 + r.nameBytes.length + r.raw.length;
  }
  const centralStart = p;
  records.forEach((r, i) => {
    view.setUint32(p, CENTRAL_HEADER, true);
    view.setUint16(p + 4, 20, true);
    headerFields(view, p + 6, r);
    view.setUint32(p + 42, offsets[i] ?? 0, true);
    out.set(r.nameBytes, p + 46);
    p += 46 + r.nameBytes.length;
  });
  view.setUint32(p, END_OF_DIRECTORY, true);
  view.setUint16(p + 8, records.length, true);
  view.setUint16(p + 10, records.length, true);
  view.setUint32(p + 12, p - centralStart, true);
  view.setUint32(p + 16, centralStart, true);
  return out;
}

/** The fields a local and a central header share, from "version needed" on; sizes and CRC are known, so no data descriptor. */
function headerFields(view: DataView, at: number, r: ZipEntry): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, r.flags & ~DATA_DESCRIPTOR & 0xffff, true);
  view.setUint16(at + 4, r.method, true);
  view.setUint16(at + 6, r.time, true);
  view.setUint16(at + 8, r.date, true);
  view.setUint32(at + 10, r.crc, true);
  view.setUint32(at + 14, r.compressedSize, true);
  view.setUint32(at + 18, r.size, true);
  view.setUint16(at + 22, r.nameBytes.length, true);
  view.setUint16(at + 24, 0, true);
}
