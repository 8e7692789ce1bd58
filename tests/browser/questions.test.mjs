// "Questions for your MS team": ticking suggested questions and adding one's
// own builds a list that can be reordered, removed from, kept in this
// browser, copied, printed alone on one A4 page and cleared after a
// confirmation. Own words always show as plain text. A stored list that
// cannot be read is set aside, never lost; storage that is blocked or full
// leaves the list working for the visit, with a calm notice.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfPages } from './pdf-text.mjs';
import { assertNoProblems, eventually, twoFrames, useAppHarness, waitForAppStart } from './support.mjs';

const app = useAppHarness();

const WIDE = { width: 1280, height: 800 };
const STORAGE_KEY = 'ahsct-explainer.questions';
const asideKey = (number) => `${STORAGE_KEY}.unreadable-${number}`;
const SUGGESTED_IDS = [
  'likely-to-help', 'centre-experience', 'fertility', 'trial-still-open', 'abroad', 'expectations',
  'regimen', 'timeline', 'mobilisation', 'current-medicine',
  'infections', 'monitoring', 'vaccines', 'rehabilitation', 'not-working',
];
const GROUP_HEADINGS = ['Before deciding', 'About the treatment', 'About recovery'];
const PRINTED_TITLE = 'Questions for my MS team';
/** The whole notice (content/style.md, "The notice"), which every printout carries. */
const WHOLE_NOTICE = [
  'should not be relied on to suggest a course of treatment', 'visit, call or consultation',
  'doctor or other qualified healthcare professional', 'does not replace their advice',
];
const UNREADABLE_NOTICE = /An earlier list\b[\s\S]*could not be read/;
const UNSAVED_NOTICE = /cannot be saved on this device[\s\S]*for this visit only/;
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><b>bold?</b>';

const checkbox = (page, id) => page.locator(`#questions input[type="checkbox"][id="question-${id}"]`);
const ownField = (page) => page.getByLabel('Add your own question', { exact: true });
const button = (page, name) => page.getByRole('button', { name, exact: true });
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** The words of a suggested question, as the page shows them. */
const suggestedText = (page, id) =>
  page.locator(`[id="question-${id}-text"]`).evaluate((span) => span.innerText.replace(/\s+/g, ' ').trim());

/** "Your list" as a reader sees it, read in one go. */
function readList(page) {
  return page.locator('#questions .my-questions').evaluate((root) => ({
    items: [...root.querySelectorAll('.my-questions__list > li.my-question')].map((item) => ({
      kind: item.dataset.kind,
      text: (item.querySelector('.my-question__text')?.innerText ?? '').replace(/\s+/g, ' ').trim(),
    })),
    emptyShown: root.querySelector('.my-questions__empty')?.checkVisibility() ?? false,
    notice: (root.querySelector('.my-questions__notice')?.innerText ?? '').replace(/\s+/g, ' ').trim(),
    // The whole section's words, where a message may show.
    text: root.closest('#questions').innerText.replace(/\s+/g, ' '),
  }));
}
const listTexts = async (page) => (await readList(page)).items.map((item) => item.text);

async function expectList(page, expected, why = 'your list') {
  await eventually(async () => {
    const list = await readList(page);
    assert.deepEqual(list.items, expected, why);
    assert.equal(list.emptyShown, expected.length === 0, 'the "empty" line shows only for an empty list');
  });
}

const stored = (page, key = STORAGE_KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const storedQuestionKeys = (page) => page.evaluate((prefix) =>
  Object.keys(localStorage).filter((key) => key.startsWith(prefix)).sort(), STORAGE_KEY);

/** The stored list, parsed: [{ kind, id?, text }], after its "questions;1" line. */
function parseStored(value) {
  assert.ok(value?.startsWith('questions;1\n'), `the stored value starts with "questions;1\\n": ${value}`);
  return value.split('\n').slice(1).map((line) => {
    const fields = line.split('\t');
    return fields[0] === 'suggested'
      ? { kind: 'suggested', id: fields[1], text: collapse(fields[2] ?? '') }
      : { kind: fields[0], text: collapse(fields.slice(1).join('\t')) };
  });
}

/** Clicks the words of a suggested question (its first letter, away from any glossary term). */
async function clickWordsOf(page, id) {
  const span = page.locator(`[id="question-${id}-text"]`);
  await span.scrollIntoViewIfNeeded();
  const point = await span.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent.search(/\S/);
      if (start < 0 || node.parentElement.closest('.term')) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  });
  assert.ok(point, `the question "${id}" has words outside any glossary term`);
  await page.mouse.click(point.x, point.y);
}

