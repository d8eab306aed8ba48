/**
 * Copies text to the clipboard; false when the browser refused (no
 * permission, or not a secure context), so the caller can say so instead of
 * pretending it worked.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the older way.
  }
  try {
    // Plain http (e.g. a local portal) has no Clipboard API.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand?.('copy') ?? false;
    document.body.removeChild(area);
    return ok;
  } catch {
    return false;
  }
}
