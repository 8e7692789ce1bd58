// Phone reading, second pass (issue 29), in every language: on a 390 x 844
// phone with touch, in light mode, and at 320 px with the largest text, in
// dark mode. The first screen shows what the page holds and the ways in; a
// tap on Previous, Next or a listed step shows that step's heading; words
// break only where their language allows; a term takes the punctuation
// after it with no gap; a question's box sits beside its words and the count
// under them is one line; an empty panel of a picture says so; and the short
// version never asks for a tool it hides.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  PHONE_WITH_TOUCH, REPO_ROOT, STEP_IDS, assertNoProblems, eventually, useAppHarness,
} from './support.mjs';
import { LANGUAGES } from './languages.mjs';

const app = useAppHarness();

const PHONE_LIGHT = { ...PHONE_WITH_TOUCH, colorScheme: 'light' };
const SMALL_LARGEST_DARK = { ...PHONE_WITH_TOUCH, viewport: { width: 320, height: 700 }, colorScheme: 'dark' };
const largestText = async (page) =>
  page.addInitScript(() => localStorage.setItem('ahsct-explainer.reading-settings', '1;text=largest;spacing=standard'));

/** A language's words, by key, from its Fluent files (one-line messages only). */
async function wordsOf(code) {
  const words = {};
  for (const file of ['page.ftl', 'questions.ftl']) {
    const text = await readFile(path.join(REPO_ROOT, 'content', code, file), 'utf8');
    for (const [, key, value] of text.matchAll(/^([a-z0-9-]+) = (.*)$/gm)) words[key] = value.trim();
  }
  return words;
}

/** Whether an element is entirely on the screen as it is scrolled now. */
const fullyInView = (locator) => locator.evaluate((element) => {
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.top >= -0.5 && box.bottom <= innerHeight + 0.5;
});

const shownHeading = (page) => page.locator('#timeline article.step:not(.step--not-current) h3');

/** Taps a timeline control, then checks that the step it shows has its heading on the screen. */
async function tapAndSeeStep(page, control, stepIndex, what) {
  await control.tap();
  await eventually(async () => assert.equal(
    await page.locator('#timeline article.step:not(.step--not-current)').getAttribute('data-step'), STEP_IDS[stepIndex]));
  await eventually(async () => assert.ok(await fullyInView(shownHeading(page)),
    `after ${what}, step ${stepIndex + 1}'s heading is on the screen`));
}

/** Moves the timeline as a reader does on a phone, checking the heading each time. */
async function stepThroughOnAPhone(page) {
  const toggle = page.locator('.step-list__toggle');
  const items = page.locator('.step-list__items');
  // The list is folded under the bar: the step's heading follows it at once.
  assert.ok(await toggle.isVisible(), 'the list of steps has its fold button');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await items.isVisible(), false, 'the list starts folded');
  await page.locator('#timeline .timeline-bar').evaluate((bar) => bar.scrollIntoView({ block: 'start' }));
  assert.ok(await fullyInView(shownHeading(page)), 'the first step\'s heading shows under the bar');

  // Next after reading to the end of a long step: the bar is near the top.
  await tapAndSeeStep(page, page.locator('button.step-next'), 1, 'Next');
  await page.locator('#timeline article.step:not(.step--not-current) .step-end').evaluate((end) => end.scrollIntoView({ block: 'end' }));
  await tapAndSeeStep(page, page.locator('#timeline article.step:not(.step--not-current) .step-end__link--next'), 2, 'the Next link at the step\'s end');
  await page.locator('#timeline .timeline-bar').evaluate((bar) => bar.scrollIntoView({ block: 'end' }));
  await tapAndSeeStep(page, page.locator('button.step-previous'), 1, 'Previous, with the bar at the foot of the screen');

  // The list opens in place, and a step chosen from it folds it again.
  await toggle.tap();
  await eventually(async () => assert.equal(await toggle.getAttribute('aria-expanded'), 'true'));
  assert.ok(await items.isVisible(), 'the list opens');
  const last = STEP_IDS.length - 1;
  await tapAndSeeStep(page, page.locator(`.step-list__items a[data-step-link="${STEP_IDS[last]}"]`), last, 'a step in the list');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'the list folds again once a step is chosen');
  assert.equal(await items.isVisible(), false);
}

