// The strict Content-Security-Policy of a built page, worked out from the
// page itself: the sha256 hash of each inline script (and, for the one-file
// offline copy, of its inline stylesheet), so that nothing else can run.
// Used by write-csp.mjs (the page served from dist/) and single-file.mjs (the
// offline copy, whose scripts and styles are all inline).
import { createHash } from 'node:crypto';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const inlineScripts = (html) =>
  [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
const inlineStyles = (html) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);

/**
 * The policy for `html`. `selfContained` (the offline file) allows no file
 * at all, only what is inline in the page, by hash.
 */
export function policyFor(html, { selfContained = false } = {}) {
  const self = selfContained ? [] : ["'self'"];
  return [
    "default-src 'none'",
    ['script-src', ...self, "'wasm-unsafe-eval'", ...new Set(inlineScripts(html).map(sha256))].join(' '),
    ['style-src', ...self, ...(selfContained ? inlineStyles(html).map(sha256) : [])].join(' '),
    ['img-src', ...self, 'data:'].join(' '),
    ...(selfContained ? [] : ["connect-src 'self'"]),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?/;

/**
 * The page with its policy in a <meta> element, first in <head> after the
 * charset, before anything the policy governs. A <meta> policy cannot carry
 * frame-ancestors; hosts that send headers add that (EMBEDDING.md).
 */
export function withPolicyMeta(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">\n`;
  if (META_PATTERN.test(html)) return html.replace(META_PATTERN, () => meta);
  const charset = /<meta charset="[^"]*">\n?/i.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset> to put the policy after');
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
