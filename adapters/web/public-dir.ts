import { fileURLToPath } from 'node:url';

/** The page, the board, their scripts and styles (served from here; the build copies them beside the compiled files). */
export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
