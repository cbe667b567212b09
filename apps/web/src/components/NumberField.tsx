'use client';

import { useEffect, useId, useState } from 'react';

/**
 * A number input that keeps what is typed until it is a number (so "0." can be typed on the
 * way to "0.5"), then reports it. Empty means "not set" when `optional`.
 */
export function NumberField({
  label,
  value,
  onChange,
  optional = false,
  placeholder,
  step = 'any',
  error,
  testId,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  optional?: boolean;
  placeholder?: string;
  step?: string;
  error?: string | undefined;
  testId?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    setText((current) =>
      Number(current) === value && current !== ''
        ? current
        : value === undefined
          ? ''
          : String(value),
    );
  }, [value]);
  const trimmed = text.trim();
  const notNumber = trimmed !== '' && !Number.isFinite(Number(trimmed));
  const missing = trimmed === '' && !optional;
  const message = notNumber ? 'not a number' : missing ? 'required' : error;
  return (
    <div className={`field${message ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        step={step}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        data-testid={testId}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const t = next.trim();
          if (t === '' && optional) onChange(undefined);
          else if (t !== '' && Number.isFinite(Number(t))) onChange(Number(t));
        }}
      />
      {message && (
        <span id={`${id}-error`} className="field-error">
          {message}
        </span>
      )}
    </div>
  );
}
