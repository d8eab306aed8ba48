/** Japanese: words of API keys: the list, its dialogs and key delivery. */
export default {
  'keys.title': 'API キー',
};
