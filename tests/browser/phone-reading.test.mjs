// Reading on a phone and with large text (issue 14): the chosen step comes
// into view, each step ends with the way on, and no section says the same
// thing twice.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE_WITH_TOUCH, SECTION_IDS, STEP_IDS, assertNoProblems, eventually, expectStep, useAppHarness,
} from './support.mjs';

const app = useAppHarness();
const SMALL_LARGEST = { viewport: { width: 320, height: 640 } };
const LARGEST_TEXT = async (page) =>
  page.addInitScript(() => localStorage.setItem('ahsct-explainer.reading-settings', '1;text=largest;spacing=standard'));

/** Whether an element is entirely inside the viewport. */
const fullyInView = (locator) => locator.evaluate((el) => {
  const box = el.getBoundingClientRect();
  // Layout puts boxes at fractions of a pixel: half a pixel out is still in.
  return box.top >= -0.5 && box.bottom <= window.innerHeight + 0.5 && box.height > 0;
});

const heading = (page, id) => page.locator(`article[data-step="${id}"] h3`);
const stepEnd = (page, id) => page.locator(`article[data-step="${id}"] .step-end`);

test('on a phone, tapping a step in the list brings its heading into view and focus', async () => {
  const { page, problems } = await app.openApp('', PHONE_WITH_TOUCH);
  for (const id of ['hospital-recovery', 'mobilisation']) {
    // On a phone the list is folded under the bar, and opened first.
    await page.locator('.step-list__toggle').tap();
    const link = page.locator(`nav.step-list a[href$="#timeline/${id}"]`);
    // The link at the bottom of the screen: the step below the list is off it.
    await link.evaluate((a) => a.scrollIntoView({ block: 'end' }));
    const shown = await page.locator('article.step:visible').getAttribute('data-step');
    assert.equal(await fullyInView(heading(page, shown)), false, 'the shown step\'s heading is off screen');
    await link.tap();
    await expectStep(page, STEP_IDS.indexOf(id));
    await eventually(async () => {
      assert.ok(await fullyInView(heading(page, id)), `${id}: its heading is on screen`);
      assert.ok(await heading(page, id).evaluate((h) => h.getBoundingClientRect().top < innerHeight / 3),
        `${id}: its heading is near the top, with the step below it`);
      assert.equal(await page.evaluate(() => document.activeElement?.closest('article')?.dataset.step), id);
    });
  }
  assertNoProblems(problems);
});

test('every step ends with the steps before and after it, by name', async () => {
  const { page, problems } = await app.openApp('#timeline/all', { viewport: { width: 1280, height: 900 } });
  const titles = await page.locator('article.step h3').allInnerTexts();
  for (const [index, id] of STEP_IDS.entries()) {
    const links = stepEnd(page, id).locator('a');
    // What a screen reader says: the arrows are hidden from it.
    const names = await links.evaluateAll((as) => as.map((a) => {
      const copy = a.cloneNode(true);
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent.replace(/\s+/g, ' ').trim();
    }));
    const expected = [];
    if (index > 0) expected.push(`Previous step: ${titles[index - 1]}`);
    if (index < STEP_IDS.length - 1) expected.push(`Next step: ${titles[index + 1]}`);
    assert.deepEqual(names, expected, id);
  }
  // With every step shown, the next step simply follows: the links are left out.
  assert.equal(await stepEnd(page, STEP_IDS[0]).isVisible(), false);
  assertNoProblems(problems);
});

test('the way on at the end of a step, by keyboard and by tap: the step changes and its heading is in view', async () => {
  const { page, problems } = await app.openApp('', PHONE_WITH_TOUCH);
  const next = stepEnd(page, STEP_IDS[0]).getByRole('link', { name: /Next step/ });
  assert.equal(await next.getAttribute('href'), `#timeline/${STEP_IDS[1]}`);
  await next.focus();
  await page.keyboard.press('Enter');
  await expectStep(page, 1);
  await eventually(async () => {
    assert.ok(await fullyInView(heading(page, STEP_IDS[1])), 'step 2\'s heading is on screen');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H3');
  });
  await stepEnd(page, STEP_IDS[1]).getByRole('link', { name: /Previous step/ }).tap();
  await expectStep(page, 0);
  await eventually(async () => assert.ok(await fullyInView(heading(page, STEP_IDS[0]))));
  assert.equal(await stepEnd(page, STEP_IDS.at(-1)).getByRole('link', { name: /Next step/ }).count(), 0);
  assertNoProblems(problems);
});

