/** Kept equal to widgets/package.json's version by a test; named in the duplicate-definition warning. */
export const VERSION = '0.1.0';
