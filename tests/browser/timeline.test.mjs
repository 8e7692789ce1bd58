// The interactive timeline of the 8 treatment steps: buttons, step links,
// arrow keys, touch, and the all-steps view.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE_WITH_TOUCH, STEP_IDS, assertNoProblems, eventually, expectAllSteps, expectStep,
  nextButton, previousButton, readTimeline, showAllButton, stepLink, twoFrames, useAppHarness, widget,
} from './support.mjs';

const app = useAppHarness();
const LAST_STEP = STEP_IDS.length - 1;

test('the timeline opens at step 1 of 8, with a title and an illustration', async () => {
  const { page, problems } = await app.openApp();
  // A page opened without a fragment should not grow one by itself.
  await expectStep(page, 0, { checkHash: false });

  const article = widget(page).locator('article.step:visible');
  assert.ok((await article.locator('h3').innerText()).trim().length > 0, 'the step has a title');
  assert.ok(await article.locator('figure svg[role="img"]').count() >= 1,
    'the step has an illustration');
  assertNoProblems(problems);
});

test('Next and Previous move one step at a time and are disabled at the ends', async () => {
  const { page, problems } = await app.openApp();
  await expectStep(page, 0, { checkHash: false });
  assert.ok(await previousButton(page).isDisabled(), 'Previous is disabled on step 1');
  assert.ok(await nextButton(page).isEnabled(), 'Next is enabled on step 1');

  for (let step = 1; step <= LAST_STEP; step += 1) {
    await nextButton(page).click();
    await expectStep(page, step);
  }
  assert.ok(await nextButton(page).isDisabled(), 'Next is disabled on step 8');
  assert.ok(await previousButton(page).isEnabled(), 'Previous is enabled on step 8');

  for (let step = LAST_STEP - 1; step >= 0; step -= 1) {
    await previousButton(page).click();
    await expectStep(page, step);
  }
  assert.ok(await previousButton(page).isDisabled(), 'Previous is disabled again on step 1');
  assertNoProblems(problems);
});

test('the step list links to all 8 steps in order, and a click moves to that step', async () => {
  const { page, problems } = await app.openApp();
  const hrefs = await widget(page).locator('nav.step-list ol a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  assert.deepEqual(hrefs, STEP_IDS.map((id) => `#timeline/${id}`));

  await stepLink(page, 'reinfusion').click();
  await expectStep(page, STEP_IDS.indexOf('reinfusion'));
  await stepLink(page, 'assessment').click();
  await expectStep(page, 0);
  await stepLink(page, 'follow-up').click();
  await expectStep(page, LAST_STEP);
  assertNoProblems(problems);
});

test('arrow keys move the step while the timeline has focus, without wrapping round', async () => {
  const { page, problems } = await app.openApp();
  assert.equal(await widget(page).getAttribute('tabindex'), '0', 'the widget is focusable');

  await widget(page).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 1);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 1);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 0);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 0); // no wrap-around to the last step

  // Also from a button inside the widget, and not past the last step.
  await stepLink(page, 'hospital-recovery').click();
  await expectStep(page, LAST_STEP - 1);
  await previousButton(page).focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, LAST_STEP);
  await widget(page).focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, LAST_STEP); // no wrap-around to the first step
  assertNoProblems(problems);
});

test('arrow keys elsewhere on the page leave the step alone', async () => {
  const { page, problems } = await app.openApp();
  // Focus on the page itself, not the widget.
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // Whatever a stray key handler did would be on the screen two frames on.
  await twoFrames(page);
  await expectStep(page, 0, { checkHash: false });
  assertNoProblems(problems);
});

test('on a touch screen, tapping Next and Previous moves the step', async () => {
  const { page, problems } = await app.openApp('', PHONE_WITH_TOUCH);
  await nextButton(page).tap();
  await expectStep(page, 1);
  await nextButton(page).tap();
  await expectStep(page, 2);
  await previousButton(page).tap();
  await expectStep(page, 1);
  assertNoProblems(problems);
});

test('"show all steps" lists the 8 steps in order and toggles back to one at a time', async () => {
  const { page, problems } = await app.openApp();
  await nextButton(page).click();
  await expectStep(page, 1);
  const labelBefore = (await showAllButton(page).innerText()).trim();

  await showAllButton(page).click();
  await expectAllSteps(page);
  const articles = widget(page).locator('article.step');
  for (let index = 0; index < STEP_IDS.length; index += 1) {
    const article = articles.nth(index);
    assert.ok(await article.isVisible(), `step ${index + 1} is visible`);
    assert.ok((await article.locator('h3').innerText()).trim().length > 0,
      `step ${index + 1} has a title`);
    assert.ok(await article.locator('figure svg[role="img"]').count() >= 1,
      `step ${index + 1} has an illustration`);
  }
  const labelInAllView = (await showAllButton(page).innerText()).trim();
  assert.notEqual(labelInAllView, labelBefore, 'the button label changes');
  assert.match(labelInAllView, /one (step )?at a time/i);

  await showAllButton(page).click();
  const stepShown = await eventually(async () => {
    const shown = await readTimeline(page);
    assert.equal(shown.shownSteps.length, 1, 'back to a single step');
    return shown.shownSteps[0];
  });
  await expectStep(page, STEP_IDS.indexOf(stepShown));
  assert.equal((await showAllButton(page).innerText()).trim(), labelBefore);
  assertNoProblems(problems);
});
