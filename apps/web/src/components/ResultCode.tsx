'use client';

import { encodeResultCode, type Lesson, type LessonFigures } from '@brink/core';
import { useId, useRef, useState } from 'react';
import type { Prediction } from '../lib/lessonSteps';

/**
 * The student's result code (core's `encodeResultCode`: the lesson and its version, the
 * prediction, the figures, a checksum) with a button that copies it, for the teacher's view. Where
 * the clipboard is refused, the code is selected for the student to copy by hand.
 */
export function ResultCode({
  lesson,
  prediction,
  figures,
}: {
  lesson: Lesson;
  prediction: Prediction;
  figures: LessonFigures;
}) {
  const code = encodeResultCode(lesson, prediction, figures);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = () => {
    const select = () => {
      field.current?.focus();
      field.current?.select();
    };
    if (!navigator.clipboard) {
      select();
      setStatus('Copying is not allowed here: the code is selected, copy it by hand.');
      return;
    }
    navigator.clipboard.writeText(code).then(
      () => setStatus('Copied. Paste it where your teacher collects the codes.'),
      () => {
        select();
        setStatus('Copying is not allowed here: the code is selected, copy it by hand.');
      },
    );
  };
  return (
    <div className="result-code">
      <label htmlFor={id}>Your result code, for your teacher</label>
      <div className="result-code-row">
        <input
          id={id}
          ref={field}
          readOnly
          value={code}
          data-testid="result-code"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {status ||
          'It holds your prediction and the figures above, nothing else: no name, no account.'}
      </p>
    </div>
  );
}
