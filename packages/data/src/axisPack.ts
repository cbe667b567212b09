import type { Pack } from '@brink/core';
import { ARTICLE_TEXT, PACK } from './generated/content.js';

/** The article's six paragraphs, as shipped in `sources/axis-2023-article.txt`. */
export const articleParagraphs: readonly string[] = ARTICLE_TEXT.split('\n');

/**
 * The `axis-2023` pack: the eight actors of the article's "Axis of Resistance" and its
 * adversaries, every posture field with its provenance. Checked by core's `parsePack` when the
 * package was built (its shape, its references, and that every quote is verbatim in the
 * article), and shipped as plain data.
 */
export const axisPack: Pack = PACK;
