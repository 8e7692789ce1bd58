// The explainer in each language (issue 16): a page of its own for each,
// with its lang and direction, the other languages named in themselves and
// linked, its own title and start-up messages, the timeline's arrows and
// arrow keys following the reading direction, a host's ?lang= choosing the
// page, a questions list and dates made in one language shown in another,
// the page read in full without scripts (axe in every translation is in
// a11y-translations.test.mjs). Arabic reads right to left, with no sideways
// scroll at 320 px. The languages are listed in languages.mjs.
//
// English has its own full matrix in the other files; here, one page per
// language and check keeps the run short (the CI time limit).

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  REPO_ROOT, STEP_IDS, SECTION_IDS, assertNoProblems, eventually, nextButton, previousButton, useAppHarness,
  waitForAppStart,
} from './support.mjs';
import { LANGUAGES, TRANSLATIONS, pageWords } from './languages.mjs';

const app = useAppHarness();


for (const language of LANGUAGES) {
  test(`${language.name}: its own page, with its lang, direction and title, and every language named in itself`, async () => {
    const words = await pageWords(language.code);
    const { page, problems } = await app.openApp(language.page, { viewport: { width: 1280, height: 800 } });
    assert.equal(await page.getAttribute('html', 'lang'), language.tag);
    assert.equal(await page.getAttribute('html', 'dir'), language.dir);
    assert.equal(await page.title(), words['page-title']);
    assert.equal((await page.locator('#startup-problem').textContent()).trim(), words['startup-problem']);
    assert.match(await page.locator('#app-problem').textContent(), new RegExp(words['app-problem-reload'].replace(/[.?]/g, '\\$&')));
    // The head names every language's page, for browsers and search engines.
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((link) => [link.hreflang, new URL(link.href).pathname.split('/').slice(-2).join('/')]));
    assert.deepEqual(alternates.map(([tag]) => tag), LANGUAGES.map((l) => l.tag));
    // The list at the top: this language marked, the others linked, each in itself.
    const list = page.getByRole('navigation', { name: words['languages-label'] });
    assert.equal(await list.locator('[aria-current="true"]:visible').textContent(), language.name);
    assert.equal(await list.locator('[aria-current="true"]:visible').getAttribute('lang'), language.tag);
    const links = await list.getByRole('link').evaluateAll((found) => found.map((a) => [a.textContent, a.lang, a.hreflang]));
    assert.deepEqual(links, LANGUAGES.filter((l) => l !== language).map((l) => [l.name, l.tag, l.tag]));
    // A translation says what it is, as the notice's last paragraph; the English does not.
    const status = page.locator('.translation-status');
    if (language.code === 'en') {
      assert.equal(await status.count(), 0);
    } else {
      assert.match(await status.textContent(), /2026/);
      assert.equal(await page.locator('#notice > p:last-child').textContent(), await status.textContent());
    }
    assertNoProblems(problems);
  });

  test(`${language.name}: on a 320 x 640 phone the notice's question and its short answer are on the first screen`, async () => {
    const { page, problems } = await app.openApp(language.page, { viewport: { width: 320, height: 640 } });
    const placed = await page.locator('#notice').evaluate((notice) => {
      const fits = (element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
      };
      return { scrollY: window.scrollY, heading: fits(notice.querySelector('h2')), inShort: fits(notice.querySelector('.in-short')) };
    });
    assert.deepEqual(placed, { scrollY: 0, heading: true, inShort: true });
    // Eight names would take two lines above the notice: on a phone they fold
    // behind one line naming this page's language, opened by keyboard too.
    const words = await pageWords(language.code);
    const summary = page.locator('.language-switcher__summary');
    assert.equal((await summary.innerText()).trim(), language.name);
    assert.ok((await summary.boundingBox()).height < 32, 'the fold is one line');
    const links = page.getByRole('navigation', { name: words['languages-label'] }).getByRole('link');
    assert.equal(await links.count(), 0, 'folded, no language is offered until asked');
    await summary.press('Enter');
    assert.deepEqual(await links.allInnerTexts(), LANGUAGES.filter((l) => l !== language).map((l) => l.name));
    assertNoProblems(problems);
  });
}

test('the language list leads to each page, and a reader keeps their place in the timeline', async () => {
  const { page, problems } = await app.openApp('index.html#timeline/collection', { viewport: { width: 1280, height: 800 } });
  await page.getByRole('link', { name: 'Español' }).click();
  await page.waitForURL(/\/es\/index\.html/);
  await waitForAppStart(page, problems);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await page.getByRole('link', { name: 'العربية' }).click();
  await page.waitForURL(/\/ar\/index\.html/);
  await waitForAppStart(page, problems);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/\/explainer\/index\.html/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  assertNoProblems(problems);
});