async function addOwn(page, text) {
  await ownField(page).fill(text);
  await button(page, 'Add to my list').click();
}

const hasFocus = (locator) => locator.evaluate((element) => element === document.activeElement);

/** Waits until the button named `name` has focus, in the list's item number `item`. */
async function expectFocusOnItemButton(page, name, item) {
  await eventually(async () => {
    const target = button(page, name);
    assert.ok(await hasFocus(target), `focus is on "${name}"`);
    assert.equal(await target.evaluate((element) => {
      const li = element.closest('.my-questions__list > li');
      return li ? [...li.parentElement.children].indexOf(li) + 1 : null;
    }), item, `"${name}" is in question ${item}`);
  });
}

/** Seeds localStorage before the first load only, so that reloads see what the app stored. */
const seed = (entries) => (page) => page.addInitScript((pairs) => {
  if (!sessionStorage.getItem('seeded')) {
    for (const [key, value] of pairs) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', 'yes');
  }
}, entries);

async function reload(page, problems) {
  await page.reload();
  await waitForAppStart(page, problems);
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------

test('the section offers 15 suggested questions in 3 groups, a privacy line and an empty list', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const layout = await page.locator('#questions .suggested-questions').evaluate((root) => ({
    headings: [...root.querySelectorAll('h4')].map((heading) => heading.innerText.trim()),
    boxes: [...root.querySelectorAll('li.suggested-question input[type="checkbox"]')].map((box) => box.id),
    labelled: [...root.querySelectorAll('li.suggested-question input[type="checkbox"]')]
      .every((box) => box.getAttribute('aria-labelledby') === `${box.id}-text`
        && document.getElementById(`${box.id}-text`)?.innerText.trim().length > 10),
  }));
  assert.deepEqual(layout.headings, GROUP_HEADINGS, 'the groups');
  assert.deepEqual(layout.boxes, SUGGESTED_IDS.map((id) => `question-${id}`), 'the questions, in order');
  assert.ok(layout.labelled, 'every box is labelled by its question\'s words');

  const privacy = page.locator('#questions p.questions__privacy');
  assert.ok(await privacy.isVisible(), 'the privacy line is shown');
  assert.match(await privacy.innerText(), /device/i, 'the privacy line speaks of this device');

  await expectList(page, []);
  for (const name of ['Print my list', 'Copy my list', 'Clear my list']) {
    assert.equal(await button(page, name).count(), 0, `no "${name}" for an empty list`);
  }
  assert.equal(await ownField(page).getAttribute('maxlength'), '300', 'own questions are up to 300 characters');
  assert.equal(await stored(page), null, 'nothing is stored until the reader makes a list');
  assertNoProblems(problems);
});

