/** Japanese for the sign-in page. */
export default {
  'sso.message': 'Example Corp のアカウントでサインインします',
};
