// The page with the keyboard alone (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.3, 2.4.7,
// 2.4.13's 2 px / 3:1 as the bar for a visible focus, 4.1.3): a skip link
// first, the whole timeline walked with Tab, Shift+Tab, Enter, Space and the
// arrow keys, focus never lost or hidden, the page never jumping, a visible
// focus indicator on everything Tab reaches, and no keyboard trap.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STEP_IDS, assertNoProblems, contrastRatio, eventually, expectAllSteps, expectStep,
  useAppHarness, widget,
} from './support.mjs';

const app = useAppHarness();
const VIEWPORT = { width: 1280, height: 800 };
const LAST_STEP = STEP_IDS.length - 1;
// More Tab presses than the page has focusable elements: reaching this many
// without leaving the page means focus is going round in circles.
const MAX_TABS = 600;

const liveRegion = (page) => widget(page).locator('[aria-live="polite"]');

/**
 * What has keyboard focus: a short description, where it is, and whether
 * and how it shows that it has focus (read from computed styles).
 */
function readFocus(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) {
      return { kind: 'body' };
    }
    // A canvas turns any CSS colour syntax into sRGB bytes.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const toRgba = (cssColour) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = '#000';
      context.fillStyle = cssColour;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    // What shows around the element: the nearest ancestor background that
    // is not transparent, over the page's canvas.
    const canvasColour = toRgba(getComputedStyle(document.documentElement).backgroundColor)[3] > 0
      ? getComputedStyle(document.documentElement).backgroundColor
      : getComputedStyle(document.body).backgroundColor;
    const backgroundOf = (start) => {
      for (let node = start; node && node.nodeType === 1; node = node.parentElement) {
        const colour = toRgba(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0) return colour;
      }
      return toRgba(canvasColour);
    };

    const style = getComputedStyle(element);
    const indicators = [];
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
      indicators.push({
        kind: 'outline',
        width: parseFloat(style.outlineWidth),
        colour: toRgba(style.outlineColor),
      });
    }
    if (style.boxShadow && style.boxShadow !== 'none') {
      // "rgb(1, 2, 3) 0px 0px 0px 3px, ..." : the spread is the ring's width.
      for (const shadow of style.boxShadow.split(/,(?![^(]*\))/)) {
        const colour = shadow.match(/(rgba?|color|oklch|oklab|lab|lch|hsla?)\([^)]*\)/)?.[0];
        const lengths = [...shadow.replace(/\([^)]*\)/g, '').matchAll(/(-?[\d.]+)px/g)]
          .map((match) => parseFloat(match[1]));
        if (colour && !/\binset\b/.test(shadow) && lengths.length >= 4 && lengths[3] > 0) {
          indicators.push({ kind: 'box-shadow', width: lengths[3], colour: toRgba(colour) });
        }
      }
    }

    const rect = element.getBoundingClientRect();
    const classes = element.getAttribute('class');
    return {
      kind: 'element',
      description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        classes ? `.${classes.trim().split(/\s+/).join('.')}` : ''}${
        element.getAttribute('href') ? `[href="${element.getAttribute('href')}"]` : ''} "${
        (element.innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
      inTimeline: Boolean(element.closest('.timeline-widget')),
      inFooter: Boolean(element.closest('footer')),
      isLastFooterLink: element === [...document.querySelectorAll('footer a')]
        .filter((link) => link.checkVisibility()).at(-1),
      isSkipLink: element.matches('a.skip-link'),
      opensClosedDisclosure: element.matches('details:not([open]) > summary'),
      id: element.id,
      visible: element.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0
        && rect.top < innerHeight && rect.left < innerWidth,
      indicators,
      backgrounds: [backgroundOf(element.parentElement), toRgba(getComputedStyle(document.body).backgroundColor)],
    };
  });
}

/** A colour with some transparency, as it shows over an opaque backdrop. */
function over([red, green, blue, alpha], backdrop) {
  const opacity = alpha / 255;
  const mix = (channel, under) => Math.round(channel * opacity + under * (1 - opacity));
  return [mix(red, backdrop[0]), mix(green, backdrop[1]), mix(blue, backdrop[2]), 255];
}

/**
 * Why the focused element's indicator is not good enough, or null when it
 * is: at least 2 px wide and 3:1 against what is around it.
 */
