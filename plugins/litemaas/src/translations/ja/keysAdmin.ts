/** Japanese: words of Keys admin. */
export default {
  'keysAdmin.title': 'キー管理',
};