test('a host\'s ?lang= opens that language\'s page, with its other parameters and fragment; an unknown one stays, with a warning', async () => {
  const { page, problems } = await app.openApp('?embed&lang=fr#timeline/storage', { viewport: { width: 800, height: 800 } });
  await eventually(async () => assert.equal(await page.getAttribute('html', 'lang'), 'fr'));
  assert.match(page.url(), /\/fr\/index\.html\?embed&lang=fr#timeline\/storage$/);
  assert.equal(await page.locator('html[data-embed]').count(), 1, 'still embedded');
  await eventually(async () => assert.ok(await page.locator('article[data-step="storage"]').isVisible()));

  const warnings = [];
  const other = await app.openApp('?lang=ja', {}, {
    prepare: async (p) => p.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); }),
  });
  assert.equal(await other.page.getAttribute('html', 'lang'), 'en-GB');
  await eventually(async () => assert.ok(warnings.some((w) => w.includes("'lang'") && w.includes('not in')), warnings.join('\n')));
  assertNoProblems(problems);
  assertNoProblems(other.problems);
});

test('Arabic reads right to left: the arrows and arrow keys follow it, Tab follows it, and nothing scrolls sideways at 320 px', async () => {
  const { page, problems } = await app.openApp('ar/index.html#timeline/assessment', { viewport: { width: 320, height: 640 } });
  const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll[0] <= scroll[1], `no sideways scroll: ${scroll}`);
  // Next is to the left of Previous, and its arrow points left.
  const next = await nextButton(page).boundingBox();
  const previous = await previousButton(page).boundingBox();
  assert.ok(next.x < previous.x, `Next (${next.x}) is left of Previous (${previous.x})`);
  assert.equal((await nextButton(page).locator('[aria-hidden="true"]').textContent()).trim(), '←');
  // Tab reaches Previous (on the right) before Next (on the left).
  await previousButton(page).evaluate((button) => button.removeAttribute('disabled'));
  const order = await page.evaluate(() => {
    const focusable = [...document.querySelectorAll('.timeline-bar button')];
    return focusable.map((b) => b.className.includes('step-next') ? 'next' : b.className.includes('step-previous') ? 'previous' : 'other');
  });
  assert.deepEqual(order.slice(0, 2), ['previous', 'next'], 'document (and Tab) order is the reading order');
  // The left arrow key is Next, the right one Previous.
  await page.locator('article[data-step="assessment"] h3').first().evaluate((h) => { h.tabIndex = -1; h.focus(); });
  await page.keyboard.press('ArrowLeft');
  await eventually(async () => assert.match(page.url(), /#timeline\/mobilisation$/));
  await page.keyboard.press('ArrowRight');
  await eventually(async () => assert.match(page.url(), /#timeline\/assessment$/));
  // Numbers and dates stay in digits 0 to 9, as the text writes them.
  assert.match(await page.locator('.step-count').textContent(), /1.*8|8.*1/);
  // A closed disclosure's triangle points along the reading, into its words.
  for (const summary of ['.language-switcher__summary', '.reading-settings__summary']) {
    const triangle = await page.locator(summary).evaluate((element) => getComputedStyle(element, '::after').content);
    assert.match(triangle, /◂/, `${summary}: ${triangle}`);
  }
  assertNoProblems(problems);
});

test('a questions list and dates made in English show in Spanish: suggested questions in Spanish, the reader\'s own words as typed', async () => {
  const { page, problems } = await app.openApp('index.html#questions', { viewport: { width: 1280, height: 800 } });
  // A reader ticks a suggested question in English; their own question is
  // added to what the page stored, as the list's own form would.
  const suggestion = page.locator('li[data-question]').first();
  const id = await suggestion.getAttribute('data-question');
  await suggestion.locator('input[type="checkbox"]').check();
  await eventually(async () => assert.match(
    await page.evaluate(() => localStorage.getItem('ahsct-explainer.questions') ?? ''), new RegExp(`suggested\t${id}\t`)));
  const english = await page.evaluate(() => localStorage.getItem('ahsct-explainer.questions').split('\t')[2]);
  await page.evaluate(() => {
    localStorage.setItem('ahsct-explainer.questions',
      `${localStorage.getItem('ahsct-explainer.questions')}\nown\tMy own question, as I typed it`);
    localStorage.setItem('ahsct-explainer.my-dates', 'my-dates;1\nreinfusion\t2027-03-10\tBring slippers');
  });
  const stored = await page.evaluate(() => localStorage.getItem('ahsct-explainer.questions'));
  await page.goto(page.url().replace(/index\.html.*$/, 'es/index.html#questions'));
  await waitForAppStart(page, problems);
  const spanishText = await page.locator(`li[data-question="${id}"] .suggested-question__text`).evaluate((text) => {
    const copy = text.cloneNode(true);
    for (const note of copy.querySelectorAll('.term__note')) note.remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
  assert.notEqual(spanishText, english);
  const list = page.locator('.my-questions');
  await eventually(async () => {
    const text = (await list.innerText()).replace(/\s+/g, ' ');
    assert.ok(text.includes(spanishText), `the suggested question in Spanish: ${text}`);
    assert.ok(text.includes('My own question, as I typed it'), 'the reader\'s own words as typed');
  });
  assert.equal(await page.evaluate(() => localStorage.getItem('ahsct-explainer.questions')), stored, 'stored as it was');
  await page.evaluate(() => { location.hash = '#timeline/reinfusion'; });
  await eventually(async () => assert.match(
    await page.locator('article[data-step="reinfusion"] .my-date__shown').innerText(), /2027/));
  assert.match(await page.locator('article[data-step="reinfusion"] .my-date__shown').innerText(), /marzo/);
  assertNoProblems(problems);
});

for (const language of TRANSLATIONS) {
  test(`${language.name}: without scripts the page reads in full, every section and every step`, async () => {
    const { page } = await openWithoutScripts(language.page);
    for (const id of SECTION_IDS) assert.equal(await page.locator(`section#${id}`).count(), 1, `#${id}`);
    const shown = await page.locator('article.step').evaluateAll((all) => all.filter((a) => a.checkVisibility()).map((a) => a.dataset.step));
    assert.deepEqual(shown, STEP_IDS);
    assert.equal(await page.locator('#startup-problem').isVisible(), false);
  });
}

/** A page with JavaScript off, in a context the harness does not track. */
async function openWithoutScripts(address) {
  const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(app.baseUrl + address);
  after(() => context.close().catch(() => {}));
  return { page };
}

test('in every language, with the largest text on a 320 px phone, no long word pushes the page sideways', async () => {
  const largestText = (page) => page.addInitScript(() =>
    localStorage.setItem('ahsct-explainer.reading-settings', '1;text=largest;spacing=standard'));
  for (const language of LANGUAGES) {
    const { page, problems } = await app.openApp(`${language.page}#timeline/all`, { viewport: { width: 320, height: 640 } },
      { prepare: largestText });
    assert.equal(await page.getAttribute('html', 'data-text-size'), 'largest', `${language.name}: the largest text is applied`);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scrollWidth <= clientWidth, `${language.name}: ${scrollWidth} px wide in a ${clientWidth} px window`);
    assertNoProblems(problems);
  }
});

test('each language has its own offline file, in its language, with no link to another file', async () => {
  for (const language of LANGUAGES) {
    const file = path.join(REPO_ROOT, 'dist', path.dirname(language.page), 'ahsct-explainer-offline.html');
    const html = await readFile(file, 'utf8');
    assert.match(html, new RegExp(`<html lang="${language.tag}" dir="${language.dir}">`), file);
    assert.ok(!html.includes('data-offline="leave-out"'), 'no language list');
    assert.ok(!html.includes('<link rel="alternate"'), 'no links to the other pages');
  }
});

test('a language the reader chooses is kept: the top page opens in it next time, until they choose its own again', async () => {
  const { page, problems } = await app.openApp('index.html', { viewport: { width: 1280, height: 800 } });
  const words = await pageWords('en');
  assert.equal((await page.locator('.site-footer__language-kept').textContent()).trim(), words['languages-kept']);
  assert.equal(await page.evaluate(() => localStorage.getItem('ahsct-explainer.language')), null, 'nothing kept before a choice');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await page.waitForURL(/\/de\/index\.html/);
  await waitForAppStart(page, problems);
  // Back to the top page's address: it opens in German, with the place asked for.
  await page.goto(`${app.baseUrl}index.html#timeline/storage`);
  await page.waitForURL(/\/de\/index\.html#timeline\/storage$/);
  await waitForAppStart(page, problems);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  // A host's page still chooses for its frame.
  await page.goto(`${app.baseUrl}index.html?embed`);
  await waitForAppStart(page, problems);
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  // Choosing English again undoes it.
  await page.goto(`${app.baseUrl}de/index.html`);
  await waitForAppStart(page, problems);
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/\/explainer\/index\.html/);
  await page.goto(`${app.baseUrl}index.html`);
  await waitForAppStart(page, problems);
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  assertNoProblems(problems);
});

test('in Arabic, Latin-script codes keep their own order: "CD34+" shows with its plus sign after the digits, and the sources\' English stays whole', async () => {
  const { page, problems } = await app.openApp('ar/index.html#timeline/collection', { viewport: { width: 1280, height: 800 } });
  // Where each character of the first "CD34+" in the step is drawn: in a
  // right-to-left line without isolation, the "+" would be drawn left of "CD34".
  const drawn = await page.evaluate(() => {
    const step = document.getElementById('timeline/collection');
    const walker = document.createTreeWalker(step, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const at = node.data.indexOf('CD34+');
      if (at < 0) continue;
      const left = (index) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect().left;
      };
      return { c: left(at), four: left(at + 3), plus: left(at + 4) };
    }
    return null;
  });
  assert.ok(drawn, 'the collection step names CD34+');
  assert.ok(drawn.c < drawn.four && drawn.four < drawn.plus, `CD34+ drawn left to right: ${JSON.stringify(drawn)}`);
  // A source cited as published is English, left to right, in its own island.
  const citation = page.locator('#source-s52 .source-list__citation');
  assert.equal(await citation.getAttribute('lang'), 'en');
  assert.equal(await citation.getAttribute('dir'), 'ltr');
  assert.doesNotMatch(await page.locator('#source-s52').textContent(), /private provider/, 'the note on it is in Arabic');
  assertNoProblems(problems);
});

test('in Arabic, a date is Gregorian with the digits 0 to 9, even for a reader in Saudi Arabia, and its day count keeps its sign before the digits', async () => {
  const { page, problems } = await app.openApp('ar/index.html#timeline/collection', { viewport: { width: 1280, height: 800 }, locale: 'ar-SA' }, {
    prepare: (p) => p.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('ahsct-explainer.my-dates', 'my-dates;1\ncollection\t2027-02-20\t\nreinfusion\t2027-03-10\t');
        sessionStorage.setItem('seeded', 'yes');
      }
    }),
  });
  const shown = page.locator('article[data-step="collection"] .my-date__shown');
  await eventually(async () => assert.ok(await shown.isVisible()));
  const text = await shown.innerText();
  assert.match(text, /20/);
  assert.match(text, /2027/);
  assert.ok(!/[\u0660-\u0669]/.test(text), `no Arabic-Indic digits: ${text}`);
  assert.match(text, /\u2066\u221218\u2069/, 'the day count, −18, isolated left to right');
  assertNoProblems(problems);
});

