import type { DevUser } from './users';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** "Alice Developer — alice@example.com — payments", as the buttons read. */
export function userLabel(user: DevUser): string {
  return [user.name, user.email, user.groups.join(', ')]
    .filter(Boolean)
    .join(' — ');
}

export interface LoginPageOptions {
  users: DevUser[];
  /** Where the forms post the chosen username. */
  submitUrl: string;
  /** Where "Cancel" goes: ends the flow with access_denied. */
  abortUrl: string;
  /** The application asking for the sign-in. */
  clientName: string;
  /** Shown above the form, e.g. after an unknown username. */
  error?: string;
  /** Pre-fills the username field. */
  username?: string;
}

const styles = `
  :root { color-scheme: light dark; --accent: #1f5493; --warn: #8a5a00; }
  * { box-sizing: border-box; }
  body {
    margin: 0; min-height: 100vh; display: grid; place-items: center;
    font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    background: #eef1f5; color: #1d232b;
  }
  main {
    width: min(560px, 100% - 32px); margin: 32px 0; padding: 28px 32px;
    background: #fff; border-radius: 12px;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.12), 0 8px 24px rgb(0 0 0 / 0.06);
  }
  h1 { margin: 0 0 4px; font-size: 22px; }
  .sub { margin: 0 0 16px; color: #5a6470; }
  .notice {
    margin: 0 0 20px; padding: 10px 12px; border-radius: 8px;
    background: #fff6e0; color: var(--warn); border: 1px solid #f0d9a0;
    font-size: 13px;
  }
  .error {
    margin: 0 0 16px; padding: 10px 12px; border-radius: 8px;
    background: #fdecec; color: #9b1c1c; border: 1px solid #f3b9b9;
  }
  ul { list-style: none; margin: 0 0 20px; padding: 0; display: grid; gap: 8px; }
  button.user {
    width: 100%; text-align: left; padding: 10px 14px; cursor: pointer;
    border: 1px solid #d5dbe3; border-radius: 8px; background: #f9fafc;
    font: inherit; color: inherit;
  }
  button.user:hover, button.user:focus-visible {
    border-color: var(--accent); background: #eef4fb; outline: none;
  }
  button.user strong { color: var(--accent); }
  button.user span { color: #5a6470; }
  form.typed { display: flex; gap: 8px; align-items: end; }
  form.typed label { flex: 1; display: grid; gap: 4px; font-size: 13px; color: #5a6470; }
  input {
    font: inherit; padding: 8px 10px; border: 1px solid #c3cad4; border-radius: 6px;
  }
  button.primary {
    font: inherit; padding: 8px 16px; border: 0; border-radius: 6px;
    background: var(--accent); color: #fff; cursor: pointer;
  }
  .cancel { display: inline-block; margin-top: 16px; font-size: 13px; color: #5a6470; }
  @media (prefers-color-scheme: dark) {
    body { background: #14181d; color: #e4e8ee; }
    main { background: #1d232b; }
    .sub, button.user span, form.typed label, .cancel { color: #a3adb9; }
    button.user { background: #232a33; border-color: #38414d; }
    button.user strong { color: #8cb8ec; }
    button.user:hover, button.user:focus-visible { background: #26364a; }
    .notice { background: #33290f; color: #f0cf85; border-color: #5c4a1b; }
    input { background: #14181d; color: inherit; border-color: #4a5563; }
  }
`;

/** The page where a tester picks the example user to sign in as. */
export function renderLoginPage(options: LoginPageOptions): string {
  const submitUrl = escapeHtml(options.submitUrl);
  const users = options.users
    .map(user => {
      const details = [user.email, user.groups.join(', ')]
        .filter(Boolean)
        .map(part => ` — ${escapeHtml(part)}`)
        .join('');
      return `<li><button class="user" type="submit" name="username" value="${escapeHtml(
        user.sub,
      )}"><strong>${escapeHtml(
        user.name,
      )}</strong><span>${details}</span></button></li>`;
    })
    .join('\n        ');
  const error = options.error
    ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Sign in — Example Corp SSO (dev)</title>
  <style>${styles}</style>
</head>
<body>
  <main>
    <h1>Example Corp SSO</h1>
    <p class="sub">Choose who to sign in to <strong>${escapeHtml(
      options.clientName,
    )}</strong> as.</p>
    <p class="notice">Development identity provider: there are no passwords,
      anyone who reaches this page can be any example user. Never run it where
      others can reach it.</p>
    ${error}
    <form method="post" action="${submitUrl}">
      <ul aria-label="Example users">
        ${users}
      </ul>
    </form>
    <form class="typed" method="post" action="${submitUrl}">
      <label>Or type a username
        <input name="username" autocomplete="off" spellcheck="false"
          value="${escapeHtml(options.username ?? '')}" placeholder="alice">
      </label>
      <button class="primary" type="submit">Sign in</button>
    </form>
    <a class="cancel" href="${escapeHtml(options.abortUrl)}">Cancel</a>
  </main>
</body>
</html>
`;
}