function focusIndicatorProblem(focus) {
  if (focus.kind !== 'element') return 'focus is on the page itself';
  if (!focus.visible || !focus.onScreen) return 'the focused element is not visible on screen';
  const good = focus.indicators.filter((indicator) => indicator.width >= 2
    && focus.backgrounds.every((background) =>
      contrastRatio(over(indicator.colour, background), background) >= 3));
  if (good.length > 0) return null;
  const seen = focus.indicators.map((indicator) => `${indicator.kind} ${indicator.width}px ${
    indicator.colour} (contrast ${focus.backgrounds.map((background) =>
    contrastRatio(over(indicator.colour, background), background).toFixed(2)).join(' / ')}:1)`);
  return `no focus indicator of 2 px and 3:1 (${seen.join('; ') || 'none'})`;
}

/** Presses a key and returns what then has focus. */
async function press(page, key) {
  await page.keyboard.press(key);
  return readFocus(page);
}

/** The page's vertical scroll, once the frame after a change has been drawn. */
async function settledScrollY(page) {
  return page.evaluate(() => new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY)));
  }));
}

/**
 * Presses key on whatever has focus, expecting the timeline to move to
 * stepIndex without the page jumping and with focus kept in the timeline.
 * Returns what has focus afterwards.
 */
async function moveWith(page, key, stepIndex) {
  const before = await settledScrollY(page);
  await page.keyboard.press(key);
  await expectStep(page, stepIndex);
  const after = await settledScrollY(page);
  assert.ok(Math.abs(after - before) <= 4,
    `${key} to step ${stepIndex + 1} scrolled the page by ${after - before} px`);
  const focus = await readFocus(page);
  assert.equal(focus.kind, 'element', `focus was lost to the page after ${key} to step ${stepIndex + 1}`);
  assert.ok(focus.inTimeline,
    `after ${key} to step ${stepIndex + 1}, focus left the timeline for ${focus.description}`);
  return focus;
}

async function expectFocusOn(page, selector, why) {
  await eventually(async () => {
    const focus = await readFocus(page);
    const matches = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    assert.ok(matches, `${why}: focus is on ${focus.description ?? focus.kind}, not ${selector}`);
  });
}

/**
 * Moves focus to selector with Tab, or Shift+Tab when it comes before what
 * has focus now, pressing at most `limit` times.
 */
async function tabTo(page, selector, limit = 10) {
  const backwards = await page.evaluate((s) => {
    const target = document.querySelector(s);
    const from = document.activeElement ?? document.body;
    return Boolean(target.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, selector);
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`${limit} presses of ${key} did not reach ${selector}`);
}

// ---------------------------------------------------------------------------

test('the first Tab reaches a visible skip link, and activating it moves focus to main', async () => {
  const { page, problems } = await app.openApp('', { viewport: VIEWPORT });

  const focus = await press(page, 'Tab');
  assert.ok(focus.isSkipLink, `the first Tab reached ${focus.description ?? focus.kind}, not the skip link`);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#main');
  assert.ok(focus.visible && focus.onScreen, 'the focused skip link is visible on screen');
  assert.equal(focusIndicatorProblem(focus), null, 'the skip link shows its focus');

  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'main#main', 'after the skip link');
  // The next Tab goes on from the start of the main content.
  const next = await press(page, 'Tab');
  assert.equal(next.kind, 'element');
  assert.ok(await page.evaluate(() => document.querySelector('main').contains(document.activeElement)),
    `Tab after the skip link reached ${next.description}, outside main`);
  assertNoProblems(problems);
});

