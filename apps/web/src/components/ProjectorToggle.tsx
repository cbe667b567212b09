'use client';

import { useEffect, useState } from 'react';
import { browserStorage } from '../lib/lessonProgress';
import { readProjector, saveProjector } from '../lib/projectorMode';

/**
 * The header's projector switch: large text and, on a wide screen, larger charts (their marks and
 * labels with them), for a class's screen. On sets `data-projector="on"` on the page's root; the
 * choice is kept in the browser and an address's `projector=1` (or `0`) sets it.
 */
export function ProjectorToggle() {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const storage = browserStorage();
    const read = readProjector(new URLSearchParams(window.location.search), storage);
    saveProjector(storage, read);
    setOn(read);
  }, []);
  useEffect(() => {
    if (on) document.documentElement.dataset.projector = 'on';
    else delete document.documentElement.dataset.projector;
  }, [on]);
  return (
    <button
      type="button"
      className="projector-toggle"
      aria-pressed={on}
      onClick={() => {
        saveProjector(browserStorage(), !on);
        setOn(!on);
      }}
    >
      Projector
    </button>
  );
}
