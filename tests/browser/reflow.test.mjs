// Text that readers restyle or enlarge still fits: WCAG 1.4.12 text spacing,
// 1.4.4 text at 200%, 1.4.10 reflow at 320 px (a 1280 px screen at 400%
// zoom), and 2.5.8 targets of at least 24 by 24 CSS px.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STEP_IDS, assertNoProblems, showState, useAppHarness,
} from './support.mjs';

const app = useAppHarness();

const NARROW = { width: 320, height: 640 };
const WIDE = { width: 1280, height: 800 };
// A 1280 x 1024 window zoomed to 400% lays the page out in 320 x 256 CSS px.
const ZOOMED_400 = { width: 320, height: 256 };

// The WCAG 1.4.12 overrides, as the usual text-spacing bookmarklet applies them.
const TEXT_SPACING_CSS = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p, li, figcaption { margin-bottom: 2em !important; }
`;
const TEXT_200_CSS = 'html { font-size: 200% !important; }';

/** How far the page is wider than the window, in CSS px (0 when it fits). */
function sidewaysOverflow(page) {
  return page.evaluate(() =>
    Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

/**
 * Text the reader cannot see whole: elements that hide overflow (and hold
 * text) whose content is larger than their box, and SVG labels that run out
 * of their drawing. Screen-reader-only text is clipped on purpose.
 */
function clippedText(page) {
  return page.evaluate(() => {
    const describe = (element) => {
      const classes = element.getAttribute('class');
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        classes ? `.${classes.trim().split(/\s+/).join('.')}` : ''} "${
        (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    };
    const found = [];
    for (const element of document.querySelectorAll('#app *')) {
      if (element instanceof SVGElement) continue;
      if (element.closest('.visually-hidden') || !element.checkVisibility()) continue;
      if ((element.textContent ?? '').trim() === '') continue;
      const style = getComputedStyle(element);
      const hides = (overflow) => overflow !== 'visible';
      const overX = hides(style.overflowX) ? element.scrollWidth - element.clientWidth : 0;
      const overY = hides(style.overflowY) ? element.scrollHeight - element.clientHeight : 0;
      if (overX > 1 || overY > 1) {
        found.push(`${describe(element)}: overflow ${style.overflowX}/${style.overflowY}, content ${
          overX > 1 ? `${overX} px too wide` : ''}${overX > 1 && overY > 1 ? ' and ' : ''}${
          overY > 1 ? `${overY} px too tall` : ''}`);
      }
    }
    // SVG labels: an <svg> clips what falls outside its box unless told not
    // to; then the label must still stay on its picture's frame.
    for (const label of document.querySelectorAll('#app svg text')) {
      const svg = label.ownerSVGElement;
      if (!svg.checkVisibility()) continue;
      const frame = getComputedStyle(svg).overflow === 'visible' ? (svg.closest('figure') ?? svg) : svg;
      const box = frame.getBoundingClientRect();
      const text = label.getBoundingClientRect();
      const out = Math.max(box.left - text.left, text.right - box.right,
        box.top - text.top, text.bottom - box.bottom);
      if (out > 1) {
        found.push(`svg label "${label.textContent.trim()}" in ${describe(svg.closest('figure') ?? svg)
          .split(' "')[0]}: ${out.toFixed(1)} px outside its ${frame === svg ? 'drawing' : 'picture'}`);
      }
    }
    return [...new Set(found)];
  });
}

/**
 * The timeline's controls that overlap each other, the step below them, or
 * are covered by something else where a pointer would press them.
 */
function overlappingControls(page) {
  return page.evaluate(() => {
    const root = document.querySelector('#timeline .timeline-widget');
    const controls = [...root.querySelectorAll(
      '.step-count, button.step-previous, button.step-next, button.show-all-steps')]
      .filter((element) => element.checkVisibility());
    const firstStep = [...root.querySelectorAll('article.step')]
      .find((article) => article.checkVisibility());
    const boxes = [...controls, firstStep.querySelector('.step__ordinal'), firstStep.querySelector('h3')]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }))
      .map((element) => ({ element, name: element.className || element.tagName, rect: element.getBoundingClientRect() }));
    const found = [];
    for (let first = 0; first < boxes.length; first += 1) {
      for (let second = first + 1; second < boxes.length; second += 1) {
        const a = boxes[first].rect;
        const b = boxes[second].rect;
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > 0.5 && height > 0.5) {
          found.push(`${boxes[first].name} overlaps ${boxes[second].name} by ${
            width.toFixed(1)} x ${height.toFixed(1)} px`);
        }
      }
    }
    for (const control of controls) {
      // Its own text must fit inside it.
      if (control.scrollWidth > control.clientWidth + 1) {
        found.push(`the text of ${control.className} is ${control.scrollWidth - control.clientWidth} px wider than it`);
      }
      control.scrollIntoView({ block: 'center', inline: 'center' });
      const rect = control.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (hit && !control.contains(hit)) {
        found.push(`${control.className} is covered by ${hit.tagName.toLowerCase()}.${hit.className}`);
      }
    }
    return found;
  });
}

/** Opens every disclosure (<details>), so what is inside is measured too. */
function openDisclosures(page) {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('#app details')) details.open = true;
  });
}

async function openWithStyle(address, viewport, css) {
  // The override goes in as an inline style, which the page's own <meta>
  // policy refuses (a reader's user style sheet is not subject to it).
  const opened = await app.openApp(address, { viewport, bypassCSP: true });
  await opened.page.addStyleTag({ content: css });
  return opened;
}

// ---------------------------------------------------------------------------
// 1.4.12 Text spacing

for (const [name, viewport] of [['320 px', NARROW], ['1280 px', WIDE]]) {
  test(`with WCAG text spacing at ${name}, no text is clipped and nothing scrolls sideways`, async () => {
    const { page, problems } = await openWithStyle('#timeline/all', viewport, TEXT_SPACING_CSS);
    await openDisclosures(page);
    for (const state of ['all', 'collection']) {
      await showState(page, state);
      const view = state === 'all' ? 'all steps' : `step "${state}"`;
      assert.deepEqual(await clippedText(page), [], `clipped text (${view})`);
      assert.equal(await sidewaysOverflow(page), 0, `px of sideways scrolling (${view})`);
    }
    assertNoProblems(problems);
  });
}

// ---------------------------------------------------------------------------
// 1.4.4 Resize text

test('with text at 200% on a 1280 px screen, nothing scrolls sideways or overlaps the timeline controls', async () => {
  const { page, problems } = await openWithStyle('', WIDE, TEXT_200_CSS);
  const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  assert.ok(bodySize >= 32, `the body text is ${bodySize} px: the 200% text did not apply`);
  for (const state of ['assessment', 'hospital-recovery', 'follow-up', 'all']) {
    await showState(page, state);
    const view = state === 'all' ? 'all steps' : `step "${state}"`;
    assert.equal(await sidewaysOverflow(page), 0, `px of sideways scrolling (${view})`);
    assert.deepEqual(await overlappingControls(page), [], `overlaps at the timeline controls (${view})`);
    assert.deepEqual(await clippedText(page), [], `clipped text (${view})`);
  }
  assertNoProblems(problems);
});

// ---------------------------------------------------------------------------
// 1.4.10 Reflow

/** Every step, then all steps: nothing scrolls sideways or overlaps the controls. */
async function expectReflowInEveryState(page) {
  for (const state of [...STEP_IDS, 'all']) {
    await showState(page, state);
    const view = state === 'all' ? 'all steps' : `step "${state}"`;
    assert.equal(await sidewaysOverflow(page), 0, `px of sideways scrolling (${view})`);
    assert.deepEqual(await overlappingControls(page), [], `overlaps at the timeline controls (${view})`);
  }
}

test('at 320 px wide (1280 px at 400% zoom) nothing scrolls sideways, one step at a time or all at once', async () => {
  const { page, problems } = await app.openApp('', { viewport: ZOOMED_400 });
  await expectReflowInEveryState(page);
  assertNoProblems(problems);
});

for (const textSize of ['larger', 'largest']) {
  test(`at 320 px with the ${textSize} text setting, nothing scrolls sideways, one step at a time or all at once`, async () => {
    // The reader's own setting, as the page keeps it (src/settings/mod.rs).
    const chooseTextSize = (page) => page.addInitScript((size) =>
      localStorage.setItem('ahsct-explainer.reading-settings', `1;text=${size};spacing=standard`), textSize);
    const { page, problems } = await app.openApp('', { viewport: { width: 320, height: 800 } }, { prepare: chooseTextSize });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.textSize), textSize);
    await expectReflowInEveryState(page);
    assertNoProblems(problems);
  });
}

// ---------------------------------------------------------------------------
// 2.5.8 Target size (minimum)

/**
 * Buttons, links and form controls smaller than 24 x 24 CSS px. A link or a
 * glossary term inside a sentence is exempt (WCAG 2.5.8 allows it: the line
 * height sets its size).
 * WCAG would also let a small target pass with enough space around it; this
 * asks for the size itself, for readers with tremor.
 */
function smallTargets(page) {
  return page.evaluate(() => {
    const isInline = (element) => ['inline', 'contents'].includes(getComputedStyle(element).display);
    const text = (node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const inSentence = (link) => {
      if (!link.matches('a, .term__button') || !isInline(link)) return false;
      let block = link.parentElement;
      while (block && isInline(block)) block = block.parentElement;
      return Boolean(block) && text(block) !== text(link);
    };
    // A control with a <label> around it is pressed through the label too.
    const hitArea = (element) => (element.matches('input') && element.closest('label')) || element;
    return [...document.querySelectorAll(
      '#app :is(button, a[href], summary, select, textarea, input:not([type="hidden"]))')]
      .filter((element) => element.checkVisibility() && !element.closest('.visually-hidden'))
      .filter((element) => !inSentence(element))
      .map((element) => {
        const rect = hitArea(element).getBoundingClientRect();
        const classes = element.getAttribute('class');
        return {
          rect,
          name: `${element.tagName.toLowerCase()}${classes ? `.${classes.trim().split(/\s+/).join('.')}` : ''} "${
            text(element).slice(0, 40)}"`,
        };
      })
      .filter(({ rect }) => rect.width < 24 - 0.01 || rect.height < 24 - 0.01)
      .map(({ name, rect }) => `${name} is ${rect.width.toFixed(1)} x ${rect.height.toFixed(1)} px`);
  });
}

for (const [name, viewport] of [['320 px', NARROW], ['1280 px', WIDE]]) {
  test(`every button, control and link outside a sentence is at least 24 x 24 px (${name})`, async () => {
    const { page, problems } = await app.openApp('', { viewport });
    await openDisclosures(page);
    for (const state of ['storage', 'all']) {
      await showState(page, state);
      const view = state === 'all' ? 'all steps' : `step "${state}"`;
      assert.deepEqual(await smallTargets(page), [], `targets below 24 x 24 px (${view})`);
    }
    assertNoProblems(problems);
  });
}