test('at 320 px with the largest text, the way on wraps instead of scrolling sideways', async () => {
  const { page, problems } = await app.openApp('#timeline/collection', SMALL_LARGEST, { prepare: LARGEST_TEXT });
  assert.equal(await page.locator('html').getAttribute('data-text-size'), 'largest');
  const end = stepEnd(page, 'collection');
  await end.scrollIntoViewIfNeeded();
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `no sideways scroll: ${widths}`);
  for (const link of await end.locator('a').all()) {
    const box = await link.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 320, 'each link fits the screen');
    assert.ok(box.height >= 24 && box.width >= 24, 'a target of at least 24 by 24 px');
  }
  assertNoProblems(problems);
});

test('no section repeats a paragraph or its "In short" line', async () => {
  const { page, problems } = await app.openApp('', { viewport: { width: 1280, height: 900 } });
  for (const id of SECTION_IDS) {
    const texts = await page.locator(`#${id}`).evaluate((section) => {
      // The words only: no citations, no glossary definitions.
      const words = (el) => {
        const copy = el.cloneNode(true);
        for (const aside of copy.querySelectorAll('.citations, .term__note, .in-short__label')) aside.remove();
        return copy.textContent;
      };
      const inShort = section.querySelector(':scope > .in-short');
      const lines = inShort ? [words(inShort)] : [];
      // The section's own paragraphs, not those inside a step or a card.
      for (const p of section.querySelectorAll(':scope > p:not(.in-short), :scope > ul > li')) lines.push(words(p));
      return lines.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
    });
    const sentences = texts.flatMap((t) => t.split(/(?<=[.?!])\s+/)).filter((s) => s.split(' ').length > 3);
    const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
    assert.deepEqual(repeated, [], `#${id} says the same sentence twice`);
  }
  assertNoProblems(problems);
});

test('the page goes from what aHSCT is, to whom it may suit and its risks, to the timeline', async () => {
  const { page, problems } = await app.openApp('', PHONE_WITH_TOUCH);
  const screen = (id) => page.evaluate((id) =>
    document.getElementById(id).getBoundingClientRect().top / window.innerHeight, id);
  assert.equal(await page.locator('main > section').first().getAttribute('id'), 'notice', 'the notice comes first');
  assert.ok(await screen('what-is-ahsct') < 2, '"What is aHSCT?" starts within the first two phone screens');
  const order = await page.locator('main > section').evaluateAll((sections) => sections.map((s) => s.id));
  for (const [earlier, later] of [['what-is-ahsct', 'suitability'], ['suitability', 'risks'], ['risks', 'timeline']]) {
    assert.ok(order.indexOf(earlier) < order.indexOf(later), `#${earlier} comes before #${later}`);
  }
  // Every address still leads where it did.
  await page.goto(`${app.baseUrl}#risks`);
  await eventually(async () => assert.ok(Math.abs(await screen('risks')) < 0.05, '#risks is at the top'));
  assertNoProblems(problems);
});

test('every citation number and every term is a target of at least 24 by 24 px, at 390 px and at 320 px with the largest text', async () => {
  for (const [options, prepare] of [[PHONE_WITH_TOUCH, async () => {}], [SMALL_LARGEST, LARGEST_TEXT]]) {
    const { page, problems } = await app.openApp('#timeline/all', options, { prepare });
    const small = await page.locator('.citation, .term__button').evaluateAll((targets) => targets
      .map((t) => ({ text: t.textContent.trim(), box: t.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0)
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ text, box }) => `${text} ${Math.round(box.width)}x${Math.round(box.height)}`));
    const count = await page.locator('.citation:visible, .term__button:visible').count();
    assert.ok(count > 300, `targets measured: ${count}`);
    assert.deepEqual(small, [], `targets under 24 by 24 px at ${options.viewport.width} px`);
    assertNoProblems(problems);
  }
});

