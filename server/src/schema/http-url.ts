/** True for an absolute http(s) URL: the only links the API hands out or stores from curators. */
export function isHttpUrl(value: string): boolean {
  if (value.length > 2000 || /\s/.test(value)) return false;
  try {
    const { protocol, host } = new URL(value);
    return (protocol === "http:" || protocol === "https:") && host.length > 0;
  } catch {
    return false;
  }
}
