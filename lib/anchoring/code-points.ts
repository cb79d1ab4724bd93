/**
 * Our offsets are UTF-16 code units; the W3C Web Annotation model counts code points.
 * `astralPositions` lists where characters outside the BMP (emoji, some CJK) start; each
 * of them is two code units but one code point.
 */
export function astralPositions(text: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      positions.push(i);
      i++;
    }
  }
  return positions;
}

export function toCodePointOffset(astral: number[], utf16Offset: number): number {
  let low = 0;
  let high = astral.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (astral[mid] < utf16Offset) low = mid + 1;
    else high = mid;
  }
  return utf16Offset - low;
}
