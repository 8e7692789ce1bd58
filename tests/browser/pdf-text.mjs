// Reading a printout back: Chromium prints to PDF, and PDF.js gives the text
// the way a reader would see it on paper. Shared by the print tests.

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, one string per page, spaces collapsed. */
export async function pdfPages(pdf) {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items
      .map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim());
  }
  await document.destroy();
  return pages;
}
