// "Copy a link to this step" gives the address of the step on the standalone
// page, also from inside a host's frame, and falls back to showing the
// address when the browser refuses the clipboard.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, eventually, nextButton, useAppHarness } from './support.mjs';

const app = useAppHarness();
const copyButton = (page) => page.locator('.copy-step-link button');

test('the copied link is the standalone page at the current step, without embed parameters', async () => {
  const { page, problems } = await app.openApp('?embed&host=https%3A%2F%2Fcharity.example#timeline/storage');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await nextButton(page).click();
  await copyButton(page).click();
  await eventually(async () =>
    assert.match(await page.locator('.copy-step-link__status').innerText(), /Link copied/));
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.origin + copied.pathname, app.baseUrl);
  assert.equal(copied.hash, '#timeline/conditioning');
  assert.equal(copied.searchParams.has('embed'), false);
  assert.equal(copied.searchParams.has('host'), false);
  assertNoProblems(problems);
});

test('where the clipboard is refused, the address is shown, selected, to copy by hand', async () => {
  const refuseClipboard = (page) => page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
  });
  const { page, problems } = await app.openApp('#timeline/collection', {}, { prepare: refuseClipboard });
  await copyButton(page).click();
  const field = page.locator('.copy-step-link .text-to-copy-field input');
  await eventually(async () => assert.ok(await field.isVisible(), 'the address is shown'));
  assert.equal(new URL(await field.inputValue()).hash, '#timeline/collection');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-link-address');
  await nextButton(page).click();
  await eventually(async () => assert.equal(await field.count(), 0, 'a new step clears the old address'));
  assertNoProblems(problems);
});
