/**
 * A list length or text limit at a given scale (1 = full size, 0 = smallest): fitCard lowers the
 * scale until a message fits, so every renderer shrinks its parts the same way. Never below `min`.
 */
export function scaled(base: number, scale: number, min = 0): number {
  return Math.max(min, Math.floor(base * Math.min(1, Math.max(0, scale))));
}
