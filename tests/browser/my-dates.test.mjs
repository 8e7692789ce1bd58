// My dates: a reader adds the dates their team gave them to the steps, by
// keyboard or by touch; the page shows the transplant day count once the
// reinfusion is dated and how far each date is from today, and computes no
// date of its own. Bad dates get a calm message beside the field and nothing
// is saved. The dates download as a calendar file (read back here with an
// independent iCalendar parser, ical.js), print with the timeline, follow
// other tabs, survive storage faults, and clear after one confirmation.
// axe finds nothing in any of these states at 320 and 1280 px, light and dark.
//
// "Today" is fixed at 2 December 2026 in London, so every count is known.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import {
  REPO_ROOT, assertNoProblems, eventually, nextButton, useAppHarness, waitForAppStart,
} from './support.mjs';

const app = useAppHarness();

const TODAY = new Date('2026-12-02T10:00:00Z');
const BASE_CONTEXT = { locale: 'en-GB', timezoneId: 'Europe/London' };
const WIDE = { ...BASE_CONTEXT, viewport: { width: 1280, height: 900 } };
const STORAGE_KEY = 'ahsct-explainer.my-dates';

const fixToday = (more = async () => {}) => async (page) => {
  await page.clock.setFixedTime(TODAY);
  await more(page);
};

/** Stored before the first load only, so that reloads see what the app stored. */
const seed = (entries) => fixToday((page) => page.addInitScript((pairs) => {
  if (!sessionStorage.getItem('seeded')) {
    for (const [key, value] of pairs) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', 'yes');
  }
}, entries));

const stepDate = (page, stepId) => page.locator(`article[data-step="${stepId}"] .my-date`);
const dateField = (page, stepId) => stepDate(page, stepId).getByLabel('The date your team gave you');
const noteField = (page, stepId) => stepDate(page, stepId).getByLabel('A note (optional)');
const stored = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

async function showStep(page, stepId) {
  await page.evaluate((id) => { location.hash = `#timeline/${id}`; }, stepId);
  await eventually(async () => assert.ok(await stepDate(page, stepId).isVisible(), `${stepId} shows`));
}

async function saveDate(page, stepId, iso, note = '') {
  await showStep(page, stepId);
  await dateField(page, stepId).fill(iso);
  await noteField(page, stepId).fill(note);
  await stepDate(page, stepId).getByRole('button', { name: 'Save my date' }).click();
}

/**
 * The digits to type for `iso` in the order the browser's date fields take
 * them (the browser's own language decides it, not the page's), found by
 * typing a probe date into a field on a blank page of the same browser.
 */
async function typedInFieldOrder(context, iso) {
  const probe = await context.newPage();
  await probe.setContent('<input type="date" id="probe">');
  await probe.focus('#probe');
  await probe.keyboard.type('01022027');
  const monthFirst = (await probe.inputValue('#probe')) === '2027-01-02';
  await probe.close();
  const [year, month, day] = iso.split('-');
  return monthFirst ? `${month}${day}${year}` : `${day}${month}${year}`;
}

