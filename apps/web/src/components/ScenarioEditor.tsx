'use client';

import {
  CHANNELS,
  formatIssue,
  formatPath,
  MEANS,
  PARAM_NAMES,
  type Pack,
  RUNGS,
  type Scenario,
  TARGET_CLASSES,
  type ValidationIssue,
} from '@brink/core';
import { type ChangeEvent, useId, useState } from 'react';
import { shortName } from '../lib/actors';
import { checkScenarioInput, scenarioYaml } from '../lib/scenarioEdit';
import { NumberField } from './NumberField';

type Draft = Record<string, unknown>;
/** Changes to one red line, as `overrides.<actor>.redLines.<id>` holds them. */
interface RedLineEdit {
  off?: boolean;
  lift?: (typeof RUNGS)[number];
  days?: number;
  minSeverity?: number;
}
type Override = Record<string, unknown> & {
  params?: Record<string, number>;
  redLines?: Record<string, RedLineEdit>;
};
type InjectDraft = Record<string, unknown> & { type: string; day: unknown };

const INJECT_TYPES = ['attack', 'support', 'restrain', 'ceasefire', 'statement'] as const;
const POSTURE_FIELDS = ['start', 'floor', 'ceiling'] as const;

export interface ScenarioEditorProps {
  pack: Pack;
  base: Scenario;
  draft: Draft;
  issues: readonly ValidationIssue[];
  actor: string;
  onChange: (draft: Draft) => void;
  onReset: () => void;
}

/** The issues at a path, as one line for the field that shows them. */
function issuesAt(
  issues: readonly ValidationIssue[],
  path: readonly (string | number)[],
): string | undefined {
  const key = formatPath(path);
  const found = issues.filter((issue) => formatPath(issue.path) === key);
  return found.length ? found.map((issue) => issue.message).join('; ') : undefined;
}

