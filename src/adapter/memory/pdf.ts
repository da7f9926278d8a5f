/**
 * A small but valid one-page PDF (PDF 1.4, standard Helvetica, WinAnsi text), written by hand:
 * no library. Byte offsets in the cross-reference table are exact, so any viewer opens it.
 */

/** One line of text on the page. */
export interface PdfLine {
  text: string;
  size?: number;
  bold?: boolean;
  /** Extra space above the line, in points. */
  gap?: number;
}

/** WinAnsi code points of the few characters outside Latin-1 that invoices use. */
const WIN_ANSI_EXTRA: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
};

/** Text as WinAnsi bytes; anything the encoding lacks becomes `?`. */
function winAnsi(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (WIN_ANSI_EXTRA[ch] !== undefined) out.push(WIN_ANSI_EXTRA[ch]);
    else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else out.push(0x3f);
  }
  return out;
}

/** A PDF literal string: `(`, `)` and `\` escaped. */
function literal(text: string): number[] {
  const bytes: number[] = [0x28];
  for (const b of winAnsi(text)) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) bytes.push(0x5c);
    bytes.push(b);
  }
  bytes.push(0x29);
  return bytes;
}

function ascii(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}

/** Builds the PDF bytes for a page of lines, top to bottom, on A4. */
export function pdfBytes(title: string, lines: readonly PdfLine[]): Uint8Array<ArrayBuffer> {
  const content: number[] = [];
  let y = 790;
  for (const line of lines) {
    const size = line.size ?? 11;
    y -= size + 6 + (line.gap ?? 0);
    content.push(...ascii(`BT /${line.bold ? 'F2' : 'F1'} ${size} Tf 56 ${y} Td `));
    content.push(...literal(line.text));
    content.push(...ascii(' Tj ET\n'));
  }

  const objects: number[][] = [
    ascii('<< /Type /Catalog /Pages 2 0 R >>'),
    ascii('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    ascii(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
        '/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    ),
    ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'),
    [...ascii(`<< /Length ${content.length} >>\nstream\n`), ...content, ...ascii('\nendstream')],
    [...ascii('<< /Title '), ...literal(title), ...ascii(' /Producer (Partner Hub Elements) >>')],
  ];

  // The header's second line holds four bytes above 127, marking the file as binary.
  const out: number[] = [...ascii('%PDF-1.4\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a];
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out.push(...ascii(`${i + 1} 0 obj\n`), ...body, ...ascii('\nendobj\n'));
  });
  const xref = out.length;
  out.push(...ascii(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`));
  for (const offset of offsets)
    out.push(...ascii(`${String(offset).padStart(10, '0')} 00000 n \n`));
  out.push(
    ...ascii(
      `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\n` +
        `startxref\n${xref}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(out);
}
