/** The engine's version, recorded in every trace and summary; equal to the package version. */
export const ENGINE_VERSION = '0.1.0';