test('the keyboard alone walks every step forward and back, shows all steps and goes back', async () => {
  const { page, problems } = await app.openApp('', { viewport: VIEWPORT });
  assert.equal((await liveRegion(page).textContent()).trim(), '', 'the live region is empty on load');

  // Skip link, then Tab through the page until focus is in the timeline.
  assert.ok((await press(page, 'Tab')).isSkipLink, 'the first Tab reaches the skip link');
  await page.keyboard.press('Enter');
  await expectFocusOn(page, 'main#main', 'after the skip link');
  let focus;
  let presses = 0;
  do {
    focus = await press(page, 'Tab');
    presses += 1;
    assert.ok(presses < MAX_TABS, 'Tab never reached the timeline');
    assert.equal(focus.kind, 'element', 'focus fell to the page on the way to the timeline');
  } while (!focus.inTimeline);
  await expectStep(page, 0, { checkHash: false });

  // Forward with Next, pressed with Enter and Space in turn.
  await tabTo(page, 'button.step-next');
  for (let step = 1; step <= LAST_STEP; step += 1) {
    focus = await moveWith(page, step % 2 ? 'Enter' : 'Space', step);
    if (step === 2) {
      await eventually(async () => assert.equal((await liveRegion(page).textContent()).trim(),
        'Step 3 of 8: Collecting your stem cells', 'the live region after moving to step 3'));
    }
    if (step < LAST_STEP) {
      await expectFocusOn(page, 'button.step-next', `focus stays on Next at step ${step + 1}`);
    }
  }
  assert.ok(await page.locator('button.step-next').isDisabled(), 'Next is disabled on the last step');
  await expectFocusOn(page, `#step-${STEP_IDS[LAST_STEP]}-heading`,
    'when Next becomes disabled, focus moves to the step heading');
  // The reader pressed a key: they see where focus went.
  assert.equal(focusIndicatorProblem(await readFocus(page)), null, 'the step heading focused after Next shows it');

  // Back with Previous, reached with Shift+Tab, pressed with Space and Enter.
  await tabTo(page, 'button.step-previous');
  for (let step = LAST_STEP - 1; step >= 0; step -= 1) {
    await moveWith(page, step % 2 ? 'Space' : 'Enter', step);
    if (step > 0) {
      await expectFocusOn(page, 'button.step-previous', `focus stays on Previous at step ${step + 1}`);
    }
  }
  assert.ok(await page.locator('button.step-previous').isDisabled(), 'Previous is disabled on step 1');
  await expectFocusOn(page, `#step-${STEP_IDS[0]}-heading`,
    'when Previous becomes disabled, focus moves to the step heading');

  // The arrow keys, from wherever focus is in the timeline.
  await moveWith(page, 'ArrowRight', 1);
  await moveWith(page, 'ArrowRight', 2);
  await eventually(async () => assert.equal((await liveRegion(page).textContent()).trim(),
    'Step 3 of 8: Collecting your stem cells', 'the live region after the arrow keys'));
  await moveWith(page, 'ArrowLeft', 1);
  await moveWith(page, 'ArrowLeft', 0);

  // From a link inside the step, whose content hides when the step changes.
  await tabTo(page, `[id="timeline/${STEP_IDS[0]}"] a.citation`, 40);
  await moveWith(page, 'ArrowRight', 1);
  await moveWith(page, 'ArrowLeft', 0);

  // Show all steps, and back to one at a time.
  await tabTo(page, 'button.show-all-steps');
  await page.keyboard.press('Enter');
  await expectAllSteps(page);
  focus = await readFocus(page);
  assert.ok(focus.kind === 'element' && focus.inTimeline,
    `after showing all steps focus is on ${focus.description ?? focus.kind}`);
  await expectFocusOn(page, 'button.show-all-steps', 'after showing all steps');
  await page.keyboard.press('Space');
  await eventually(async () => {
    const articles = await page.locator('article.step').evaluateAll((all) =>
      all.filter((article) => article.checkVisibility()).length);
    assert.equal(articles, 1, 'back to a single step');
  });
  focus = await readFocus(page);
  assert.ok(focus.kind === 'element' && focus.inTimeline,
    `after going back to one step focus is on ${focus.description ?? focus.kind}`);
  assertNoProblems(problems);
});

for (const colorScheme of ['light', 'dark']) {
  test(`every element Tab reaches shows a focus indicator (2 px, 3:1), and Tab leaves the page at the end (${colorScheme})`, async () => {
    const { page, problems } = await app.openApp('', { viewport: VIEWPORT, colorScheme });
    const failures = [];
    const reached = [];
    let reachedLastFooterLink = false;
    for (;;) {
      const focus = await press(page, 'Tab');
      if (focus.kind !== 'element') break;
      reached.push(focus.description);
      const problem = focusIndicatorProblem(focus);
      if (problem) failures.push(`${focus.description}: ${problem}`);
      if (focus.opensClosedDisclosure) {
        // Open it (Enter on its summary), so the walk goes through what it holds.
        await page.keyboard.press('Enter');
      }
      if (focus.isLastFooterLink) {
        reachedLastFooterLink = true;
        // One more Tab leaves the page for the browser.
        const after = await press(page, 'Tab');
        const inApp = await page.evaluate(() => document.getElementById('app')
          .contains(document.activeElement));
        assert.ok(!inApp, `Tab after the footer's last link went back into the page, to ${after.description}`);
        break;
      }
      assert.ok(reached.length < MAX_TABS,
        `keyboard trap? ${MAX_TABS} Tab presses never reached the footer's last link; the last ones: ${
          reached.slice(-5).join(', ')}`);
    }
    assert.ok(reachedLastFooterLink,
      `focus left the page before the footer's last link, after ${reached.length} elements: ${
        reached.slice(-5).join(', ')}`);
    assert.ok(reached[0]?.startsWith('a.skip-link'), `the first Tab reached ${reached[0]}`);
    assert.deepEqual(failures, [], `elements without a visible focus indicator (${failures.length} of ${reached.length})`);
    assertNoProblems(problems);
  });
}
