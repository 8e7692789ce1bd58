// The cross-engine subset (suite.mjs) in Firefox ESR through geckodriver,
// skipped unless BROWSERS lists firefox.
import { defineEngineSuite } from './suite.mjs';

defineEngineSuite('firefox');
