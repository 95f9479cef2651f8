/**
 * Loaded into the API server's own process by the soak (`node --import`): reports the
 * process's memory every second over the IPC channel the soak opened. Does nothing when the
 * process was started without one.
 */
const send = process.send?.bind(process);
if (send) {
  const timer = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    send({ kind: "memory", at: Date.now(), rss, heapUsed });
  }, 1000);
  timer.unref();
  // The channel must not keep the server alive, nor be written to once the soak has gone.
  process.channel?.unref();
  process.once("disconnect", () => clearInterval(timer));
}