/** Presses Tab until focus is where `reached` says, at most a few times. */
async function tabUntil(page, reached) {
  for (let presses = 0; presses < 4; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${reached})(document.activeElement)`)) return;
  }
  assert.fail(`Tab did not reach ${reached}`);
}

test('kept dates show with no reader action, and Save works once the page has started', async () => {
  const { page, problems } = await app.openApp('#timeline/reinfusion', WIDE, {
    prepare: seed([[STORAGE_KEY, 'my-dates;1\nreinfusion\t2027-03-10\t']]),
  });
  await eventually(async () => assert.match(await shownDate(page, 'reinfusion'), /10 March 2027/));
  const save = stepDate(page, 'reinfusion').getByRole('button', { name: 'Save my date' });
  assert.equal(await save.isDisabled(), false, 'Save works');
  assertNoProblems(problems);
});

test('a step\'s date whose words are damaged goes calmly, and the rest of the page works', async () => {
  const { page, problems } = await app.openApp('#timeline/reinfusion', WIDE, {
    prepare: fixToday((p) => p.route(/\/(index\.html)?$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(<leptos-island data-component="StepDate_\d+") data-props="[^"]*"/, '$1 data-props="{&quot;step_id&quot;:"');
      await route.fulfill({ response, body: html });
    })),
  });
  await page.evaluate(() => { location.hash = '#timeline/assessment'; });
  await eventually(async () => assert.ok(await page.locator('article[data-step="assessment"]').isVisible()));
  assert.equal(await stepDate(page, 'assessment').isVisible(), false, 'that step\'s date form goes');
  await showStep(page, 'reinfusion');
  assert.ok(await stepDate(page, 'reinfusion').isVisible(), 'the other steps keep theirs');
  await saveDate(page, 'reinfusion', '2027-03-10');
  await eventually(async () => assert.match(await shownDate(page, 'reinfusion'), /10 March 2027/));
  await nextButton(page).click();
  await eventually(async () => assert.match(page.url(), /#timeline\/hospital-recovery$/));
  assert.equal(await page.locator('#app-problem').isHidden(), true);
  assertNoProblems(problems);
});

async function shownDate(page, stepId) {
  const shown = stepDate(page, stepId).locator('.my-date__shown');
  // The day count is isolated left to right (U+2066…U+2069), for Arabic text.
  return (await shown.isVisible()) ? (await shown.innerText()).replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() : null;
}

test('by keyboard: a date and a note saved on a step show its day count and how far away it is, after a reload too', async () => {
  const { page, problems } = await app.openApp('#timeline/reinfusion', WIDE, { prepare: fixToday() });
  const digits = await typedInFieldOrder(page.context(), '2027-03-10');
  // The date field takes the day, month and year as typed.
  await dateField(page, 'reinfusion').focus();
  await page.keyboard.type(digits);
  assert.equal(await dateField(page, 'reinfusion').inputValue(), '2027-03-10');
  await tabUntil(page, (el) => el.id === 'my-date-reinfusion-note');
  await page.keyboard.type('Bring slippers');
  // Save is disabled, so Tab passes it by, until the page has started: on a
  // busy machine a test types faster than that.
  const save = stepDate(page, 'reinfusion').getByRole('button', { name: 'Save my date' });
  await eventually(async () => assert.equal(await save.isDisabled(), false, 'Save works once the page has started'));
  await tabUntil(page, (el) => el.textContent.trim() === 'Save my date');
  await page.keyboard.press('Enter');
  await eventually(async () => assert.match(await shownDate(page, 'reinfusion'),
    /^Your date: Wednesday,? 10 March 2027 \(Day 0, in 98 days\)$/));
  assert.equal(await stepDate(page, 'reinfusion').locator('.my-date__shown-note').innerText(), 'Bring slippers');
  assert.equal(await stepDate(page, 'reinfusion').getByRole('status').innerText(), 'Your date is saved.');
  assert.equal(await stored(page), 'my-dates;1\nreinfusion\t2027-03-10\tBring slippers');

  await saveDate(page, 'collection', '2027-02-20');
  await eventually(async () => assert.match(await shownDate(page, 'collection'),
    /20 February 2027 \(Day −18, in 80 days\)$/));

  await page.reload();
  await waitForAppStart(page, problems);
  await showStep(page, 'reinfusion');
  await eventually(async () => assert.match(await shownDate(page, 'reinfusion'), /\(Day 0, in 98 days\)$/));
  assert.equal(await dateField(page, 'reinfusion').inputValue(), '2027-03-10');
  assert.equal(await noteField(page, 'reinfusion').inputValue(), 'Bring slippers');
  // The panel under the timeline lists both, in the timeline's order.
  const items = (await page.locator('.my-dates__item').allInnerTexts()).map((item) => item.replace(/[\u2066-\u2069]/g, ''));
  assert.equal(items.length, 2);
  assert.match(items[0], /^Collecting your stem cells: .*20 February 2027 \(Day −18, in 80 days\)$/);
  assert.match(items[1], /^Getting your stem cells back: .*10 March 2027 \(Day 0, in 98 days\)\nBring slippers$/);
  assertNoProblems(problems);
});

test('without a reinfusion date no day count shows, and the page adds no date of its own', async () => {
  const { page, problems } = await app.openApp('', WIDE, { prepare: fixToday() });
  await saveDate(page, 'assessment', '2026-11-30', 'Neurologist');
  await eventually(async () => assert.match(await shownDate(page, 'assessment'), /30 November 2026 \(2 days ago\)$/));
  for (const step of ['mobilisation', 'collection', 'reinfusion', 'follow-up']) {
    await showStep(page, step);
    assert.equal(await shownDate(page, step), null, `${step} has no date`);
    assert.equal(await dateField(page, step).inputValue(), '', `${step}'s field is empty`);
  }
  const title = await page.locator('article[data-step="assessment"] .step__title').innerText();
  const items = (await page.locator('.my-dates__item').allInnerTexts()).map((item) => item.replace(/[\u2066-\u2069]/g, ''));
  assert.equal(items.length, 1);
  assert.ok(items[0].startsWith(`${title}: `), items[0]);
  assert.match(items[0], /30 November 2026 \(2 days ago\)\nNeurologist$/);
  assertNoProblems(problems);
});

