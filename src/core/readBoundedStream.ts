/**
 * Largest HTTP response body the client keeps. PTV's largest answers are the full-object list pages
 * (100 services per page, in-api-v11 §3), a few MB; 16 MB leaves room and bounds memory per request.
 */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a byte stream as UTF-8 up to `maxBytes`; the rest is not read (the stream is destroyed), so a
 * hostile or broken server cannot make the harness hold more than `maxBytes` per response.
 */
export async function readBoundedStream(
  stream: AsyncIterable<Uint8Array> & { destroy?: (err?: Error) => unknown },
  maxBytes = MAX_RESPONSE_BYTES,
): Promise<{ text: string; truncated: boolean; bytes: number }> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let truncated = false;
  for await (const chunk of stream) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (kept + buf.length > maxBytes) {
      chunks.push(buf.subarray(0, maxBytes - kept));
      kept = maxBytes;
      truncated = true;
      break;
    }
    chunks.push(buf);
    kept += buf.length;
  }
  if (truncated) stream.destroy?.();
  // A cut inside a multi-byte character decodes to U+FFFD at the end; drop it.
  let text = Buffer.concat(chunks, kept).toString('utf8');
  if (truncated) text = text.replace(/\uFFFD$/, '');
  return { text, truncated, bytes: kept };
}