test('in Russian, a number of days takes its own form: 2 дня, 5 дней, 21 день; and a date names its month in the genitive', async () => {
  const { page, problems } = await app.openApp('ru/index.html#timeline/all', { viewport: { width: 1280, height: 800 } }, {
    prepare: async (p) => {
      await p.clock.setFixedTime(new Date('2027-01-10T12:00:00'));
      await p.addInitScript(() => localStorage.setItem('ahsct-explainer.my-dates',
        'my-dates;1\nassessment\t2027-01-08\t\nmobilisation\t2027-01-13\t\ncollection\t2027-01-15\t\nconditioning\t2027-01-31\t'));
    },
  });
  const shown = (step) => page.locator(`article[data-step="${step}"] .my-date__shown`).innerText();
  await eventually(async () => assert.match(await shown('assessment'), /8 января 2027 г\. \(2 дня назад\)/));
  assert.match(await shown('mobilisation'), /13 января 2027 г\. \(через 3 дня\)/);
  assert.match(await shown('collection'), /15 января 2027 г\. \(через 5 дней\)/);
  assert.match(await shown('conditioning'), /31 января 2027 г\. \(через 21 день\)/);
  assertNoProblems(problems);
});

test('in every language the short version prints on at most two A4 pages, with the notice at both ends', async () => {
  const { pdfPages } = await import('./pdf-text.mjs');
  for (const language of LANGUAGES) {
    const { page, problems } = await app.openApp(`${language.page}#short`, { viewport: { width: 1280, height: 800 } });
    const words = await pageWords(language.code);
    const pages = await pdfPages(await page.pdf({ format: 'A4' }));
    assert.ok(pages.length <= 2, `${language.name}: ${pages.length} pages`);
    // The notice's first words, on the first page and again at the end (the
    // PDF's text of Arabic comes out in visual order, so only where it is LTR).
    if (language.dir === 'ltr') {
      const opening = words['notice-line'].split(' ').slice(0, 4).join(' ');
      assert.ok(pages[0].includes(opening), `${language.name}: the notice first`);
      assert.ok(pages.at(-1).lastIndexOf(opening) > 0, `${language.name}: the notice at the end`);
    }
    assertNoProblems(problems);
  }
});
