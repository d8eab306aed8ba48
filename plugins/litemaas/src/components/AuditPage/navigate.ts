/**
 * Sends the browser to a URL. A download the server sends as an attachment
 * leaves the page where it is. Its own module so tests can stand in for it:
 * jsdom neither navigates nor lets `window.location` be replaced.
 */
export function navigateTo(url: string): void {
  window.location.assign(url);
}
