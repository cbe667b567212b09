import { FIELD_GLOSSARY, PARAM_NAMES, RUNG_GLOSSARY, RUNGS } from '@brink/core';
import { axisPack, lessons } from '@brink/data';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Glossary } from '../src/components/Glossary';
import { LessonContext } from '../src/components/LessonContext';

afterEach(cleanup);

describe('Glossary', () => {
  it('explains every rung of the ladder, in order, with an anchor each', () => {
    const { container } = render(<Glossary pack={axisPack} />);
    const section = screen.getByRole('region', { name: 'The ladder' });
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.id)).toEqual(RUNGS.map((rung) => `rung-${rung}`));
    for (const rung of RUNGS) {
      const row = container.querySelector(`#rung-${rung}`)!;
      expect(row.textContent).toContain(RUNG_GLOSSARY[rung].meaning);
    }
  });

  it('defines every outcome of the pack in words, with its provenance', () => {
    const { container } = render(<Glossary pack={axisPack} />);
    for (const outcome of axisPack.outcomes) {
      const entry = container.querySelector(`#outcome-${outcome.id}`)!;
      expect(entry.querySelector('dt')!.textContent).toContain(outcome.label);
      expect(entry.textContent).toContain(outcome.description);
      expect(entry.querySelector(`.badge-${outcome.provenance.kind}`)).not.toBeNull();
    }
  });

  it('gives every parameter a plain name, its unit, its range and a sentence', () => {
    render(<Glossary pack={axisPack} />);
    const section = screen.getByRole('region', { name: 'Parameters and settings' });
    for (const name of PARAM_NAMES) {
      const words = FIELD_GLOSSARY[`params.${name}`]!;
      const row = within(section).getByRole('rowheader', { name: words.name }).closest('tr')!;
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent);
      expect(cells).toEqual([words.unit, words.range, words.description, name]);
    }
    // The risk-aversion row reads in words; its file name appears only in the last column.
    const risk = within(section).getByRole('rowheader', { name: 'fear of a wider war' });
    expect(risk.textContent).not.toContain('riskAversion');
    expect(within(section).getAllByRole('row')).toHaveLength(
      Object.keys(FIELD_GLOSSARY).length + 1,
    );
  });

  it('explains the four kinds of provenance and counts the pack’s rules of each', () => {
    render(<Glossary pack={axisPack} />);
    const section = screen.getByRole('region', { name: 'Where a rule comes from' });
    for (const kind of ['stated', 'inferred', 'recorded', 'assumption']) {
      const badge = within(section).getByText(kind, { selector: '.badge' });
      expect(badge.closest('div')!.textContent).toMatch(/\d+ rules of this pack/);
    }
  });
});

describe('LessonContext in plain words', () => {
  it.each(lessons.map((lesson) => [lesson.id, lesson] as const))(
    '%s shows no field ids, schema names or conditions written as code',
    (_, lesson) => {
      const { container } = render(<LessonContext lesson={lesson} />);
      const text = container.textContent ?? '';
      expect(text).not.toMatch(/\w\.redLines\[|\[\d+\]|\.params\.|riskAversion|mobilisationDelay/);
      expect(text).not.toMatch(/when: \{|atLeast|\{reach/);
      expect(container.querySelector('.lesson-rules code')).toBeNull();
      expect(screen.getByRole('link', { name: 'glossary' }).getAttribute('href')).toBe('/glossary');
    },
  );

  it('shows the record events a lesson cites, with their dates and sources', () => {
    const lesson = lessons.find((candidate) => candidate.id === 'proxies-multi-front')!;
    const { container } = render(<LessonContext lesson={lesson} />);
    const event = container.querySelector('[data-event="hezbollah-shebaa-farms"]')!;
    expect(event.textContent).toContain('2023-10-08 (day 1)');
    expect(event.querySelectorAll('a').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'hindcast page' }).getAttribute('href')).toBe(
      '/hindcast',
    );
  });
});
