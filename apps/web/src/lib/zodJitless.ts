import { z } from 'zod';

// zod compiles object validators with `new Function` unless told not to; the site's
// Content-Security-Policy (scripts/csp.mjs) allows no eval, and even zod's probe for it would be
// reported as a violation. So the browser's zod runs jitless. Imported for this effect before
// any schema is used: by instrumentation-client.ts (before the app's code) and by the worker.
z.config({ jitless: true });
