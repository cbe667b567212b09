'use strict';

// Stands in for @stdlib/assert-has-generator-support in the web bundle (next.config.ts aliases
// it). stdlib's continued-fraction and sum-series tools, under the beta-PERT quantile that core's
// sampling uses, ask it at import time whether generators work, and it answers by eval-ing a
// generator: the site's Content-Security-Policy (no 'unsafe-eval') blocks and reports that, once
// per tool, on every page whose bundle holds core's sampling. Every browser the site runs in has
// generators (ES2015), so the answer is fixed and no code is evaluated.
module.exports = function hasGeneratorSupport() {
  return true;
};