test('a date the page cannot take gets a calm message beside its field, focus on the field, and nothing saved', async () => {
  const { page, problems } = await app.openApp('', WIDE, { prepare: fixToday() });
  await saveDate(page, 'reinfusion', '2027-03-10');
  await eventually(async () => assert.ok(await shownDate(page, 'reinfusion')));
  const before = await stored(page);
  const cases = [
    ['collection', '', /^Enter the whole date: day, month and year\.$/],
    ['collection', '1999-12-31', /^Enter a date in the year 2000 or later\.$/],
    ['collection', '2031-12-03', /^Enter a date no later than Tuesday,? 2 December 2031\.$/],
    ['collection', '2027-03-20',
      /^This is after your date for “Getting your stem cells back” \(Wednesday,? 10 March 2027\), but this step usually comes first\. Check your dates with your team\.$/],
  ];
  for (const [step, value, message] of cases) {
    await saveDate(page, step, value);
    const error = stepDate(page, step).locator('.my-date__error');
    await eventually(async () => assert.ok(await error.isVisible(), `an error for "${value}"`));
    assert.match((await error.locator('.my-date__error-text').innerText()).trim(), message);
    const field = dateField(page, step);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.id), `my-date-${step}`);
    // The field's description is the message, so a screen reader hears it on focus.
    assert.equal(await field.getAttribute('aria-describedby'), `my-date-${step}-error`);
    assert.equal(await stored(page), before, 'nothing saved');
    assert.equal(await shownDate(page, step), null);
  }
  // A reinfusion dated before a step the team usually does first.
  await saveDate(page, 'collection', '2027-03-01');
  await eventually(async () => assert.ok(await shownDate(page, 'collection')));
  assert.equal(await dateField(page, 'collection').getAttribute('aria-invalid'), 'false');
  await saveDate(page, 'reinfusion', '2027-02-27');
  await eventually(async () => assert.match(await stepDate(page, 'reinfusion').locator('.my-date__error').innerText(),
    /This is before your date for “Collecting your stem cells” \(Monday,? 1 March 2027\), which usually comes first/));
  assert.match(await shownDate(page, 'reinfusion'), /10 March 2027/, 'the saved date stays as it was');
  assertNoProblems(problems);
});

test('on a touch phone: tap a field, save, and remove a date', async () => {
  const { page, problems } = await app.openApp('', {
    ...BASE_CONTEXT, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true,
  }, { prepare: fixToday() });
  await showStep(page, 'conditioning');
  await dateField(page, 'conditioning').tap();
  await dateField(page, 'conditioning').fill('2027-03-04');
  await noteField(page, 'conditioning').tap();
  await noteField(page, 'conditioning').fill('Ask about anti-sickness medicine');
  await stepDate(page, 'conditioning').getByRole('button', { name: 'Save my date' }).tap();
  await eventually(async () => assert.match(await shownDate(page, 'conditioning'), /4 March 2027 \(in 92 days\)$/));
  // It fits the phone: nothing is wider than the screen.
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  const remove = stepDate(page, 'conditioning').getByRole('button', { name: 'Remove my date' });
  await remove.tap();
  await eventually(async () => assert.equal(await shownDate(page, 'conditioning'), null));
  assert.equal(await remove.isVisible(), false);
  assert.equal(await stepDate(page, 'conditioning').getByRole('status').innerText(), 'Your date is removed.');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'my-date-conditioning');
  assert.equal(await dateField(page, 'conditioning').inputValue(), '');
  assertNoProblems(problems);
});

