/** A Redis URL fit for logs and banners: user and password replaced (`redis://:***@host:6379/0`). */
export function redactRedisUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.username || url.password) {
      url.username = '';
      url.password = '***';
    }
    return url.toString().replace(/\/$/, '');
  } catch {
    return value.replace(/\/\/[^@/]*@/, '//:***@');
  }
}
