/** German: words of Usage, model usage cards and the catalog entity tabs. */
export default {
  'usage.title': 'Nutzung',
};