test('the dates download as a calendar file that an independent parser reads: all-day events, names, notes, stable UIDs', async () => {
  const { page, problems } = await app.openApp('', { ...WIDE, acceptDownloads: true }, { prepare: fixToday() });
  await saveDate(page, 'collection', '2027-02-20', 'Bring a book; and snacks');
  await saveDate(page, 'reinfusion', '2027-03-10');
  await eventually(async () => assert.equal((await page.locator('.my-dates__item').allInnerTexts()).length, 2));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my dates as a calendar file' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'my-ahsct-dates.ics');
  const text = await readFile(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  assert.equal(events.length, 2);
  const [collection, reinfusion] = events;
  assert.equal(collection.summary, 'Collecting your stem cells');
  assert.equal(collection.startDate.toString(), '2027-02-20');
  assert.ok(collection.startDate.isDate, 'an all-day event');
  assert.equal(collection.description, 'Day −18\nBring a book; and snacks');
  assert.equal(collection.uid, 'collection@my-dates.ahsct-explainer');
  assert.equal(reinfusion.summary, 'Getting your stem cells back');
  assert.equal(reinfusion.startDate.toString(), '2027-03-10');
  assert.equal(reinfusion.description, 'Day 0');
  assert.equal(reinfusion.uid, 'reinfusion@my-dates.ahsct-explainer');
  assert.equal(await page.locator('.my-dates__status').innerText(),
    'Your calendar file is downloaded. Open it to add the dates to your calendar.');
  assertNoProblems(problems);
});

test('"Print the timeline with my dates": the notice and every step, each with its date, and nothing to press', async () => {
  const stubPrint = fixToday((page) => page.addInitScript(() => {
    window.__printed = [];
    window.print = () => window.__printed.push(document.documentElement.getAttribute('data-print'));
  }));
  const { page, problems } = await app.openApp('', WIDE, { prepare: stubPrint });
  await saveDate(page, 'reinfusion', '2027-03-10', 'Bring slippers');
  await eventually(async () => assert.ok(await shownDate(page, 'reinfusion')));
  await page.getByRole('button', { name: 'Print the timeline with my dates' }).click();
  assert.deepEqual(await page.evaluate(() => window.__printed), ['timeline']);
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'timeline'));
  await page.emulateMedia({ media: 'print' });
  const visible = (selector) => page.locator(selector).evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length > 0).length);
  assert.equal(await visible('#notice'), 1, 'the notice prints');
  assert.equal(await visible('#questions'), 0, 'other sections do not');
  assert.equal(await visible('article.step'), 8, 'every step prints');
  assert.equal(await visible('.my-date'), 1, 'only the dated step has its date on paper');
  assert.equal(await visible('.my-date__form'), 0, 'no fields on paper');
  assert.equal(await visible('.my-dates__item'), 1, 'the list of dates prints');
  assert.equal(await visible('.my-dates__actions'), 0, 'no buttons on paper');
  assertNoProblems(problems);
});

