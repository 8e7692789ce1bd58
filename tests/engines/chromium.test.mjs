// The cross-engine subset (suite.mjs) in Chromium through chromedriver,
// skipped unless BROWSERS lists chromium.
import { defineEngineSuite } from './suite.mjs';

defineEngineSuite('chromium');
