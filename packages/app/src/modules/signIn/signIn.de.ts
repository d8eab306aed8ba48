/** German for the sign-in page. */
export default {
  'sso.message': 'Melden Sie sich mit Ihrem Konto von Example Corp an',
};