test('a source number tapped by mistake has a way back to the very place in the text', async () => {
  const { page, problems } = await app.openApp('#risks', PHONE_WITH_TOUCH);
  const back = page.locator('a.back-to-text');
  assert.equal(await back.isVisible(), false, 'no way back before the reader has gone anywhere');
  const citation = page.locator('#risks a.citation').nth(2);
  await citation.scrollIntoViewIfNeeded();
  const [number, target] = [await citation.textContent(), await citation.getAttribute('href')];
  await citation.tap();
  await eventually(async () => {
    assert.equal(await page.evaluate(() => location.hash), target);
    assert.ok(await back.isVisible(), 'the way back shows');
    assert.equal(await back.evaluate((a) => `#${a.closest('li')?.id}`), target, 'inside the source reached');
    assert.ok(await fullyInView(back), 'on screen with the source');
  });
  await back.tap();
  await eventually(async () => {
    assert.ok(await fullyInView(citation), 'the number tapped is on screen again');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), number, 'and has the focus');
    assert.equal(await page.evaluate(() => location.hash), '#risks', 'the address is as it was');
    assert.equal(await back.isVisible(), false);
  });
  assertNoProblems(problems);
});

test('from a glossary entry reached by "More in the glossary", the way back by keyboard', async () => {
  const { page, problems } = await app.openApp('#what-is-ahsct');
  const term = page.locator('#what-is-ahsct .term__button').first();
  await term.focus();
  await page.keyboard.press('Enter');
  const more = page.locator(`[id="${await term.getAttribute('aria-controls')}"] .term__more`);
  await more.focus();
  await page.keyboard.press('Enter');
  const back = page.locator('a.back-to-text');
  await eventually(async () => {
    assert.ok(await back.isVisible());
    assert.match(await back.evaluate((a) => a.closest('.glossary-entry')?.id ?? ''), /^glossary-/);
  });
  // The next Tab stop in the entry reached is the way back.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'back-to-text');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    assert.match(focused, /term__more|term__button/, `back at the term (focus on "${focused}")`);
    assert.ok(await page.evaluate(() => {
      const box = document.activeElement.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }), 'in view');
  });
  assertNoProblems(problems);
});

test('near the ticks, a count of the questions chosen stays in view, with a link to the list', async () => {
  const { page, problems } = await app.openApp('#questions', PHONE_WITH_TOUCH);
  const count = page.locator('.list-count');
  assert.match(await count.textContent(), /Questions in your list: 0/);
  for (const id of ['fertility', 'regimen']) {
    const box = page.locator(`#question-${id}`);
    await box.scrollIntoViewIfNeeded();
    await box.tap();
  }
  await eventually(async () => assert.match(await count.textContent(), /Questions in your list: 2/));
  // While the reader is among the ticks, the count is on screen.
  await page.locator('#question-vaccines').scrollIntoViewIfNeeded();
  assert.ok(await fullyInView(count), 'the count is in view beside the ticks');
  await count.getByRole('link', { name: 'Go to your list' }).tap();
  await eventually(async () => {
    const listHeading = page.locator('#my-questions-heading');
    assert.ok(await fullyInView(listHeading), 'the list is in view');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'my-questions-heading');
  });
  assertNoProblems(problems);
});

test('on a phone, each question in the list has its one button, and its three on one row while the order changes', async () => {
  const { page, problems } = await app.openApp('#questions', PHONE_WITH_TOUCH);
  for (const id of ['fertility', 'regimen']) await page.locator(`#question-${id}`).check();
  const rows = () => page.locator('.my-question').evaluateAll((items) => items.map((item) => {
    const shown = [...item.querySelectorAll('button')].filter((b) => b.checkVisibility());
    return [shown.length, new Set(shown.map((b) => Math.round(b.getBoundingClientRect().top))).size];
  }));
  assert.deepEqual(await rows(), [[1, 1], [1, 1]]);
  await page.getByRole('button', { name: 'Change the order', exact: true }).tap();
  await eventually(async () => assert.deepEqual(await rows(), [[3, 1], [3, 1]]));
  assertNoProblems(problems);
});

/** The rendered size, in CSS px, of each text drawn in the step's pictures. */
const drawnTextSizes = (page) => page.evaluate(() =>
  [...document.querySelectorAll('article.step:not(.step--not-current) svg text')]
    .filter((t) => t.getBoundingClientRect().height > 0)
    .map((t) => ({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a })));

