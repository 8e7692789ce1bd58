// The cross-engine subset (suite.mjs) in WebKitGTK's MiniBrowser, on a
// virtual display (Xvfb), through WebKitWebDriver; skipped unless BROWSERS
// lists webkit.
import { defineEngineSuite } from './suite.mjs';

defineEngineSuite('webkit');
