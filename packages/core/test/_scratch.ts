import { fixturePack } from './fixtures.js';
import { parseScenario, ValidationError } from '../src/index.js';
const cases: Record<string, string> = {
  a: `id: s\ntitle: T\nsummary: S\n- oops\npack: fixture\n`,
  b: `id: s\ntitle: T\nsummary: S\npack: fixture\nhorizon: 10 ]\n`,
  c: `id: s\ntitle: T\nsummary: S\npack: fixture\nhorizon: 10\ninjects: [ { day: 0, type: statement, from: proxy, stance: x }\ntags: []\n`,
  d: `id: s\ntitle: T\nsummary: S\npack: fixture\nhorizon: 10\ninjects:\n  - { day: 0, type: statement, from: proxy, stance: x }}\n`,
};
for (const [name, text] of Object.entries(cases)) {
  try { parseScenario(text, { pack: fixturePack }); console.log(name, 'OK?!'); }
  catch (e) { console.log(name, e instanceof ValidationError, (e as Error).message); }
}
