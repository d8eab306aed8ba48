/** Japanese: words of offboarding, on its admin page. */
export default {
  'offboarding.title': 'オフボーディング',
  'offboarding.description':
    '個人のキーまたはアクセス権を持ち、カタログにもういないユーザーです。',
  'offboarding.rule.title': '仕組み',
  'offboarding.rule.read':
    'ポータルは定期的に、個人のキーまたはアクセス権を持つすべてのユーザーをカタログで確認します。',
  'offboarding.rule.twice':
    'かつてカタログにいたユーザーが 2 回続けて見つからない場合、離脱中になります。管理者に通知され、猶予期間が過ぎると個人のキーが失効し、アクセス権と保留中の申請が終了します。',
  'offboarding.rule.holdBack':
    '保留の上限を超える数のユーザーが一度に消えた場合、実行は何も変更せず、管理者に通知します。',
  'offboarding.rule.safe':
    'カタログを読めないときは何も起きません。カタログに一度もいなかったユーザー (ワークショップの参加者など) が離脱とみなされることはなく、カタログに戻ったユーザーは対象から外れます。',
  'offboarding.rule.teams':
    'チームのキーとアクセス権には何も必要ありません。メンバーシップはリクエストごとにカタログから読み取られます。',
  'offboarding.run.now': '今すぐ実行',
  'offboarding.run.none':
    'ポータルの起動以降、オフボーディングはまだ実行されていません。',
  'offboarding.run.last': '前回の実行 {{when}}:',
  'offboarding.run.summary':
    'アクセス権を持つユーザー: {{checked}} · 不在: {{missing}} · 新たに離脱中: {{confirmed}} · オフボード済み: {{offboarded}} · カタログに復帰: {{returned}}',
  'offboarding.run.heldBack':
    '前回の実行は保留されました。保留の上限を超える数のユーザーが一度にカタログから消えたため、何も変更していません。カタログのユーザープロバイダーを確認してください。',
  'offboarding.run.failed':
    '前回の実行は {{when}} に失敗し、何も変更していません: {{error}}',
  'offboarding.run.asked':
    'オフボーディングを依頼しました。まもなく実行されます。',
  'offboarding.run.done': 'オフボーディングを実行しました。',
  'offboarding.run.runFailed':
    'オフボーディングを実行できませんでした: {{error}}',
  'offboarding.run.loadWhat': 'オフボーディングの前回の実行',
  'offboarding.table.title': 'カタログにいないユーザー',
  'offboarding.table.user': 'ユーザー',
  'offboarding.table.status': '状態',
  'offboarding.table.since': '不在になった日',
  'offboarding.table.next': 'この後',
  'offboarding.table.holds': '現在の保有',
  'offboarding.table.empty':
    '個人のキーまたはアクセス権を持つユーザーでカタログから消えた人はいません。',
  'offboarding.table.loadWhat': 'カタログにいないユーザー',
  'offboarding.status.suspected': '1 回不在',
  'offboarding.status.departing': '離脱中',
  'offboarding.status.kept': '維持',
  'offboarding.status.offboarded': 'オフボード済み',
  'offboarding.holds.keys': '個人のキー: {{n}}',
  'offboarding.holds.grants': 'アクセス権と申請: {{n}}',
  'offboarding.departingSince': '{{date}} から離脱中',
  'offboarding.next.suspected': '次回の実行で再確認',
  'offboarding.next.departing': '{{date}} にキーとアクセス権が終了',
  'offboarding.next.due': '次回の実行でキーとアクセス権が終了',
  'offboarding.next.kept': '{{who}} が維持: 何も終了しません',
  'offboarding.next.offboarded': 'オフボード {{date}}',
  'offboarding.next.counts':
    '失効したキー: {{keys}} · 終了したアクセス権と申請: {{grants}}',
  'offboarding.keep.button': '維持',
  'offboarding.keep.label': '{{user}} を維持',
  'offboarding.keep.title': '{{user}} を維持しますか?',
  'offboarding.keep.text':
    'カタログにもういなくても、{{user}} は個人のキーとアクセス権を保持し、ポータルはそのままにします。ユーザーが去ったときではなく、カタログが誤っているときに維持してください。',
  'offboarding.keep.confirm': '維持',
  'offboarding.keep.done': '{{user}} を維持しました。',
  'offboarding.audit': '監査ログのオフボーディング',
};
