// A lesson on the fixture pack, for the lesson tests.

/** A valid lesson on the fixture pack, as written; safe to mutate. */
export function lessonInput() {
  return {
    id: 'holding-back',
    order: 1,
    title: 'Why does the sponsor hold back?',
    pack: 'fixture',
    goal: 'See how a ceiling keeps the sponsor out of the fight.',
    context: {
      intro: 'The text says the sponsor will not fight.',
      quotes: [
        { paragraph: 2, quote: 'will not fight the Adversary itself', rule: 'sponsor.ceiling' },
      ],
    },
    rules: ['sponsor.ceiling'],
    experiments: [
      { id: 'main', label: 'The escalation', scenario: 'fixture-escalation', seed: 1, runs: 50 },
    ],
    measures: [
      { id: 'proxy-fires', label: 'The proxy fires', experiment: 'main', outcome: 'proxy-open' },
      {
        id: 'sponsor-stays',
        label: 'The sponsor stays below indirect',
        experiment: 'main',
        highest: { actor: 'sponsor', atMost: 'material' },
      },
      {
        id: 'proxy-day',
        label: 'First day the proxy fires',
        experiment: 'main',
        firstDay: { actor: 'proxy', atLeast: 'indirect' },
      },
    ],
    prediction: {
      question: 'Who fights?',
      choices: [
        { id: 'proxy', label: 'The proxy', measure: 'proxy-fires' },
        { id: 'sponsor', label: 'Only the sponsor', measure: 'sponsor-stays' },
      ],
    },
    reveal: {
      explanation: 'The proxy fires; the sponsor does not.',
      claims: [{ says: 'The proxy fires.', measure: 'proxy-fires', atLeast: 0.5 }],
    },
    discussion: ['Why would a sponsor hold back?'],
  };
}
