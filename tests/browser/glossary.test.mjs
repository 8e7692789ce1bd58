// Glossary terms in place: a term's words open a short note with its
// definition and a link to the glossary, by keyboard (Enter, Space, Escape),
// mouse or touch; the glossary section lists every term with an anchor; and
// every term, note and entry is wired to the others by unique ids.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PHONE_WITH_TOUCH, assertNoProblems, eventually, useAppHarness,
} from './support.mjs';

const app = useAppHarness();

const WIDE = { width: 1280, height: 800 };
const TERM_IDS = [
  'autologous', 'haematopoietic-stem-cells', 'mobilisation', 'g-csf', 'apheresis', 'cd34',
  'cryopreservation', 'conditioning', 'myeloablative', 'cyclophosphamide', 'atg', 'beam', 'day-0',
  'engraftment', 'neutropenia', 'immune-reconstitution', 'dmt', 'relapse', 'ms-types',
  'edss', 'neda', 'secondary-autoimmunity', 'jacie',
];

/** The first term a reader can see, its id and its note. */
async function firstTerm(page) {
  const button = page.locator('.term__button:visible').first();
  assert.equal(await button.count(), 1, 'the page shows a glossary term');
  const termId = await button.getAttribute('data-term');
  const noteId = await button.getAttribute('aria-controls');
  return { button, termId, note: page.locator(`[id="${noteId}"]`) };
}

async function expectOpen(term, open) {
  await eventually(async () => {
    assert.equal(await term.button.getAttribute('aria-expanded'), String(open), 'aria-expanded');
    assert.equal(await term.note.isVisible(), open, `the note is ${open ? 'shown' : 'hidden'}`);
  });
  if (!open) {
    assert.notEqual(await term.note.getAttribute('hidden'), null, 'a closed note has the hidden attribute');
  }
}

const focusIsOn = (locator) => locator.evaluate((element) => element === document.activeElement);

async function expectFocusOn(locator, why) {
  await eventually(async () => assert.ok(await focusIsOn(locator), why));
}

// ---------------------------------------------------------------------------

test('Enter opens a term\'s note with its definition and a glossary link; Space closes it', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const term = await firstTerm(page);
  await expectOpen(term, false);

  await term.button.focus();
  await page.keyboard.press('Enter');
  await expectOpen(term, true);
  await expectFocusOn(term.button, 'focus stays on the term after Enter');

  const note = await term.note.evaluate((element) => ({
    name: element.querySelector('.term__name')?.innerText.replace(/\s+/g, ' ').trim() ?? '',
    text: element.innerText.replace(/\s+/g, ' ').trim(),
    more: element.querySelector('a.term__more')?.getAttribute('href') ?? null,
  }));
  assert.ok(note.name.length > 0, 'the note names the term');
  assert.ok(note.text.startsWith(note.name), `the note starts with the term's name: "${note.text}"`);
  const definition = note.text.slice(note.name.length).replace(/More in the glossary.*$/, '').trim();
  assert.ok(definition.length >= 20, `the note holds a definition: "${definition}"`);
  assert.equal(note.more, `#glossary-${term.termId}`, 'the note links to the glossary entry');
  assert.equal(await term.note.getByRole('link', {
    name: `More in the glossary about ${note.name}`, exact: true,
  }).count(), 1, 'the link names the term for screen readers');

  await page.keyboard.press('Space');
  await expectOpen(term, false);
  await expectFocusOn(term.button, 'focus stays on the term after Space');
  await page.keyboard.press('Space');
  await expectOpen(term, true);
  assertNoProblems(problems);
});

test('Escape closes a note, from the term or from inside the note, and focus goes back to the term', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const term = await firstTerm(page);

  // Escape on the term itself.
  await term.button.focus();
  await page.keyboard.press('Enter');
  await expectOpen(term, true);
  await page.keyboard.press('Escape');
  await expectOpen(term, false);
  await expectFocusOn(term.button, 'focus stays on the term after Escape');

  // Tab on, past the rest of the sentence's links, to the glossary link in
  // the note below it, then Escape.
  await page.keyboard.press('Enter');
  await expectOpen(term, true);
  const more = term.note.locator('a.term__more');
  for (let presses = 0; !(await focusIsOn(more)); presses += 1) {
    assert.ok(presses < 12, 'Tab from the term did not reach the link in its note');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Escape');
  await expectOpen(term, false);
  await expectFocusOn(term.button, 'Escape in the note puts focus back on the term');
  assertNoProblems(problems);
});

