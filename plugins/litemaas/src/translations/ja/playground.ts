/** Japanese: words of a model's playground. */
export default {
  'playground.title': 'プレイグラウンド',
};
