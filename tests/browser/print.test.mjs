// Printing (style/print.css): with one step on screen, the paper still holds
// every step in order with its "Step N of 8", the not-medical-advice notice
// first, the sources with their addresses, the footer's notice line last,
// and none of the buttons. Chromium prints to PDF (A4) and PDF.js reads the
// text back, the way a reader would see it on paper.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfPages } from './pdf-text.mjs';
import {
  STEP_IDS, assertNoProblems, expectStep, useAppHarness,
} from './support.mjs';

const app = useAppHarness();

const NOTICE_SENTENCE = 'should not be relied on to suggest a course of treatment';
/** The whole notice (content/style.md, "The notice"), which closes every printout. */
const WHOLE_NOTICE = [
  NOTICE_SENTENCE, 'visit, call or consultation',
  'doctor or other qualified healthcare professional', 'does not replace their advice',
];
const SOURCES_HEADING = 'Where does this information come from?';
const EXTERNAL_ADDRESS = 'mssociety.org.uk';

/** Where each needle occurs in text, in order; -1 where it does not follow the one before. */
function positionsInOrder(text, needles) {
  const positions = [];
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    positions.push(at);
    if (at >= 0) from = at + needle.length;
  }
  return positions;
}

test('printing one step prints every step in order, the notice, the sources and no buttons', async () => {
  const { page, problems } = await app.openApp('#timeline/storage', { viewport: { width: 1280, height: 800 } });
  await expectStep(page, STEP_IDS.indexOf('storage'));

  const titles = await page.locator('article.step h3').evaluateAll((headings) =>
    headings.map((heading) => heading.textContent.replace(/\s+/g, ' ').trim()));
  assert.equal(titles.length, STEP_IDS.length, 'the page holds every step');
  const footerLine = await page.locator('.site-footer__notice').evaluate((notice) =>
    [...notice.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim());

  const pages = await pdfPages(await page.pdf({ format: 'A4' }));
  const text = pages.join(' ');
  assert.ok(pages.length >= 2, `the printout has ${pages.length} page(s)`);

  // The notice comes first: on page 1, before the first step.
  assert.ok(pages[0].includes(NOTICE_SENTENCE), `page 1 holds the notice: ${pages[0].slice(0, 400)}`);

  // Every step, in order, each after its "Step N of 8".
  const positions = positionsInOrder(text, titles);
  assert.ok(positions.every((at) => at >= 0),
    `step titles missing or out of order: ${titles.filter((_, i) => positions[i] < 0).join(' | ')}`);
  assert.ok(text.indexOf(NOTICE_SENTENCE) < positions[0], 'the notice comes before the steps');
  titles.forEach((title, index) => {
    const before = text.slice(Math.max(0, positions[index] - 60), positions[index]);
    assert.match(before, new RegExp(`Step ${index + 1} of ${titles.length}\\s*$`),
      `"Step ${index + 1} of ${titles.length}" is printed just before "${title}"`);
  });

  // The sources, with the addresses of links that leave the page.
  const sourcesAt = text.indexOf(SOURCES_HEADING);
  assert.ok(sourcesAt > positions.at(-1), 'the sources heading is printed, after the steps');
  assert.ok(text.includes(EXTERNAL_ADDRESS), `an external address (${EXTERNAL_ADDRESS}) is printed`);
  assert.match(text, /\(https:\/\/www\.mssociety\.org\.uk\/[^)]*\)/, 'addresses are printed in brackets');
  // In-page links (citations) print no address.
  assert.doesNotMatch(text, /\(#|#source-|#timeline\//, 'no in-page address is printed');

  // The footer's line closes the printout.
  assert.ok(footerLine.length > 0, 'the footer has a notice line');
  assert.ok(pages.at(-1).includes(footerLine), `the last page ends with "${footerLine}"`);
  assert.ok(text.lastIndexOf(footerLine) > sourcesAt, 'the footer line comes after the sources');
  for (const phrase of WHOLE_NOTICE) {
    assert.ok(text.slice(sourcesAt).includes(phrase),
      `the whole notice closes the printout: "${phrase}" is missing after the sources`);
  }

  // Nothing to press on paper.
  for (const label of ['Previous', 'Next', 'Show all steps', 'Skip to main content', 'Back to top']) {
    // "Next review due" (the content's review date) is text, not the button.
    const pattern = new RegExp(`\\b${label}\\b${label === 'Next' ? '(?! review)' : ''}`);
    assert.doesNotMatch(text, pattern, `the printout shows "${label}"`);
  }
  assertNoProblems(problems);
});

test('in print, even a dark-mode screen gives black text on white, no chrome, and every step', async () => {
  const { page, problems } = await app.openApp('#timeline/collection', { colorScheme: 'dark' });
  await expectStep(page, STEP_IDS.indexOf('collection'));
  await page.emulateMedia({ media: 'print' });

  const printed = await page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const toRgba = (cssColour) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = cssColour;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data].join(',');
    };
    const shown = (selector) => [...document.querySelectorAll(selector)]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }));
    return {
      text: toRgba(getComputedStyle(document.body).color),
      background: toRgba(getComputedStyle(document.body).backgroundColor),
      // A glossary term's button is words of its sentence, printed as text;
      // the cells' family tree is a picture, its buttons the cells' names.
      chrome: shown('.skip-link, .timeline-bar, .keys-hint, nav.step-list, .site-header__notice-link, button:not(.term__button, .cell-choice)')
        .map((element) => element.className || element.tagName),
      cells: shown('.cell-explorer .cell-card').map((card) => card.dataset.cell),
      tree: shown('.cell-tree .cell-choice__name').length,
      steps: shown('article.step').map((article) => article.dataset.step),
      ordinals: shown('article.step .step__ordinal').length,
      coloured: [...document.querySelectorAll('#app *')]
        .filter((element) => element.checkVisibility()
          && toRgba(getComputedStyle(element).backgroundColor).split(',')[3] !== '0')
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`).slice(0, 5),
    };
  });
  assert.equal(printed.text, '0,0,0,255', 'the text is black');
  assert.equal(printed.background, '255,255,255,255', 'the page is white');
  assert.deepEqual(printed.chrome, [], 'buttons and other controls shown in print');
  assert.deepEqual(printed.steps, STEP_IDS, 'the steps shown in print, in order');
  assert.equal(printed.ordinals, STEP_IDS.length, 'every step shows its "Step N of 8"');
  assert.deepEqual(printed.cells,
    ['stem-cell', 'red-cells', 'platelets', 'white-cells', 'neutrophils', 't-cells'],
    'every card of the cell explorer shows in print, in order');
  assert.equal(printed.tree, 6, 'the family tree of the cells prints with every cell named');
  assert.deepEqual(printed.coloured, [], 'elements with a background colour in print');
  assertNoProblems(problems);
});
