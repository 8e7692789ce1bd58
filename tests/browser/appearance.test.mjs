// How the page looks and moves: small screens, dark mode, reduced motion.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STEP_IDS, assertNoProblems, contrastRatio, expectAllSteps, expectStep, luminance,
  nextButton, showAllButton, useAppHarness,
} from './support.mjs';

const app = useAppHarness();
const NARROW = { width: 320, height: 640 };

const pageWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

test('nothing scrolls sideways at 320 px wide, one step at a time or all at once', async () => {
  const { page, problems } = await app.openApp('', { viewport: NARROW });

  for (let step = 0; step < STEP_IDS.length; step += 1) {
    if (step > 0) await nextButton(page).click();
    await expectStep(page, step, { checkHash: step > 0 });
    assert.ok(await pageWidth(page) <= NARROW.width,
      `page is ${await pageWidth(page)} px wide at step ${step + 1}`);
  }

  await showAllButton(page).click();
  await expectAllSteps(page);
  assert.ok(await pageWidth(page) <= NARROW.width,
    `page is ${await pageWidth(page)} px wide with all steps shown`);
  assertNoProblems(problems);
});

test('dark mode gives a dark page with readable text', async () => {
  const light = await bodyColours(await app.openApp('', { colorScheme: 'light' }));
  const dark = await bodyColours(await app.openApp('', { colorScheme: 'dark' }));

  assert.notDeepEqual(dark.background, light.background,
    'the background changes with the colour scheme');
  assert.ok(dark.background[3] > 0, 'the dark background is not transparent');
  // What shows through a see-through body: the browser's canvas colour.
  const shown = {
    light: { ...light, background: overBackdrop(light.background, WHITE) },
    dark: { ...dark, background: overBackdrop(dark.background, BLACK) },
  };
  assert.ok(luminance(shown.dark.background) < 0.2,
    `dark background ${dark.background} has luminance ${luminance(shown.dark.background)}`);
  for (const [mode, colours] of Object.entries(shown)) {
    const ratio = contrastRatio(colours.text, colours.background);
    assert.ok(ratio >= 4.5, `${mode} mode text contrast is ${ratio.toFixed(2)}:1, below 4.5:1`);
  }
});

const WHITE = [255, 255, 255, 255];
const BLACK = [0, 0, 0, 255];

/** An [r, g, b, a] colour painted over an opaque backdrop colour. */
function overBackdrop([red, green, blue, alpha], backdrop) {
  const opacity = alpha / 255;
  const mix = (channel, under) => Math.round(channel * opacity + under * (1 - opacity));
  return [mix(red, backdrop[0]), mix(green, backdrop[1]), mix(blue, backdrop[2]), 255];
}

test('with reduced motion, the steps neither transition nor animate', async () => {
  const { page, problems } = await app.openApp('', { reducedMotion: 'reduce' });
  assert.deepEqual(await movingSteps(page), [], 'in the single-step view');

  await showAllButton(page).click();
  await expectAllSteps(page);
  assert.deepEqual(await movingSteps(page), [], 'in the all-steps view');
  assertNoProblems(problems);
});

/** The steps with a non-zero transition or animation duration. */
function movingSteps(page) {
  return page.locator('article.step').evaluateAll((articles) => articles
    .map((article) => {
      const style = getComputedStyle(article);
      return {
        step: article.dataset.step,
        transitionDuration: style.transitionDuration,
        animationDuration: style.animationDuration,
      };
    })
    .filter(({ transitionDuration, animationDuration }) =>
      `${transitionDuration},${animationDuration}`.split(',')
        .some((duration) => parseFloat(duration) !== 0)));
}

/**
 * The body's computed background and text colours as [r, g, b, a] (0-255),
 * checking on the way that the page had no problems.
 */
async function bodyColours({ page, problems }) {
  const colours = await page.evaluate(() => {
    // A canvas turns any CSS colour syntax (rgb, oklch, color()...) into sRGB bytes.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const toRgba = (cssColour) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = cssColour;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    const style = getComputedStyle(document.body);
    return { background: toRgba(style.backgroundColor), text: toRgba(style.color) };
  });
  assertNoProblems(problems);
  return colours;
}


test('at 1280 px a step reads in the wide column, with the list of steps in the narrow one beside it, at the reading direction\'s end', async () => {
  for (const [address, direction] of [['', 'ltr'], ['ar/index.html', 'rtl']]) {
    const { page, problems } = await app.openApp(`${address}#timeline/collection`, { viewport: { width: 1280, height: 800 } });
    const box = (selector) => page.locator(selector).boundingBox();
    const step = await box('.timeline-steps');
    const list = await box('.step-list');
    assert.ok(step.width > 1.5 * list.width, `${direction}: the step (${step.width} px) is the wide column, the list (${list.width} px) the narrow one`);
    const listAtEnd = direction === 'ltr' ? list.x > step.x + step.width - 1 : list.x + list.width < step.x + 1;
    assert.ok(listAtEnd, `${direction}: the list sits after the step in the reading direction`);
    assert.ok(Math.abs(list.y - step.y) < 40, `${direction}: side by side, not one under the other`);
    assertNoProblems(problems);
  }
});
