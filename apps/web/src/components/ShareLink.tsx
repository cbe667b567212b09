'use client';

import { useState } from 'react';

/**
 * The page's address as a link to share: shown in a field that selects itself on focus, with a
 * button that copies it. The address holds everything that reproduces what the page shows.
 */
export function ShareLink() {
  const [copied, setCopied] = useState(false);
  const link = typeof window === 'undefined' ? '' : window.location.href;
  const copy = () => {
    navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <>
      <label className="mc-inline mc-share">
        Share link <input readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <button type="button" onClick={copy}>
        {copied ? 'Copied' : 'Copy link'}
      </button>
    </>
  );
}
