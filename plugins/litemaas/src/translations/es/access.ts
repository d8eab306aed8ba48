/** Spanish: words of My access, requesting access and the review queue. */
export default {
  'access.title': 'Mis accesos',
};
