/**
 * Breaks a paragraph into lines of at most `width` characters at spaces (a longer word stays
 * whole), for vignettes read in an 80- to 120-column terminal.
 *
 * @param text - the paragraph; runs of white space count as one space
 * @param width - the longest line wanted
 * @returns the lines
 * @example
 * wrapText('a bb ccc', 4) //=> ['a bb', 'ccc']
 * @since 0.1.0
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line.length > 0 ? `${line} ${word}` : word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
