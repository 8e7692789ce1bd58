// The benchmark: one table of what a first visit costs and how the app
// performs, against the limit (a plain static page with the same text).
// Run with scripts/bench.sh, which builds the app first.
//
// Timings here are reported, never asserted: these machines are shared and noisy.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { firstLoadSizes, formatSizeTable } from '../tests/build/first-load.mjs';
import { launchBrowser, startStaticServer } from '../tests/browser/support.mjs';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST_DIR = path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CLICKS = 100;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** The limit: the same pre-rendered page with every script and the WebAssembly taken out. */
async function makePlainPage(distDir, folder) {
  await cp(distDir, folder, { recursive: true });
  const html = await readFile(path.join(folder, 'index.html'), 'utf8');
  const plain = html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/g, '');
  await writeFile(path.join(folder, 'plain.html'), plain);
  // Served compressed like the app's files, so that the comparison is fair.
  await writeFile(path.join(folder, 'plain.html.br'), brotliCompressSync(plain, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY },
  }));
}

/** Lighthouse's default (mobile, simulated throttling) run, the median of several. */
async function lighthouseMedian(url) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
    const chrome = await chromeLauncher.launch({
      chromePath: '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic',
        '--no-first-run', '--disable-background-networking', '--disable-component-update',
        '--disable-sync'],
    });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        bestPractices: lhr.categories['best-practices'].score * 100,
        seo: lhr.categories.seo.score * 100,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
}

/** Next/Previous clicked CLICKS times; each time measured to the next painted frame. */
async function stepChangeTimes(browser, url) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (event) => { window.benchWasm = event.detail.wasm; });
  });
  await page.goto(url);
  // The app marks <html data-interactive> once it has taken over the page.
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const result = await page.evaluate(async (clicks) => {
    const next = document.querySelector('button.step-next');
    const previous = document.querySelector('button.step-previous');
    const afterNextPaint = () => new Promise((resolve) =>
      requestAnimationFrame(() => setTimeout(resolve, 0)));
    const times = [];
    for (let i = 0; i < clicks; i += 1) {
      // Seven steps forward, seven back: every step change, both ways.
      const button = (i % 14) < 7 ? next : previous;
      const start = performance.now();
      button.click();
      await afterNextPaint();
      times.push(performance.now() - start);
    }
    return {
      times,
      jsHeap: performance.memory?.usedJSHeapSize ?? null,
      wasmMemory: window.benchWasm?.memory?.buffer?.byteLength ?? null,
    };
  }, CLICKS);
  await page.close();
  return result;
}

const server = await startStaticServer(DIST_DIR);
const plainFolder = await mkdtemp(path.join(os.tmpdir(), 'ahsct-plain-'));
await makePlainPage(DIST_DIR, plainFolder);
const plainServer = await startStaticServer(plainFolder);
try {
  const sizes = await firstLoadSizes(DIST_DIR);
  const app = await lighthouseMedian(server.baseUrl);
  const plain = await lighthouseMedian(`${plainServer.baseUrl}plain.html`);

  const browser = await launchBrowser();
  const clicks = await stepChangeTimes(browser, server.baseUrl);
  await browser.close();

  const ms = (value) => `${value.toFixed(0)} ms`;
  const rows = [
    ['Lighthouse (mobile, median of ' + LIGHTHOUSE_RUNS + ')', 'app', 'plain page (limit)'],
    ['performance', app.performance, plain.performance],
    ['accessibility', app.accessibility, plain.accessibility],
    ['best practices', app.bestPractices, plain.bestPractices],
    ['SEO', app.seo, plain.seo],
    ['LCP', ms(app.lcp), ms(plain.lcp)],
    ['TBT', ms(app.tbt), ms(plain.tbt)],
    ['CLS', app.cls.toFixed(3), plain.cls.toFixed(3)],
    ['LCP app / limit', (app.lcp / plain.lcp).toFixed(2), ''],
  ];
  console.log('\nFirst load (index.html and what it pulls in)');
  console.log(formatSizeTable(sizes));
  console.log('');
  for (const [name, a, b] of rows) {
    console.log(`${String(name).padEnd(40)} ${String(a).padStart(10)} ${String(b).padStart(20)}`);
  }
  console.log('');
  console.log(`${'Next/Previous to next paint, median'.padEnd(40)} ${median(clicks.times).toFixed(1).padStart(7)} ms  (${CLICKS} clicks)`);
  console.log(`${'Next/Previous to next paint, 95th pct'.padEnd(40)} ${percentile(clicks.times, 95).toFixed(1).padStart(7)} ms`);
  const mib = (bytes) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(2)} MiB`);
  console.log(`${'JS heap after the clicks'.padEnd(40)} ${mib(clicks.jsHeap).padStart(10)}`);
  console.log(`${'WebAssembly memory after the clicks'.padEnd(40)} ${mib(clicks.wasmMemory).padStart(10)}`);
} finally {
  await server.close();
  await plainServer.close();
  await rm(plainFolder, { recursive: true, force: true });
}
