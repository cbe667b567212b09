import { axisPack, getScenario } from '@brink/data';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScenarioEditor } from '../src/components/ScenarioEditor';
import { checkScenarioInput } from '../src/lib/scenarioEdit';

afterEach(cleanup);

const base = getScenario('baseline');
const setup = (draft: Record<string, unknown> = { ...base }, issues = [] as never[]) => {
  const onChange = vi.fn();
  render(
    <ScenarioEditor
      pack={axisPack}
      base={base}
      draft={draft}
      issues={issues}
      actor="iran"
      onChange={onChange}
      onReset={() => {}}
    />,
  );
  return onChange;
};

describe('ScenarioEditor', () => {
  it('sets the selected actor’s ceiling as an override, under an id of its own', () => {
    const onChange = setup();
    fireEvent.change(screen.getByTestId('override-ceiling'), { target: { value: 'direct' } });
    const draft = onChange.mock.calls[0]![0];
    expect(draft.overrides).toEqual({ iran: { ceiling: 'direct' } });
    expect(draft.id).toBe('baseline-edited');
    expect(checkScenarioInput(draft, axisPack).ok).toBe(true);
  });

  it('clears an override when the pack’s value is chosen again', () => {
    const onChange = setup({
      ...base,
      overrides: { iran: { ceiling: 'direct', params: { decay: 0.2 } } },
    });
    fireEvent.change(screen.getByTestId('override-ceiling'), { target: { value: '' } });
    expect(onChange.mock.calls[0]![0].overrides).toEqual({ iran: { params: { decay: 0.2 } } });
  });

  it('adds scripted events that are valid as they stand, and removes them', () => {
    const onChange = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add a scripted event' }));
    const added = onChange.mock.calls[0]![0];
    expect(added.injects).toHaveLength(2);
    expect(checkScenarioInput(added, axisPack).ok).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove scripted event 1' }));
    expect(onChange.mock.calls[1]![0].injects).toEqual([]);
  });

  it('shows an issue beside the field it concerns', () => {
    const draft = { ...base, injects: [{ ...base.injects[0]!, severity: 2 }] };
    const checked = checkScenarioInput(draft, axisPack);
    if (checked.ok) throw new Error('expected issues');
    setup(draft, checked.issues as never[]);
    expect(screen.getByTestId('editor-issues').textContent).toContain('injects[0].severity');
    expect(screen.getByLabelText('severity').getAttribute('aria-invalid')).toBe('true');
  });

  it('writes red-line changes into the scenario’s overrides, so files and links keep them', () => {
    const onChange = setup();
    const item = screen.getByTestId('red-line-iran-attacked');
    fireEvent.click(item.querySelector('input[type=checkbox]')!);
    const draft = onChange.mock.calls[0]![0];
    expect(draft.overrides).toEqual({ iran: { redLines: { 'iran-attacked': { off: true } } } });
    const checked = checkScenarioInput(draft, axisPack);
    expect(checked.ok).toBe(true);
  });

  it('clears a red line’s override when it is switched back on', () => {
    const onChange = setup({
      ...base,
      overrides: { iran: { redLines: { 'iran-attacked': { off: true } } } },
    });
    const item = screen.getByTestId('red-line-iran-attacked');
    fireEvent.click(item.querySelector('input[type=checkbox]')!);
    expect(onChange.mock.calls[0]![0].overrides).toEqual({});
  });

  it('shows a red line’s issue beside it', () => {
    setup(
      { ...base, overrides: { iran: { redLines: { 'iran-attacked': { lift: 'indirect' } } } } },
      [
        {
          path: ['overrides', 'iran', 'redLines', 'iran-attacked', 'lift'],
          message: 'lifts to "indirect", not above the ceiling "indirect"',
        },
      ] as never[],
    );
    const item = screen.getByTestId('red-line-iran-attacked');
    expect(item.textContent).toContain('not above the ceiling');
  });

  it('applies a number when it is complete: on Enter or leaving the field, never mid-typing', () => {
    const onChange = setup();
    const days = screen.getByLabelText('Days');
    fireEvent.change(days, { target: { value: '9' } });
    fireEvent.change(days, { target: { value: '90' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(days, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].horizon).toBe(90);
    fireEvent.change(days, { target: { value: '12x' } });
    expect(screen.getByText('“12x” is not a number')).toBeTruthy();
    fireEvent.blur(days);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('states the horizon’s real rule, with its limits, beside Days', () => {
    const draft = { ...base, horizon: 5000 };
    const checked = checkScenarioInput(draft, axisPack);
    if (checked.ok) throw new Error('expected issues');
    setup(draft, checked.issues as never[]);
    const days = screen.getByLabelText('Days');
    const note = document.getElementById(days.getAttribute('aria-describedby')!);
    expect(note?.textContent).toBe('horizon must be a whole number of days from 1 to 3650');
  });
});