test('clicking a term opens and closes its note', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const term = await firstTerm(page);
  await term.button.click();
  await expectOpen(term, true);
  await term.button.click();
  await expectOpen(term, false);
  assertNoProblems(problems);
});

test('on a touch screen, tapping a term opens its note, and tapping again closes it', async () => {
  const { page, problems } = await app.openApp('', PHONE_WITH_TOUCH);
  const term = await firstTerm(page);
  await term.button.tap();
  await expectOpen(term, true);
  await term.button.tap();
  await expectOpen(term, false);
  assertNoProblems(problems);
});

test('"More in the glossary" leads to the term\'s entry in the glossary', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const term = await firstTerm(page);
  await term.button.click();
  await expectOpen(term, true);
  await term.note.locator('a.term__more').click();
  const entry = page.locator(`#glossary [id="glossary-${term.termId}"]`);
  await eventually(async () => {
    assert.equal(await page.evaluate(() => location.hash), `#glossary-${term.termId}`, 'location.hash');
    const place = await entry.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, height: innerHeight };
    });
    assert.ok(place.top >= 0 && place.top < place.height - 20,
      `the entry is in view (top ${place.top} of ${place.height})`);
  });
  assert.ok(await entry.locator('dd').isVisible(), 'the entry shows its definition');
  assertNoProblems(problems);
});

test('the glossary lists the 23 terms, each with a definition and its own anchor', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const entries = await page.locator('#glossary dl.glossary-list').evaluate((list) =>
    [...list.children].map((entry) => ({
      classes: entry.getAttribute('class'),
      id: entry.id,
      terms: [...entry.querySelectorAll(':scope > dt')].map((dt) => dt.innerText.trim()),
      definitions: [...entry.querySelectorAll(':scope > dd')].map((dd) => dd.innerText.trim()),
      shown: entry.checkVisibility(),
    })));
  assert.equal(entries.length, 23, 'entries in the glossary');
  assert.deepEqual(entries.map((entry) => entry.id).sort(),
    TERM_IDS.map((id) => `glossary-${id}`).sort(), 'the entries\' ids');
  for (const entry of entries) {
    assert.match(entry.classes ?? '', /\bglossary-entry\b/, `${entry.id} is a .glossary-entry`);
    assert.equal(entry.terms.length, 1, `${entry.id} has one <dt>`);
    assert.ok(entry.terms[0].length > 0, `${entry.id} names its term`);
    assert.equal(entry.definitions.length, 1, `${entry.id} has one <dd>`);
    assert.ok(entry.definitions[0].length >= 20, `${entry.id} has a definition`);
    assert.ok(entry.shown, `${entry.id} is shown`);
  }
  assertNoProblems(problems);
});