test('ticking, adding, reordering and removing build a list kept across a reload; own words stay plain text', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const fertility = await suggestedText(page, 'fertility');
  const regimen = await suggestedText(page, 'regimen');
  const vaccines = await suggestedText(page, 'vaccines');
  const suggested = (text) => ({ kind: 'suggested', text });
  const own = (text) => ({ kind: 'own', text });

  // Two boxes ticked, and a third question's words clicked.
  await checkbox(page, 'fertility').click();
  await checkbox(page, 'regimen').click();
  await clickWordsOf(page, 'vaccines');
  await expectList(page, [suggested(fertility), suggested(regimen), suggested(vaccines)]);
  for (const id of ['fertility', 'regimen', 'vaccines']) {
    assert.ok(await checkbox(page, id).isChecked(), `"${id}" is ticked`);
  }

  // An empty question is refused with a message.
  const error = page.locator('#own-question-error');
  await button(page, 'Add to my list').click();
  await eventually(async () => {
    assert.ok(await error.isVisible(), 'the error is shown');
    assert.match(await error.innerText(), /Type a question first\./);
  });
  await addOwn(page, '   \n  ');
  await eventually(async () => assert.ok(await error.isVisible(), 'spaces alone are refused too'));
  assert.equal((await readList(page)).items.length, 3, 'nothing was added');

  // An own question: trimmed, its line break made a space, the field emptied.
  const ownQuestion = 'Can I keep working during treatment?';
  await addOwn(page, '  Can I keep\nworking during treatment?  ');
  await expectList(page, [suggested(fertility), suggested(regimen), suggested(vaccines), own(ownQuestion)]);
  assert.equal(await ownField(page).inputValue(), '', 'the field is emptied after adding');
  assert.equal(await error.isVisible(), false, 'the error has gone');

  // Markup typed by the reader, added with the keyboard, shows as the characters typed.
  await ownField(page).focus();
  await page.keyboard.type(PAYLOAD);
  await page.keyboard.press('Tab');
  assert.ok(await hasFocus(button(page, 'Add to my list')), 'Tab from the field reaches "Add to my list"');
  await page.keyboard.press('Enter');
  await expectList(page, [suggested(fertility), suggested(regimen), suggested(vaccines), own(ownQuestion), own(PAYLOAD)]);
  // No element is made from the words, so no handler of one can run.
  assert.equal(await page.locator('#questions .my-questions img, #questions .my-questions b').count(), 0,
    'no element made from the words');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');

  // Each question shows only Remove until the reader asks to change the order.
  assert.equal(await button(page, 'Move up question 4').count(), 0, 'no Move up before "Change the order"');
  assert.equal(await button(page, 'Remove question 4').count(), 1);
  await button(page, 'Change the order').click();
  assert.ok(await hasFocus(button(page, 'Finish changing the order')), 'the button stays focused, with its new words');

  // Reordering: focus stays on the moved question's button.
  await button(page, 'Move up question 4').click();
  await expectList(page, [suggested(fertility), suggested(regimen), own(ownQuestion), suggested(vaccines), own(PAYLOAD)]);
  await expectFocusOnItemButton(page, 'Move up question 3', 3);
  await page.keyboard.press('Enter');
  await expectList(page, [suggested(fertility), own(ownQuestion), suggested(regimen), suggested(vaccines), own(PAYLOAD)]);
  await expectFocusOnItemButton(page, 'Move up question 2', 2);
  await button(page, 'Move down question 1').click();
  await expectList(page, [own(ownQuestion), suggested(fertility), suggested(regimen), suggested(vaccines), own(PAYLOAD)]);
  await expectFocusOnItemButton(page, 'Move down question 2', 2);
  await page.keyboard.press('Space');
  await expectList(page, [own(ownQuestion), suggested(regimen), suggested(fertility), suggested(vaccines), own(PAYLOAD)]);
  await expectFocusOnItemButton(page, 'Move down question 3', 3);
  assert.ok(await button(page, 'Move up question 1').isDisabled(), 'the first cannot move up');
  assert.ok(await button(page, 'Move down question 5').isDisabled(), 'the last cannot move down');
  assert.ok(await button(page, 'Move down question 1').isEnabled());
  assert.ok(await button(page, 'Move up question 5').isEnabled());
  await button(page, 'Finish changing the order').click();
  assert.equal(await button(page, 'Move up question 5').count(), 0, 'the move buttons go once the order is done');

  // Removing a suggested question unticks it; unticking removes it.
  await button(page, 'Remove question 2').click();
  await expectList(page, [own(ownQuestion), suggested(fertility), suggested(vaccines), own(PAYLOAD)]);
  await eventually(async () =>
    assert.equal(await checkbox(page, 'regimen').isChecked(), false, 'a removed question is unticked'));
  await checkbox(page, 'vaccines').click();
  const kept = [own(ownQuestion), suggested(fertility), own(PAYLOAD)];
  await expectList(page, kept);

  // Kept in this browser, in the documented format.
  await eventually(async () => {
    assert.deepEqual(parseStored(await stored(page)), [
      { kind: 'own', text: ownQuestion },
      { kind: 'suggested', id: 'fertility', text: fertility },
      { kind: 'own', text: PAYLOAD },
    ]);
  });

  await reload(page, problems);
  await expectList(page, kept, 'the list after a reload');
  assert.ok(await checkbox(page, 'fertility').isChecked(), '"fertility" is still ticked');
  assert.equal(await checkbox(page, 'regimen').isChecked(), false);
  assert.equal(await checkbox(page, 'vaccines').isChecked(), false);
  assert.equal(await page.locator('#questions .my-questions img').count(), 0, 'still plain text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'still no script ran');
  assert.equal((await readList(page)).notice, '', 'no notice for a list that was read');
  assert.equal(await page.locator('#app-problem').isVisible(), false, 'no error shown');
  assertNoProblems(problems);
});

