/** Japanese: words of Usage, model usage cards and the catalog entity tabs. */
export default {
  'usage.title': '使用状況',
};