test('every term has a glossary entry and a closed note of its own, and every id is unique', async () => {
  const { page, problems } = await app.openApp('', { viewport: WIDE });
  const wiring = await page.evaluate(() => {
    const buttons = [...document.querySelectorAll('.term__button')];
    const notes = [...document.querySelectorAll('.term__note')];
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return {
      buttons: buttons.map((button) => {
        const controls = button.getAttribute('aria-controls');
        const note = controls ? document.getElementById(controls) : null;
        const step = button.closest('article.step');
        return {
          term: button.dataset.term ?? null,
          controls,
          role: button.getAttribute('role'),
          href: button.getAttribute('href'),
          expanded: button.getAttribute('aria-expanded'),
          // The units a note's id may name: its section, its timeline step,
          // its card in the blood-cell explorer, or its part of the short version.
          units: [button.closest('section[id]')?.id, step?.dataset.step,
            button.closest('.cell-card')?.dataset.cell,
            button.closest('.short-version__step') && `short-step-${
              button.closest('.short-version__step').querySelector('a').hash.split('/')[1]}`,
            button.closest('.short-version__part') && `short-${
              button.closest('.short-version__part').querySelector('h3 a').hash.slice(1)}`].filter(Boolean),
          inStep: Boolean(step),
          noteIsSibling: Boolean(note && note.classList.contains('term__note')
            && note.parentElement === button.parentElement
            && button.parentElement.classList.contains('term')),
          noteHidden: note?.hidden ?? null,
          hasEntry: Boolean(document.getElementById(`glossary-${button.dataset.term}`)
            ?.matches('#glossary .glossary-entry')),
        };
      }),
      notesControlledBy: notes.map((note) =>
        buttons.filter((button) => button.getAttribute('aria-controls') === note.id).length),
      duplicateIds: [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))],
    };
  });
  assert.ok(wiring.buttons.length > 0, 'the page marks glossary terms');
  assert.ok(wiring.buttons.some((button) => button.inStep), 'the timeline steps mark terms too');
  for (const button of wiring.buttons) {
    const label = `term "${button.term}" (${button.controls})`;
    assert.ok(TERM_IDS.includes(button.term), `${label}: a known term id`);
    assert.ok(button.hasEntry, `${label}: has an entry #glossary-${button.term} in the glossary`);
    // A link to its glossary entry in the page as built (so, without
    // scripts); a button once the app has started.
    assert.equal(button.href, `#glossary-${button.term}`, `${label}: links to its glossary entry`);
    assert.equal(button.role, 'button', `${label}: role="button"`);
    assert.equal(button.expanded, 'false', `${label}: starts closed`);
    assert.ok(button.noteIsSibling, `${label}: aria-controls names the .term__note beside it`);
    assert.equal(button.noteHidden, true, `${label}: its note starts hidden`);
    assert.ok(button.units.some((unit) => button.controls === `term-note-${unit}-${button.term}`),
      `${label}: the note's id is term-note-{unit}-${button.term} for its section or step (${
        button.units.join(', ')})`);
  }
  assert.deepEqual(wiring.notesControlledBy.filter((count) => count !== 1), [],
    'every note is controlled by exactly one term');
  assert.deepEqual(wiring.duplicateIds, [], 'ids used more than once in the page');
  assertNoProblems(problems);
});

// Issue 14: terms on a phone.

test('the punctuation after a term sits right against it, as after any word', async () => {
  const { page, problems } = await app.openApp('', { viewport: { width: 1280, height: 900 } });
  const gaps = await page.locator('.term').evaluateAll((terms) => terms.flatMap((term) => {
    const button = term.querySelector('.term__button');
    const after = button.nextSibling;
    if (!after || after.nodeType !== Node.TEXT_NODE || !/^[,.;:)+]/.test(after.textContent)) return [];
    const range = document.createRange();
    range.setStart(after, 0);
    range.setEnd(after, 1);
    // The word's own letters, not its button's box (which padding would widen).
    const letters = document.createRange();
    letters.selectNodeContents(button);
    const word = [...letters.getClientRects()].at(-1) ?? button.getBoundingClientRect();
    const mark = range.getBoundingClientRect();
    if (word.width === 0 || Math.abs(mark.top - word.top) > 4) return [];
    return [{ term: button.textContent, after: after.textContent, gap: +(mark.left - word.right).toFixed(1) }];
  }));
  assert.ok(gaps.length >= 5, `terms followed by punctuation were measured (${gaps.length})`);
  assert.deepEqual(gaps.filter(({ gap }) => gap > 0.5), [], 'no space before the punctuation');
  assert.equal(await page.locator('.term__button', { hasText: /^CD34\+$/ }).count(), 1, '"CD34+" is one term');
  assertNoProblems(problems);
});

test('a term opened at the window\'s foot brings its definition into view, and stays in view itself', async () => {
  for (const [viewport, open] of [[{ viewport: WIDE }, 'Enter'], [PHONE_WITH_TOUCH, 'tap']]) {
    const { page, problems } = await app.openApp('', viewport);
    const button = page.locator('#aims p .term__button').first();
    const note = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
    // The term's line just above the window's foot: its note would open below it.
    await button.evaluate((b) => scrollBy(0, b.getBoundingClientRect().bottom - innerHeight + 6));
    if (open === 'Enter') {
      await button.focus();
      await page.keyboard.press('Enter');
    } else {
      await button.tap();
    }
    await eventually(async () => {
      const seen = await page.evaluate(([b, n]) => ({
        term: b.getBoundingClientRect().top,
        note: n.getBoundingClientRect().top,
        height: innerHeight,
      }), [await button.elementHandle(), await note.elementHandle()]);
      assert.ok(seen.note < seen.height - 60, `${open}: the definition's first lines show (${JSON.stringify(seen)})`);
      assert.ok(seen.term >= 0, `${open}: the term stays in view (${JSON.stringify(seen)})`);
    });
    assertNoProblems(problems);
  }
});

