import { Readable } from 'node:stream';
import { ProtocolError } from './errors';

/** One part's headers: the form field `name`, the `filename` if any, and the raw headers. */
export interface PartHeaders {
  name: string;
  filename?: string;
  headers: Record<string, string>;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/**
 * A streaming multipart/form-data reader: parts are read one after the
 * other and a part's body is handed out in chunks as the source delivers
 * them, so a large file never sits whole in memory.
 */
export class MultipartReader {
  private readonly iterator: AsyncIterator<Buffer>;
  private readonly delimiter: Buffer;
  // A leading CRLF lets the opening boundary match the same delimiter as the others.
  private buffer: Buffer = Buffer.from('\r\n');
  private ended = false;

  constructor(source: AsyncIterable<Buffer>, boundary: string) {
    this.iterator = source[Symbol.asyncIterator]();
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  /** Reads up to the next part's body; null after the closing boundary. */
  async nextPart(): Promise<PartHeaders | null> {
    let idx: number;
    while ((idx = this.buffer.indexOf(this.delimiter)) < 0) await this.fill('a boundary');
    this.buffer = this.buffer.subarray(idx + this.delimiter.length);
    while (this.buffer.length < 2) await this.fill('a boundary');
    if (this.buffer.subarray(0, 2).toString() === '--') return null;
    let end: number;
    while ((end = this.buffer.indexOf(CRLF2)) < 0) await this.fill('part headers');
    const headers: Record<string, string> = {};
    for (const line of this.buffer.subarray(0, end).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    this.buffer = this.buffer.subarray(end + CRLF2.length);
    const disposition = headers['content-disposition'] ?? '';
    const name = /\bname="([^"]*)"/.exec(disposition)?.[1];
    if (name === undefined) throw new ProtocolError(`multipart part has no form field name (Content-Disposition: ${disposition})`);
    const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1];
    return { name, ...(filename === undefined ? {} : { filename }), headers };
  }

  /** The next chunk of the current part's body, or null at its end. */
  async readChunk(): Promise<Buffer | null> {
    for (;;) {
      const idx = this.buffer.indexOf(this.delimiter);
      if (idx === 0) return null;
      // Without a full delimiter in sight, keep back what could be its start.
      const safe = idx > 0 ? idx : this.buffer.length - (this.delimiter.length - 1);
      if (safe > 0) {
        const chunk = this.buffer.subarray(0, safe);
        this.buffer = this.buffer.subarray(safe);
        return chunk;
      }
      await this.fill('the end of a part');
    }
  }

  /** The current part's whole body (for small parts such as JSON). */
  async readBody(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for (let c = await this.readChunk(); c !== null; c = await this.readChunk()) chunks.push(c);
    return Buffer.concat(chunks);
  }

  /** The current part's body as a stream; `atEnd` runs before it ends and may fail it. */
  bodyStream(atEnd: () => Promise<void>): Readable {
    const stream = new Readable({
      read: () => {
        this.readChunk().then(
          async (chunk) => {
            if (chunk !== null) {
              stream.push(chunk);
              return;
            }
            await atEnd();
            stream.push(null);
          },
        ).catch((err: unknown) => stream.destroy(err as Error));
      },
    });
    return stream;
  }

  private async fill(wanted: string): Promise<void> {
    if (this.ended) throw new ProtocolError(`multipart response ended while reading ${wanted}`);
    const next = await this.iterator.next();
    if (next.done) {
      this.ended = true;
      throw new ProtocolError(`multipart response ended while reading ${wanted}`);
    }
    this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value]);
  }
}

/** The boundary of a `multipart/form-data; boundary=…` content type; ProtocolError if absent. */
export function boundaryOf(contentType: string | undefined): string {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  const boundary = match?.[1] ?? match?.[2];
  if (!contentType?.toLowerCase().startsWith('multipart/') || boundary === undefined) {
    throw new ProtocolError(`expected a multipart response from Pebble, got Content-Type ${JSON.stringify(contentType ?? '')}`);
  }
  return boundary.trim();
}
