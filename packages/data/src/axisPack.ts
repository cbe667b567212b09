import { type Pack, parsePack } from '@brink/core';
import { parse } from 'yaml';
import { ARTICLE_TEXT, PACK_YAML } from './generated/content.js';

/** The article's six paragraphs, as shipped in `sources/axis-2023-article.txt`. */
export const articleParagraphs: readonly string[] = ARTICLE_TEXT.split('\n');

/**
 * The `axis-2023` pack: the eight actors of the article's "Axis of Resistance" and its
 * adversaries, every posture field with its provenance. Validated when the module loads: its
 * shape, its references, and that every quote is verbatim in the article.
 */
export const axisPack: Pack = loadPack();

function loadPack(): Pack {
  const raw = parse(PACK_YAML) as { sources?: Record<string, unknown>[] };
  // The pack file names its source; the text itself comes from the shipped article.
  const sources = (raw.sources ?? []).map((source) =>
    source.id === 'axis-2023-article' ? { ...source, paragraphs: [...articleParagraphs] } : source,
  );
  return parsePack({ ...raw, sources });
}