test('"Clear my dates" asks first; No keeps them, Yes clears them and says so', async () => {
  const { page, problems } = await app.openApp('', WIDE, { prepare: fixToday() });
  await saveDate(page, 'storage', '2027-02-22');
  await eventually(async () => assert.ok(await shownDate(page, 'storage')));
  const clear = page.getByRole('button', { name: 'Clear my dates' });
  await clear.click();
  const confirm = page.getByRole('group', { name: 'Clear all your dates? This cannot be undone.' });
  await eventually(async () => assert.equal(await page.evaluate(() =>
    document.activeElement.id === 'my-dates-clear-confirm'), true));
  await confirm.getByRole('button', { name: 'No, keep my dates' }).click();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Clear my dates'));
  assert.ok(await stored(page), 'kept');
  await clear.click();
  await confirm.getByRole('button', { name: 'Yes, clear my dates' }).click();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'my-dates-heading'));
  assert.equal(await stored(page), null, 'nothing left stored');
  assert.equal(await page.locator('.my-dates__status').innerText(), 'Your dates are cleared.');
  assert.equal(await page.locator('.my-dates__item').count(), 0);
  await showStep(page, 'storage');
  assert.equal(await shownDate(page, 'storage'), null);
  assertNoProblems(problems);
});

test('dates stored in a form this release cannot read are set aside, never lost, and the reader is told', async () => {
  const unreadable = 'my-dates;9\nsomething new';
  const { page, problems } = await app.openApp('', WIDE, { prepare: seed([[STORAGE_KEY, unreadable]]) });
  await eventually(async () => assert.match(await page.locator('.my-dates__notice').innerText(),
    /^Dates saved earlier in this browser could not be read, so they are kept aside, unchanged\./));
  assert.equal(await page.evaluate(() => localStorage.getItem('ahsct-explainer.my-dates.unreadable-1')), unreadable);
  await saveDate(page, 'assessment', '2026-12-10');
  await eventually(async () => assert.equal(await stored(page), 'my-dates;1\nassessment\t2026-12-10\t'));
  assert.equal(await page.evaluate(() => localStorage.getItem('ahsct-explainer.my-dates.unreadable-1')), unreadable);
  assertNoProblems(problems);
});

test('with storage blocked, dates work for the visit, and the step and the panel both say they are not saved', async () => {
  const blockStorage = fixToday((page) => page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  }));
  const { page, problems } = await app.openApp('', WIDE, { prepare: blockStorage });
  await saveDate(page, 'reinfusion', '2027-03-10');
  await eventually(async () => assert.match(await shownDate(page, 'reinfusion'), /Day 0/));
  assert.match(await page.locator('.my-dates__notice').innerText(),
    /^Your dates cannot be saved on this device, so they last for this visit only\./);
  // Beside the button the reader pressed, not "Your date is saved.".
  assert.match(await stepDate(page, 'reinfusion').getByRole('status').innerText(),
    /^Your dates cannot be saved on this device, so they last for this visit only\. To keep them, download or print them/);
  assertNoProblems(problems);
});

test('a date saved in another tab shows in this one, and neither tab saves over the other', async () => {
  const { page, problems } = await app.openApp('', WIDE, { prepare: fixToday() });
  const other = await page.context().newPage();
  await other.clock.setFixedTime(TODAY);
  await other.goto(page.url());
  await waitForAppStart(other, problems);
  await saveDate(other, 'mobilisation', '2027-01-15', 'From the other tab');
  await eventually(async () => assert.match(await shownDate(other, 'mobilisation'), /15 January 2027/));
  await showStep(page, 'mobilisation');
  await eventually(async () => assert.match(await shownDate(page, 'mobilisation'), /15 January 2027 \(in 44 days\)$/));
  await saveDate(page, 'collection', '2027-02-20');
  await eventually(async () => assert.equal(await stored(page),
    'my-dates;1\nmobilisation\t2027-01-15\tFrom the other tab\ncollection\t2027-02-20\t'));
  assertNoProblems(problems);
});

const AXE_SOURCE = readFile(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};

