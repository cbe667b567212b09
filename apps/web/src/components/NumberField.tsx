'use client';

import { useEffect, useId, useState } from 'react';

/**
 * A number input that keeps what is typed to itself and reports it only when it is complete:
 * on Enter or on leaving the field, and only if it is a number (or empty, when `optional`). So
 * typing "90" never applies the "9" on the way, and "0." can be typed on the way to "0.5".
 * What is wrong with the text (not a number, required) shows beside it at once; `error` is what
 * the caller found wrong with the last value reported.
 */
export function NumberField({
  label,
  value,
  onChange,
  optional = false,
  placeholder,
  error,
  hint,
  testId,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  optional?: boolean;
  placeholder?: string;
  error?: string | undefined;
  /** The field's rule (its unit and limits), shown under it when nothing is wrong. */
  hint?: string;
  testId?: string;
}) {
  const id = useId();
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  useEffect(() => {
    setText((current) => (current.trim() !== '' && Number(current) === value ? current : shown));
  }, [value, shown]);
  const trimmed = text.trim();
  const notNumber = trimmed !== '' && !Number.isFinite(Number(trimmed));
  const missing = trimmed === '' && !optional;
  const pending = !notNumber && !missing && text !== shown && Number(trimmed) !== value;
  const message = notNumber
    ? `“${trimmed}” is not a number`
    : missing
      ? 'required'
      : pending
        ? undefined
        : error;
  const commit = () => {
    if (notNumber || missing) return;
    const next = trimmed === '' ? undefined : Number(trimmed);
    if (next !== value) onChange(next);
  };
  const note = message ?? hint;
  return (
    <div className={`field${message ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        aria-invalid={message ? true : undefined}
        aria-describedby={note ? `${id}-note` : undefined}
        data-testid={testId}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') setText(shown);
        }}
      />
      {note && (
        <span id={`${id}-note`} className={message ? 'field-error' : 'field-hint'}>
          {note}
        </span>
      )}
    </div>
  );
}
