/** German: words of Keys admin. */
export default {
  'keysAdmin.title': 'Schlüsselverwaltung',
};
