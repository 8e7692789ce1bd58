// The blood-cell explorer in "What are blood-forming stem cells?": one cell
// at a time, picked in its family tree with the keyboard (Tab, Enter, Space),
// a mouse click or a tap; every cell as a list on request; a polite
// announcement of the cell shown; the tree's shape and its names at any text
// size; and no sideways scrolling at 320 px.

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
const drawingOf = (page, cellId) => choice(page, cellId).locator('svg.cell-choice__drawing');
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
 * Waits until cellId alone is pressed and shown (its card only); with `announced`, until the live region names it too.
 */
async function expectSelected(page, cellId, { announced = true } = {}) {
  const name = await nameOf(page, cellId);
  await eventually(async () => {
    const shown = await readExplorer(page);
    assert.deepEqual(shown.pressed, [cellId], 'the choice marked aria-pressed');
    assert.deepEqual(shown.shownCards, [cellId], 'the one card shown');
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
  // text): the first Tab stop in the tree is its first cell.
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

test('clicking a cell, on its drawing or its name, picks it', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  await drawingOf(page, 'platelets').click();
  await expectSelected(page, 'platelets');
  await choice(page, 'white-cells').locator('.cell-choice__name').click();
  await expectSelected(page, 'white-cells');
  await choice(page, 'neutrophils').click();
  await expectSelected(page, 'neutrophils');
  assertNoProblems(problems);
});

test('on a touch screen, tapping a cell picks it', async () => {
  const { page, problems } = await app.openApp('', PHONE_WITH_TOUCH);
  await drawingOf(page, 'neutrophils').tap();
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

// Issue 14: the cells as a family tree that teaches, at any text size.

test('the tree says what makes what: the stem cell in the marrow, the three families in the blood, two kinds of white cell under the white cells', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const tree = await explorer(page).locator('.cell-tree').evaluate((root) => {
    const shape = (list) => [...list.children].map((item) => {
      const cell = item.querySelector(':scope > .cell-choice')?.dataset.cell;
      const nested = item.querySelector(':scope > ul');
      return nested ? { [cell]: shape(nested) } : cell;
    });
    const zoneOf = (cellId) => root.querySelector(`[data-cell="${cellId}"]`).closest('.cell-tree__blood') ? 'blood' : 'marrow';
    return {
      marrow: root.querySelector('.cell-tree__marrow > .cell-tree__zone')?.textContent.trim(),
      blood: root.querySelector('.cell-tree__blood > .cell-tree__zone')?.textContent.trim(),
      families: shape(root.querySelector('.cell-tree__blood > ul')),
      zones: ['stem-cell', 'red-cells', 'platelets', 'white-cells', 'neutrophils', 't-cells'].map(zoneOf),
    };
  });
  assert.equal(tree.marrow, 'Bone marrow');
  assert.equal(tree.blood, 'Blood');
  assert.deepEqual(tree.families, ['red-cells', 'platelets', { 'white-cells': ['neutrophils', 't-cells'] }]);
  assert.deepEqual(tree.zones, ['marrow', 'blood', 'blood', 'blood', 'blood', 'blood']);
  // Screen readers hear the nesting: lists in lists inside the group.
  const group = page.getByRole('group', { name: 'Explore the cells your stem cells make' });
  assert.equal(await group.getByRole('list').count(), 3, 'a list for the marrow, the blood and the white cells');
  assert.equal(await group.getByRole('button').count(), 6);
  assertNoProblems(problems);
});

for (const { width, size } of [{ width: 390, size: null }, { width: 320, size: 'largest' }, { width: 1280, size: 'largest' }]) {
  test(`at ${width} px${size ? ` with the ${size} text` : ''}, each cell's name grows with the text, keeps whole words on its lines and stays inside the tree`, async () => {
    const { page, problems } = await app.openApp('', { viewport: { width, height: 800 } });
    const body = Number.parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize));
    if (size) {
      await page.evaluate((s) => document.documentElement.setAttribute('data-text-size', s), size);
    }
    const seen = await explorer(page).evaluate((root) => {
      const tree = root.querySelector('.cell-tree').getBoundingClientRect();
      return [...root.querySelectorAll('.cell-choice')].map((button) => {
        const name = button.querySelector('.cell-choice__name');
        const box = button.getBoundingClientRect();
        // A word split across lines has letters on two lines.
        const broken = [];
        const text = name.firstChild;
        for (const match of text.textContent.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
        return {
          cell: button.dataset.cell,
          size: Number.parseFloat(getComputedStyle(name).fontSize),
          broken,
          inside: box.left >= tree.left - 0.5 && box.right <= tree.right + 0.5,
        };
      });
    });
    for (const cell of seen) {
      assert.deepEqual(cell.broken, [], `${cell.cell}: no word broken across lines`);
      assert.ok(cell.inside, `${cell.cell}: inside the tree`);
      assert.ok(cell.size >= body * (size === 'largest' ? 1.3 : 1) - 0.1,
        `${cell.cell}: its name is ${cell.size} px, with text at ${body} px before the change`);
    }
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
    assertNoProblems(problems);
  });
}
