import { emptyAggregate, type FieldProvenance } from '@brink/core';
import { axisPack } from '@brink/data';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OutcomeChart } from '../src/charts/OutcomeChart';
import { Basis } from '../src/components/Basis';
import { OutcomeDefinitions } from '../src/components/OutcomeDefinitions';
import { compareOutcomes, outcomeRows } from '../src/lib/batchData';

afterEach(cleanup);

const aggregate = { ...emptyAggregate(axisPack), runs: 10 };
aggregate.outcomes['militias-pause-on-us'] = 4;
const rows = outcomeRows(aggregate, axisPack);

describe('outcome definitions', () => {
  it('carry each outcome’s plain-words definition with its share, and into comparisons', () => {
    const row = rows.find((r) => r.id === 'militias-pause-on-us')!;
    expect(row.share).toBe(0.4);
    expect(row.definition).toBe(
      axisPack.outcomes.find((outcome) => outcome.id === 'militias-pause-on-us')!.description,
    );
    const compared = compareOutcomes(aggregate, aggregate, axisPack);
    expect(compared.map((c) => c.definition)).toEqual(rows.map((r) => r.definition));
  });

  it('are listed under the chart, label by label, and shown on hovering a bar', () => {
    const { container } = render(
      <>
        <OutcomeChart rows={rows} label="shares" />
        <OutcomeDefinitions outcomes={rows} />
      </>,
    );
    for (const outcome of axisPack.outcomes) {
      expect(screen.getByText(outcome.description)).toBeTruthy();
    }
    const bar = container.querySelector('[data-outcome="us-month-in-the-fight"] title');
    expect(bar?.textContent).toMatch(/^The United States spends a month .*: The United States/);
  });
});

describe('Basis', () => {
  it('shows a recorded provenance with its record, its events and how the value is read', () => {
    const basis: FieldProvenance = {
      field: 'houthis.params.obedience',
      kind: 'recorded',
      record: 'axis-2023-2025',
      events: ['kataib-hezbollah-suspends', 'houthi-drone-tel-aviv'],
      reasoning: 'They heed restraint less than the militias.',
    };
    render(<Basis basis={basis} />);
    expect(screen.getByText('recorded')).toBeTruthy();
    expect(
      screen.getByText(
        'Recorded (axis-2023-2025: kataib-hezbollah-suspends, houthi-drone-tel-aviv): They heed restraint less than the militias.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link').getAttribute('href')).toBe(
      '/source?rule=houthis.params.obedience',
    );
    expect(screen.queryByText(/¶/)).toBeNull();
  });
});
