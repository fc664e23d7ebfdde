import { Readable } from 'node:stream';
import { MultipartReader, boundaryOf } from '../../src/pebble/multipart-reader';
import { multipartBody } from '../../src/pebble/multipart-writer';

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

function inPieces(data: Buffer, size: number): AsyncIterable<Buffer> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) pieces.push(data.subarray(i, i + size));
  return Readable.from(pieces);
}

describe('MultipartReader', () => {
  describe('when the body arrives one byte at a time', () => {
    it('reads each part whole, even with boundary-like bytes inside', async () => {
      const file = Buffer.from('line\r\n--not-the-boundary\r\n--');
      const { contentType, stream } = multipartBody([
        { name: 'files', filename: '/etc/x', contentType: 'application/octet-stream', body: file },
        { name: 'response', contentType: 'application/json', body: Buffer.from('{"ok":true}') },
      ]);
      const reader = new MultipartReader(inPieces(await bytesOf(stream), 1), boundaryOf(contentType));
      expect(await reader.nextPart()).toMatchObject({ name: 'files', filename: '/etc/x' });
      expect((await reader.readBody()).equals(file)).toBe(true);
      expect(await reader.nextPart()).toMatchObject({ name: 'response' });
      expect((await reader.readBody()).toString()).toBe('{"ok":true}');
      expect(await reader.nextPart()).toBeNull();
    });
  });

  describe('when the body is cut short', () => {
    it('fails with a ProtocolError naming what was missing', async () => {
      const reader = new MultipartReader(Readable.from([Buffer.from('--b\r\nContent-Disposition: form-data; name="files"\r\n\r\npartial')]), 'b');
      await reader.nextPart();
      await expect(reader.readBody()).rejects.toThrow('multipart response ended while reading the end of a part');
    });
  });

  describe('boundaryOf', () => {
    it('reads quoted and bare boundaries and refuses other content types', () => {
      expect(boundaryOf('multipart/form-data; boundary="abc"')).toBe('abc');
      expect(boundaryOf('multipart/form-data; boundary=xyz')).toBe('xyz');
      expect(() => boundaryOf('application/json')).toThrow('expected a multipart response');
    });
  });
});
