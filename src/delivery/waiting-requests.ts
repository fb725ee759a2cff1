/**
 * The requests this process has received and not answered yet (a chat platform's events before
 * their ack). The delivery worker reads it to give way: while someone waits for an answer, fewer
 * deliveries run at once, so an ack does not queue behind the event loop's delivery work.
 */
export interface WaitingRequests {
  /** A request came in; the function it returns marks it answered (once; later calls do nothing). */
  enter(): () => void;
  /** How many wait now. */
  count(): number;
  /** Calls `listener` each time the last waiting request is answered; returns a function that removes it. */
  onClear(listener: () => void): () => void;
}

export function createWaitingRequests(): WaitingRequests {
  let waiting = 0;
  const listeners = new Set<() => void>();
  return {
    enter() {
      waiting++;
      let left = false;
      return () => {
        if (left) return;
        left = true;
        waiting--;
        if (waiting === 0) for (const listener of listeners) listener();
      };
    },
    count: () => waiting,
    onClear(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
