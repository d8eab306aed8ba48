/** Spanish: words of Keys admin. */
export default {
  'keysAdmin.title': 'Administración de claves',
};