for (const width of [320, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violations in the dates' states at ${width} px, ${colorScheme}`, async () => {
      const { page, problems } = await app.openApp('', {
        // axe goes in as an inline script, which the page's own policy refuses.
        ...BASE_CONTEXT, viewport: { width, height: 800 }, colorScheme, bypassCSP: true,
      }, { prepare: fixToday() });
      await page.addScriptTag({ content: await AXE_SOURCE });
      // The timeline's section holds each step's date and the dates' panel:
      // all these states change (the whole page is audited in a11y-audit).
      const audit = async (state) => {
        const { violations } = await page.evaluate((options) => window.axe.run('#timeline', options), AXE_OPTIONS);
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), [], state);
      };
      await saveDate(page, 'reinfusion', '2027-03-10', 'Bring slippers');
      await eventually(async () => assert.ok(await shownDate(page, 'reinfusion')));
      await audit('a saved date, with the panel listing it');
      await saveDate(page, 'collection', '2027-03-20');
      await eventually(async () => assert.ok(await stepDate(page, 'collection').locator('.my-date__error').isVisible()));
      await audit('a date with its error');
      await page.getByRole('button', { name: 'Clear my dates' }).click();
      await eventually(async () => assert.ok(await page.locator('#my-dates-clear-confirm').isVisible()));
      await audit('the clear confirmation');
      assertNoProblems(problems);
    });
  }
}

test('a date is written in the page\'s language, in the reader\'s own form of it', async () => {
  const american = { ...WIDE, locale: 'en-US' };
  const { page, problems } = await app.openApp('#timeline/reinfusion', american, { prepare: fixToday() });
  await saveDate(page, 'reinfusion', '2027-03-10');
  await eventually(async () => assert.match(await shownDate(page, 'reinfusion'),
    /^Your date: Wednesday, March 10, 2027 \(Day 0, in 98 days\)$/));
  const german = { ...WIDE, locale: 'de-DE' };
  const other = await app.openApp('#timeline/reinfusion', german, { prepare: seed([[STORAGE_KEY, 'my-dates;1\nreinfusion\t2027-03-10\t']]) });
  // A reader whose browser speaks another language reads the English page's own form.
  await eventually(async () => assert.match(await shownDate(other.page, 'reinfusion'), /^Your date: Wednesday,? 10 March 2027 /));
  assertNoProblems(problems);
  assertNoProblems(other.problems);
});

test('in Arabic, "in n days" takes the form Arabic gives each number: two, three to ten, eleven to ninety-nine, and past a hundred', async () => {
  const stored = ['my-dates;1', 'assessment\t2026-11-20\t', 'mobilisation\t2026-11-30\t', 'collection\t2026-12-07\t',
    'conditioning\t2026-12-14\t', 'reinfusion\t2027-03-15\t'].join('\n');
  const { page, problems } = await app.openApp('ar/index.html#timeline/all', WIDE, { prepare: seed([[STORAGE_KEY, stored]]) });
  const items = async () => (await page.locator('.my-dates__item').allInnerTexts()).map((item) => item.replace(/[\u2066-\u2069]/g, ''));
  await eventually(async () => assert.equal((await items()).length, 5));
  const [twelveAgo, twoAgo, inFive, inTwelve, inHundredAndThree] = await items();
  assert.match(twelveAgo, /\(اليوم −115، قبل 12 يومًا\)$/);
  assert.match(twoAgo, /\(اليوم −105، قبل يومين\)$/);
  assert.match(inFive, /\(اليوم −98، بعد 5 أيام\)$/);
  assert.match(inTwelve, /\(اليوم −91، بعد 12 يومًا\)$/);
  // 103 takes the form of 3, not of 100: CLDR's rule is on the number's last two digits.
  assert.match(inHundredAndThree, /\(اليوم 0، بعد 103 أيام\)$/);
  assertNoProblems(problems);
});

test('saving one step\'s date never writes over what a reader is typing in another step, the reinfusion included', async () => {
  const { page, problems } = await app.openApp('#timeline/all', WIDE, { prepare: fixToday() });
  await dateField(page, 'collection').fill('2027-02-20');
  await noteField(page, 'collection').fill('Half written');
  await dateField(page, 'reinfusion').fill('2027-03-10');
  await stepDate(page, 'reinfusion').getByRole('button', { name: 'Save my date' }).click();
  await eventually(async () => assert.match(await shownDate(page, 'reinfusion'), /Day 0/));
  assert.equal(await dateField(page, 'collection').inputValue(), '2027-02-20');
  assert.equal(await noteField(page, 'collection').inputValue(), 'Half written');
  assertNoProblems(problems);
});