test('clearing asks first: "No" keeps the list, "Yes" empties it, unticks the boxes and forgets it', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  await checkbox(page, 'trial-still-open').click();
  await checkbox(page, 'infections').click();
  await addOwn(page, 'Who can I call at night?');
  await eventually(async () => assert.equal((await readList(page)).items.length, 3));
  const before = (await readList(page)).items;
  await eventually(async () => assert.notEqual(await stored(page), null, 'the list is stored'));

  const confirm = page.locator('#questions .clear-confirm');
  await button(page, 'Clear my list').click();
  await eventually(async () => {
    assert.ok(await confirm.isVisible(), 'the confirmation is shown');
    assert.match(collapse(await confirm.innerText()),
      /Clear every question from your list\? This cannot be undone\./);
  });
  await button(page, 'No, keep my list').click();
  await eventually(async () => assert.equal(await confirm.isVisible(), false, 'the confirmation is gone'));
  await expectList(page, before, 'the list is kept');
  await eventually(async () =>
    assert.ok(await hasFocus(button(page, 'Clear my list')), 'focus is back on "Clear my list"'));
  assert.notEqual(await stored(page), null, 'the stored list is kept');

  await button(page, 'Clear my list').click();
  await button(page, 'Yes, clear my list').click();
  await expectList(page, []);
  await eventually(async () => {
    assert.match((await readList(page)).text, /Your list is cleared\./);
    assert.equal(await stored(page), null, 'the stored list is removed');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'my-questions-heading',
      'focus is on the "Your list" heading');
  });
  assert.equal(await confirm.isVisible(), false, 'the confirmation is gone');
  for (const id of SUGGESTED_IDS) {
    assert.equal(await checkbox(page, id).isChecked(), false, `"${id}" is unticked`);
  }
  for (const name of ['Print my list', 'Copy my list', 'Clear my list']) {
    assert.equal(await button(page, name).count(), 0, `no "${name}" for an empty list`);
  }

  await reload(page, problems);
  await expectList(page, [], 'still empty after a reload');
  assertNoProblems(problems);
});

test('on a 320 px phone with the largest text, a box scrolled into view from above is not under the count of the list', async () => {
  const largest = (page) => page.addInitScript(() =>
    localStorage.setItem('ahsct-explainer.reading-settings', '1;text=largest;spacing=standard'));
  const { page, problems } = await app.openApp('', { viewport: { width: 320, height: 640 } }, { prepare: largest });
  // The least scroll that shows a box, as Firefox and Safari make for Tab,
  // brings it to the window's foot, where the count sticks (on three lines here).
  for (const id of SUGGESTED_IDS.slice(0, 3)) {
    const placed = await checkbox(page, id).evaluate((box) => {
      scrollTo(0, 0);
      box.scrollIntoView({ block: 'nearest' });
      const bar = document.querySelector('.list-count').getBoundingClientRect();
      return { boxBottom: box.getBoundingClientRect().bottom, barTop: bar.top, barHeight: bar.height };
    });
    assert.ok(placed.boxBottom <= placed.barTop, `${id}: the box is above the count (${JSON.stringify(placed)})`);
  }
  assertNoProblems(problems);
});

test('a glossary term inside a suggested question opens its note and leaves the box alone', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  // "Is it accredited by JACIE…?" marks JACIE, explained where the reader is.
  const term = page.locator('#question-centre-experience-text .term__button[data-term="jacie"]');
  assert.equal(await term.count(), 1, 'the question marks JACIE as a glossary term');
  const boxId = 'question-centre-experience';
  await term.click();
  await eventually(async () => assert.equal(await term.getAttribute('aria-expanded'), 'true'));
  await twoFrames(page);
  assert.equal(await page.locator(`[id="${boxId}"]`).isChecked(), false, 'the box is not ticked');
  await expectList(page, []);
  assertNoProblems(problems);
});

