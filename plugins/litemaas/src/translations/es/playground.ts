/** Spanish: words of a model's playground. */
export default {
  'playground.title': 'Zona de pruebas',
};
