import type { Attachment } from '../ticket/schema';

const MIME_BY_EXTENSION: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp',
  webp: 'image/webp', svg: 'image/svg+xml', tif: 'image/tiff', tiff: 'image/tiff', heic: 'image/heic',
  pdf: 'application/pdf', zip: 'application/zip', rar: 'application/vnd.rar', '7z': 'application/x-7z-compressed',
  gz: 'application/gzip', tar: 'application/x-tar', txt: 'text/plain', log: 'text/plain', csv: 'text/csv',
  json: 'application/json', xml: 'application/xml', html: 'text/html', htm: 'text/html', eml: 'message/rfc822',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp4: 'video/mp4', mov: 'video/quicktime', webm: 'video/webm', avi: 'video/x-msvideo', mp3: 'audio/mpeg',
  php: 'text/x-php', js: 'text/javascript', sql: 'application/sql',
};

export function mimeFromName(name: string): string | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? MIME_BY_EXTENSION[ext] : undefined;
}

const UNITS: Record<string, number> = {
  b: 1, byte: 1, bytes: 1, байт: 1, б: 1,
  k: 1024, kb: 1024, kib: 1024, кб: 1024,
  m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, мб: 1024 ** 2,
  g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3, гб: 1024 ** 3,
};

/** Bytes of a printed size ("48.2 KB", "1,3 МБ", "512 bytes"); undefined when none is printed. */
export function sizeFrom(text: string | null | undefined): number | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s*(bytes?|байт|[kmg]i?b|[kmg]|[кмг]б|b|б)\b/i.exec(text ?? '')
    ?? /(\d+(?:[.,]\d+)?)\s*(байт|[кмг]б|б)(?![а-я])/i.exec(text ?? '');
  if (!m) return undefined;
  const unit = UNITS[(m[2] ?? '').toLowerCase()];
  return unit === undefined ? undefined : Math.round(Number((m[1] ?? '').replace(',', '.')) * unit);
}

/** An attachment entry with only the fields the page shows. */
export function attachment(name: string, details: { mime?: string | null; sizeText?: string | null } = {}): Attachment {
  const result: Attachment = { name };
  const mime = details.mime?.trim() || mimeFromName(name);
  if (mime) result.mime = mime;
  const size = sizeFrom(details.sizeText);
  if (size !== undefined) result.size = size;
  return result;
}
