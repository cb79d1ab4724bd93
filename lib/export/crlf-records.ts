const quote = 0x22;
const lineFeed = 0x0a;

/**
 * RFC 4180 ends CSV records with CRLF; PostgreSQL's COPY ends them with LF. This turns each
 * record's LF into CRLF and leaves the line breaks inside quoted cells as they are. It keeps
 * its place (inside quotes or not) from one chunk to the next. A doubled quote inside a cell
 * closes and reopens the quotes, which comes to the same.
 */
export function crlfRecordEnds(): (chunk: Buffer) => Buffer {
  let quoted = false;
  return (chunk) => {
    const ends: number[] = [];
    // The next quote and line feed at or after i, each searched for again only once passed.
    let nextQuote = -1;
    let nextLineFeed = -1;
    const find = (byte: number, cached: number, from: number) => (cached >= from || cached === chunk.length ? cached : indexOrEnd(chunk, byte, from));
    for (let i = 0; i < chunk.length; ) {
      nextQuote = find(quote, nextQuote, i);
      if (quoted) {
        if (nextQuote === chunk.length) break;
        quoted = false;
        i = nextQuote + 1;
        continue;
      }
      nextLineFeed = find(lineFeed, nextLineFeed, i);
      if (nextLineFeed < nextQuote) {
        ends.push(nextLineFeed);
        i = nextLineFeed + 1;
      } else if (nextQuote < chunk.length) {
        quoted = true;
        i = nextQuote + 1;
      } else break;
    }
    if (ends.length === 0) return chunk;
    const out = Buffer.allocUnsafe(chunk.length + ends.length);
    let from = 0;
    let to = 0;
    for (const end of ends) {
      to += chunk.copy(out, to, from, end);
      out[to++] = 0x0d;
      from = end;
    }
    chunk.copy(out, to, from);
    return out;
  };
}

function indexOrEnd(chunk: Buffer, byte: number, from: number): number {
  const index = chunk.indexOf(byte, from);
  return index === -1 ? chunk.length : index;
}