test('an open definition closes on its Close button (focus back on the term) and on a tap elsewhere', async () => {
  const { page, problems } = await app.openApp('', PHONE_WITH_TOUCH);
  const term = page.locator('#aims .term').first();
  const button = term.locator('.term__button');
  const note = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  await button.scrollIntoViewIfNeeded();
  await button.tap();
  await eventually(async () => assert.ok(await note.isVisible()));
  const close = note.getByRole('button', { name: /^Close the definition of / });
  await close.tap();
  await eventually(async () => assert.equal(await note.isVisible(), false));
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.ok(await button.evaluate((b) => b === document.activeElement), 'focus is back on the term');

  await button.tap();
  await eventually(async () => assert.ok(await note.isVisible()));
  await note.tap({ position: { x: 5, y: 5 } });
  assert.ok(await note.isVisible(), 'a tap inside the note keeps it open');
  await page.locator('#aims h2').tap();
  await eventually(async () => assert.equal(await note.isVisible(), false, 'a tap elsewhere closes it'));
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assertNoProblems(problems);
});

test('an open definition goes below its sentence: the sentence stays whole and its lines do not move', async () => {
  const { page, problems } = await app.openApp('', PHONE_WITH_TOUCH);
  // A term inside a paragraph with words after it on the same line and below.
  const button = page.locator('#aims p .term__button').first();
  await button.scrollIntoViewIfNeeded();
  const note = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  const paragraph = button.locator('xpath=ancestor::p[1]');
  const layout = () => paragraph.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const lines = [...range.getClientRects()].map((r) => Math.round(r.top));
    return { lines: [...new Set(lines)], height: Math.round(p.getBoundingClientRect().height) };
  });
  const before = await layout();
  await button.tap();
  await eventually(async () => assert.ok(await note.isVisible(), 'the note opens'));
  assert.deepEqual(await layout(), before, 'the paragraph keeps its lines while the note is open');
  const gap = await note.evaluate((n) => {
    const p = document.querySelector(`[aria-controls="${n.id}"]`).closest('p');
    return Math.round(n.getBoundingClientRect().top - p.getBoundingClientRect().bottom);
  });
  assert.ok(gap >= 0 && gap < 40, `the note starts just below the paragraph (${gap} px)`);
  const { width } = page.viewportSize();
  assert.ok(await note.evaluate((n, w) => n.getBoundingClientRect().right <= w, width), 'the note fits the screen');
  assertNoProblems(problems);
});

test('a term in a suggested question opens its note without ticking the question', async () => {
  const { page, problems } = await app.openApp('#questions', PHONE_WITH_TOUCH);
  const item = page.locator('.suggested-question', { has: page.locator('.term__button') }).first();
  const button = item.locator('.term__button').first();
  const box = item.locator('input[type=checkbox]');
  await button.scrollIntoViewIfNeeded();
  await button.tap();
  const note = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  await eventually(async () => assert.ok(await note.isVisible()));
  const [words, noteBox] = await Promise.all([item.locator('.suggested-question__text').boundingBox(), note.boundingBox()]);
  assert.ok(noteBox.y >= words.y + words.height - 1, 'the note opens below the question');
  assert.ok(noteBox.width >= words.width, 'across the row, not squeezed beside it');
  await note.tap({ position: { x: 5, y: 5 } });
  assert.equal(await box.isChecked(), false, 'neither the term nor its note ticks the question');
  assert.equal(await box.evaluate((b) => b.labels.length === 0 && document.getElementById(b.getAttribute('aria-labelledby')).innerText.includes('More in the glossary')), false,
    'the open note is not read as part of the question');
  assertNoProblems(problems);
});