test('"Copy my list" puts a titled, numbered list on the clipboard', async () => {
  const { page, problems } = await app.openApp('', {
    viewport: WIDE,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await checkbox(page, 'monitoring').click();
  await addOwn(page, 'What if I get a fever at home?');
  await eventually(async () => assert.equal((await readList(page)).items.length, 2));
  const [first, second] = await listTexts(page);

  await button(page, 'Copy my list').click();
  await eventually(async () => assert.match((await readList(page)).text, /Your list is copied\./));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(`${PRINTED_TITLE}\n\n`), `the copy starts with its title: ${JSON.stringify(copied)}`);
  assert.deepEqual(copied.trimEnd().split('\n').slice(2), [`1. ${first}`, `2. ${second}`], 'numbered questions');
  assertNoProblems(problems);
});

test('where the clipboard is refused, the list is shown as text, selected, to copy by hand', async () => {
  const refuseClipboard = (page) => page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
  });
  const { page, problems } = await app.openApp('', { viewport: WIDE }, { prepare: refuseClipboard });
  await checkbox(page, 'abroad').click();
  await addOwn(page, 'How long will I be off work?');
  await eventually(async () => assert.equal((await readList(page)).items.length, 2));
  const [first, second] = await listTexts(page);

  await button(page, 'Copy my list').click();
  const field = page.locator('#my-questions-copy-text');
  await eventually(async () => assert.ok(await field.isVisible(), 'the list is shown to copy'));
  const shown = await field.evaluate((element) => ({
    value: element.value,
    readOnly: element.readOnly,
    selected: element.selectionStart === 0 && element.selectionEnd === element.value.length,
    focused: element === document.activeElement,
  }));
  assert.ok(shown.value.startsWith(`${PRINTED_TITLE}\n\n`), 'the text starts with its title');
  assert.deepEqual(shown.value.trimEnd().split('\n').slice(2), [`1. ${first}`, `2. ${second}`]);
  assert.ok(shown.readOnly, 'the text is read-only');
  assert.ok(shown.selected && shown.focused, 'the text is selected, ready to copy');
  assertNoProblems(problems);
});

test('"Print my list" prints the list alone: one A4 page with its title, the questions and the notice', async () => {
  const stubPrint = (page) => page.addInitScript(() => {
    window.__printCalls = [];
    window.print = () => {
      window.__printCalls.push(document.documentElement.getAttribute('data-print'));
    };
  });
  const { page, problems } = await app.openApp('', { viewport: WIDE }, { prepare: stubPrint });
  await checkbox(page, 'likely-to-help').click();
  await checkbox(page, 'rehabilitation').click();
  await addOwn(page, 'Can my partner stay with me in hospital?');
  await eventually(async () => assert.equal((await readList(page)).items.length, 3));
  const questions = await listTexts(page);
  const unticked = await suggestedText(page, 'centre-experience');

  await button(page, 'Print my list').click();
  await eventually(async () => assert.deepEqual(await page.evaluate(() => window.__printCalls),
    ['questions'], 'print was called once, with html[data-print="questions"]'));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await eventually(async () => assert.equal(
    await page.locator('html').getAttribute('data-print'), null, 'the attribute goes after printing'));

  // What the printer gets while the attribute is set.
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'questions'));
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ format: 'A4' }));
  const text = pages.join(' ');
  assert.equal(pages.length, 1, `the list prints on ${pages.length} page(s)`);
  assert.ok(text.includes(PRINTED_TITLE), `the title is printed: ${text.slice(0, 300)}`);
  let from = 0;
  questions.forEach((question, index) => {
    const at = text.indexOf(question, from);
    assert.ok(at >= 0, `question ${index + 1} is printed, in order: "${question}"`);
    assert.match(text.slice(Math.max(0, at - 10), at), new RegExp(`\\b${index + 1}\\.\\s*$`),
      `"${index + 1}." is printed before question ${index + 1}`);
    from = at + question.length;
  });
  for (const phrase of WHOLE_NOTICE) {
    assert.ok(text.includes(phrase), `the whole notice is printed with the list: "${phrase}" is missing from: ${text.slice(-500)}`);
  }
  for (const other of [
    'What happens during aHSCT', 'Where does this information come from?', 'aHSCT for MS, explained',
    ...GROUP_HEADINGS, unticked, 'Add your own question', 'Move up', 'Remove', 'Print my list',
  ]) {
    assert.ok(!text.includes(other), `the printout holds "${other}", from outside the list`);
  }
  await page.evaluate(() => document.documentElement.removeAttribute('data-print'));
  assertNoProblems(problems);
});

