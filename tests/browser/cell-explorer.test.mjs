// The blood-cell explorer in "What are blood-forming stem cells?": one cell
// at a time, picked with the keyboard (Tab, Enter, Space), a mouse click or
// a tap on the diagram; every cell as a list on request; a polite
// announcement of the cell shown; and no sideways scrolling at 320 px.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE_WITH_TOUCH, assertNoProblems, eventually, useAppHarness,
} from './support.mjs';

const app = useAppHarness();

const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };
const CELL_IDS = ['stem-cell', 'red-cells', 'platelets', 'white-cells', 'neutrophils', 't-cells'];

const explorer = (page) => page.locator('#stem-cells .cell-explorer');
const choice = (page, cellId) => explorer(page).locator(`.cell-choice[data-cell="${cellId}"]`);
const diagramCell = (page, cellId) =>
  explorer(page).locator(`svg.cell-diagram g.cell-diagram__cell[data-cell="${cellId}"]`);
const showAll = (page) => explorer(page).locator('button.cell-explorer__show-all');

/** What the explorer shows right now, read in one go. */
function readExplorer(page) {
  return explorer(page).evaluate((root) => {
    const announce = document.querySelector('.cell-explorer__announce');
    const button = root.querySelector('.cell-explorer__show-all');
    return {
      choices: [...root.querySelectorAll('.cell-explorer__choices .cell-choice')]
        .map((choice) => choice.dataset.cell),
      pressed: [...root.querySelectorAll('.cell-explorer__choices .cell-choice')]
        .filter((choice) => choice.getAttribute('aria-pressed') === 'true')
        .map((choice) => choice.dataset.cell),
      cards: [...root.querySelectorAll('.cell-explorer__list .cell-card')]
        .map((card) => card.dataset.cell),
      shownCards: [...root.querySelectorAll('.cell-explorer__list .cell-card')]
        .filter((card) => card.checkVisibility())
        .map((card) => card.dataset.cell),
      selectedInDiagram: [...root.querySelectorAll('.cell-diagram__cell.is-selected')]
        .map((cell) => cell.dataset.cell),
      announce: announce ? announce.textContent.replace(/\s+/g, ' ').trim() : null,
      announcePoliteness: announce
        ? (announce.getAttribute('aria-live') ?? (announce.getAttribute('role') === 'status' ? 'polite' : null))
        : null,
      showAllPressed: button?.getAttribute('aria-pressed') ?? null,
      showAllText: button ? button.textContent.replace(/\s+/g, ' ').trim() : null,
    };
  });
}

/** The name a choice shows, such as "Red cells". */
async function nameOf(page, cellId) {
  return (await choice(page, cellId).innerText()).replace(/\s+/g, ' ').trim();
}

/**
 * Waits until cellId alone is pressed, shown (its card only) and marked in
 * the diagram; with `announced`, until the live region names it too.
 */
async function expectSelected(page, cellId, { announced = true } = {}) {
  const name = await nameOf(page, cellId);
  await eventually(async () => {
    const shown = await readExplorer(page);
    assert.deepEqual(shown.pressed, [cellId], 'the choice marked aria-pressed');
    assert.deepEqual(shown.shownCards, [cellId], 'the one card shown');
    assert.deepEqual(shown.selectedInDiagram, [cellId], 'the cell marked in the diagram');
    assert.equal(shown.showAllPressed, null, 'relabelled, not a pressed toggle');
    if (announced) assert.equal(shown.announce, `Showing: ${name}`, 'the live region');
  });
  const heading = (await explorer(page).locator(`#cell-${cellId} h4`).innerText()).trim();
  assert.equal(heading, name, `the card shown is headed with the choice's name "${name}"`);
}

async function expectFocusOn(page, selector, why) {
  await eventually(async () => {
    const focused = await page.evaluate((s) => ({
      matches: document.activeElement?.matches(s) ?? false,
      description: document.activeElement
        ? `${document.activeElement.tagName.toLowerCase()}.${document.activeElement.className} "${
          (document.activeElement.textContent ?? '').trim().slice(0, 40)}"`
        : 'nothing',
    }), selector);
    assert.ok(focused.matches, `${why}: focus is on ${focused.description}, not ${selector}`);
  });
}

/** Presses Tab until selector has focus, at most limit times. */
async function tabTo(page, selector, limit = 40) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`${limit} presses of Tab did not reach ${selector}`);
}

// ---------------------------------------------------------------------------

test('the explorer starts on the stem cell, with a choice and a card per cell in order', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const shown = await readExplorer(page);
  assert.deepEqual(shown.choices, CELL_IDS, 'the choices, in order');
  assert.deepEqual(shown.cards, CELL_IDS, 'the cards, in order');
  assert.equal(shown.announcePoliteness, 'polite', 'the announcement is a polite live region');
  await expectSelected(page, 'stem-cell', { announced: false });
  assert.equal(await explorer(page).getByRole('group').getAttribute('aria-labelledby'),
    'cell-explorer-heading', 'the choices are a group named by the heading');
  assertNoProblems(problems);
});

