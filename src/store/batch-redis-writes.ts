import type { Redis } from 'ioredis';

/**
 * Makes the commands a client sends in one turn of the event loop (every request's and every
 * delivery's that the turn's I/O callbacks woke) leave in one socket write. ioredis writes each
 * command to the socket at once, and on a busy replica those writes were a fifth of the event
 * loop's time (a system call each, loopback included, and a wake-up of redis-server). The socket is
 * corked at the first command of a turn and uncorked in the same turn's check phase
 * (setImmediate), after the I/O callbacks of the turn ran and before the event loop polls again:
 * no command waits for anything but the code of callbacks already due, and nothing else changes
 * (no pipelines, so scripts, timeouts and the offline queue behave as before). Uncorking on the
 * next tick instead (after the current callback only) cost 9 % more CPU per replica in the storm
 * (BENCHMARKS.md, "A bolt App per kind of delivery, Redis writes coalesced per turn").
 */
export function batchRedisWrites(client: Redis): void {
  const send = client.sendCommand.bind(client);
  let corked = false;
  client.sendCommand = (command, stream) => {
    const socket = client.stream;
    if (!corked && !stream && socket && client.status === 'ready' && socket.writable) {
      corked = true;
      socket.cork();
      setImmediate(() => {
        corked = false;
        socket.uncork();
      });
    }
    return send(command, stream);
  };
}