// ---------------------------------------------------------------------------
// Storage faults

for (const [label, value] of [
  ['a corrupt stored list', '{"broken'],
  ['a list from a later version', 'questions;2\nown\tfrom the future'],
]) {
  test(`${label} is set aside, untouched, and the app starts a fresh list`, async () => {
    const { page, problems } = await app.openApp('', { viewport: WIDE },
      { prepare: seed([[STORAGE_KEY, value]]) });
    await eventually(async () => assert.match((await readList(page)).notice, UNREADABLE_NOTICE));
    await expectList(page, []);
    assert.equal(await stored(page, asideKey(1)), value, 'the old value is kept aside, as it was');
    assert.equal(await page.locator('#app-problem').isVisible(), false, 'no error shown');

    await checkbox(page, 'fertility').click();
    const fertility = await suggestedText(page, 'fertility');
    await expectList(page, [{ kind: 'suggested', text: fertility }]);
    await eventually(async () => assert.deepEqual(parseStored(await stored(page)),
      [{ kind: 'suggested', id: 'fertility', text: fertility }]));

    await reload(page, problems);
    await expectList(page, [{ kind: 'suggested', text: fertility }], 'the new list after a reload');
    assert.equal((await readList(page)).notice, '', 'no notice once the list reads');
    assert.equal(await stored(page, asideKey(1)), value, 'the old value is still aside, unchanged');
    assert.deepEqual(await storedQuestionKeys(page), [STORAGE_KEY, asideKey(1)], 'no second copy');
    assertNoProblems(problems);
  });
}

test('an unreadable list is set aside in the first free key, never over an older one', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE }, {
    prepare: seed([[asideKey(1), 'an older unreadable list'], [STORAGE_KEY, 'not a list at all']]),
  });
  await eventually(async () => assert.match((await readList(page)).notice, UNREADABLE_NOTICE));
  await expectList(page, []);
  assert.equal(await stored(page, asideKey(1)), 'an older unreadable list', 'the older copy is untouched');
  assert.equal(await stored(page, asideKey(2)), 'not a list at all', 'the new copy is in the next key');
  assertNoProblems(problems);
});

test('the reader can see an unreadable list as text, and delete it only when they ask', async () => {
  const future = 'questions;2\nown\tCan I bring my own pillow?';
  const { page, problems } = await app.openApp('', { viewport: WIDE }, {
    prepare: seed([[asideKey(1), 'an older unreadable list'], [STORAGE_KEY, future]]),
  });
  await eventually(async () => assert.match((await readList(page)).notice, UNREADABLE_NOTICE));
  await button(page, 'Show the earlier list').click();
  const shown = page.locator('#earlier-list-text');
  await eventually(async () => {
    assert.ok(await shown.isVisible(), 'the earlier lists are shown');
    const value = await shown.inputValue();
    assert.ok(value.includes('an older unreadable list') && value.includes('Can I bring my own pillow?'),
      `both kept lists are shown as text: ${JSON.stringify(value)}`);
    assert.ok(value.indexOf('an older') < value.indexOf('pillow'), 'oldest first');
  });
  assert.deepEqual(await storedQuestionKeys(page), [asideKey(1), asideKey(2)].sort(), 'showing deletes nothing');

  await button(page, 'Delete the earlier list').click();
  await eventually(async () => {
    assert.deepEqual(await storedQuestionKeys(page), [], 'the kept copies are gone');
    assert.equal((await readList(page)).notice, '', 'the notice has gone');
    assert.equal(await shown.isVisible(), false);
  });
  await reload(page, problems);
  assert.equal((await readList(page)).notice, '', 'and stays gone after a reload');
  assertNoProblems(problems);
});