test('text drawn in the step\'s pictures grows to at least 1.5 times its size with the largest text, at 320 px', async () => {
  const standard = await app.openApp('#timeline/conditioning', { viewport: { width: 320, height: 640 } });
  const before = await drawnTextSizes(standard.page);
  assert.ok(before.length >= 10, `the curve's labels and step numbers are measured: ${before.length}`);
  const largest = await app.openApp('#timeline/conditioning', SMALL_LARGEST, { prepare: LARGEST_TEXT });
  const after = await drawnTextSizes(largest.page);
  assert.equal(after.length, before.length);
  for (const [i, { text, px }] of before.entries()) {
    assert.ok(after[i].px >= 1.5 * px - 0.01, `"${text}": ${px.toFixed(1)} px, then ${after[i].px.toFixed(1)} px`);
  }
  assertNoProblems(largest.problems);
});

/** Pairs of boxes among these elements that overlap, and boxes outside the container. */
const crowding = (page, container, selector) => page.locator(container).evaluate((root, selector) => {
  const outer = root.getBoundingClientRect();
  const boxes = [...root.querySelectorAll(selector)].map((el) => ({ name: el.textContent.trim(), box: el.getBoundingClientRect() }));
  const problems = [];
  for (const { name, box } of boxes) {
    if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5) problems.push(`${name} outside`);
  }
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i].box, boxes[j].box];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
        problems.push(`${boxes[i].name} over ${boxes[j].name}`);
      }
    }
  }
  return problems;
}, selector);

test('the names of the places in a step\'s picture, as text under it, never run into each other or out of the picture, at 320 px and 1280 px', async () => {
  for (const [options, prepare] of [[SMALL_LARGEST, LARGEST_TEXT], [{ viewport: { width: 320, height: 640 } }, async () => {}],
    [{ viewport: { width: 1280, height: 900 } }, LARGEST_TEXT]]) {
    const { page, problems } = await app.openApp('#timeline/collection', options, { prepare });
    await expectStep(page, STEP_IDS.indexOf('collection'));
    assert.deepEqual(await crowding(page, 'article[data-step="collection"] .picture--scene', '.picture__zone-names > span'), [],
      `stem cell picture at ${options.viewport.width} px`);
    assertNoProblems(problems);
  }
});

test('in every step\'s picture the marrow keeps stem cells of its own', async () => {
  const { page, problems } = await app.openApp('#timeline/all');
  const perStep = await page.locator('article.step .picture--scene svg').evaluateAll((drawings) => drawings.map((svg) => {
    const marrow = svg.querySelector('.picture-zone--marrow').getBBox();
    return [...svg.querySelectorAll('circle.stem-cell')].filter((c) => {
      const [x, y] = [c.cx.baseVal.value, c.cy.baseVal.value];
      return x > marrow.x && x < marrow.x + marrow.width && y > marrow.y && y < marrow.y + marrow.height;
    }).length;
  }));
  assert.equal(perStep.length, STEP_IDS.length);
  for (const [i, count] of perStep.entries()) assert.ok(count >= 5, `${STEP_IDS[i]}: ${count} stem cells in the marrow`);
  assertNoProblems(problems);
});

test('a step\'s picture draws new blood cells exactly where its caption says they are being made', async () => {
  const { page, problems } = await app.openApp('#timeline/all');
  const perStep = await page.locator('article.step .picture--scene').evaluateAll((figures) => figures.map((figure) => ({
    caption: figure.querySelector('figcaption .picture__text').textContent,
    newCells: figure.querySelectorAll('svg circle.new-cell').length,
  })));
  assert.equal(perStep.length, STEP_IDS.length);
  for (const [i, { caption, newCells }] of perStep.entries()) {
    const saysMade = /\bmak(e|es|ing) new\b/.test(caption);
    assert.equal(newCells > 0, saysMade, `${STEP_IDS[i]}: "${caption}" and ${newCells} new cells drawn`);
  }
  // Fewer as they start, more as they refill the body.
  const count = (id) => perStep[STEP_IDS.indexOf(id)].newCells;
  assert.ok(count('hospital-recovery') < count('follow-up'), 'more new cells at follow-up than as they start');
  assertNoProblems(problems);
});
