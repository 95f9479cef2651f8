/**
 * What the numbers mean, written after reading them: the causes of misses and what would fix
 * them. Kept in code (not generated) because a cause is a judgement, not a measurement; update
 * it when a run tells a different story.
 */
export const NOTES = `
## Reading the numbers

Causes of each miss, and what would fix them: [bench/NOTES.md](../NOTES.md).
`;