function Select({
  label,
  value,
  options,
  onChange,
  empty,
  error,
  testId,
}: {
  label: string;
  value: string | undefined;
  options: readonly string[];
  onChange: (value: string | undefined) => void;
  empty?: string;
  error?: string | undefined;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        onChange={(event: ChangeEvent<HTMLSelectElement>) =>
          onChange(event.target.value || undefined)
        }
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {value !== undefined && !options.includes(value) && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}

/**
 * A new scripted attack that is valid as it stands: by the last actor that may strike openly
 * (its ceiling at `limited` or higher) on the first actor of another bloc.
 */
function newInject(pack: Pack, day: number): InjectDraft {
  const limited = RUNGS.indexOf('limited');
  const from =
    [...pack.actors]
      .reverse()
      .find((actor) => RUNGS.indexOf(actor.posture.ceiling.value) >= limited) ?? pack.actors[0]!;
  const to = pack.actors.find((actor) => actor.bloc !== from.bloc) ?? pack.actors[0]!;
  return {
    day,
    type: 'attack',
    from: from.id,
    to: to.id,
    means: 'airstrike',
    target: 'forces',
    severity: 0.5,
    rung: 'limited',
  };
}

/** Turns an inject into another type, keeping the fields both types share. */
function retype(inject: InjectDraft, type: string, pack: Pack): InjectDraft {
  const ids = pack.actors.map((actor) => actor.id);
  const from = (inject.from as string | undefined) ?? ids[0];
  const to = (inject.to as string | undefined) ?? ids[1];
  const day = inject.day;
  switch (type) {
    case 'attack':
      return { ...newInject(pack, Number(day) || 0), day, from, to };
    case 'support':
      return { day, type, from, to, channel: 'material' };
    case 'restrain':
      return { day, type, from, to };
    case 'ceasefire':
      return { day, type, parties: [from, to], days: 7 };
    default:
      return { day, type: 'statement', from, stance: 'restraint' };
  }
}

/**
 * Edits the scenario: the selected actor's posture overrides (start, floor, ceiling, power,
 * parameters) and the scripted injects. Every change goes to the URL; `parseScenario` checks the
 * result and its issues show beside the fields they concern. The scenario downloads as YAML and
 * loads back from a file.
 */
export function ScenarioEditor({
  pack,
  base,
  draft,
  issues,
  actor,
  onChange,
  onReset,
}: ScenarioEditorProps) {
  const [fileIssues, setFileIssues] = useState<string[] | null>(null);
  const overrides = (draft.overrides ?? {}) as Record<string, Override>;
  const injects = (Array.isArray(draft.injects) ? draft.injects : []) as InjectDraft[];
  const packActor = pack.actors.find((a) => a.id === actor) ?? pack.actors[0]!;
  const override: Override = overrides[packActor.id] ?? {};
  const edited = JSON.stringify(draft) !== JSON.stringify({ ...base });
  const ids = pack.actors.map((a) => a.id);
  const names = (id: string) => shortName(pack.actors.find((a) => a.id === id)?.name ?? id);

  const change = (next: Draft) => {
    // An edited scenario is another scenario: it gets its own id unless the user named it.
    const named = next.id !== base.id ? next : { ...next, id: `${base.id}-edited` };
    onChange(named);
  };
  const setOverride = (patch: { [K in keyof Override]?: Override[K] | undefined }) => {
    const merged = { ...override, ...patch } as Override;
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    if (merged.params && Object.keys(merged.params).length === 0) delete merged.params;
    const nextOverrides = { ...overrides };
    if (Object.keys(merged).length === 0) delete nextOverrides[packActor.id];
    else nextOverrides[packActor.id] = merged;
    change({ ...draft, overrides: nextOverrides });
  };
  // A red line's changes live in the scenario (`overrides.<actor>.redLines.<id>`), so the link,
  // the scenario's hash and the YAML file all carry them.
  const setRedLine = (
    id: string,
    patch: { [K in keyof RedLineEdit]?: RedLineEdit[K] | undefined },
  ) => {
    const current = { ...(override.redLines?.[id] ?? {}), ...patch } as RedLineEdit;
    for (const key of Object.keys(current) as (keyof RedLineEdit)[]) {
      if (current[key] === undefined || (key === 'off' && current.off === false))
        delete current[key];
    }
    const byRedLine = { ...(override.redLines ?? {}) };
    if (Object.keys(current).length === 0) delete byRedLine[id];
    else byRedLine[id] = current;
    setOverride({ redLines: Object.keys(byRedLine).length > 0 ? byRedLine : undefined });
  };
  const setParam = (name: string, value: number | undefined) => {
    const params = { ...(override.params ?? {}) };
    if (value === undefined) delete params[name];
    else params[name] = value;
    setOverride({ params });
  };
  const setInject = (index: number, inject: InjectDraft | null) => {
    const next = [...injects];
    if (inject) next[index] = inject;
    else next.splice(index, 1);
    change({ ...draft, injects: next });
  };

  const download = () => {
    const blob = new Blob([scenarioYaml(draft)], { type: 'text/yaml' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${String(draft.id ?? base.id)}.yaml`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const checked = checkScenarioInput(await file.text(), pack);
    if (!checked.ok) {
      setFileIssues(checked.issues.map(formatIssue));
      return;
    }
    setFileIssues(null);
    const { teachingNotes: _notes, $schema: _schema, ...scenario } = checked.scenario;
    onChange(scenario);
  };

  const at = (...path: (string | number)[]) => issuesAt(issues, path);
  const posture = packActor.posture;

  return (
    <section className="editor" aria-labelledby="editor-title" data-testid="editor">
      <h2 id="editor-title">Edit the scenario</h2>
      <p className="editor-help">
        A change runs the scenario as soon as it is complete (a list choice at once, a number on
        Enter or on leaving its field) and is kept in the address, so the link replays it. Empty
        fields keep the pack’s value, shown in grey; in a list, a * marks it.
      </p>
      {issues.length > 0 && (
        <div className="editor-issues" role="alert" data-testid="editor-issues">
          <strong>The scenario is not valid yet:</strong>
          <ul>
            {issues.map((issue) => (
              <li key={formatIssue(issue)}>{formatIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="editor-row">
        <div className={`field wide${at('title') ? ' invalid' : ''}`}>
          <label htmlFor="edit-title">Title</label>
          <input
            id="edit-title"
            type="text"
            value={String(draft.title ?? '')}
            onChange={(event) => change({ ...draft, title: event.target.value })}
          />
        </div>
        <NumberField
          label="Days"
          value={typeof draft.horizon === 'number' ? draft.horizon : undefined}
          onChange={(horizon) => change({ ...draft, horizon })}
          error={at('horizon')}
        />
      </div>

      <h3>
        {packActor.name}’s posture <span className="editor-hint">(choose another actor above)</span>
      </h3>
      <div className="editor-grid">
        {POSTURE_FIELDS.map((field) => (
          <Select
            key={field}
            label={field}
            value={override[field] as string | undefined}
            options={RUNGS}
            empty={`${(posture[field] ?? posture.start).value}*`}
            onChange={(value) => setOverride({ [field]: value })}
            error={at('overrides', packActor.id, field)}
            testId={`override-${field}`}
          />
        ))}
        <NumberField
          label="power"
          value={override.power as number | undefined}
          optional
          placeholder={String(packActor.power.value)}
          onChange={(power) => setOverride({ power })}
          error={at('overrides', packActor.id, 'power')}
        />
        {PARAM_NAMES.map((name) => (
          <NumberField
            key={name}
            label={name}
            value={override.params?.[name]}
            optional
            placeholder={String(posture.params[name].value)}
            onChange={(value) => setParam(name, value)}
            error={at('overrides', packActor.id, 'params', name)}
            testId={`param-${name}`}
          />
        ))}
      </div>
      <fieldset className="red-lines">
        <legend>Red lines</legend>
        {posture.redLines.length === 0 ? (
          <p className="editor-hint">None.</p>
        ) : (
          <ul>
            {posture.redLines.map((redLine) => {
              const edit = override.redLines?.[redLine.id] ?? {};
              const ceiling = (override.ceiling as string | undefined) ?? posture.ceiling.value;
              const lift = edit.lift ?? redLine.lift;
              const dropped =
                !edit.lift &&
                RUNGS.indexOf(lift) <= RUNGS.indexOf(ceiling as (typeof RUNGS)[number]);
              const path = ['overrides', packActor.id, 'redLines', redLine.id];
              const at = (field: string) => issuesAt(issues, [...path, field]);
              return (
                <li
                  key={redLine.id}
                  className={edit.off || dropped ? 'void' : ''}
                  data-testid={`red-line-${redLine.id}`}
                >
                  <label className="red-line-toggle">
                    <input
                      type="checkbox"
                      checked={!edit.off}
                      onChange={(event) => setRedLine(redLine.id, { off: !event.target.checked })}
                    />
                    <strong>{redLine.label}</strong>
                  </label>
                  {dropped && !edit.off && (
                    <span className="editor-hint">
                      {' '}
                      — lifts nothing under a ceiling of {ceiling}, so it is dropped
                    </span>
                  )}
                  {at('off') && <p className="field-error">{at('off')}</p>}
                  {!edit.off && (
                    <div className="editor-grid">
                      <Select
                        label="lifts to"
                        value={edit.lift}
                        options={RUNGS.filter(
                          (rung) =>
                            RUNGS.indexOf(rung) > RUNGS.indexOf(ceiling as (typeof RUNGS)[number]),
                        )}
                        empty={`${redLine.lift}*`}
                        onChange={(value) =>
                          setRedLine(redLine.id, { lift: value as RedLineEdit['lift'] })
                        }
                        error={at('lift')}
                        testId={`red-line-${redLine.id}-lift`}
                      />
                      <NumberField
                        label="for days"
                        value={edit.days}
                        optional
                        placeholder={String(redLine.days)}
                        onChange={(days) => setRedLine(redLine.id, { days })}
                        error={at('days')}
                      />
                      {'attack' in redLine.when && (
                        <NumberField
                          label="min. severity"
                          value={edit.minSeverity}
                          optional
                          placeholder={String(redLine.when.attack.minSeverity)}
                          onChange={(minSeverity) => setRedLine(redLine.id, { minSeverity })}
                          error={at('minSeverity')}
                        />
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <p className="editor-hint">
          Red-line changes are part of the scenario (its overrides), so the link and the YAML you
          download keep them. Raising the ceiling drops the red lines that lift no higher.
        </p>
      </fieldset>

      <h3>Scripted events</h3>
      <ol className="injects">
        {injects.map((inject, index) => {
          const path = (field: string) => at('injects', index, field);
          const set = (field: string, value: unknown) =>
            setInject(index, { ...inject, [field]: value });
          const rowIssues = issues.filter(
            (issue) => issue.path[0] === 'injects' && issue.path[1] === index,
          );
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: injects are edited in place; their index is their identity
              key={index}
              className={`inject${rowIssues.length ? ' invalid' : ''}`}
              data-testid="inject"
            >
              <div className="inject-fields">
                <NumberField
                  label="day"
                  value={typeof inject.day === 'number' ? inject.day : undefined}
                  onChange={(day) => set('day', day)}
                  error={path('day')}
                />
                <Select
                  label="type"
                  value={inject.type}
                  options={INJECT_TYPES}
                  onChange={(type) => setInject(index, retype(inject, type ?? 'attack', pack))}
                />
                {'from' in inject && (
                  <Select
                    label="from"
                    value={inject.from as string}
                    options={ids}
                    onChange={(value) => set('from', value)}
                    error={path('from')}
                  />
                )}
                {'to' in inject && (
                  <Select
                    label="to"
                    value={inject.to as string}
                    options={ids}
                    onChange={(value) => set('to', value)}
                    error={path('to')}
                  />
                )}
                {inject.type === 'attack' && (
                  <>
                    <Select
                      label="means"
                      value={inject.means as string}
                      options={MEANS}
                      onChange={(value) => set('means', value)}
                      error={path('means')}
                    />
                    <Select
                      label="target"
                      value={inject.target as string}
                      options={TARGET_CLASSES}
                      onChange={(value) => set('target', value)}
                      error={path('target')}
                    />
                    <NumberField
                      label="severity"
                      value={inject.severity as number | undefined}
                      onChange={(value) => set('severity', value)}
                      error={path('severity')}
                    />
                    <Select
                      label="rung"
                      value={inject.rung as string | undefined}
                      options={RUNGS}
                      onChange={(value) => set('rung', value)}
                      error={path('rung')}
                    />
                  </>
                )}
                {inject.type === 'support' && (
                  <Select
                    label="channel"
                    value={inject.channel as string}
                    options={CHANNELS}
                    onChange={(value) => set('channel', value)}
                    error={path('channel')}
                  />
                )}
                {inject.type === 'statement' && (
                  <div className="field">
                    <label htmlFor={`stance-${index}`}>stance</label>
                    <input
                      id={`stance-${index}`}
                      type="text"
                      value={String(inject.stance ?? '')}
                      onChange={(event) => set('stance', event.target.value)}
                    />
                  </div>
                )}
                {inject.type === 'ceasefire' && (
                  <>
                    <fieldset className={`field parties${path('parties') ? ' invalid' : ''}`}>
                      <legend>parties</legend>
                      {ids.map((id) => {
                        const parties = (inject.parties as string[] | undefined) ?? [];
                        return (
                          <label key={id}>
                            <input
                              type="checkbox"
                              checked={parties.includes(id)}
                              onChange={(event) =>
                                set(
                                  'parties',
                                  event.target.checked
                                    ? [...parties, id]
                                    : parties.filter((p) => p !== id),
                                )
                              }
                            />
                            {names(id)}
                          </label>
                        );
                      })}
                      {path('parties') && <span className="field-error">{path('parties')}</span>}
                    </fieldset>
                    <NumberField
                      label="days"
                      value={inject.days as number | undefined}
                      onChange={(value) => set('days', value)}
                      error={path('days')}
                    />
                  </>
                )}
              </div>
              {rowIssues
                .filter((issue) => issue.path.length <= 2)
                .map((issue) => (
                  <p key={formatIssue(issue)} className="field-error">
                    {issue.message}
                  </p>
                ))}
              <button
                type="button"
                className="remove"
                onClick={() => setInject(index, null)}
                aria-label={`Remove scripted event ${index + 1}`}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() =>
          change({
            ...draft,
            injects: [
              ...injects,
              newInject(
                pack,
                injects.length > 0 ? Number(injects[injects.length - 1]!.day) + 1 || 0 : 0,
              ),
            ],
          })
        }
      >
        Add a scripted event
      </button>

      <h3>File</h3>
      <div className="editor-actions">
        <button type="button" onClick={download}>
          Download YAML
        </button>
        <label className="file-button">
          Load from a file…
          <input
            type="file"
            accept=".yaml,.yml,.json,text/yaml,application/json"
            onChange={load}
            data-testid="load-file"
          />
        </label>
        <button type="button" onClick={onReset} disabled={!edited}>
          Back to “{base.title}” as built in
        </button>
      </div>
      {fileIssues && (
        <div className="editor-issues" role="alert">
          <strong>That file is not a valid scenario:</strong>
          <ul>
            {fileIssues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