/** Words the layout broke inside (not at a space or a hyphen in the text), in the page's own text. */
function wordsBrokenInside(rootSelector) {
  const root = document.querySelector(rootSelector);
  const broken = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest('.visually-hidden, [hidden], .source__address, .term__note') || !element.checkVisibility()) continue;
    for (const match of node.data.matchAll(/[^\s\-‐–—/]+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

for (const language of LANGUAGES) {
  test(`${language.code}: on a 390 x 844 phone, the first screen shows the title, what aHSCT is, the ways in and the notice's short answer; the timeline's step shows after every tap`, async () => {
    const words = await wordsOf(language.code);
    const { page, problems } = await app.openApp(language.page, PHONE_LIGHT);
    for (const [what, selector] of [
      ['the title', '.site-header__title'],
      ['what aHSCT is', '.site-header__tagline'],
      ['the short version\'s link', '.ways-in__short'],
      ['the contents\' link', '.ways-in__contents'],
      ['the notice\'s heading', '#notice h2'],
      ['the notice\'s short answer', '#notice .in-short'],
    ]) {
      assert.ok(await fullyInView(page.locator(selector)), `${what} is on the first screen`);
    }
    assert.equal((await page.locator('.ways-in__contents').innerText()).trim(), words['contents-heading']);
    await page.locator('.ways-in__contents').tap();
    await eventually(async () => assert.ok(await fullyInView(page.locator('#contents h2')), 'the contents\' heading comes into view'));

    await page.goto(`${app.baseUrl}${language.page}#timeline`);
    await eventually(async () => assert.equal(await page.locator('.step-list__toggle').getAttribute('aria-expanded'), 'false'));
    await stepThroughOnAPhone(page);
    assertNoProblems(problems);
  });

  test(`${language.code}: at 320 px with the largest text, in dark mode, words stay whole, the timeline's step shows after every tap, and nothing scrolls sideways`, async () => {
    const { page, problems } = await app.openApp(`${language.page}#timeline`, SMALL_LARGEST_DARK, { prepare: largestText });
    await stepThroughOnAPhone(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'no sideways scroll');
    // Every picture's panel names, at every step: in English never broken
    // inside a word; in every language, never wider than the picture.
    await page.locator('button.show-all-steps').tap();
    await eventually(async () => assert.equal(await page.locator('#timeline article.step.step--not-current').count(), 0));
    const names = await page.locator('.picture__zone-names').evaluateAll((all) => all.map((names) => {
      const figure = names.closest('figure').getBoundingClientRect();
      return [...names.children].map((name) => {
        const box = name.getBoundingClientRect();
        return { text: name.textContent.trim(), inside: box.left >= figure.left - 0.5 && box.right <= figure.right + 0.5 };
      });
    }));
    assert.equal(names.length, STEP_IDS.length);
    for (const name of names.flat()) assert.ok(name.inside, `"${name.text}" stays inside its picture`);
    if (language.code === 'en') {
      assert.deepEqual(await page.evaluate(wordsBrokenInside, '#timeline'), [], 'no word in the timeline is broken inside');
      assert.deepEqual(await page.evaluate(wordsBrokenInside, 'main'), [], 'no word on the page is broken inside');
    }
    assertNoProblems(problems);
  });
}

for (const language of LANGUAGES) {
  test(`${language.code}: a term takes its punctuation with no space; a question's box sits beside its words; the count is one line; Move up and down wait for "Change the order"; an empty panel says so; the short version leads to the questions it asks to tick`, async () => {
    const words = await wordsOf(language.code);
    const { page, problems } = await app.openApp(language.page, PHONE_LIGHT);

    // No space between a term and the comma or full stop after it.
    const gaps = await page.locator('main').evaluate((main) => {
      const found = [];
      for (const term of main.querySelectorAll('.term')) {
        const button = term.querySelector('.term__button');
        // What follows the term's words up to its (hidden) note, then after the term.
        let after = '';
        for (let next = button.nextSibling; next && !next.classList?.contains('term__note'); next = next.nextSibling) {
          after += next.textContent;
        }
        after += term.nextSibling?.textContent ?? '';
        if (/^\s+[,.،؛]/.test(after)) found.push(button.textContent + after.slice(0, 6));
      }
      return found;
    });
    assert.deepEqual(gaps, [], 'no term is followed by a space and then its punctuation');
    // A term of several words wraps as words do, not as one block.
    assert.equal(await page.locator('.term__button').first().evaluate((term) => getComputedStyle(term).display), 'inline');

    // The questions: each box beside its words, on their first line.
    await page.locator('#questions').scrollIntoViewIfNeeded();
    const rows = await page.locator('.suggested-question').evaluateAll((items) => items.map((item) => {
      const box = item.querySelector('.suggested-question__box').getBoundingClientRect();
      const text = item.querySelector('.suggested-question__text').getBoundingClientRect();
      const rtl = getComputedStyle(item).direction === 'rtl';
      return { beside: rtl ? text.right <= box.left : text.left >= box.right, level: box.top < text.top + 30 };
    }));
    assert.ok(rows.length >= 10);
    for (const [index, row] of rows.entries()) {
      assert.ok(row.beside && row.level, `question ${index + 1}: its box is beside its first line`);
    }
    const boxes = page.locator('.suggested-question__box');
    await boxes.nth(0).tap();
    await boxes.nth(1).tap();
    const count = page.locator('.list-count');
    await eventually(async () => assert.match(await count.innerText(), /2/));
    const height = await count.evaluate((element) => element.getBoundingClientRect().height);
    assert.ok(height <= 844 / 10, `the count under the questions is ${height} px high, a tenth of the screen at most`);
    // Each saved question shows Remove; Move up and down come with "Change the order".
    const list = page.locator('.my-questions__list');
    await list.scrollIntoViewIfNeeded();
    assert.equal(await list.locator('li').first().getByRole('button').count(), 1, 'one button a question');
    await page.getByRole('button', { name: words['questions-reorder'], exact: true }).tap();
    await eventually(async () => assert.equal(await list.locator('li').first().getByRole('button').count(), 3));
    assert.ok(await page.getByRole('button', { name: words['questions-reorder-done'], exact: true }).isVisible());

    // The stem cells' picture: a panel the drawing leaves empty says so.
    const empties = await page.locator('.picture__zone-names').evaluateAll((all) => all.map((names) =>
      [...names.children].map((name) => name.querySelector('.picture__zone-empty')?.textContent ?? '')));
    // At the first step the cells are in the marrow: blood and freezer empty; at
    // the fourth (storage) only the blood; at the last the freezer is empty.
    assert.deepEqual(empties[0], ['', words['picture-zone-empty'], words['picture-zone-empty']]);
    assert.deepEqual(empties[3], ['', words['picture-zone-empty'], '']);
    assert.deepEqual(empties[STEP_IDS.length - 1], ['', '', words['picture-zone-empty']]);

    // The short version: its questions part leads to the questions, which then show their boxes.
    await page.goto(`${app.baseUrl}${language.page}#short`);
    const link = page.locator('#short a.short-version__go, #short .short-version__go a');
    assert.equal(await link.count(), 1);
    assert.equal((await link.innerText()).trim(), words['short-questions-link']);
    assert.equal(await page.locator('.suggested-question__box').first().isVisible(), false, 'the short version shows no boxes');
    await link.tap();
    await eventually(async () => assert.ok(await page.locator('.suggested-question__box').first().isVisible(),
      'following it shows the questions, with their boxes'));
    assertNoProblems(problems);
  });
}

test('at 1280 px the stem cells\' picture is as high as what it holds, beside the taller curve', async () => {
  const { page, problems } = await app.openApp('#timeline/all', { viewport: { width: 1280, height: 900 } });
  const bands = await page.locator('.picture--scene').evaluateAll((figures) => figures.map((figure) => {
    const names = figure.querySelector('.picture__zone-names').getBoundingClientRect();
    return figure.getBoundingClientRect().bottom - names.bottom;
  }));
  assert.equal(bands.length, STEP_IDS.length);
  for (const [index, band] of bands.entries()) {
    assert.ok(band < 40, `step ${index + 1}: ${Math.round(band)} px under the picture's names, its padding only`);
  }
  assertNoProblems(problems);
});
