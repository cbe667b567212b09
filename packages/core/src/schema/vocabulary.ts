/** Means of attack (DESIGN §4). */
export const MEANS = ['rocket', 'drone', 'missile', 'airstrike', 'ground'] as const;
export type Means = (typeof MEANS)[number];

/** Target classes, most grave first (DESIGN §4). */
export const TARGET_CLASSES = [
  'leadership',
  'territory',
  'personnel',
  'forces',
  'proxy',
  'shipping',
] as const;
export type TargetClass = (typeof TARGET_CLASSES)[number];

/** Sponsor → ally support channels, each tied to the rung the sponsor must stand at to use it. */
export const CHANNELS = ['political', 'material', 'indirect'] as const;
export type Channel = (typeof CHANNELS)[number];
