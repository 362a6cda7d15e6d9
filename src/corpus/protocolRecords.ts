import type { StatedMetadata } from './extractMetadata.ts';
import { headerFields } from './headerFields.ts';
import { webAddress } from './webAddress.ts';

/** A web archive record's first line ("WARC/1.0") or an HTTP response's status line ("HTTP/1.1 200 OK"). */
const RECORD_START = /^(?:WARC\/\d+\.\d+|HTTP\/\d(?:\.\d)?\s+\d{3}\b.*)$/;
const HTTP_STATUS = /^HTTP\/\d(?:\.\d)?\s+\d{3}\b/;

interface ProtocolRecord {
  fields: Map<string, string>;
  /** What follows the header block: for a WARC record, its block (an HTTP message, metadata, a request). */
  content: string;
}

/**
 * A page saved by a crawler or an HTTP client with the protocol's own text around it: a web archive's (WARC)
 * records, or a response with its status line and headers. Their headers are the machine's, not the page's: the
 * page is the payload of the response record with the most text, its HTTP headers cut. The record's target
 * address is the page's. Null when the text does not open with a record or a response.
 */
export function readProtocolRecords(text: string): { body: string; stated: StatedMetadata } | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!RECORD_START.test(lines[0] ?? '')) return null;
  const records = recordsOf(lines);
  const responses = records.filter((record) => {
    const type = record.fields.get('warc-type');
    return type === undefined || type === 'response' || type === 'resource';
  });
  const best = responses
    .map((record) => ({ record, payload: payloadOf(record.content) }))
    .sort((a, b) => b.payload.trim().length - a.payload.trim().length)[0];
  if (!best || best.payload.trim() === '') return null;
  const address = best.record.fields.get('warc-target-uri') ?? best.record.fields.get('content-location');
  const url = address ? webAddress(address) : null;
  return { body: best.payload, stated: url ? { url } : {} };
}

/** The records one after another: each opens with its start line, then fields up to a blank line, then content. */
function recordsOf(lines: readonly string[]): ProtocolRecord[] {
  const records: ProtocolRecord[] = [];
  let at = 0;
  while (at < lines.length) {
    if (!RECORD_START.test(lines[at] ?? '')) {
      at += 1;
      continue;
    }
    const { fields, next } = fieldsFrom(lines, at + 1);
    // A WARC record's content runs to the next record; an HTTP message inside it is read by payloadOf.
    let end = next;
    while (end < lines.length && !/^WARC\/\d+\.\d+$/.test(lines[end] ?? '')) end += 1;
    records.push({ fields, content: lines.slice(next, end).join('\n') });
    at = end;
  }
  return records;
}

/** The fields from line `start` and the line after them: after the blank line, or at the first line that is no field. */
function fieldsFrom(lines: readonly string[], start: number): { fields: Map<string, string>; next: number } {
  const { fields, end, whole } = headerFields(lines, start);
  return { fields, next: whole && end < lines.length ? end + 1 : end };
}

/** A WARC record's content without the HTTP response's status line and headers, when it holds one. */
function payloadOf(content: string): string {
  const lines = content.replace(/^\s*\n/, '').split('\n');
  if (!HTTP_STATUS.test(lines[0] ?? '')) return content;
  return lines.slice(fieldsFrom(lines, 1).next).join('\n');
}
