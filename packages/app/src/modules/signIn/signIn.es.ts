/** Spanish for the sign-in page. */
export default {
  'sso.message': 'Inicie sesión con su cuenta de Example Corp',
};