test('the keyboard alone picks cells: Tab to the choices, Enter and Space press them', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const redCells = explorer(page).locator('.cell-explorer__choices')
    .getByRole('button', { name: 'Red cells', exact: true });
  assert.equal(await redCells.getAttribute('data-cell'), 'red-cells', 'a choice is named "Red cells"');

  // Start from the last link or term before the explorer (in the section's
  // text): the diagram takes no focus, so the next Tab reaches the first choice.
  await page.locator('#stem-cells > p').locator('a, button').filter({ visible: true }).last().focus();
  await page.keyboard.press('Tab');
  await expectFocusOn(page, '.cell-choice[data-cell="stem-cell"]', 'the first Tab after the text');

  await page.keyboard.press('Tab');
  await expectFocusOn(page, '.cell-choice[data-cell="red-cells"]', 'the second Tab');
  await page.keyboard.press('Enter');
  await expectSelected(page, 'red-cells');
  await expectFocusOn(page, '.cell-choice[data-cell="red-cells"]', 'focus stays on the pressed choice');

  await page.keyboard.press('Tab');
  await expectFocusOn(page, '.cell-choice[data-cell="platelets"]', 'Tab to the next choice');
  await page.keyboard.press('Space');
  await expectSelected(page, 'platelets');

  await page.keyboard.press('Shift+Tab');
  await expectFocusOn(page, '.cell-choice[data-cell="red-cells"]', 'Shift+Tab back');
  await page.keyboard.press('Space');
  await expectSelected(page, 'red-cells');

  for (const cellId of ['platelets', 'white-cells', 'neutrophils', 't-cells']) {
    await page.keyboard.press('Tab');
    await expectFocusOn(page, `.cell-choice[data-cell="${cellId}"]`, `Tab on to ${cellId}`);
  }
  await page.keyboard.press('Enter');
  await expectSelected(page, 't-cells');

  // Every cell as a list, and back.
  await tabTo(page, 'button.cell-explorer__show-all');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    const shown = await readExplorer(page);
    assert.deepEqual(shown.shownCards, CELL_IDS, 'every card shown, in order');
    assert.equal(shown.showAllPressed, null, 'relabelled, not a pressed toggle');
    assert.equal(shown.showAllText, 'Show one cell at a time');
  });
  await expectFocusOn(page, 'button.cell-explorer__show-all', 'focus stays on the show-all button');
  await page.keyboard.press('Space');
  await eventually(async () => {
    const shown = await readExplorer(page);
    assert.equal(shown.showAllPressed, null, 'relabelled, not a pressed toggle');
    assert.equal(shown.showAllText, 'Show all cells as a list');
    assert.equal(shown.shownCards.length, 1, 'one card shown again');
    assert.deepEqual(shown.shownCards, shown.pressed, 'the card shown is the pressed choice');
  });
  assertNoProblems(problems);
});

test('clicking a cell in the diagram picks it', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  await diagramCell(page, 'platelets').click();
  await expectSelected(page, 'platelets');
  await diagramCell(page, 'white-cells').click();
  await expectSelected(page, 'white-cells');
  // And a click on a choice, for good measure.
  await choice(page, 'neutrophils').click();
  await expectSelected(page, 'neutrophils');
  assertNoProblems(problems);
});

test('on a touch screen, tapping a cell in the diagram or a choice picks it', async () => {
  const { page, problems } = await app.openApp('', PHONE_WITH_TOUCH);
  await diagramCell(page, 'neutrophils').tap();
  await expectSelected(page, 'neutrophils');
  await choice(page, 'red-cells').tap();
  await expectSelected(page, 'red-cells');
  await showAll(page).tap();
  await eventually(async () =>
    assert.deepEqual((await readExplorer(page)).shownCards, CELL_IDS, 'every card shown'));
  assertNoProblems(problems);
});

test('at 320 px, every cell and the list of all cells fit without sideways scrolling', async () => {
  const { page, problems } = await app.openApp('', { viewport: NARROW });

  const overflow = () => page.evaluate(() => {
    const width = innerWidth;
    const outside = [...document.querySelectorAll('#stem-cells .cell-explorer, #stem-cells .cell-explorer *')]
      .filter((element) => !(element instanceof SVGElement && !(element instanceof SVGSVGElement)))
      .filter((element) => !element.closest('.visually-hidden') && element.checkVisibility())
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && (rect.left < -1 || rect.right > width + 1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, outside };
  });
  const expectFits = async (state) => {
    const seen = await overflow();
    assert.ok(seen.scrollWidth <= seen.innerWidth,
      `${state}: the page is ${seen.scrollWidth} px wide in a ${seen.innerWidth} px window`);
    assert.deepEqual(seen.outside, [], `${state}: parts of the explorer outside the window`);
  };

  for (const cellId of CELL_IDS) {
    if (cellId !== 'stem-cell') await choice(page, cellId).click();
    await expectSelected(page, cellId, { announced: cellId !== 'stem-cell' });
    await expectFits(`with ${cellId} shown`);
  }
  await showAll(page).click();
  await eventually(async () =>
    assert.deepEqual((await readExplorer(page)).shownCards, CELL_IDS, 'every card shown'));
  await expectFits('with every cell shown');
  assertNoProblems(problems);
});
