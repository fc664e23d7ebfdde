import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/** One part of a multipart/form-data body. */
export interface FormPart {
  name: string;
  filename?: string;
  contentType: string;
  body: Buffer | Readable;
}

/**
 * Streams a multipart/form-data body: each part's body is copied through as
 * it is read, so pushing a large file never buffers it whole.
 */
export function multipartBody(parts: readonly FormPart[]): { contentType: string; stream: Readable } {
  const boundary = randomBytes(16).toString('hex');
  async function* generate(): AsyncGenerator<Buffer> {
    for (const part of parts) {
      const filename = part.filename === undefined ? '' : `; filename="${part.filename.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\nContent-Type: ${part.contentType}\r\n\r\n`,
      );
      if (Buffer.isBuffer(part.body)) yield part.body;
      else for await (const chunk of part.body) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      yield Buffer.from('\r\n');
    }
    yield Buffer.from(`--${boundary}--\r\n`);
  }
  return { contentType: `multipart/form-data; boundary=${boundary}`, stream: Readable.from(generate(), { objectMode: false }) };
}