test('with storage blocked, ticking and adding work for the visit, with a notice', async () => {
  const blockStorage = (page) => page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const { page, problems } = await app.openApp('', { viewport: WIDE }, { prepare: blockStorage });
  await checkbox(page, 'timeline').click();
  await addOwn(page, 'Will I lose my hair?');
  const timeline = await suggestedText(page, 'timeline');
  await expectList(page, [{ kind: 'suggested', text: timeline }, { kind: 'own', text: 'Will I lose my hair?' }]);
  assert.ok(await checkbox(page, 'timeline').isChecked());
  await eventually(async () => assert.match((await readList(page)).notice, UNSAVED_NOTICE));
  assertNoProblems(problems);
});

test('with storage full, an added question stays in the list, with a notice', async () => {
  const fillStorage = (page) => page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name, value) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, name, value);
    };
  }, STORAGE_KEY);
  const { page, problems } = await app.openApp('', { viewport: WIDE }, { prepare: fillStorage });
  await addOwn(page, 'Do I need someone with me after discharge?');
  await expectList(page, [{ kind: 'own', text: 'Do I need someone with me after discharge?' }]);
  await eventually(async () => assert.match((await readList(page)).notice, UNSAVED_NOTICE));
  assert.equal(await stored(page), null, 'nothing was stored');
  await checkbox(page, 'vaccines').click();
  await eventually(async () => assert.equal((await readList(page)).items.length, 2, 'the list still grows'));
  assertNoProblems(problems);
});

test('a stored suggested question this release does not know loads as an own question', async () => {
  const value = [
    'questions;1',
    'suggested\tfertility\tOld words for the fertility question',
    'suggested\tno-such-id\tAn old question',
    'own\tMy own question',
  ].join('\n');
  const { page, problems } = await app.openApp('', { viewport: WIDE }, { prepare: seed([[STORAGE_KEY, value]]) });
  const fertility = await suggestedText(page, 'fertility');
  await expectList(page, [
    { kind: 'suggested', text: fertility },
    { kind: 'own', text: 'An old question' },
    { kind: 'own', text: 'My own question' },
  ]);
  assert.ok(await checkbox(page, 'fertility').isChecked(), 'the known question is ticked');
  assert.equal((await readList(page)).notice, '', 'no notice: the list was read');
  assert.deepEqual(await storedQuestionKeys(page), [STORAGE_KEY], 'nothing set aside');
  assertNoProblems(problems);
});

test('a stored question whose words were corrected shows the corrected question, ticked', async () => {
  // An earlier release's words invited the reader to join trials that have
  // since stopped recruiting; their list keeps the question, in its new words.
  const value = [
    'questions;1',
    'suggested\ttrials\tCould I take part in a clinical trial such as StarMS, BEAT-MS or RAM-MS? What would taking part involve?',
    'own\tMy own question',
  ].join('\n');
  const { page, problems } = await app.openApp('', { viewport: WIDE }, { prepare: seed([[STORAGE_KEY, value]]) });
  const corrected = await suggestedText(page, 'trial-still-open');
  await expectList(page, [{ kind: 'suggested', text: corrected }, { kind: 'own', text: 'My own question' }]);
  assert.ok(await checkbox(page, 'trial-still-open').isChecked(), 'the corrected question is ticked');
  assert.doesNotMatch((await readList(page)).items.map((item) => item.text).join(' '), /StarMS|RAM-MS/);
  assertNoProblems(problems);
});

test('on the Arabic page a question typed in English keeps its own direction: its question mark at its end', async () => {
  const { page, problems } = await app.openApp('ar/index.html', { viewport: { width: 390, height: 844 } });
  const english = 'Can my partner stay with me?';
  await page.locator('#own-question').fill(english);
  await page.locator('.add-question button[type="submit"]').click();
  const item = page.locator('.my-question__text', { hasText: english });
  await eventually(async () => assert.equal(await item.count(), 1));
  // Read left to right, the mark is the last thing on the line, to the right of the words.
  const [words, mark] = await item.evaluate((span) => {
    const text = span.firstChild;
    const range = (from, to) => { const r = document.createRange(); r.setStart(text, from); r.setEnd(text, to); return r.getBoundingClientRect(); };
    return [range(0, 3), range(text.length - 1, text.length)].map((rect) => rect.left);
  });
  assert.ok(mark > words, `the question mark (${mark}) is right of "Can" (${words})`);
  assertNoProblems(problems);
});
