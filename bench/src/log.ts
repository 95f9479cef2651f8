/** Progress lines with the elapsed time, so a long run shows where it is and how fast it goes. */
const started = Date.now();

export function log(line: string): void {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[bench ${s}s] ${line}`);
}
